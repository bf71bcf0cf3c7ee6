import type { Category, Quantity } from './catalogue';

/**
 * Public events of the matching service that other services fold (v1): a need entering and
 * leaving a community's open list (cancelled, or expired at the end of its window). The organizations service counts open needs per community
 * from them (tree counts, dissolution rule).
 */
export const MATCHING_EVENTS = {
  needPosted: 'matching.NeedPosted',
  needCancelled: 'matching.NeedCancelled',
  needExpired: 'matching.NeedExpired',
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
 * A co-build project finished (v1): organizations records the unit's contribution, members awards
 * points to the members who served in it (`participantMemberIds`, possibly empty).
 */
export interface ProjectCompletedV1 {
  projectId: string;
  proposalId: string;
  needId: string;
  offerId: string;
  communityId: string;
  unitId: string;
  title: string;
  quantity: Quantity;
  report: string;
  participantMemberIds: string[];
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
