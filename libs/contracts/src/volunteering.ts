import type { Category } from './catalogue';

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
