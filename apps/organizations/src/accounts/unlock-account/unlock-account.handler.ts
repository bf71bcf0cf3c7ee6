import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { accountAggregate } from '../account.decider';
import { assertUnlocks } from '../account-scope';
import { ListAccountsHandler } from '../list-accounts/list-accounts.handler';

@Injectable()
export class UnlockAccountHandler {
  private readonly accounts;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly query: ListAccountsHandler,
  ) {
    this.accounts = commands.for(accountAggregate);
  }

  /** A district admin in scope clears every address's failed logins (409 when there are none). */
  async execute(username: string, context: CommandContext) {
    const account = await this.readModels.accounts.require(username);
    await assertUnlocks(context.actor, account, this.directory);
    await this.accounts.execute(username, { type: 'UnlockAccount', at: new Date().toISOString() }, context);
    return this.query.get(username);
  }
}
