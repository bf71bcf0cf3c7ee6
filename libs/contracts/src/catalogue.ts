/*
 * The code lists of the public vocabulary (DESIGN §2, §5): each is `{ code: 中文 }` with its code
 * type and its codes in order. The Chinese is the domain's own word (the glossary of DESIGN), shown
 * by the web console as it is; the console keeps only the English. Read by the browser too: pure
 * constants and types, no imports beyond this folder.
 */

/** Categories of needs and offers (DESIGN §5). */
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

/**
 * How pressing a need is, from 不急 (can wait) to 特急 (at once); `normal` (一般) is the ordinary
 * need and the form's default. Part of the matching score, on the same order: low 0, normal ⅓,
 * high ⅔, critical 1 (apps/matching/src/engine/scoring.ts).
 */
export const URGENCIES = { low: '不急', normal: '一般', high: '紧急', critical: '特急' } as const;
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
