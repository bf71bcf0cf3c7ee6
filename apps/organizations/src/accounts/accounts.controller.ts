import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  Param,
  Post,
  Req,
  UnauthorizedException,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { randomBytes } from 'node:crypto';
import {
  assertAdminFor,
  CREDENTIAL_STORE,
  type CredentialStore,
  hashPassword,
  Public,
  ROLES,
  type Role,
  verifyPassword,
} from '@gongjian/auth';
import { type CommandContext, loadState, NotFound } from '@gongjian/eventing';
import { Command, type GongjianRequest, IsId } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { OrganizationsTree } from '../organizations.tree';
import { type AccountCommand, accountDecider, accountStreamId, LOCKOUT_POLICY, lockedUntil } from './account.decider';
import { ACCOUNTS_COLLECTION, type AccountDocument, toAccountResource } from './accounts.projection';
import { LOGIN_RATE_LIMITS, PhantomLockouts, TokenBuckets } from './login-throttle';

export class CreateAccountDto {
  @Matches(/^[a-z0-9][a-z0-9._-]{2,39}$/, {
    message: 'username must be 3–40 lowercase letters, digits, dot, dash or underscore',
  })
  username: string;

  @IsString()
  @MinLength(10)
  @MaxLength(200)
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

export class LoginDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

/** One answer for a wrong password and an unknown username: no account enumeration. */
function wrongCredentials(): never {
  throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'wrong username or password' });
}

/** 429 with Retry-After, for a rate limit or a lock-out (the same for unknown usernames). */
function tooManyAttempts(req: GongjianRequest, retryAfterSeconds: number, message: string): never {
  req.res?.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfterSeconds))));
  throw new HttpException({ statusCode: 429, error: 'Too Many Requests', message }, HttpStatus.TOO_MANY_REQUESTS);
}

const LOCKED_MESSAGE = 'too many failed logins for this username; try again later';

@Controller()
export class AccountsController {
  private readonly perUserAndAddress = new TokenBuckets(LOGIN_RATE_LIMITS.perUserAndAddress);
  private readonly perAddress = new TokenBuckets(LOGIN_RATE_LIMITS.perAddress);
  private readonly phantoms = new PhantomLockouts(LOCKOUT_POLICY);
  /** Checked against when the username is unknown, so that both cases cost one scrypt. */
  private readonly decoyHash = hashPassword(randomBytes(18).toString('base64url'));

  constructor(
    private readonly runtime: Runtime,
    private readonly tree: OrganizationsTree,
    private readonly jwt: JwtService,
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get accounts() {
    return this.documents.collection<AccountDocument>(ACCOUNTS_COLLECTION);
  }

  /** An administrator creates an account in its subtree; auditors only by a district admin. */
  @Post('accounts')
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
   * Rate-limited per username and address and per address (429 with Retry-After); five wrong
   * passwords in a row lock the account for 15 minutes (LoginFailed, AccountLocked events), and
   * an unknown username gets exactly the same answers as a known one.
   */
  @Public()
  @Post('auth/login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: GongjianRequest, @Command() ctx: CommandContext) {
    this.throttle(req, dto.username);
    const at = new Date().toISOString();
    const account = await this.accounts.get(dto.username);
    if (!account) return this.unknownUsername(req, dto);
    const streamId = accountStreamId(account._id);
    const { state } = await loadState(this.runtime.store, streamId, accountDecider);
    const locked = lockedUntil(state, at);
    if (locked) tooManyAttempts(req, (Date.parse(locked) - Date.now()) / 1000, LOCKED_MESSAGE);
    const hash = await this.credentials.get(account._id);
    if (!hash || !(await verifyPassword(dto.password, hash))) {
      await this.record(streamId, { type: 'RecordLoginFailure', at, policy: LOCKOUT_POLICY }, ctx);
      wrongCredentials();
    }
    const actor = { accountId: account._id, role: account.role, orgId: account.orgId };
    await this.record(streamId, { type: 'RecordLoginSuccess', at }, { ...ctx, actor });
    const accessToken = await this.jwt.signAsync({ sub: account._id, role: account.role, orgId: account.orgId });
    return { accessToken, tokenType: 'Bearer', account: toAccountResource(account) };
  }

  /** A district administrator lifts a lock-out before it runs out (AccountUnlocked). */
  @Post('accounts/:username/unlock')
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
    await this.runtime.execute(
      accountStreamId(username),
      accountDecider,
      { type: 'UnlockAccount', at: new Date().toISOString() },
      ctx,
    );
    return this.account(username);
  }

  private throttle(req: GongjianRequest, username: string): void {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    for (const [buckets, key] of [
      [this.perAddress, address],
      [this.perUserAndAddress, `${address} ${username}`],
    ] as const) {
      const taken = buckets.take(key);
      if (!taken.ok) tooManyAttempts(req, taken.retryAfterSeconds, 'too many login attempts; try again later');
    }
  }

  private async unknownUsername(req: GongjianRequest, dto: LoginDto): Promise<never> {
    const locked = this.phantoms.lockedUntil(dto.username);
    if (locked) tooManyAttempts(req, (locked - Date.now()) / 1000, LOCKED_MESSAGE);
    await verifyPassword(dto.password, await this.decoyHash);
    this.phantoms.fail(dto.username);
    wrongCredentials();
  }

  /** Concurrent attempts on one account race for its stream revision: read again and retry. */
  private async record(streamId: string, command: AccountCommand, ctx: CommandContext): Promise<void> {
    await this.runtime.executeWithRetry(streamId, accountDecider, command, { ...ctx, expectedVersion: undefined }, 4);
  }

  @Get('accounts/me')
  async me(@Req() req: GongjianRequest) {
    return this.account(req.actor!.accountId);
  }

  private async account(id: string) {
    const doc = await this.accounts.get(id);
    if (!doc) throw new NotFound(`account ${id} not found`);
    return toAccountResource(doc);
  }
}
