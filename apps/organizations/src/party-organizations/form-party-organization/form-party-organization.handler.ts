import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import { PARTY_ORG_PLACES } from '@gongjian/contracts';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertCodeFree } from '../../codes';
import { OrganizationsReadModels } from '../../read-models';
import { ListPartyOrganizationsHandler } from '../list-party-organizations/list-party-organizations.handler';
import { coveredFacts, placeFacts } from '../party-facts';
import { partyOrganizationAggregate } from '../party-organization.decider';
import type { FormPartyOrganizationDto } from './form-party-organization.dto';

@Injectable()
export class FormPartyOrganizationHandler {
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
   * The admins over the community (for a branch) or the branch (for a party group) form it. The
   * decider holds the rules of what it hangs under and covers; a grid has one branch, a building
   * one party group.
   */
  async execute(dto: FormPartyOrganizationDto, context: CommandContext) {
    const parent = await placeFacts(this.directory, dto.parentId);
    const expected = PARTY_ORG_PLACES[dto.kind].parent;
    if (!parent)
      throw new DomainRuleViolation(`${dto.parentId} is not a known ${expected}`, `unknown_${expected}`, {
        field: 'parentId',
      });
    await assertAdminFor(context.actor, parent.id, this.directory);
    await assertCodeFree(this.directory, dto.code, false);
    const partyOrgId = newId(context);
    const command = {
      type: 'FormPartyOrganization' as const,
      partyOrgId,
      kind: dto.kind,
      name: dto.name.trim(),
      parent,
      parentIdGiven: dto.parentId,
      covers: await coveredFacts(this.directory, this.readModels, dto.kind, dto.covers),
      code: dto.code ?? null,
    };
    await this.partyOrganizations.execute(partyOrgId, command, context);
    return this.query.get(partyOrgId, context.actor);
  }
}
