import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { type CommandContext, NotFound, newId } from '@gongjian/eventing';
import { Command, ID_MAX_LENGTH, PageQuery, paginate, IsId } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { OrganizationsTree } from '../organizations.tree';
import { assertOnSide, forbidNeither, otherSide, sidesOf } from '../relation-sides';
import { type PairingCommand, pairingDecider, type PairingStatus, pairingStreamId } from './pairing.decider';
import { PAIRINGS_COLLECTION, type PairingDocument, toPairingResource } from './pairings.projection';

export class EstablishPairingDto {
  @IsId()
  unitId: string;

  @IsId()
  orgId: string;
}

const STATUSES: PairingStatus[] = ['proposed', 'active', 'ended', 'declined', 'withdrawn'];

export class ListPairingsQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  unitId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  orgId?: string;

  @IsOptional()
  @IsIn(STATUSES)
  status?: PairingStatus;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * 结对共建: the organisation side (admins over the grid or community) or the unit side (its unit
 * contact, admins over where it is located) proposes a pairing and the other side confirms or
 * declines it; an account over both sides pairs at once. Either side may end a pairing.
 */
@Controller('pairings')
export class PairingsController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: OrganizationsTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get pairings() {
    return this.documents.collection<PairingDocument>(PAIRINGS_COLLECTION);
  }

  @Post()
  @HttpCode(201)
  async establish(@Body() dto: EstablishPairingDto, @Command() ctx: CommandContext) {
    const by = (await sidesOf(ctx.actor, dto.orgId, dto.unitId, this.tree)) ?? forbidNeither();
    const [unit, org] = await this.parties(dto.unitId, dto.orgId);
    const pairingId = newId(ctx);
    const open = await this.pairings.find({
      unitId: dto.unitId,
      orgId: dto.orgId,
      status: { $in: ['active', 'proposed'] },
    });
    const existing = open.some((p) => p.status === 'active') ? 'active' : open.length > 0 ? 'proposed' : null;
    const command: PairingCommand = { type: 'EstablishPairing', pairingId, unit, org, existing, by, today: today() };
    await this.runtime.execute(pairingStreamId(pairingId), pairingDecider, command, ctx);
    return this.get(pairingId);
  }

  /** The other side of a proposal agrees: the pairing becomes active (PairingEstablished). */
  @Post(':id/confirm')
  @HttpCode(200)
  async confirm(@Param('id') id: string, @Command() ctx: CommandContext) {
    const { pairing, by } = await this.answering(id, ctx, 'confirm');
    const [unit, org] = await this.parties(pairing.unitId, pairing.orgId);
    return this.execute(id, { type: 'ConfirmPairing', unit, org, by, today: today() }, ctx);
  }

  @Post(':id/decline')
  @HttpCode(200)
  async decline(@Param('id') id: string, @Command() ctx: CommandContext) {
    const { by } = await this.answering(id, ctx, 'decline');
    return this.execute(id, { type: 'DeclinePairing', by, today: today() }, ctx);
  }

  /** The side that proposed takes its proposal back. */
  @Post(':id/withdraw')
  @HttpCode(200)
  async withdraw(@Param('id') id: string, @Command() ctx: CommandContext) {
    const { by } = await this.answering(id, ctx, 'withdraw', 'proposer');
    return this.execute(id, { type: 'WithdrawPairing', by, today: today() }, ctx);
  }

  /** Either side ends an active pairing. */
  @Delete(':id')
  @HttpCode(200)
  async end(@Param('id') id: string, @Command() ctx: CommandContext) {
    const pairing = await this.get(id);
    if (!(await sidesOf(ctx.actor, pairing.orgId, pairing.unitId, this.tree))) forbidNeither();
    return this.execute(id, { type: 'EndPairing', today: today() }, ctx);
  }

  @Get()
  async list(@Query() query: ListPairingsQuery) {
    const filter: Filter = {};
    if (query.unitId) filter.unitId = query.unitId;
    if (query.orgId) filter.orgId = query.orgId;
    if (query.status) filter.status = query.status;
    const page = await paginate(this.pairings, filter, query);
    return { items: page.items.map(toPairingResource), nextCursor: page.nextCursor };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const doc = await this.pairings.get(id);
    if (!doc) throw new NotFound(`pairing ${id} not found`);
    return toPairingResource(doc);
  }

  /**
   * The pairing and the caller's sides, refused (403) unless the caller is on the side that may
   * act on the proposal: the other side answers it, the proposer withdraws it.
   */
  private async answering(id: string, ctx: CommandContext, what: string, whose: 'other' | 'proposer' = 'other') {
    const pairing = await this.get(id);
    const by = await sidesOf(ctx.actor, pairing.orgId, pairing.unitId, this.tree);
    // a pairing no longer proposed is the decider's 409, for whichever side asks
    const proposer = pairing.status === 'proposed' ? pairing.proposedBy : null;
    if (proposer) assertOnSide(by, whose === 'other' ? otherSide(proposer) : proposer, `${what} this proposal`);
    else if (!by) forbidNeither();
    return { pairing, by: by! };
  }

  private async parties(unitId: string, orgId: string) {
    const [unit, org] = await Promise.all([this.tree.get(unitId), this.tree.get(orgId)]);
    const facts = (e: typeof unit) => e && { id: e._id, kind: e.kind, status: e.status };
    return [facts(unit), facts(org)] as const;
  }

  private async execute(id: string, command: PairingCommand, ctx: CommandContext) {
    await this.runtime.execute(pairingStreamId(id), pairingDecider, command, ctx);
    return this.get(id);
  }
}
