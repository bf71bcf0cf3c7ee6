import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { ListPartyOrganizationsHandler } from '../list-party-organizations/list-party-organizations.handler';
import { partyOrganizationAggregate } from '../party-organization.decider';

@Injectable()
export class DissolvePartyOrganizationHandler {
  private readonly partyOrganizations;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListPartyOrganizationsHandler,
  ) {
    this.partyOrganizations = commands.for(partyOrganizationAggregate);
  }

  /**
   * The admins over it dissolve it: a branch once no member's relationship is held there and its
   * party groups are dissolved (422 `not_empty`); a party group at any time (its members stay in
   * the branch). Its grids or buildings are free for another.
   */
  async execute(partyOrgId: string, context: CommandContext) {
    await this.readModels.partyOrganizations.require(partyOrgId);
    await assertAdminFor(context.actor, partyOrgId, this.directory);
    const [members, activeGroups] = await Promise.all([
      this.readModels.memberBranches.count({ branchId: partyOrgId }),
      this.readModels.partyOrganizations.count({ parentId: partyOrgId, status: 'active' }),
    ]);
    await this.partyOrganizations.execute(
      partyOrgId,
      { type: 'DissolvePartyOrganization', members, activeGroups },
      context,
    );
    return this.query.get(partyOrgId, context.actor);
  }
}
