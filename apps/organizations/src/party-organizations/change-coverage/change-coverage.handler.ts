import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { ListPartyOrganizationsHandler } from '../list-party-organizations/list-party-organizations.handler';
import { coveredFacts, placeFacts } from '../party-facts';
import { partyOrganizationAggregate } from '../party-organization.decider';
import type { ChangeCoverageDto } from './change-coverage.dto';

@Injectable()
export class ChangeCoverageHandler {
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
   * The admins over it change what it covers: a branch joins grids (单独建 → 联合建) or gives some
   * up, never one whose buildings its party groups cover; a party group its buildings.
   */
  async execute(partyOrgId: string, dto: ChangeCoverageDto, context: CommandContext) {
    const org = await this.readModels.partyOrganizations.require(partyOrgId);
    await assertAdminFor(context.actor, partyOrgId, this.directory);
    const command = {
      type: 'ChangeCoverage' as const,
      parent: await placeFacts(this.directory, org.parentId),
      covers: await coveredFacts(this.directory, this.readModels, org.kind, dto.covers),
      inUse: org.kind === 'branch' ? await this.gridsInUse(partyOrgId) : [],
    };
    await this.partyOrganizations.executeWithRetry(partyOrgId, command, context);
    return this.query.get(partyOrgId, context.actor);
  }

  /** The grids of the buildings the branch's active party groups cover. */
  private async gridsInUse(branchId: string): Promise<string[]> {
    const groups = await this.readModels.partyOrganizations.find({ parentId: branchId, status: 'active' });
    const buildings = await this.directory.entries.find({ _id: { $in: groups.flatMap((g) => g.covers) } });
    return [...new Set(buildings.map((b) => b.parentId).filter((id): id is string => id !== null))];
  }
}
