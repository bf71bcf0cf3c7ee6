import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { isAdmin } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { Command, IDEMPOTENCY_STORE, IdempotencySubject, type IdempotencyStore, paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { isOwnRecord, MembersTree } from '../members.tree';
import { MEMBER_KEY_STORE, type MemberKeyStore } from '../personal-data/key-store';
import { seal } from '../personal-data/sealing';
import {
  ChangeStatusDto,
  CommunityReportDto,
  LinkAccountDto,
  ListMembersQuery,
  RegisterMemberDto,
  TransferMemberDto,
} from './members.dto';
import { memberDecider, type MemberCommand, memberStreamId } from './member.decider';
import { MemberViews } from './member-views';

/** 党员 registry: registration, 组织关系转接, status, 双报到, erasure of personal data. */
@Controller('members')
// the stored responses of `Idempotency-Key` writes are about the member: erasure blanks them
@IdempotencySubject((params, body) => params.id ?? (body as { id?: string } | undefined)?.id)
export class MembersController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: MembersTree,
    private readonly views: MemberViews,
    @Inject(MEMBER_KEY_STORE) private readonly keys: MemberKeyStore,
    @Inject(IDEMPOTENCY_STORE) private readonly idempotency: IdempotencyStore,
  ) {}

  @Post()
  @HttpCode(201)
  async register(@Body() dto: RegisterMemberDto, @Command() ctx: CommandContext) {
    const branch = await this.tree.ref(dto.branchId);
    if (branch) await this.tree.assertMayActForMember(ctx.actor, { branchId: branch.id, reportedTo: null });
    else if (!isAdmin(ctx.actor))
      await this.tree.assertMayActForMember(ctx.actor, { branchId: dto.branchId, reportedTo: null });
    if (dto.joinedPartyOn > new Date().toISOString().slice(0, 10))
      throw new DomainRuleViolation('joinedPartyOn lies in the future', 'invalid_date', { field: 'joinedPartyOn' });
    const memberId = uuidv7();
    const key = await this.keys.create(memberId);
    const personal = seal(key, memberId, {
      phone: dto.phone,
      idNumber: dto.idNumber?.toUpperCase() ?? null,
      address: dto.address?.trim() || null,
    });
    const command: MemberCommand = {
      type: 'RegisterMember',
      memberId,
      name: dto.name.trim(),
      branch,
      joinedPartyOn: dto.joinedPartyOn,
      employerUnitId: dto.employerUnitId ?? null,
      employer: await this.tree.ref(dto.employerUnitId),
      personal,
    };
    try {
      await this.runtime.execute(memberStreamId(memberId), memberDecider, command, ctx);
    } catch (error) {
      await this.keys.destroy(memberId); // nothing was appended: no key may outlive it
      throw error;
    }
    return this.get(memberId, ctx);
  }

  @Get()
  async list(@Query() query: ListMembersQuery, @Command() ctx: CommandContext) {
    const filter: Filter[] = [];
    const root = query.orgId ?? query.communityId ?? query.branchId ?? query.reportedTo ?? query.employerUnitId;
    if (root) await this.tree.assertMayReadUnder(ctx.actor, root);
    else if (ctx.actor.orgId !== null && ctx.actor.role !== 'auditor') {
      // no root given: the caller's own scope
      await this.tree.assertMayReadUnder(ctx.actor, ctx.actor.orgId);
      filter.push(await this.underOrg(ctx.actor.orgId));
    } else await this.tree.assertMayReadUnder(ctx.actor, '');
    if (query.orgId) filter.push(await this.underOrg(query.orgId));
    if (query.communityId) filter.push(await this.underOrg(query.communityId));
    if (query.branchId) filter.push({ branchId: query.branchId });
    if (query.reportedTo) filter.push({ reportedTo: query.reportedTo });
    if (query.employerUnitId) filter.push({ employerUnitId: query.employerUnitId });
    if (query.status) filter.push({ status: query.status });
    const page = await paginate(this.views.members, filter.length ? { $and: filter } : {}, query);
    return { items: await Promise.all(page.items.map((m) => this.views.resource(m))), nextCursor: page.nextCursor };
  }

  /** Members whose branch lies under `orgId`, and those who reported to a community under it. */
  private async underOrg(orgId: string): Promise<Filter> {
    const ids = await this.tree.subtreeIds(orgId, { includeUnits: true });
    return { $or: [{ branchId: { $in: ids } }, { reportedTo: { $in: ids } }] };
  }

  /** The member record of the calling `member` account (linked by POST /members/:id/account). */
  @Get('me')
  async me(@Command() ctx: CommandContext) {
    if (ctx.actor.role !== 'member')
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: 'only member accounts have a record',
      });
    const [member] = await this.views.members.find({ accountId: ctx.actor.accountId });
    if (!member) throw new NotFound('no member record is linked to this account');
    return this.views.resource(member);
  }

  @Get(':id')
  async get(@Param('id') id: string, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    await this.tree.assertMayRead(ctx.actor, member);
    return this.views.resource(member);
  }

  /** The clear phone, ID number and address: administrators in scope only; gone once erased. */
  @Get(':id/personal-data')
  async personalData(@Param('id') id: string, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    if (!isOwnRecord(ctx.actor, member)) await this.tree.assertMayActForMember(ctx.actor, member);
    const personal = await this.views.personal(member);
    return { id, erased: personal === null, ...(personal ?? { phone: null, idNumber: null, address: null }) };
  }

  @Post(':id/transfer')
  @HttpCode(200)
  async transfer(@Param('id') id: string, @Body() dto: TransferMemberDto, @Command() ctx: CommandContext) {
    return this.act(id, ctx, async () => ({
      type: 'TransferMember',
      toBranchId: dto.toBranchId,
      toBranch: await this.tree.ref(dto.toBranchId),
    }));
  }

  @Post(':id/status')
  @HttpCode(200)
  async changeStatus(@Param('id') id: string, @Body() dto: ChangeStatusDto, @Command() ctx: CommandContext) {
    return this.act(id, ctx, async () => ({ type: 'ChangeStatus', to: dto.status, reason: dto.reason?.trim() ?? '' }));
  }

  @Post(':id/community-report')
  @HttpCode(200)
  async report(@Param('id') id: string, @Body() dto: CommunityReportDto, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    // the member's own branch, or the community it reports to, may record the report
    const community = await this.tree.ref(dto.communityId);
    await this.tree.assertMayActForMember(ctx.actor, { ...member, reportedTo: community ? community.id : null });
    await this.runtime.execute(
      memberStreamId(id),
      memberDecider,
      {
        type: 'ReportToCommunity',
        communityId: dto.communityId,
        community,
        reportedOn: new Date().toISOString().slice(0, 10),
      },
      ctx,
    );
    return this.get(id, ctx);
  }

  @Delete(':id/community-report')
  @HttpCode(200)
  async withdrawReport(@Param('id') id: string, @Command() ctx: CommandContext) {
    return this.act(id, ctx, async () => ({ type: 'WithdrawReport' }));
  }

  /**
   * Links the member's own login account (role `member`): it may then read this record, its
   * ledger and its pioneer index — and nothing else. One account, one member.
   */
  @Post(':id/account')
  @HttpCode(200)
  async linkAccount(@Param('id') id: string, @Body() dto: LinkAccountDto, @Command() ctx: CommandContext) {
    await this.tree.assertMayActForMember(ctx.actor, await this.views.require(id));
    const [holder] = await this.views.members.find({ accountId: dto.accountId });
    if (holder && holder._id !== id)
      throw new InvalidStateTransition(`the account ${dto.accountId} is linked to another member`);
    return this.act(id, ctx, async () => ({ type: 'LinkAccount', accountId: dto.accountId }));
  }

  /**
   * Erasure: the member's key is destroyed first (that is the erasure: every sealed copy in the
   * log, read models and exports becomes unreadable), then the stored idempotent responses about
   * the member are blanked, then MemberErased tells every service to drop what it copied.
   */
  @Delete(':id/personal-data')
  @HttpCode(200)
  async erase(@Param('id') id: string, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    await this.tree.assertMayActForMember(ctx.actor, member);
    await this.keys.destroy(id);
    await this.idempotency.eraseSubject(id); // stored responses showed the masked phone
    await this.runtime.execute(memberStreamId(id), memberDecider, { type: 'ErasePersonalData' }, ctx);
    return this.get(id, ctx);
  }

  private async act(id: string, ctx: CommandContext, command: () => Promise<MemberCommand>) {
    const member = await this.views.require(id);
    await this.tree.assertMayActForMember(ctx.actor, member);
    await this.runtime.execute(memberStreamId(id), memberDecider, await command(), ctx);
    // the caller acted in scope; the result is theirs to see even if it moved the member out of it
    return this.views.resource(await this.views.require(id));
  }
}
