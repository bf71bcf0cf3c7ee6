import { Injectable } from '@nestjs/common';
import { assertAdminFor, chinaDay, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { ListPartyOrganizationsHandler } from '../list-party-organizations/list-party-organizations.handler';
import { partyOrganizationAggregate } from '../party-organization.decider';

@Injectable()
export class RemoveGroupMemberHandler {
  private readonly partyOrganizations;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListPartyOrganizationsHandler,
  ) {
    this.partyOrganizations = commands.for(partyOrganizationAggregate);
  }

  /** The admins over a party group take a member off it (the member stays in the branch). */
  async execute(partyOrgId: string, memberId: string, context: CommandContext) {
    await this.readModels.partyOrganizations.require(partyOrgId);
    await assertAdminFor(context.actor, partyOrgId, this.directory);
    const command = { type: 'RemoveGroupMember' as const, memberId, reason: 'removed' as const, on: chinaDay() };
    await this.partyOrganizations.executeWithRetry(partyOrgId, command, context);
    return this.query.get(partyOrgId, context.actor);
  }
}
