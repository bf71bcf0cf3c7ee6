import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { assertAdminFor } from '@gongjian/auth';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Command, ID_MAX_LENGTH, PageQuery, paginate, IsId } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { OrganizationsTree } from '../organizations.tree';
import { pairingDecider, pairingStreamId } from './pairing.decider';
import { PAIRINGS_COLLECTION, type PairingDocument, toPairingResource } from './pairings.projection';

export class EstablishPairingDto {
  @IsId()
  unitId: string;

  @IsId()
  orgId: string;
}

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
  @IsIn(['active', 'ended'])
  status?: 'active' | 'ended';
}

const today = () => new Date().toISOString().slice(0, 10);

/** 结对共建: an administrator of the grid or community pairs a unit with it, and ends the pairing. */
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
    const [unit, org] = await Promise.all([this.tree.get(dto.unitId), this.tree.get(dto.orgId)]);
    if (org) await assertAdminFor(ctx.actor, org._id, this.tree);
    const pairingId = uuidv7();
    const facts = (e: typeof unit) => e && { id: e._id, kind: e.kind, status: e.status };
    const alreadyPaired = (await this.pairings.count({ unitId: dto.unitId, orgId: dto.orgId, status: 'active' })) > 0;
    const command = {
      type: 'EstablishPairing' as const,
      pairingId,
      unit: facts(unit),
      org: facts(org),
      alreadyPaired,
      today: today(),
    };
    await this.runtime.execute(pairingStreamId(pairingId), pairingDecider, command, ctx);
    return this.get(pairingId);
  }

  @Delete(':id')
  @HttpCode(200)
  async end(@Param('id') id: string, @Command() ctx: CommandContext) {
    const pairing = await this.get(id);
    await assertAdminFor(ctx.actor, pairing.orgId, this.tree);
    await this.runtime.execute(pairingStreamId(id), pairingDecider, { type: 'EndPairing', today: today() }, ctx);
    return this.get(id);
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
}
