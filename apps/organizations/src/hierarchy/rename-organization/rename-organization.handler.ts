import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { ListOrganizationsHandler } from '../list-organizations/list-organizations.handler';
import { organizationAggregate } from '../organization.decider';
import type { RenameOrganizationDto } from './rename-organization.dto';

@Injectable()
export class RenameOrganizationHandler {
  private readonly organizations;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListOrganizationsHandler,
  ) {
    this.organizations = commands.for(organizationAggregate);
  }

  /** An admin over the organisation renames it; the same name again changes nothing. */
  async execute(orgId: string, dto: RenameOrganizationDto, context: CommandContext) {
    await assertAdminFor(context.actor, orgId, this.directory);
    await this.organizations.execute(orgId, { type: 'RenameOrganization', name: dto.name.trim() }, context);
    return this.query.get(orgId);
  }
}
