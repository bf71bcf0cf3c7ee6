import type { ConformsToContracts } from '@gongjian/contracts';
import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import {
  type CommunityReportWithdrawnV1,
  type MemberAccountLinkedV1,
  type MemberErasedV1,
  type MemberRegisteredV1,
  type MemberReportedToCommunityV1,
  type MemberStatus,
  type MemberStatusChangedV1,
  type MemberTransferredV1,
  type SealedV1,
} from '@gongjian/contracts';
import {
  type CommunityReportCancelledV1,
  type CommunityReportDeclinedV1,
  type CommunityReportRequestedV1,
  MEMBER_EVENTS,
  type MemberAccountLinkProposedV1,
  type MemberTransferCancelledV1,
  type MemberTransferDeclinedV1,
  type MemberTransferRequestedV1,
  type TransferDirection,
} from '../member-events';

/** An organisation or unit as the members service knows it (from organizations events). */
export interface OrgRef {
  id: string;
  kind: string;
  status: string;
}

/**
 * A branch (支部) holds the organisation relationship: a party branch (党支部, issue 18), or a
 * unit's branch. Areas are not branches.
 */
export const BRANCH_KINDS = ['branch', 'unit'] as const;

/**
 * Where members were registered before issue 18 — a grid or a building, as if the area were the
 * branch. Their records stay valid until the branch covering the area is formed, which moves them
 * there (`MigrateBranch`, a MemberTransferred with `reason: branch_formed`; docs/DECISIONS.md).
 */
export const LEGACY_BRANCH_KINDS = ['grid', 'building'] as const;

export type MemberCommand =
  | {
      type: 'RegisterMember';
      memberId: string;
      name: string;
      branch: OrgRef | null;
      joinedPartyOn: string;
      employer: OrgRef | null;
      employerUnitId: string | null;
      personal: SealedV1;
      /** 编码, when the office gave one */
      code?: string | null;
    }
  /** by an admin over both sides: at once */
  | { type: 'TransferMember'; toBranch: OrgRef | null; toBranchId: string }
  /** by one side; the other side accepts or declines */
  | { type: 'RequestTransfer'; toBranch: OrgRef | null; toBranchId: string; direction: TransferDirection }
  /** `toBranch`: the destination as it is now (it may have been dissolved while the request waited) */
  | { type: 'AcceptTransfer'; toBranch: OrgRef | null }
  | { type: 'DeclineTransfer'; reason: string }
  | { type: 'CancelTransfer' }
  | { type: 'ChangeStatus'; to: MemberStatus; reason: string }
  /** 双报到 by an admin over the member's branch and the receiving community: effective at once */
  | { type: 'ReportToCommunity'; community: OrgRef | null; communityId: string; reportedOn: string }
  /** 双报到 asked by the member or their branch's admin; the receiving community confirms or declines */
  | { type: 'RequestCommunityReport'; community: OrgRef | null; communityId: string; requestedOn: string }
  /** `community`: the receiving community as it is now (it may have been dissolved while the request waited) */
  | { type: 'ConfirmCommunityReport'; community: OrgRef | null; reportedOn: string }
  | { type: 'DeclineCommunityReport'; reason: string }
  | { type: 'CancelCommunityReport' }
  | { type: 'WithdrawReport' }
  /** an admin names an existing `member` account (the controller checks it exists and is in scope) */
  | { type: 'ProposeAccountLink'; accountId: string }
  /** the named account itself confirms: the link takes effect */
  | { type: 'ConfirmAccountLink'; accountId: string }
  | { type: 'ErasePersonalData' }
  /**
   * the migration of issue 18: a member registered in a grid or building moves to the party
   * branch formed over it (`branch` as the directory has it now)
   */
  | { type: 'MigrateBranch'; from: OrgRef | null; branch: OrgRef };

