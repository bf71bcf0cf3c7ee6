import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { accountAggregate } from '../account.decider';
import { assertManagesAccount } from '../account-scope';
import { ListAccountsHandler } from '../list-accounts/list-accounts.handler';

@Injectable()
export class DisableAccountHandler {
  private readonly accounts;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly query: ListAccountsHandler,
  ) {
    this.accounts = commands.for(accountAggregate);
  }

  /** An administrator above the account disables it (assertManagesAccount). */
  async execute(username: string, context: CommandContext) {
    const target = await this.readModels.accounts.require(username);
    await assertManagesAccount(context.actor, target, this.directory);
    const command = { type: 'DisableAccount' as const, at: new Date().toISOString(), reason: 'by_admin' as const };
    await this.accounts.execute(username, command, context);
    return this.query.get(username);
  }
}
