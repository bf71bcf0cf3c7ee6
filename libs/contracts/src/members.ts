/**
 * Public integration events of the members service (v1). Volunteering folds them to know who may
 * sign up where; audit reads them. Personal data (phone, ID number, address) never travels in
 * clear: it is sealed with the member's own key (AES-256-GCM) held outside the event log, so
 * deleting that key (MemberErased) erases it from every copy at once (DESIGN §6).
 */
export const MEMBER_EVENTS = {
  registered: 'members.MemberRegistered',
  transferred: 'members.MemberTransferred',
  statusChanged: 'members.MemberStatusChanged',
  reportedToCommunity: 'members.MemberReportedToCommunity',
  reportWithdrawn: 'members.CommunityReportWithdrawn',
  erased: 'members.MemberErased',
  /** a `member` login account may read this member's own record (and nothing else) */
  accountLinked: 'members.MemberAccountLinked',
  /** the points ledger (one stream per member): awards from verified sources, redemptions */
  pointsAwarded: 'members.PointsAwarded',
  pointsRedeemed: 'members.PointsRedeemed',
  serviceEvaluated: 'members.ServiceEvaluated',
} as const;

/** 正常 / 流动党员 / 失联党员. */
export const MEMBER_STATUSES = { normal: '正常', floating: '流动', lost_contact: '失联' } as const;
export type MemberStatus = keyof typeof MEMBER_STATUSES;
export const MEMBER_STATUS_CODES = Object.keys(MEMBER_STATUSES) as MemberStatus[];

/** A field sealed with the member's key: base64 of iv ‖ ciphertext ‖ tag, AES-256-GCM. */
export interface SealedV1 {
  alg: 'A256GCM';
  keyId: string;
  data: string;
}

export interface MemberRegisteredV1 {
  memberId: string;
  name: string;
  /** the branch holding the organisation relationship: a grid or building org, or a unit */
  branchId: string;
  joinedPartyOn: string;
  employerUnitId: string | null;
  /** phone, idNumber and address, sealed with the member's key */
  personal: SealedV1;
}
export interface MemberTransferredV1 {
  memberId: string;
  fromBranchId: string;
  toBranchId: string;
}
export interface MemberStatusChangedV1 {
  memberId: string;
  from: MemberStatus;
  to: MemberStatus;
  reason: string;
}
export interface MemberReportedToCommunityV1 {
  memberId: string;
  communityId: string;
  reportedOn: string;
}
export interface CommunityReportWithdrawnV1 {
  memberId: string;
  communityId: string;
}
export interface MemberErasedV1 {
  memberId: string;
}
export interface MemberAccountLinkedV1 {
  memberId: string;
  /** the account (role `member`) of the member themself; replaces any earlier link */
  accountId: string;
}

/** What a ledger entry was awarded for: the verified event of another service it comes from. */
export interface PointsSourceV1 {
  eventId: string;
  type: string;
  streamId: string;
}

export type PointsRule = 'volunteer_hours' | 'micro_wish' | 'project';

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
}

export interface PointsRedeemedV1 {
  memberId: string;
  redemptionId: string;
  points: number;
  merchant: string;
}

/** A resident evaluation of a project the member served in (feeds the pioneer index, no points). */
export interface ServiceEvaluatedV1 {
  memberId: string;
  projectId: string;
  score: number;
  source: PointsSourceV1;
}
