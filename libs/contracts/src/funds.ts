/**
 * The code lists of money (issue 19): the kinds of funds of the seeds, what an allocation funds,
 * an allocation's and a 微项目's statuses. Here, not in apps/funds, because the web console names
 * them too (libs/contracts is read in the browser).
 */

/**
 * Jinshan's 区级共建基金 and its stations' yearly funds (≥ 30 万元 a station, ≥ 2,000 元 a service
 * point), Lijin's yearly allocation of each community (30 万元, and 8 万元 per thousand households),
 * and the money units raise together (认捐).
 */
export const FUND_KINDS = {
  district_cobuild: '区级共建基金',
  station_yearly: '党群服务站年度经费',
  service_point_yearly: '党群服务点年度经费',
  community_yearly: '社区年度经费',
  community_development: '社区发展基金',
  education: '党员教育活动经费',
} as const;
export type FundKind = keyof typeof FUND_KINDS;
export const FUND_KIND_CODES = Object.keys(FUND_KINDS) as FundKind[];

/** What an allocation funds: a 微项目 of the funds service, or a co-build project of the matching service. */
export const ALLOCATION_TARGETS = { micro_project: '微项目', project: '共建项目' } as const;
export type AllocationTarget = keyof typeof ALLOCATION_TARGETS;
export const ALLOCATION_TARGET_CODES = Object.keys(ALLOCATION_TARGETS) as AllocationTarget[];

export const ALLOCATION_STATUSES = { requested: '待审批', approved: '已批准', rejected: '已驳回' } as const;
export type AllocationStatus = keyof typeof ALLOCATION_STATUSES;
export const ALLOCATION_STATUS_CODES = Object.keys(ALLOCATION_STATUSES) as AllocationStatus[];

/** 微项目 statuses: proposed (may be funded), completed (beneficiaries counted), cancelled. */
export const MICRO_PROJECT_STATUSES = { proposed: '实施中', completed: '已完成', cancelled: '已取消' } as const;
export type MicroProjectStatus = keyof typeof MICRO_PROJECT_STATUSES;
export const MICRO_PROJECT_STATUS_CODES = Object.keys(MICRO_PROJECT_STATUSES) as MicroProjectStatus[];

/**
 * Fen as the API's 元 with two decimals: 123450 → "1234.50", −5 → "-0.05". The events and the
 * ledger keep fen (libs/ledger), the API and the pages speak 元.
 */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an amount in fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
