import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { signAccessToken } from '@gongjian/auth';
import { type CommandContext, Unauthenticated } from '@gongjian/eventing';
import { OrganizationsReadModels } from '../../read-models';
import { toAccountResource } from '../accounts.projection';
import { PasswordAttempts } from '../password-attempts';
import type { LoginDto } from './login.dto';

@Injectable()
export class LoginHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly attempts: PasswordAttempts,
    private readonly jwt: JwtService,
  ) {}

  /**
   * Rate-limited per username and address and per address (429 with Retry-After). Wrong
   * passwords slow down further attempts from the address that made them (login-throttle.ts),
   * never from others: no one can lock an account. An unknown username gets exactly the answers
   * of a known one. A disabled account gets 401 `the account is disabled`, but only after the
   * right password (before it, the same answers as any account). After an administrator's
   * reset, the token is good only for POST /auth/password (`mustChangePassword: true`).
   */
  async execute(dto: LoginDto, address: string, context: CommandContext) {
    this.attempts.rateLimit(address, dto.username);
    const account = await this.readModels.accounts.get(dto.username);
    if (!account) return this.attempts.unknownUsername(dto.username, dto.password, address);
    const state = await this.attempts.throttle(address, account._id);
    if (!(await this.attempts.passwordMatches(account._id, dto.password)))
      await this.attempts.failed(account._id, address, context);
    if (state.exists && state.disabled) throw new Unauthenticated('the account is disabled');
    const actor = { accountId: account._id, role: account.role, orgId: account.orgId };
    await this.attempts.succeeded(account._id, address, { ...context, actor });
    const mustChangePassword = state.exists && state.mustChangePassword;
    const accessToken = await signAccessToken(
      this.jwt,
      { sub: account._id, role: account.role, orgId: account.orgId },
      { mustChangePassword },
    );
    return { accessToken, tokenType: 'Bearer', mustChangePassword, account: toAccountResource(account) };
  }
}
