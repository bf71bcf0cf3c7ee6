import type { Category } from './catalogue';

/** 招募令 statuses, as an activity shows now (recruiting until full, finished once it ends). */
export const ACTIVITY_STATUSES = { open: '招募中', full: '已满员', finished: '已结束', cancelled: '已取消' } as const;
export type ActivityStatus = keyof typeof ACTIVITY_STATUSES;
export const ACTIVITY_STATUS_CODES = Object.keys(ACTIVITY_STATUSES) as ActivityStatus[];

/** 微心愿 statuses: open → claimed → done (by the member) → fulfilled (confirmed with the resident). */
export const WISH_STATUSES = { open: '待认领', claimed: '已认领', done: '待确认', fulfilled: '已实现' } as const;
export type WishStatus = keyof typeof WISH_STATUSES;
export const WISH_STATUS_CODES = Object.keys(WISH_STATUSES) as WishStatus[];

/**
 * Public integration events of the volunteering service (v1): verified service. The members
 * service awards points from them, exactly once per event id.
 */
export const VOLUNTEERING_EVENTS = {
  hoursVerified: 'volunteering.VolunteerHoursVerified',
  microWishFulfilled: 'volunteering.MicroWishFulfilled',
} as const;

export interface VolunteerHoursVerifiedV1 {
  activityId: string;
  memberId: string;
  /** the organisation (grid or community) that ran the activity */
  orgId: string;
  category: Category;
  hours: number;
  pointsPerHour: number;
  /** ISO date-time the organiser recorded the attendance */
  verifiedAt: string;
  /** the activity's title, for the member's ledger */
  title?: string;
}

export interface MicroWishFulfilledV1 {
  wishId: string;
  communityId: string;
  memberId: string;
  title: string;
  confirmedAt: string;
}
