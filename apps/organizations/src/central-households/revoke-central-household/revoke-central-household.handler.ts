import { Injectable } from '@nestjs/common';
import { assertAdminFor, chinaDay, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { centralHouseholdAggregate } from '../central-household.decider';
import { ListCentralHouseholdsHandler } from '../list-central-households/list-central-households.handler';

@Injectable()
export class RevokeCentralHouseholdHandler {
  private readonly centralHouseholds;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListCentralHouseholdsHandler,
  ) {
    this.centralHouseholds = commands.for(centralHouseholdAggregate);
  }

  /** The admins over the member's branch end the designation (the history stays). */
  async execute(memberId: string, context: CommandContext) {
    const doc = await this.readModels.centralHouseholds.require(memberId);
    await assertAdminFor(context.actor, doc.branchId, this.directory);
    const command = { type: 'RevokeCentralHousehold' as const, reason: 'revoked' as const, on: chinaDay() };
    await this.centralHouseholds.execute(memberId, command, context);
    return this.query.get(memberId, context.actor);
  }
}
