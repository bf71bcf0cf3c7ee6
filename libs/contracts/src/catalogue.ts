/** Categories of needs and offers (DESIGN §5), with the Chinese the console shows. */
export const CATEGORIES = {
  elderly_care: '助老',
  education: '助学',
  health: '医疗健康',
  legal: '法律服务',
  employment: '就业帮扶',
  environment: '环境整治',
  culture_sports: '文体活动',
  safety: '平安建设',
  venue: '场地设施',
  funding: '资金支持',
  volunteers: '志愿力量',
  property: '物业服务',
  other: '其他',
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as Category[];

/** Units of quantity of needs and offers. */
export const QUANTITY_UNITS = {
  person_hours: '人·小时',
  yuan: '元',
  venue_hours: '场地·小时',
  items: '件',
  sessions: '场次',
} as const;
export type QuantityUnit = keyof typeof QUANTITY_UNITS;
export const QUANTITY_UNIT_CODES = Object.keys(QUANTITY_UNITS) as QuantityUnit[];

/** How pressing a need is; part of the matching score. */
export const URGENCIES = { low: '一般', normal: '较急', high: '紧急', critical: '特急' } as const;
export type Urgency = keyof typeof URGENCIES;
export const URGENCY_CODES = Object.keys(URGENCIES) as Urgency[];

export interface Quantity {
  amount: number;
  unit: QuantityUnit;
}

export interface TimeWindow {
  from: string;
  to: string;
}

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
