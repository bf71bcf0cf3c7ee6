import { Injectable } from '@nestjs/common';
import { assertAdminFor, chinaDay, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { householdFacts } from '../../households/household-facts';
import { placeFacts } from '../../party-organizations/party-facts';
import { OrganizationsReadModels } from '../../read-models';
import { centralHouseholdAggregate } from '../central-household.decider';
import { ListCentralHouseholdsHandler } from '../list-central-households/list-central-households.handler';
import type { DesignateCentralHouseholdDto } from './designate-central-household.dto';

@Injectable()
export class DesignateCentralHouseholdHandler {
  private readonly centralHouseholds;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListCentralHouseholdsHandler,
  ) {
    this.centralHouseholds = commands.for(centralHouseholdAggregate);
  }

  /** The admins over a member's branch make the member a 党员中心户 with the households they look after. */
  async execute(dto: DesignateCentralHouseholdDto, context: CommandContext) {
    const member = await this.readModels.memberBranches.get(dto.memberId);
    if (member) await assertAdminFor(context.actor, member.branchId, this.directory);
    const command = {
      type: 'DesignateCentralHousehold' as const,
      memberId: dto.memberId,
      memberKnown: member !== null,
      branch: member ? await placeFacts(this.directory, member.branchId) : null,
      households: await householdFacts(this.readModels, dto.householdIds),
      on: chinaDay(),
    };
    await this.centralHouseholds.execute(dto.memberId, command, context);
    return this.query.get(dto.memberId, context.actor);
  }
}