export type MemberEvent =
  | { type: typeof MEMBER_EVENTS.registered; data: MemberRegisteredV1 }
  | { type: typeof MEMBER_EVENTS.transferred; data: MemberTransferredV1 }
  | { type: typeof MEMBER_EVENTS.statusChanged; data: MemberStatusChangedV1 }
  | { type: typeof MEMBER_EVENTS.reportedToCommunity; data: MemberReportedToCommunityV1 }
  | { type: typeof MEMBER_EVENTS.reportWithdrawn; data: CommunityReportWithdrawnV1 }
  | { type: typeof MEMBER_EVENTS.accountLinked; data: MemberAccountLinkedV1 }
  | { type: typeof MEMBER_EVENTS.transferRequested; data: MemberTransferRequestedV1 }
  | { type: typeof MEMBER_EVENTS.transferDeclined; data: MemberTransferDeclinedV1 }
  | { type: typeof MEMBER_EVENTS.transferCancelled; data: MemberTransferCancelledV1 }
  | { type: typeof MEMBER_EVENTS.accountLinkProposed; data: MemberAccountLinkProposedV1 }
  | { type: typeof MEMBER_EVENTS.communityReportRequested; data: CommunityReportRequestedV1 }
  | { type: typeof MEMBER_EVENTS.communityReportDeclined; data: CommunityReportDeclinedV1 }
  | { type: typeof MEMBER_EVENTS.communityReportCancelled; data: CommunityReportCancelledV1 }
  | { type: typeof MEMBER_EVENTS.erased; data: MemberErasedV1 };

export type MemberState =
  | { exists: false }
  | {
      exists: true;
      memberId: string;
      branchId: string;
      employerUnitId: string | null;
      status: MemberStatus;
      reportedTo: string | null;
      /** the community a 双报到 request waits on, until it confirms or declines (or the asker cancels) */
      pendingReport: string | null;
      accountId: string | null;
      /** the account an admin proposed, until it confirms */
      proposedAccountId: string | null;
      pendingTransfer: { toBranchId: string; direction: TransferDirection } | null;
      erased: boolean;
    };

export const memberStreamId = (memberId: string) => `members.member-${memberId}`;

function requireBranch(branch: OrgRef | null, id: string, field: string): OrgRef {
  if (!branch) throw new DomainRuleViolation(`${id} is not a known organisation or unit`, 'unknown_branch', { field });
  if (!(BRANCH_KINDS as readonly string[]).includes(branch.kind))
    throw new DomainRuleViolation(
      `a member belongs to a party branch or a unit's branch, not to a ${branch.kind}`,
      'invalid_branch',
      { field },
    );
  if (branch.status !== 'active')
    throw new DomainRuleViolation(`the branch ${id} is dissolved`, 'organisation_dissolved', { field });
  return branch;
}

/**
 * The migration of issue 18: a member still held by a grid or a building (`from`, where they are
 * now) moves to the active party branch formed over it; anyone else stays where they are (no
 * event: a second delivery of the same formation changes nothing).
 */
function migrate(
  memberId: string,
  fromBranchId: string,
  command: Extract<MemberCommand, { type: 'MigrateBranch' }>,
): MemberEvent[] {
  const { from, branch } = command;
  if (!from || from.id !== fromBranchId || !(LEGACY_BRANCH_KINDS as readonly string[]).includes(from.kind)) return [];
  if (branch.kind !== 'branch' || branch.status !== 'active') return [];
  const data = { memberId, fromBranchId, toBranchId: branch.id, reason: 'branch_formed' as const };
  return [{ type: MEMBER_EVENTS.transferred, data }];
}

function requirePending(state: Extract<MemberState, { exists: true }>) {
  if (!state.pendingTransfer) throw new InvalidStateTransition('no transfer of this member is pending');
  return state.pendingTransfer;
}

function requireActiveCommunity(community: OrgRef | null, communityId: string): string {
  if (!community || community.kind !== 'community')
    throw new DomainRuleViolation(`${communityId} is not a known community`, 'unknown_community', {
      field: 'communityId',
    });
  if (community.status !== 'active')
    throw new DomainRuleViolation('the community is dissolved', 'organisation_dissolved', { field: 'communityId' });
  return community.id;
}

/** 双报到 may be made (or asked for): an in-service member, an active community, no report made or waiting. */
function requireReportable(state: Extract<MemberState, { exists: true }>, community: OrgRef | null, id: string) {
  if (state.employerUnitId === null)
    throw new DomainRuleViolation(
      'only in-service members (with an employer unit) report to the community where they live',
      'not_in_service',
      { field: 'memberId' },
    );
  const communityId = requireActiveCommunity(community, id);
  if (state.reportedTo !== null)
    throw new InvalidStateTransition(`the member has already reported to ${state.reportedTo}; withdraw first`);
  if (state.pendingReport !== null)
    throw new InvalidStateTransition(
      `a report to ${state.pendingReport} waits for its confirmation; it must be confirmed, declined or cancelled first`,
    );
  return communityId;
}

