import { Inject, Injectable } from '@nestjs/common';
import { CREDENTIAL_STORE, type CredentialStore, hashPassword } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { accountAggregate } from '../account.decider';
import { ListAccountsHandler } from '../list-accounts/list-accounts.handler';
import { PasswordAttempts } from '../password-attempts';
import type { ChangePasswordDto } from './change-password.dto';

@Injectable()
export class ChangePasswordHandler {
  private readonly accounts;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly attempts: PasswordAttempts,
    private readonly query: ListAccountsHandler,
    /** the accounts' own port: password hashes never enter events */
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
  ) {
    this.accounts = commands.for(accountAggregate);
  }

  /**
   * The holder changes its password (any role). Every token issued before — this one included —
   * is refused from then on by every service (PasswordChanged): sign in again with the new
   * password. A wrong current password counts as a failed login of the address.
   */
  async execute(dto: ChangePasswordDto, address: string, context: CommandContext) {
    const username = context.actor.accountId;
    this.attempts.rateLimit(address, username);
    await this.readModels.accounts.require(username);
    await this.attempts.throttle(address, username);
    if (!(await this.attempts.passwordMatches(username, dto.current))) {
      const failure = { type: 'RecordLoginFailure' as const, at: new Date().toISOString(), address };
      await this.attempts.record(username, failure, context);
      throw new DomainRuleViolation('the current password is wrong', 'wrong_password', { field: 'current' });
    }
    if (dto.next === dto.current)
      throw new DomainRuleViolation('the new password must differ from the current one', 'same_password', {
        field: 'next',
      });
    const hash = await hashPassword(dto.next);
    await this.accounts.execute(username, { type: 'ChangePassword', at: new Date().toISOString() }, context);
    await this.credentials.set(username, hash);
    return this.query.get(username);
  }
}
