import { Injectable } from '@nestjs/common';
import { chinaDay } from '@gongjian/auth';
import {
  GRID_EVENTS,
  MEMBER_EVENTS,
  type MemberTransferredV1,
  type PartyOrganizationCoverageChangedV1,
  type PartyOrganizationFormedV1,
} from '@gongjian/contracts';
import {
  causedBy,
  type CommandContext,
  DomainRuleViolation,
  type EventEnvelope,
  InvalidStateTransition,
} from '@gongjian/eventing';
import { Commands, ProjectionRegistry, type Reactor } from '@gongjian/runtime';
import { centralHouseholdAggregate } from '../central-households/central-household.decider';
import { OrganizationsReadModels } from '../read-models';
import { partyOrganizationAggregate, type PartyOrganizationCommand } from './party-organization.decider';

const ACTOR = { accountId: 'system:organizations.member-moves', role: 'system', orgId: null };

/**
 * Keeps the party groups and 党员中心户 true to where members belong (issue 18):
 * - a member transferred to another branch (组织关系转接) leaves the party groups of the old one,
 *   and is no longer its 党员中心户;
 * - a member the migration moved from a building (MemberTransferred `branch_formed`) sits in the
 *   party group covering that building, when the group is formed or comes to cover it.
 * Each step is an event by the system, caused by the one it follows. Idempotent: a seat already
 * taken or already left is a refusal the reactor lets pass.
 */
@Injectable()
export class MemberMovesReactor implements Reactor {
  readonly name = 'organizations.member-moves';
  readonly handles = [MEMBER_EVENTS.transferred, GRID_EVENTS.partyOrgFormed, GRID_EVENTS.partyOrgCoverageChanged];
  private readonly partyOrganizations;
  private readonly centralHouseholds;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    registry: ProjectionRegistry,
  ) {
    this.partyOrganizations = commands.for(partyOrganizationAggregate);
    this.centralHouseholds = commands.for(centralHouseholdAggregate);
    registry.registerReactor(this);
  }

  async react(event: EventEnvelope): Promise<void> {
    const context = causedBy(event, { actor: ACTOR });
    if (event.type === MEMBER_EVENTS.transferred) return this.transferred(event.data as MemberTransferredV1, context);
    const { partyOrgId } = event.data as { partyOrgId: string };
    const buildings =
      event.type === GRID_EVENTS.partyOrgFormed
        ? (event.data as PartyOrganizationFormedV1).covers
        : (event.data as PartyOrganizationCoverageChangedV1).added;
    const group = await this.readModels.partyOrganizations.get(partyOrgId);
    if (group?.kind !== 'party_group' || buildings.length === 0) return;
    const migrated = await this.readModels.memberBranches.find({
      branchId: group.parentId,
      legacyBranchId: { $in: buildings },
    });
    for (const member of migrated) await this.seat(partyOrgId, member._id, member.branchId, context);
  }

  private async transferred(data: MemberTransferredV1, context: CommandContext): Promise<void> {
    const { memberId, fromBranchId, toBranchId } = data;
    if (data.reason === 'branch_formed') {
      const [group] = await this.readModels.partyOrganizations.find({
        kind: 'party_group',
        status: 'active',
        parentId: toBranchId,
        covers: fromBranchId,
      });
      if (group) await this.seat(group._id, memberId, toBranchId, context);
      return;
    }
    const groups = await this.readModels.partyOrganizations.find({ status: 'active', memberIds: memberId });
    for (const group of groups.filter((g) => g.parentId !== toBranchId))
      await this.step(
        group._id,
        { type: 'RemoveGroupMember', memberId, reason: 'transferred', on: chinaDay() },
        context,
      );
    const central = await this.readModels.centralHouseholds.get(memberId);
    if (central?.status === 'active' && central.branchId !== toBranchId)
      await this.tolerate(() =>
        this.centralHouseholds.executeWithRetry(
          memberId,
          { type: 'RevokeCentralHousehold', reason: 'transferred', on: chinaDay() },
          context,
        ),
      );
  }

  private async seat(groupId: string, memberId: string, branchId: string, context: CommandContext): Promise<void> {
    const [other] = await this.readModels.partyOrganizations.find({
      _id: { $ne: groupId },
      status: 'active',
      memberIds: memberId,
    });
    const command = {
      type: 'AddGroupMember' as const,
      memberId,
      memberBranchId: branchId,
      otherGroupId: other?._id ?? null,
      on: chinaDay(),
    };
    await this.step(groupId, command, context);
  }

  private step(groupId: string, command: PartyOrganizationCommand, context: CommandContext): Promise<void> {
    return this.tolerate(() => this.partyOrganizations.executeWithRetry(groupId, command, context));
  }

  /** A refusal of a step already done (or no longer possible) is not a failure of the reaction. */
  private async tolerate(step: () => Promise<unknown>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (!(error instanceof InvalidStateTransition) && !(error instanceof DomainRuleViolation)) throw error;
    }
  }
}
