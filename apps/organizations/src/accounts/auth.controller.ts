import {
  Body,
  Controller,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  Post,
  Req,
  UnauthorizedException,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { randomBytes } from 'node:crypto';
import {
  CREDENTIAL_STORE,
  type CredentialStore,
  hashPassword,
  PasswordChange,
  Public,
  signAccessToken,
  verifyPassword,
} from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, loadState, NotFound } from '@gongjian/eventing';
import { Command, type GongjianRequest } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { type AccountCommand, accountDecider, type AccountState, accountStreamId } from './account.decider';
import { ACCOUNTS_COLLECTION, type AccountDocument, toAccountResource } from './accounts.projection';
import { FailureMemory, LOGIN_RATE_LIMITS, merged, retryAfterMs, TokenBuckets } from './login-throttle';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords';

export class LoginDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class ChangePasswordDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  current: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  next: string;
}

/** One answer for a wrong password and an unknown username: no account enumeration. */
function wrongCredentials(): never {
  throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'wrong username or password' });
}

/** 429 with Retry-After, for a rate limit or the throttle (the same for unknown usernames). */
function tooManyAttempts(req: GongjianRequest, retryAfterMs: number, message: string): never {
  req.res?.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
  throw new HttpException({ statusCode: 429, error: 'Too Many Requests', message }, HttpStatus.TOO_MANY_REQUESTS);
}

const THROTTLED_MESSAGE = 'too many failed logins from this address for this username; try again later';

const addressOf = (req: GongjianRequest) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** Signing in and changing one's own password. */
@Controller('auth')
export class AuthController {
  private readonly perUserAndAddress = new TokenBuckets(LOGIN_RATE_LIMITS.perUserAndAddress);
  private readonly perAddress = new TokenBuckets(LOGIN_RATE_LIMITS.perAddress);
  /** Failures of unknown usernames, and those of real accounts beyond the logged bound. */
  private readonly memory = new FailureMemory();
  /** Checked against when the username is unknown, so that both cases cost one scrypt. */
  private readonly decoyHash = hashPassword(randomBytes(18).toString('base64url'));

  constructor(
    private readonly runtime: Runtime,
    private readonly jwt: JwtService,
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get accounts() {
    return this.documents.collection<AccountDocument>(ACCOUNTS_COLLECTION);
  }

  /**
   * Rate-limited per username and address and per address (429 with Retry-After). Wrong
   * passwords slow down further attempts from the address that made them (login-throttle.ts),
   * never from others: no one can lock an account. An unknown username gets exactly the answers
   * of a known one. A disabled account gets 401 `the account is disabled`, but only after the
   * right password (before it, the same answers as any account). After an administrator's
   * reset, the token is good only for POST /auth/password (`mustChangePassword: true`).
   */
  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: GongjianRequest, @Command() ctx: CommandContext) {
    const address = addressOf(req);
    this.rateLimit(req, address, dto.username);
    const account = await this.accounts.get(dto.username);
    if (!account) return this.unknownUsername(req, address, dto);
    const { state } = await this.checkThrottle(req, address, account._id);
    if (!(await this.passwordMatches(account._id, dto.password))) await this.failed(account._id, address, ctx);
    if (state.exists && state.disabled)
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'the account is disabled' });
    const actor = { accountId: account._id, role: account.role, orgId: account.orgId };
    await this.record(
      account._id,
      { type: 'RecordLoginSuccess', at: new Date().toISOString(), address },
      { ...ctx, actor },
    );
    this.memory.clear(account._id, address);
    const mustChangePassword = state.exists && state.mustChangePassword;
    const accessToken = await signAccessToken(
      this.jwt,
      { sub: account._id, role: account.role, orgId: account.orgId },
      { mustChangePassword },
    );
    return { accessToken, tokenType: 'Bearer', mustChangePassword, account: toAccountResource(account) };
  }

  /**
   * The holder changes its password (any role; also the one route a temporary password's token
   * reaches). Every token issued before — this one included — is refused from then on by every
   * service (PasswordChanged): sign in again with the new password. A wrong current password
   * counts as a failed login of the address.
   */
  @PasswordChange()
  @Post('password')
  @HttpCode(200)
  async changePassword(@Body() dto: ChangePasswordDto, @Req() req: GongjianRequest, @Command() ctx: CommandContext) {
    const username = ctx.actor.accountId;
    const address = addressOf(req);
    this.rateLimit(req, address, username);
    const account = await this.accounts.get(username);
    if (!account) throw new NotFound(`account ${username} not found`);
    await this.checkThrottle(req, address, username);
    if (!(await this.passwordMatches(username, dto.current))) {
      await this.record(username, { type: 'RecordLoginFailure', at: new Date().toISOString(), address }, ctx);
      throw new DomainRuleViolation('the current password is wrong', 'wrong_password', { field: 'current' });
    }
    if (dto.next === dto.current)
      throw new DomainRuleViolation('the new password must differ from the current one', 'same_password', {
        field: 'next',
      });
    const hash = await hashPassword(dto.next);
    await this.runtime.execute(
      accountStreamId(username),
      accountDecider,
      { type: 'ChangePassword', at: new Date().toISOString() },
      ctx,
    );
    await this.credentials.set(username, hash);
    return toAccountResource((await this.accounts.get(username))!);
  }

  private rateLimit(req: GongjianRequest, address: string, username: string): void {
    for (const [buckets, key] of [
      [this.perAddress, address],
      [this.perUserAndAddress, `${address} ${username}`],
    ] as const) {
      const taken = buckets.take(key);
      if (!taken.ok) tooManyAttempts(req, taken.retryAfterSeconds * 1000, 'too many login attempts; try again later');
    }
  }

  /** 429 while this address must wait (logged failures and those kept in memory together). */
  private async checkThrottle(
    req: GongjianRequest,
    address: string,
    username: string,
  ): Promise<{ state: AccountState }> {
    const { state } = await loadState(this.runtime.store, accountStreamId(username), accountDecider);
    const logged = state.exists ? state.failures : {};
    const wait = retryAfterMs(merged(logged, this.memory.get(username)), address, Date.now());
    if (wait > 0) tooManyAttempts(req, wait, THROTTLED_MESSAGE);
    return { state };
  }

  private async passwordMatches(username: string, password: string): Promise<boolean> {
    const hash = await this.credentials.get(username);
    return !!hash && (await verifyPassword(password, hash));
  }

  private async failed(username: string, address: string, ctx: CommandContext): Promise<never> {
    await this.record(username, { type: 'RecordLoginFailure', at: new Date().toISOString(), address }, ctx);
    wrongCredentials();
  }

  private async unknownUsername(req: GongjianRequest, address: string, dto: LoginDto): Promise<never> {
    const wait = retryAfterMs(this.memory.get(dto.username), address, Date.now());
    if (wait > 0) tooManyAttempts(req, wait, THROTTLED_MESSAGE);
    await verifyPassword(dto.password, await this.decoyHash);
    this.memory.fail(dto.username, address);
    wrongCredentials();
  }

  /**
   * Concurrent attempts on one account race for its stream revision: read again and retry. A
   * failure the decider does not log (beyond the bound) is kept in memory instead.
   */
  private async record(username: string, command: AccountCommand, ctx: CommandContext): Promise<void> {
    const streamId = accountStreamId(username);
    const result = await this.runtime.executeWithRetry(
      streamId,
      accountDecider,
      command,
      { ...ctx, expectedVersion: undefined },
      4,
    );
    if (command.type === 'RecordLoginFailure' && result.events.length === 0)
      this.memory.fail(username, command.address);
  }
}
