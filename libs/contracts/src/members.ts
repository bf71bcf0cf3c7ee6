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
  /** a `member` login account may read this member's own record (and nothing else): linked and in effect */
  accountLinked: 'members.MemberAccountLinked',
  /** points redeemed at an alliance merchant (issue 19: public, so funds draws the merchant's statement) */
  pointsRedeemed: 'members.PointsRedeemed',
  /** a disputed redemption reversed by a compensating posting (issue 19) */
  pointsRedemptionReversed: 'members.PointsRedemptionReversed',
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
  /**
   * the branch holding the organisation relationship: a party branch (党支部) or a unit's branch;
   * before issue 18, a grid or a building (moved to the branch covering it, `reason: branch_formed`)
   */
  branchId: string;
  joinedPartyOn: string;
  employerUnitId: string | null;
  /** phone, idNumber and address, sealed with the member's key */
  personal: SealedV1;
  /** 编码 — the office's own code (党员编号), when it gave one (issue 17) */
  code?: string;
}
export interface MemberTransferredV1 {
  memberId: string;
  fromBranchId: string;
  toBranchId: string;
  /**
   * `branch_formed`: not a 组织关系转接 but the migration of issue 18 — the member was registered
   * in a grid or a building, and the party branch covering it was formed (docs/DECISIONS.md)
   */
  reason?: 'branch_formed';
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

/** A posting of the ledger (libs/ledger), as an event carries it: legs balance to zero. */
export interface LedgerPostingV1 {
  postingId: string;
  legs: { accountId: string; kind: string; ownerOrgId: string | null; amount: number }[];
}

/**
 * Points redeemed. Before issue 19 a redemption named its merchant in free text (`merchant` only);
 * since, it names a registered merchant (`merchantId`) and carries what the statement needs: the
 * merchant's name then, the terms in force that day and the yuan value, and its posting
 * (`member_points:<memberId>` → `merchant:<merchantId>`, in points). `merchant` stays: the name.
 */
export interface PointsRedeemedV1 {
  memberId: string;
  redemptionId: string;
  points: number;
  /** the merchant's name (free text before issue 19) */
  merchant: string;
  merchantId?: string;
  merchantName?: string;
  /** the alliance organisation of the merchant */
  merchantOrgId?: string;
  /** the day of the redemption, China's calendar (YYYY-MM-DD) */
  day?: string;
  /** the terms in force that day */
  pointsPerYuan?: number;
  termsFrom?: string;
  /** the discount in fen: floor(points × 100 / pointsPerYuan) */
  yuanValue?: number;
  posting?: LedgerPostingV1;
}

/** A redemption reversed after a dispute: the compensating posting; the points go back. */
export interface PointsRedemptionReversedV1 {
  memberId: string;
  redemptionId: string;
  merchantId: string;
  points: number;
  yuanValue: number;
  reason: string;
  posting: LedgerPostingV1;
}

/** What 量化积分 are awarded for: verified volunteer hours, a fulfilled micro-wish, a completed project. */
export const POINTS_RULES = {
  volunteer_hours: '志愿服务时长',
  micro_wish: '实现微心愿',
  project: '参与共建项目',
} as const;
export type PointsRule = keyof typeof POINTS_RULES;
export const POINTS_RULE_CODES = Object.keys(POINTS_RULES) as PointsRule[];
