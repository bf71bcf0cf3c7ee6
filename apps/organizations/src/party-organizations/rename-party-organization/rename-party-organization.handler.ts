import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { ListPartyOrganizationsHandler } from '../list-party-organizations/list-party-organizations.handler';
import { partyOrganizationAggregate } from '../party-organization.decider';
import type { RenamePartyOrganizationDto } from './rename-party-organization.dto';

@Injectable()
export class RenamePartyOrganizationHandler {
  private readonly partyOrganizations;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListPartyOrganizationsHandler,
  ) {
    this.partyOrganizations = commands.for(partyOrganizationAggregate);
  }

  /** The admins over it rename it; the same name again changes nothing. */
  async execute(partyOrgId: string, dto: RenamePartyOrganizationDto, context: CommandContext) {
    await this.readModels.partyOrganizations.require(partyOrgId);
    await assertAdminFor(context.actor, partyOrgId, this.directory);
    await this.partyOrganizations.execute(
      partyOrgId,
      { type: 'RenamePartyOrganization', name: dto.name.trim() },
      context,
    );
    return this.query.get(partyOrgId, context.actor);
  }
}
