import { Injectable, Logger } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import {
  GRID_EVENTS,
  type PartyOrganizationCoverageChangedV1,
  type PartyOrganizationFormedV1,
} from '@gongjian/contracts';
import { causedBy, type EventEnvelope } from '@gongjian/eventing';
import { Commands, ProjectionRegistry, type Reactor } from '@gongjian/runtime';
import { MembersReadModels } from '../read-models';
import { memberAggregate } from './member.decider';

/**
 * The migration of issue 18, recorded as events: before it, a member's branch could be a grid or a
 * building (the area taken for its party organisation). When a party branch is formed over grids
 * (or comes to cover more), every member still held by one of those grids or their buildings
 * moves to the branch — a MemberTransferred with `reason: branch_formed`, by the system, caused by
 * the formation. Their registration stays in the log as it was (docs/DECISIONS.md); the
 * organizations service seats those from a building in the party group that covers it.
 * Idempotent: a member already moved is not moved again.
 */
@Injectable()
export class BranchMigrationReactor implements Reactor {
  readonly name = 'members.branch-migration';
  readonly handles = [GRID_EVENTS.partyOrgFormed, GRID_EVENTS.partyOrgCoverageChanged];
  private readonly logger = new Logger('BranchMigrationReactor');
  private readonly members;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    registry: ProjectionRegistry,
  ) {
    this.members = commands.for(memberAggregate);
    registry.registerReactor(this);
  }

  async react(event: EventEnvelope): Promise<void> {
    const { partyOrgId } = event.data as { partyOrgId: string };
    const grids =
      event.type === GRID_EVENTS.partyOrgFormed
        ? (event.data as PartyOrganizationFormedV1).kind === 'branch'
          ? (event.data as PartyOrganizationFormedV1).covers
          : []
        : (event.data as PartyOrganizationCoverageChangedV1).added;
    const branch = await this.directory.ref(partyOrgId);
    if (grids.length === 0 || branch?.kind !== 'branch') return;
    const buildings = await this.directory.entries.find({ parentId: { $in: grids }, kind: 'building' });
    const areas = [...grids, ...buildings.map((b) => b._id)];
    const held = await this.readModels.members.find({ branchId: { $in: areas } });
    const context = causedBy(event, {
      actor: { accountId: 'system:members.branch-migration', role: 'system', orgId: null },
    });
    for (const member of held) {
      const from = await this.directory.ref(member.branchId);
      await this.members.executeWithRetry(member._id, { type: 'MigrateBranch', from, branch }, context, 10);
    }
    if (held.length > 0) this.logger.log(`${held.length} members moved to the party branch ${partyOrgId}`);
  }
}
