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
 * Who may sign up for an activity (招募令 says): party members (their hours earn points), resident
 * volunteers (non-party: their hours are recorded, no points), and social organisations taking
 * it on as a whole with a headcount.
 */
export const VOLUNTEER_KINDS = { members: '党员', residents: '居民志愿者', organisations: '社会组织' } as const;
export type VolunteerKind = keyof typeof VOLUNTEER_KINDS;
export const VOLUNTEER_KIND_CODES = Object.keys(VOLUNTEER_KINDS) as VolunteerKind[];

/**
 * How an activity's hours are verified after 扫码签到: by the organiser's confirmation, or at once
 * when the volunteer checks out (the time between check-in and check-out within the activity).
 */
export const HOURS_VERIFICATIONS = { organiser: '组织者确认', automatic: '签退后自动核定' } as const;
export type HoursVerification = keyof typeof HOURS_VERIFICATIONS;
export const HOURS_VERIFICATION_CODES = Object.keys(HOURS_VERIFICATIONS) as HoursVerification[];

/**
 * Why a check-in or check-out was refused (the `error` of the answer), in the words a volunteer's
 * phone shows. Nothing is recorded for any of them.
 */
export const CHECK_IN_REFUSALS = {
  check_in_code_invalid: '签到码无效，请扫描组织者屏幕上的签到码，或重新输入六位数字',
  check_in_code_expired: '签到码已过期，请扫描组织者屏幕上最新的签到码',
  check_in_code_foreign: '这是另一个活动的签到码',
  not_signed_up: '您没有报名这个活动',
  already_checked_in: '您已经签到过了',
  not_checked_in: '您还没有签到',
  already_checked_out: '您已经签退过了',
  check_in_closed: '现在不能签到或签退：活动开始前 30 分钟起可以签到，活动结束后 2 小时内可以签退',
  activity_cancelled: '活动已取消',
  attendance_recorded: '组织者已记录您的出勤',
  too_many_requests: '签到码错误次数太多，请稍后再试',
} as const;
export type CheckInRefusal = keyof typeof CHECK_IN_REFUSALS;

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
