import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { accountAggregate } from '../account.decider';
import { assertManagesAccount } from '../account-scope';
import { ListAccountsHandler } from '../list-accounts/list-accounts.handler';

@Injectable()
export class EnableAccountHandler {
  private readonly accounts;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly query: ListAccountsHandler,
  ) {
    this.accounts = commands.for(accountAggregate);
  }

  /**
   * An administrator above the account enables it again; an account of a dissolved organisation
   * stays disabled (the decider's `organisation_dissolved`).
   */
  async execute(username: string, context: CommandContext) {
    const target = await this.readModels.accounts.require(username);
    await assertManagesAccount(context.actor, target, this.directory);
    const orgStatus = target.orgId ? ((await this.directory.get(target.orgId))?.status ?? 'dissolved') : null;
    await this.accounts.execute(username, { type: 'EnableAccount', orgStatus }, context);
    return this.query.get(username);
  }
}