function requirePendingReport(state: Extract<MemberState, { exists: true }>): string {
  if (!state.pendingReport) throw new InvalidStateTransition('no report of this member to a community is waiting');
  return state.pendingReport;
}

/** 党员: registry, organisation relationship, status, dual reporting (双报到), erasure. */
export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    if (command.type === 'RegisterMember') {
      if (state.exists) throw new InvalidStateTransition('member already registered');
      const branch = requireBranch(command.branch, command.branch?.id ?? '', 'branchId');
      if (command.employerUnitId !== null) {
        const employer = command.employer;
        if (!employer || employer.kind !== 'unit')
          throw new DomainRuleViolation(`${command.employerUnitId} is not a known unit`, 'unknown_unit', {
            field: 'employerUnitId',
          });
      }
      const data: MemberRegisteredV1 = {
        memberId: command.memberId,
        name: command.name,
        branchId: branch.id,
        joinedPartyOn: command.joinedPartyOn,
        employerUnitId: command.employerUnitId,
        personal: command.personal,
        ...(command.code ? { code: command.code } : {}),
      };
      return [{ type: MEMBER_EVENTS.registered, data }];
    }
    if (!state.exists) throw new InvalidStateTransition('member not registered');
    const memberId = state.memberId;
    switch (command.type) {
      case 'TransferMember':
      case 'RequestTransfer': {
        if (state.pendingTransfer)
          throw new InvalidStateTransition(
            `a transfer to ${state.pendingTransfer.toBranchId} is pending; it must be accepted, declined or cancelled first`,
          );
        const to = requireBranch(command.toBranch, command.toBranchId, 'toBranchId');
        if (to.id === state.branchId)
          throw new DomainRuleViolation('the member already belongs to this branch', 'same_branch', {
            field: 'toBranchId',
          });
        const fromBranchId = state.branchId;
        if (command.type === 'TransferMember')
          return [{ type: MEMBER_EVENTS.transferred, data: { memberId, fromBranchId, toBranchId: to.id } }];
        return [
          {
            type: MEMBER_EVENTS.transferRequested,
            data: { memberId, fromBranchId, toBranchId: to.id, direction: command.direction },
          },
        ];
      }
      case 'AcceptTransfer': {
        const pending = requirePending(state);
        const to = requireBranch(command.toBranch, pending.toBranchId, 'toBranchId');
        return [
          { type: MEMBER_EVENTS.transferred, data: { memberId, fromBranchId: state.branchId, toBranchId: to.id } },
        ];
      }
      case 'DeclineTransfer': {
        const pending = requirePending(state);
        const data = { memberId, fromBranchId: state.branchId, toBranchId: pending.toBranchId, reason: command.reason };
        return [{ type: MEMBER_EVENTS.transferDeclined, data }];
      }
      case 'CancelTransfer': {
        const pending = requirePending(state);
        const data = { memberId, fromBranchId: state.branchId, toBranchId: pending.toBranchId };
        return [{ type: MEMBER_EVENTS.transferCancelled, data }];
      }
      case 'ChangeStatus':
        if (command.to === state.status)
          throw new InvalidStateTransition(`the member's status is already ${command.to}`);
        return [
          {
            type: MEMBER_EVENTS.statusChanged,
            data: { memberId, from: state.status, to: command.to, reason: command.reason },
          },
        ];
      case 'ReportToCommunity':
      case 'RequestCommunityReport': {
        const communityId = requireReportable(state, command.community, command.communityId);
        if (command.type === 'ReportToCommunity')
          return [
            {
              type: MEMBER_EVENTS.reportedToCommunity,
              data: { memberId, communityId, reportedOn: command.reportedOn },
            },
          ];
        const data = { memberId, communityId, requestedOn: command.requestedOn };
        return [{ type: MEMBER_EVENTS.communityReportRequested, data }];
      }
      case 'ConfirmCommunityReport': {
        const communityId = requirePendingReport(state);
        requireActiveCommunity(command.community, communityId);
        return [
          { type: MEMBER_EVENTS.reportedToCommunity, data: { memberId, communityId, reportedOn: command.reportedOn } },
        ];
      }
      case 'DeclineCommunityReport': {
        const communityId = requirePendingReport(state);
        return [
          { type: MEMBER_EVENTS.communityReportDeclined, data: { memberId, communityId, reason: command.reason } },
        ];
      }
      case 'CancelCommunityReport': {
        const communityId = requirePendingReport(state);
        return [{ type: MEMBER_EVENTS.communityReportCancelled, data: { memberId, communityId } }];
      }
      case 'WithdrawReport':
        if (state.reportedTo === null) throw new InvalidStateTransition('the member has not reported to a community');
        return [{ type: MEMBER_EVENTS.reportWithdrawn, data: { memberId, communityId: state.reportedTo } }];
      case 'ProposeAccountLink':
        if (command.accountId === state.accountId)
          throw new InvalidStateTransition('this account is already linked to the member');
        if (command.accountId === state.proposedAccountId)
          throw new InvalidStateTransition('this account is already proposed; it has yet to confirm');
        return [{ type: MEMBER_EVENTS.accountLinkProposed, data: { memberId, accountId: command.accountId } }];
      case 'ConfirmAccountLink':
        if (state.proposedAccountId === null || command.accountId !== state.proposedAccountId)
          throw new InvalidStateTransition('no link of this account to the member is waiting for confirmation');
        return [{ type: MEMBER_EVENTS.accountLinked, data: { memberId, accountId: command.accountId } }];
      case 'ErasePersonalData':
        if (state.erased) throw new InvalidStateTransition("the member's personal data is already erased");
        return [{ type: MEMBER_EVENTS.erased, data: { memberId } }];
      case 'MigrateBranch':
        return migrate(memberId, state.branchId, command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case MEMBER_EVENTS.registered:
        return {
          exists: true,
          memberId: event.data.memberId,
          branchId: event.data.branchId,
          employerUnitId: event.data.employerUnitId,
          status: 'normal',
          reportedTo: null,
          pendingReport: null,
          accountId: null,
          proposedAccountId: null,
          pendingTransfer: null,
          erased: false,
        };
    }
    if (!state.exists) return state;
    switch (event.type) {
      case MEMBER_EVENTS.transferred: {
        // the migration moves the member where they were; a transfer they asked for still waits
        const pendingTransfer = event.data.reason === 'branch_formed' ? state.pendingTransfer : null;
        return { ...state, branchId: event.data.toBranchId, pendingTransfer };
      }
      case MEMBER_EVENTS.transferRequested:
        return { ...state, pendingTransfer: { toBranchId: event.data.toBranchId, direction: event.data.direction } };
      case MEMBER_EVENTS.transferDeclined:
      case MEMBER_EVENTS.transferCancelled:
        return { ...state, pendingTransfer: null };
      case MEMBER_EVENTS.accountLinkProposed:
        return { ...state, proposedAccountId: event.data.accountId };
      case MEMBER_EVENTS.statusChanged:
        return { ...state, status: event.data.to };
      case MEMBER_EVENTS.reportedToCommunity:
        return { ...state, reportedTo: event.data.communityId, pendingReport: null };
      case MEMBER_EVENTS.communityReportRequested:
        return { ...state, pendingReport: event.data.communityId };
      case MEMBER_EVENTS.communityReportDeclined:
      case MEMBER_EVENTS.communityReportCancelled:
        return { ...state, pendingReport: null };
      case MEMBER_EVENTS.reportWithdrawn:
        return { ...state, reportedTo: null };
      case MEMBER_EVENTS.accountLinked:
        return { ...state, accountId: event.data.accountId, proposedAccountId: null };
      case MEMBER_EVENTS.erased:
        return { ...state, erased: true };
    }
  },
};

/** 党员 — a member's record, bound once to its stream. */
export const memberAggregate = defineAggregate({ name: 'member', decider: memberDecider, streamId: memberStreamId });

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const memberEventsConform: ConformsToContracts<MemberEvent> = true;
