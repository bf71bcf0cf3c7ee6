import { Inject, Injectable } from '@nestjs/common';
import { CREDENTIAL_STORE, type CredentialStore, Directory, hashPassword } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { accountAggregate } from '../account.decider';
import { assertManagesAccount } from '../account-scope';
import { ListAccountsHandler } from '../list-accounts/list-accounts.handler';
import type { ResetPasswordDto } from './reset-password.dto';

@Injectable()
export class ResetPasswordHandler {
  private readonly accounts;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly query: ListAccountsHandler,
    /** the accounts' own port: password hashes never enter events */
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
  ) {
    this.accounts = commands.for(accountAggregate);
  }

  /** An administrator above the account sets a temporary password (refused while it is disabled). */
  async execute(username: string, dto: ResetPasswordDto, context: CommandContext) {
    const target = await this.readModels.accounts.require(username);
    await assertManagesAccount(context.actor, target, this.directory);
    const hash = await hashPassword(dto.temporaryPassword);
    await this.accounts.execute(username, { type: 'ResetPassword', at: new Date().toISOString() }, context);
    await this.credentials.set(username, hash);
    return this.query.get(username);
  }
}
