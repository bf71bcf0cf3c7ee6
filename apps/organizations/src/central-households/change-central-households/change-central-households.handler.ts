import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { householdFacts } from '../../households/household-facts';
import { placeFacts } from '../../party-organizations/party-facts';
import { OrganizationsReadModels } from '../../read-models';
import { centralHouseholdAggregate } from '../central-household.decider';
import { ListCentralHouseholdsHandler } from '../list-central-households/list-central-households.handler';
import type { ChangeCentralHouseholdsDto } from './change-central-households.dto';

@Injectable()
export class ChangeCentralHouseholdsHandler {
  private readonly centralHouseholds;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListCentralHouseholdsHandler,
  ) {
    this.centralHouseholds = commands.for(centralHouseholdAggregate);
  }

  /** The admins over the member's branch change the households a 党员中心户 looks after. */
  async execute(memberId: string, dto: ChangeCentralHouseholdsDto, context: CommandContext) {
    const doc = await this.readModels.centralHouseholds.require(memberId);
    await assertAdminFor(context.actor, doc.branchId, this.directory);
    const command = {
      type: 'ChangeHouseholds' as const,
      branch: await placeFacts(this.directory, doc.branchId),
      households: await householdFacts(this.readModels, dto.householdIds),
    };
    await this.centralHouseholds.executeWithRetry(memberId, command, context);
    return this.query.get(memberId, context.actor);
  }
}
