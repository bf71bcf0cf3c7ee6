import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { ListOrganizationsHandler } from '../list-organizations/list-organizations.handler';
import { organizationAggregate } from '../organization.decider';
import { parentFacts } from '../parent-facts';
import type { MoveOrganizationDto } from './move-organization.dto';

@Injectable()
export class MoveOrganizationHandler {
  private readonly organizations;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListOrganizationsHandler,
  ) {
    this.organizations = commands.for(organizationAggregate);
  }

  /** The admin must hold the organisation and its new parent; the decider keeps kinds and refuses cycles. */
  async execute(orgId: string, dto: MoveOrganizationDto, context: CommandContext) {
    await assertAdminFor(context.actor, orgId, this.directory);
    const newParent = await parentFacts(this.directory, dto.parentId);
    await assertAdminFor(context.actor, newParent.id, this.directory);
    await this.organizations.execute(orgId, { type: 'MoveOrganization', newParent }, context);
    return this.query.get(orgId);
  }
}
