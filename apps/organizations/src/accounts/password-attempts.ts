import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { CREDENTIAL_STORE, type CredentialStore, hashPassword, verifyPassword } from '@gongjian/auth';
import { type CommandContext, TooManyRequests, Unauthenticated } from '@gongjian/eventing';
import type { GongjianRequest } from '@gongjian/http';
import { Commands } from '@gongjian/runtime';
import { type AccountCommand, accountAggregate, type AccountState } from './account.decider';
import { FailureMemory, LOGIN_RATE_LIMITS, merged, retryAfterMs, TokenBuckets } from './login-throttle';

const THROTTLED_MESSAGE = 'too many failed logins from this address for this username; try again later';

/** The client address an attempt came from (req.ip, behind the trusted proxies). */
export const clientAddress = (req: GongjianRequest) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** One answer for a wrong password and an unknown username: no account enumeration. */
function wrongCredentials(): never {
  throw new Unauthenticated('wrong username or password');
}

/**
 * What signing in and changing one's password share, once per process: the rate limits (per
 * address, per username and address), the failures kept in memory (of unknown usernames, and of
 * real accounts beyond the logged bound), and a decoy hash so that an unknown username costs one
 * scrypt like a known one. The throttle's arithmetic is login-throttle.ts; wrong passwords are
 * logged on the account (LoginFailed) and slow down only the address that made them.
 */
@Injectable()
export class PasswordAttempts {
  private readonly perUserAndAddress = new TokenBuckets(LOGIN_RATE_LIMITS.perUserAndAddress);
  private readonly perAddress = new TokenBuckets(LOGIN_RATE_LIMITS.perAddress);
  private readonly memory = new FailureMemory();
  private readonly decoyHash = hashPassword(randomBytes(18).toString('base64url'));
  private readonly accounts;

  constructor(
    commands: Commands,
    /** the accounts' own port */
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
  ) {
    this.accounts = commands.for(accountAggregate);
  }

  /** 429 when the address, or the address for this username, is over its rate (whatever the outcome). */
  rateLimit(address: string, username: string): void {
    for (const [buckets, key] of [
      [this.perAddress, address],
      [this.perUserAndAddress, `${address} ${username}`],
    ] as const) {
      const taken = buckets.take(key);
      if (!taken.ok) throw new TooManyRequests('too many login attempts; try again later', taken.retryAfterSeconds);
    }
  }

  /** The account as its stream holds it, or 429 while this address must wait (logged and remembered failures). */
  async throttle(address: string, username: string): Promise<AccountState> {
    const { state } = await this.accounts.load(username);
    const logged = state.exists ? state.failures : {};
    this.refuseWhileWaiting(retryAfterMs(merged(logged, this.memory.get(username)), address, Date.now()));
    return state;
  }

  async passwordMatches(username: string, password: string): Promise<boolean> {
    const hash = await this.credentials.get(username);
    return !!hash && (await verifyPassword(password, hash));
  }

  /** Logs a wrong password of the address, then answers 401 like an unknown username. */
  async failed(username: string, address: string, context: CommandContext): Promise<never> {
    await this.record(username, { type: 'RecordLoginFailure', at: new Date().toISOString(), address }, context);
    wrongCredentials();
  }

  /** An unknown username: the same throttle (in memory), the same cost and the same 401 as a wrong password. */
  async unknownUsername(username: string, password: string, address: string): Promise<never> {
    this.refuseWhileWaiting(retryAfterMs(this.memory.get(username), address, Date.now()));
    await verifyPassword(password, await this.decoyHash);
    this.memory.fail(username, address);
    wrongCredentials();
  }

  /** A right password ends the address's run of failures. */
  async succeeded(username: string, address: string, context: CommandContext): Promise<void> {
    await this.record(username, { type: 'RecordLoginSuccess', at: new Date().toISOString(), address }, context);
    this.memory.clear(username, address);
  }

  /**
   * Concurrent attempts on one account race for its stream revision: read again and retry. A
   * failure the decider does not log (beyond the bound) is kept in memory instead.
   */
  async record(username: string, command: AccountCommand, context: CommandContext): Promise<void> {
    const result = await this.accounts.executeWithRetry(
      username,
      command,
      { ...context, expectedVersion: undefined },
      4,
    );
    if (command.type === 'RecordLoginFailure' && result.events.length === 0)
      this.memory.fail(username, command.address);
  }

  private refuseWhileWaiting(waitMs: number): void {
    if (waitMs > 0) throw new TooManyRequests(THROTTLED_MESSAGE, waitMs / 1000);
  }
}
