import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { DissolvedOrganizationReactor } from '../../accounts/dissolved-organization.reactor';
import { OrganizationsReadModels } from '../../read-models';
import { ListOrganizationsHandler } from '../list-organizations/list-organizations.handler';
import { organizationAggregate } from '../organization.decider';

@Injectable()
export class DissolveOrganizationHandler {
  private readonly organizations;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly query: ListOrganizationsHandler,
    private readonly dissolvedAccounts: DissolvedOrganizationReactor,
  ) {
    this.organizations = commands.for(organizationAggregate);
  }

  /**
   * An admin over the organisation dissolves it once nothing active hangs under it: no
   * organisation (a community's party branches among them), no unit, no open need, and no active
   * party organisation covers it (a grid's branch, a building's party group: issue 18) — the
   * decider's `not_empty`, with the counts.
   */
  async execute(orgId: string, context: CommandContext) {
    await assertAdminFor(context.actor, orgId, this.directory);
    const { organizations, openNeeds, partyOrganizations } = this.readModels;
    const [children, coveredBy, activeUnits, open] = await Promise.all([
      organizations.count({ parentId: orgId, kind: { $ne: 'unit' }, status: 'active' }),
      partyOrganizations.count({ covers: orgId, status: 'active' }),
      organizations.count({ parentId: orgId, kind: 'unit', status: 'active' }),
      openNeeds.count({ communityId: orgId, open: true }),
    ]);
    const activeChildren = children + coveredBy;
    const command = { type: 'DissolveOrganization' as const, activeChildren, activeUnits, openNeeds: open };
    await this.organizations.execute(orgId, command, context);
    // its accounts end with it, before this answers (the reactor repeats it on the event)
    await this.dissolvedAccounts.disableAccountsOf(orgId, context);
    return this.query.get(orgId);
  }
}
