import { Injectable } from '@nestjs/common';
import { assertAdminFor, chinaDay, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { ListPartyOrganizationsHandler } from '../list-party-organizations/list-party-organizations.handler';
import { partyOrganizationAggregate } from '../party-organization.decider';
import type { AddGroupMemberDto } from './add-group-member.dto';

@Injectable()
export class AddGroupMemberHandler {
  private readonly partyOrganizations;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListPartyOrganizationsHandler,
  ) {
    this.partyOrganizations = commands.for(partyOrganizationAggregate);
  }

  /** The admins over a party group seat a member of its branch there (one party group per member). */
  async execute(partyOrgId: string, dto: AddGroupMemberDto, context: CommandContext) {
    await this.readModels.partyOrganizations.require(partyOrgId);
    await assertAdminFor(context.actor, partyOrgId, this.directory);
    const member = await this.readModels.memberBranches.get(dto.memberId);
    const [other] = await this.readModels.partyOrganizations.find({
      _id: { $ne: partyOrgId },
      status: 'active',
      memberIds: dto.memberId,
    });
    const command = {
      type: 'AddGroupMember' as const,
      memberId: dto.memberId,
      memberBranchId: member?.branchId ?? null,
      otherGroupId: other?._id ?? null,
      on: chinaDay(),
    };
    await this.partyOrganizations.executeWithRetry(partyOrgId, command, context);
    return this.query.get(partyOrgId, context.actor);
  }
}
