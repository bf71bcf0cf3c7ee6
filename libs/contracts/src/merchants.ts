/**
 * Public integration events of the merchant alliance (红色联盟, issue 19), kept by the funds
 * service (`funds.merchant-<id>`): the members service folds them into its own merchants read
 * model, so a redemption names a registered merchant under the terms in force that day.
 */
export const MERCHANT_EVENTS = {
  registered: 'funds.MerchantRegistered',
  termsChanged: 'funds.MerchantTermsChanged',
  suspended: 'funds.MerchantSuspended',
  reinstated: 'funds.MerchantReinstated',
} as const;

/** The sectors of an alliance merchant (联盟商户). */
export const MERCHANT_SECTORS = {
  supermarket: '超市便利',
  catering: '餐饮',
  pharmacy: '医药',
  daily_services: '生活服务',
  education_culture: '文化教育',
  health_fitness: '健康养老',
  other: '其他',
} as const;
export type MerchantSector = keyof typeof MERCHANT_SECTORS;
export const MERCHANT_SECTOR_CODES = Object.keys(MERCHANT_SECTORS) as MerchantSector[];

/** 正常 / 暂停. */
export const MERCHANT_STATUSES = { active: '正常', suspended: '已暂停' } as const;
export type MerchantStatus = keyof typeof MERCHANT_STATUSES;
export const MERCHANT_STATUS_CODES = Object.keys(MERCHANT_STATUSES) as MerchantStatus[];

/**
 * The discount terms from a day on (China's calendar): `pointsPerYuan` points buy 1 元 of
 * discount; a member redeems at most `monthlyCapPoints` points a calendar month at this merchant.
 */
export interface MerchantTermsV1 {
  pointsPerYuan: number;
  monthlyCapPoints: number;
  /** YYYY-MM-DD: the first day these terms are in force */
  effectiveFrom: string;
}

export interface MerchantRegisteredV1 {
  merchantId: string;
  name: string;
  address: string;
  sector: MerchantSector;
  /** the alliance's organisation: the street or community that registered it */
  orgId: string;
  terms: MerchantTermsV1;
}
export interface MerchantTermsChangedV1 {
  merchantId: string;
  terms: MerchantTermsV1;
}
export interface MerchantSuspendedV1 {
  merchantId: string;
  reason: string;
}
export interface MerchantReinstatedV1 {
  merchantId: string;
}
