import { MEMBER_EVENTS as PUBLIC_MEMBER_EVENTS, type PointsRule } from '@gongjian/contracts';

export type { PointsRedeemedV1, PointsRedemptionReversedV1 } from '@gongjian/contracts';

/**
 * The events of the members service: its public ones (libs/contracts, which other services fold)
 * and its own steps, which never leave it (the relay does not publish them; audit reads them from
 * the log): the two-sided procedures and the points ledger. Their shapes may change with the
 * service; the public ones only grow.
 */
export const MEMBER_EVENTS = {
  ...PUBLIC_MEMBER_EVENTS,
  /** 组织关系转接 asked by one side; the other accepts (then MemberTransferred), declines, or the asker cancels */
  transferRequested: 'members.MemberTransferRequested',
  transferDeclined: 'members.MemberTransferDeclined',
  transferCancelled: 'members.MemberTransferCancelled',
  /**
   * 双报到 asked by the member (or an admin over their branch); the receiving community confirms
   * (then MemberReportedToCommunity, the public event), declines, or the asker cancels
   */
  communityReportRequested: 'members.CommunityReportRequested',
  communityReportDeclined: 'members.CommunityReportDeclined',
  communityReportCancelled: 'members.CommunityReportCancelled',
  /** an administrator named the member's account; the link takes effect when that account confirms it */
  accountLinkProposed: 'members.MemberAccountLinkProposed',
  /**
   * the points ledger (one stream per member): awards from verified sources; redemptions and their
   * reversals are public (libs/contracts, issue 19)
   */
  pointsAwarded: 'members.PointsAwarded',
  serviceEvaluated: 'members.ServiceEvaluated',
} as const;

/**
 * `out`: asked by the side of the member's branch (the destination accepts); `in`: asked by the
 * destination side (the member's own branch accepts).
 */
export type TransferDirection = 'out' | 'in';
export interface MemberTransferRequestedV1 {
  memberId: string;
  fromBranchId: string;
  toBranchId: string;
  direction: TransferDirection;
}
export interface MemberTransferDeclinedV1 {
  memberId: string;
  fromBranchId: string;
  toBranchId: string;
  reason: string;
}
export interface MemberTransferCancelledV1 {
  memberId: string;
  fromBranchId: string;
  toBranchId: string;
}
export interface CommunityReportRequestedV1 {
  memberId: string;
  communityId: string;
  requestedOn: string;
}
export interface CommunityReportDeclinedV1 {
  memberId: string;
  communityId: string;
  reason: string;
}
export interface CommunityReportCancelledV1 {
  memberId: string;
  communityId: string;
}
export interface MemberAccountLinkProposedV1 {
  memberId: string;
  /** an existing account of role `member` in the proposing admin's scope */
  accountId: string;
}
/** What a ledger entry was awarded for: the verified event of another service it comes from. */
export interface PointsSourceV1 {
  eventId: string;
  type: string;
  streamId: string;
}

export interface PointsAwardedV1 {
  memberId: string;
  points: number;
  rule: PointsRule;
  source: PointsSourceV1;
  /** verified hours (volunteer_hours), else 0 */
  hours: number;
  /** the activity, wish or project */
  subjectId: string;
  title: string;
  /** where the service was done (the activity's organiser, the wish's or project's community); absent in old events */
  orgId?: string;
}

/** A resident evaluation of a project the member served in (feeds the pioneer index, no points). */
export interface ServiceEvaluatedV1 {
  memberId: string;
  projectId: string;
  score: number;
  source: PointsSourceV1;
  /** the project's community; absent in old events */
  orgId?: string;
}
