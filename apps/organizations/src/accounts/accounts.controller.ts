import { Body, Controller, ForbiddenException, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { assertAdminFor, CREDENTIAL_STORE, type CredentialStore, hashPassword, ROLES, type Role } from '@gongjian/auth';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Command, type GongjianRequest, IsId, PageQuery, paginate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { OrganizationsTree } from '../organizations.tree';
import { type AccountCommand, accountDecider, accountStreamId } from './account.decider';
import { assertManagesAccount, assertReadsAccountsOf } from './account-scope';
import { ACCOUNTS_COLLECTION, type AccountDocument, throttleView, toAccountResource } from './accounts.projection';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords';

export class CreateAccountDto {
  @Matches(/^[a-z0-9][a-z0-9._-]{2,39}$/, {
    message: 'username must be 3–40 lowercase letters, digits, dot, dash or underscore',
  })
  username: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @IsIn(ROLES)
  role: Role;

  @IsId()
  orgId: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  displayName?: string;
}

export class ResetPasswordDto {
  /** Told to the holder out of band; it signs in once with it and must choose a new one. */
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  temporaryPassword: string;
}

export class ListAccountsQuery extends PageQuery {
  /** The organisation whose subtree's accounts to list (default: the caller's). */
  @IsOptional()
  @IsId()
  orgId?: string;
}

/** Accounts as the office manages them: create, list, disable, enable, reset, clear the throttle. */
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: OrganizationsTree,
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get accounts() {
    return this.documents.collection<AccountDocument>(ACCOUNTS_COLLECTION);
  }

  /** An administrator creates an account in its subtree; auditors only by a district admin. */
  @Post()
  @HttpCode(201)
  async create(@Body() dto: CreateAccountDto, @Command() ctx: CommandContext) {
    const org = await this.tree.get(dto.orgId);
    if (org) await assertAdminFor(ctx.actor, org._id, this.tree);
    if ((dto.role === 'auditor' || dto.role === 'district_admin') && ctx.actor.role !== 'district_admin') {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: `only a district admin creates ${dto.role} accounts`,
      });
    }
    const command = {
      type: 'CreateAccount' as const,
      accountId: dto.username,
      displayName: dto.displayName?.trim() || dto.username,
      role: dto.role,
      org: org && { id: org._id, kind: org.kind, status: org.status },
    };
    const hash = await hashPassword(dto.password);
    await this.runtime.execute(accountStreamId(dto.username), accountDecider, command, ctx);
    await this.credentials.set(dto.username, hash);
    return this.account(dto.username);
  }

  /**
   * The accounts of an organisation's subtree (units included), with their state: disabled,
   * must change password, login throttle. For administrators over it, and auditors.
   */
  @Get()
  async list(@Query() query: ListAccountsQuery, @Req() req: GongjianRequest) {
    const actor = req.actor!;
    const orgId = query.orgId ?? actor.orgId;
    let filter = {};
    if (orgId !== null) {
      if (!(await this.tree.get(orgId))) throw new NotFound(`organisation ${orgId} not found`);
      await assertReadsAccountsOf(actor, orgId, this.tree);
      filter = { orgId: { $in: await this.tree.subtreeIds(orgId, { includeUnits: true }) } };
    } else if (actor.role !== 'auditor' && actor.role !== 'district_admin') {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: 'only administrators list accounts',
      });
    }
    const page = await paginate(this.accounts, filter, query);
    return { items: page.items.map((doc) => toAccountResource(doc)), nextCursor: page.nextCursor };
  }

  @Get('me')
  async me(@Req() req: GongjianRequest) {
    return this.account(req.actor!.accountId);
  }

  /** Failed logins by client address and time: for district admins and auditors (item 11). */
  @Get(':username/login-attempts')
  async loginAttempts(@Param('username') username: string, @Req() req: GongjianRequest) {
    const actor = req.actor!;
    if (actor.role !== 'district_admin' && actor.role !== 'auditor')
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: 'only district admins and auditors see login attempts',
      });
    const doc = await this.accounts.get(username);
    if (!doc) throw new NotFound(`account ${username} not found`);
    if (doc.orgId && actor.role === 'district_admin') await assertAdminFor(actor, doc.orgId, this.tree);
    return { username, ...throttleView(doc.failures) };
  }

  /** Ends the account's access at once: its tokens are refused by every service (AccountDisabled). */
  @Post(':username/disable')
  @HttpCode(200)
  async disable(@Param('username') username: string, @Command() ctx: CommandContext) {
    const at = new Date().toISOString();
    return this.manage(username, { type: 'DisableAccount', at, reason: 'by_admin' }, ctx);
  }

  /** Signing in works again; tokens from before the disabling stay refused. */
  @Post(':username/enable')
  @HttpCode(200)
  async enable(@Param('username') username: string, @Command() ctx: CommandContext) {
    const target = await this.managed(username, ctx);
    const orgStatus = target.orgId ? ((await this.tree.get(target.orgId))?.status ?? 'dissolved') : null;
    await this.runtime.execute(accountStreamId(username), accountDecider, { type: 'EnableAccount', orgStatus }, ctx);
    return this.account(username);
  }

  /**
   * Sets a temporary password (PasswordReset): every token of the account dies, and the next
   * login gets a token good only for POST /auth/password.
   */
  @Post(':username/password-reset')
  @HttpCode(200)
  async resetPassword(
    @Param('username') username: string,
    @Body() dto: ResetPasswordDto,
    @Command() ctx: CommandContext,
  ) {
    await this.managed(username, ctx);
    const hash = await hashPassword(dto.temporaryPassword);
    const command = { type: 'ResetPassword' as const, at: new Date().toISOString() };
    await this.runtime.execute(accountStreamId(username), accountDecider, command, ctx);
    await this.credentials.set(username, hash);
    return this.account(username);
  }

  /**
   * Clears the login throttle of every address (AccountUnlocked; the route kept the name of the
   * lock-out the throttle replaced). District admins in scope only.
   */
  @Post(':username/unlock')
  @HttpCode(200)
  async unlock(@Param('username') username: string, @Command() ctx: CommandContext) {
    const account = await this.accounts.get(username);
    if (!account) throw new NotFound(`account ${username} not found`);
    if (ctx.actor.role !== 'district_admin')
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: 'only a district admin unlocks' });
    if (account.orgId) await assertAdminFor(ctx.actor, account.orgId, this.tree);
    else if (ctx.actor.orgId !== null)
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: 'outside the scope of this account',
      });
    const command = { type: 'UnlockAccount' as const, at: new Date().toISOString() };
    await this.runtime.execute(accountStreamId(username), accountDecider, command, ctx);
    return this.account(username);
  }

  private async managed(username: string, ctx: CommandContext): Promise<AccountDocument> {
    const target = await this.accounts.get(username);
    if (!target) throw new NotFound(`account ${username} not found`);
    await assertManagesAccount(ctx.actor, target, this.tree);
    return target;
  }

  private async manage(username: string, command: AccountCommand, ctx: CommandContext) {
    await this.managed(username, ctx);
    await this.runtime.execute(accountStreamId(username), accountDecider, command, ctx);
    return this.account(username);
  }

  private async account(id: string) {
    const doc = await this.accounts.get(id);
    if (!doc) throw new NotFound(`account ${id} not found`);
    return toAccountResource(doc);
  }
}
