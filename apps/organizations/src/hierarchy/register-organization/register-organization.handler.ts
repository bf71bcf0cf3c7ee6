import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, forbid } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { ListOrganizationsHandler } from '../list-organizations/list-organizations.handler';
import { organizationAggregate } from '../organization.decider';
import { parentFacts } from '../parent-facts';
import { assertCodeFree } from '../../codes';
import type { RegisterOrganizationDto } from './register-organization.dto';

@Injectable()
export class RegisterOrganizationHandler {
  private readonly organizations;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListOrganizationsHandler,
  ) {
    this.organizations = commands.for(organizationAggregate);
  }

  /**
   * An admin registers under a parent in its subtree; a district (no parent) only the bootstrap
   * administrator. The decider keeps the chain of kinds (`invalid_parent`) and refuses cycles.
   */
  async execute(dto: RegisterOrganizationDto, context: CommandContext) {
    const parent = dto.parentId ? await parentFacts(this.directory, dto.parentId) : null;
    await this.authorize(parent?.id ?? null, context);
    await assertCodeFree(this.directory, dto.code, false);
    const orgId = newId(context);
    const command = {
      type: 'RegisterOrganization' as const,
      orgId,
      name: dto.name.trim(),
      kind: dto.kind,
      parent,
      code: dto.code ?? null,
    };
    await this.organizations.execute(orgId, command, context);
    return this.query.get(orgId);
  }

  /** Who may register under `parentId` (null: a district): the policy the import asks too. */
  async authorize(parentId: string | null, context: Pick<CommandContext, 'actor'>): Promise<void> {
    if (parentId) await assertAdminFor(context.actor, parentId, this.directory);
    else if (context.actor.orgId !== null || context.actor.role !== 'district_admin')
      forbid('only the bootstrap administrator registers districts');
  }
}
