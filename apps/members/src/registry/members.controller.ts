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
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { forbid, isOwnRecord, type MemberAccess, MembersTree } from '../members.tree';
import { MEMBER_KEY_STORE, type MemberKeyStore } from '../personal-data/key-store';
import { seal } from '../personal-data/sealing';
import {
  ChangeStatusDto,
  CommunityReportDto,
  ConfirmAccountDto,
  DeclineTransferDto,
  LinkAccountDto,
  ListMembersQuery,
  RegisterMemberDto,
  TransferMemberDto,
} from './members.dto';
import { memberDecider, type MemberCommand, memberStreamId } from './member.decider';
import { MemberViews } from './member-views';
import { ACCOUNTS_COLLECTION, type AccountDocument } from './accounts.projection';
import type { MemberDocument } from './members.projection';

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
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
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
    const root =
      query.orgId ??
      query.communityId ??
      query.branchId ??
      query.reportedTo ??
      query.employerUnitId ??
      query.transferTo;
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
    if (query.transferTo)
      filter.push({ pendingTransferTo: { $in: await this.tree.subtreeIds(query.transferTo, { includeUnits: true }) } });
    if (query.status) filter.push({ status: query.status });
    const page = await paginate(this.views.members, filter.length ? { $and: filter } : {}, query);
    // each item as the caller may see it: a reported-to community gets the reduced view (members.tree.ts)
    const inScope = this.tree.scopeOf(ctx.actor);
    const items = [];
    for (const member of page.items) {
      const access = await this.tree.accessTo(ctx.actor, member, inScope);
      if (access) items.push(await this.views.view(member, access));
    }
    return { items, nextCursor: page.nextCursor };
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

  /** The member records an admin proposed to link to the calling account, waiting for its confirmation. */
  @Get('me/account-proposals')
  async accountProposals(@Command() ctx: CommandContext) {
    if (ctx.actor.role !== 'member') forbid('only member accounts are linked to a member record');
    const proposed = await this.views.members.find({ proposedAccountId: ctx.actor.accountId });
    return { items: proposed.map((m) => ({ memberId: m._id, name: m.name, branchId: m.branchId })) };
  }

  /** The account itself confirms the link an admin proposed: from now on it is this member's own. */
  @Post('me/account/confirm')
  @HttpCode(200)
  async confirmAccount(@Body() dto: ConfirmAccountDto, @Command() ctx: CommandContext) {
    if (ctx.actor.role !== 'member') forbid('only member accounts confirm a link to a member record');
    const member = await this.views.require(dto.memberId);
    if (member.proposedAccountId !== ctx.actor.accountId)
      throw new NotFound(`no link of member ${dto.memberId} to this account is waiting for confirmation`);
    await this.assertAccountFree(ctx.actor.accountId, member._id);
    const command: MemberCommand = { type: 'ConfirmAccountLink', accountId: ctx.actor.accountId };
    await this.runtime.execute(memberStreamId(member._id), memberDecider, command, ctx);
    return this.views.resource(await this.views.require(member._id));
  }

  @Get(':id')
  async get(@Param('id') id: string, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    return this.views.view(member, await this.tree.assertMayRead(ctx.actor, member));
  }

  /** The clear phone, ID number and address: administrators in scope only; gone once erased. */
  @Get(':id/personal-data')
  async personalData(@Param('id') id: string, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    if (!isOwnRecord(ctx.actor, member)) await this.tree.assertMayActForMember(ctx.actor, member);
    const personal = await this.views.personal(member);
    return { id, erased: personal === null, ...(personal ?? { phone: null, idNumber: null, address: null }) };
  }

  /**
   * 组织关系转接. An admin over both branches transfers at once; otherwise the request waits for
   * the other side: asked by the member's side (`out`, the destination accepts) or by the
   * destination side pulling the member in (`in`, the member's branch accepts).
   */
  @Post(':id/transfer')
  @HttpCode(200)
  async transfer(@Param('id') id: string, @Body() dto: TransferMemberDto, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    const toBranch = await this.tree.ref(dto.toBranchId);
    const { source, destination } = await this.sides(ctx, member, toBranch?.id);
    if (!source && !destination) await this.tree.assertMayActForMember(ctx.actor, member);
    const { toBranchId } = dto;
    const command: MemberCommand =
      source && destination
        ? { type: 'TransferMember', toBranchId, toBranch }
        : { type: 'RequestTransfer', toBranchId, toBranch, direction: source ? 'out' : 'in' };
    await this.runtime.execute(memberStreamId(id), memberDecider, command, ctx);
    return this.afterTransferStep(id, ctx);
  }

  /** The other side accepts the pending request: the member moves (MemberTransferred). */
  @Post(':id/transfer/accept')
  @HttpCode(200)
  async acceptTransfer(@Param('id') id: string, @Command() ctx: CommandContext) {
    const member = await this.assertTransferSide(id, ctx, 'accepting');
    const toBranch = await this.tree.ref(member.pendingTransferTo);
    await this.runtime.execute(memberStreamId(id), memberDecider, { type: 'AcceptTransfer', toBranch }, ctx);
    return this.afterTransferStep(id, ctx);
  }

  @Post(':id/transfer/decline')
  @HttpCode(200)
  async declineTransfer(@Param('id') id: string, @Body() dto: DeclineTransferDto, @Command() ctx: CommandContext) {
    await this.assertTransferSide(id, ctx, 'accepting');
    const command: MemberCommand = { type: 'DeclineTransfer', reason: dto.reason?.trim() ?? '' };
    await this.runtime.execute(memberStreamId(id), memberDecider, command, ctx);
    return this.afterTransferStep(id, ctx);
  }

  @Post(':id/transfer/cancel')
  @HttpCode(200)
  async cancelTransfer(@Param('id') id: string, @Command() ctx: CommandContext) {
    await this.assertTransferSide(id, ctx, 'requesting');
    await this.runtime.execute(memberStreamId(id), memberDecider, { type: 'CancelTransfer' }, ctx);
    return this.afterTransferStep(id, ctx);
  }

  /** Whether the caller administers the member's branch (source) and the destination branch. */
  private async sides(ctx: CommandContext, member: MemberDocument, toBranchId: string | null | undefined) {
    const inScope = this.tree.scopeOf(ctx.actor);
    const source = (await this.tree.accessTo(ctx.actor, member, inScope)) === 'administer';
    const destination = ctx.actor.role === 'system' || (await inScope(toBranchId));
    return { source, destination };
  }

  /**
   * The side that may take the next step of the pending transfer: the one that did not ask
   * accepts or declines, the one that asked cancels (an admin over both may do either). No
   * pending request: the member's own admins learn so (409), anyone else gets 403.
   */
  private async assertTransferSide(id: string, ctx: CommandContext, step: 'accepting' | 'requesting') {
    const member = await this.views.require(id);
    const pending = member.transfers?.at(-1);
    const { source, destination } = await this.sides(ctx, member, member.pendingTransferTo);
    if (!pending || pending.status !== 'pending') {
      if (!source) await this.tree.assertMayActForMember(ctx.actor, member);
      return member;
    }
    const askedBySource = pending.direction === 'out';
    const allowed =
      step === 'requesting' ? (askedBySource ? source : destination) : askedBySource ? destination : source;
    if (!allowed)
      forbid(
        step === 'requesting'
          ? 'only the side that asked for this transfer may cancel it'
          : 'only the other side of this transfer may accept or decline it',
      );
    return member;
  }

  /** The member as the caller now sees it, and whether the transfer is done or still waits. */
  private async afterTransferStep(id: string, ctx: CommandContext) {
    const member = await this.views.require(id);
    const transfer = member.pendingTransferTo ? 'pending' : 'completed';
    const access: MemberAccess | null = await this.tree.accessTo(ctx.actor, member);
    // a source that let its member go still learns where the member went, and nothing more
    const seen = access
      ? await this.views.view(member, access)
      : { id, version: member.version, view: 'transferred' as const, name: member.name, branchId: member.branchId };
    return { ...seen, transfer };
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
    // the member themself or an admin over the member's branch; never the receiving community (issue 16)
    await this.tree.assertMayReport(ctx.actor, member);
    const community = await this.tree.ref(dto.communityId);
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

  /** Ends the report: the member, an admin over the branch, or the receiving community (members.tree.ts). */
  @Delete(':id/community-report')
  @HttpCode(200)
  async withdrawReport(@Param('id') id: string, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    await this.tree.assertMayWithdrawReport(ctx.actor, member);
    await this.runtime.execute(memberStreamId(id), memberDecider, { type: 'WithdrawReport' }, ctx);
    const after = await this.views.require(id);
    const access = await this.tree.accessTo(ctx.actor, after);
    // the community that ended it sees no more than that it is ended
    return access
      ? this.views.view(after, access)
      : { id, version: after.version, view: 'withdrawn', reportedTo: null };
  }

  /**
   * Proposes the member's own login account: an existing account of role `member` in the admin's
   * scope (the members service knows accounts from AccountCreated). The link takes effect when
   * that account confirms it (POST /members/me/account/confirm); it may then read this record,
   * its ledger and its pioneer index — and nothing else. One account, one member.
   */
  @Post(':id/account')
  @HttpCode(200)
  async linkAccount(@Param('id') id: string, @Body() dto: LinkAccountDto, @Command() ctx: CommandContext) {
    await this.tree.assertMayActForMember(ctx.actor, await this.views.require(id));
    const account = await this.documents.collection<AccountDocument>(ACCOUNTS_COLLECTION).get(dto.accountId);
    if (!account || account.role !== 'member')
      throw new DomainRuleViolation(`${dto.accountId} is not an account of role member`, 'unknown_account', {
        field: 'accountId',
      });
    const inScope = this.tree.scopeOf(ctx.actor);
    if (ctx.actor.role !== 'system' && !(await inScope(account.orgId)))
      forbid(`the account ${dto.accountId} belongs outside the organisation scope of this account`);
    await this.assertAccountFree(dto.accountId, id);
    return this.act(id, ctx, async () => ({ type: 'ProposeAccountLink', accountId: dto.accountId }));
  }

  private async assertAccountFree(accountId: string, memberId: string): Promise<void> {
    const [holder] = await this.views.members.find({ accountId });
    if (holder && holder._id !== memberId)
      throw new InvalidStateTransition(`the account ${accountId} is linked to another member`);
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
