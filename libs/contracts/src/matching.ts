import type { Category, Quantity } from './catalogue';

/** 需求 statuses: open → partially_matched → matched → fulfilled, or cancelled / expired. */
export const NEED_STATUSES = {
  open: '待匹配',
  partially_matched: '部分匹配',
  matched: '已匹配',
  fulfilled: '已完成',
  cancelled: '已取消',
  expired: '已过期',
} as const;
export type NeedStatus = keyof typeof NEED_STATUSES;
export const NEED_STATUS_CODES = Object.keys(NEED_STATUSES) as NeedStatus[];

/** 资源 statuses: open → partially_reserved → reserved, or withdrawn / expired. */
export const OFFER_STATUSES = {
  open: '待匹配',
  partially_reserved: '部分预留',
  reserved: '已预留',
  withdrawn: '已撤回',
  expired: '已过期',
} as const;
export type OfferStatus = keyof typeof OFFER_STATUSES;
export const OFFER_STATUS_CODES = Object.keys(OFFER_STATUSES) as OfferStatus[];

/** 匹配建议 statuses: pending until both sides accept, one rejects, a run supersedes it or its need or offer closes. */
export const PROPOSAL_STATUSES = {
  pending: '待确认',
  accepted: '已接受',
  rejected: '已拒绝',
  superseded: '已被替代',
  closed: '已失效',
} as const;
export type ProposalStatus = keyof typeof PROPOSAL_STATUSES;
export const PROPOSAL_STATUS_CODES = Object.keys(PROPOSAL_STATUSES) as ProposalStatus[];

/** 共建项目 statuses, in order. */
export const PROJECT_STATUSES = { planned: '计划中', in_progress: '进行中', completed: '已完成' } as const;
export type ProjectStatus = keyof typeof PROJECT_STATUSES;
export const PROJECT_STATUS_CODES = Object.keys(PROJECT_STATUSES) as ProjectStatus[];

/**
 * Public events of the matching service that other services fold (v1): a need entering and
 * leaving a community's open list (cancelled, or expired at the end of its window). The organizations service counts open needs per community
 * from them (tree counts, dissolution rule).
 */
export const MATCHING_EVENTS = {
  needPosted: 'matching.NeedPosted',
  needCancelled: 'matching.NeedCancelled',
  needExpired: 'matching.NeedExpired',
  projectCreated: 'matching.ProjectCreated',
  projectCompleted: 'matching.ProjectCompleted',
  projectEvaluated: 'matching.ProjectEvaluated',
} as const;
/** A need left the open list because its community cancelled it (v1). */
export interface NeedCancelledV1 {
  reason: string;
}

/** A need left the open list at the end of its window with `unmatched` still open (v1). */
export interface NeedExpiredV1 {
  windowTo: string;
  unmatched: Quantity;
}

export interface NeedPostedV1 {
  needId: string;
  communityId: string;
  gridId: string | null;
  title: string;
  category: Category;
}

/**
 * A co-build project (共建项目) was created from an accepted match (v1): the funds service keeps
 * the projects an allocation may fund, whose community runs them and whose unit serves.
 */
export interface ProjectCreatedV1 {
  projectId: string;
  proposalId: string;
  needId: string;
  offerId: string;
  communityId: string;
  unitId: string;
  title: string;
  quantity: Quantity;
}

/**
 * A co-build project finished (v1): organizations records the unit's contribution, members awards
 * points to the members who served in it (`participantMemberIds`, possibly empty).
 */
export interface ProjectCompletedV1 extends ProjectCreatedV1 {
  report: string;
  participantMemberIds: string[];
  /**
   * How many residents it served (人次), when the completing side counted them (additive: absent
   * from earlier events and from completions that did not count): the fund report's beneficiaries.
   */
  beneficiaries?: number;
}

/** Residents rated a completed project 1–5 (v1); feeds the unit's mean evaluation in matching. */
export interface ProjectEvaluatedV1 {
  projectId: string;
  unitId: string;
  communityId: string;
  score: number;
  comment: string;
  participantMemberIds: string[];
}
