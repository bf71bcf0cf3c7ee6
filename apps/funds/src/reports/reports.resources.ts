import { fenToYuan } from '@gongjian/ledger';
import { array, id, integer, named, nullable, number, object, oneOf, string } from '@gongjian/http';
import { FUND_KIND_CODES } from '../funds/fund-kinds';
import { yuan } from '../resources';
import type { FundReportHandler } from './fund-report/fund-report.handler';
import type { UnitReportHandler } from './unit-report/unit-report.handler';

type FundReport = Awaited<ReturnType<FundReportHandler['execute']>>;
type UnitReport = Awaited<ReturnType<UnitReportHandler['execute']>>;

const MONEY_OF_FUND = ['yearlyAmount', 'contributed', 'allocated', 'spent', 'available', 'left'] as const;
const inYuan = <T extends object, K extends keyof T>(row: T, keys: readonly K[]) =>
  ({
    ...row,
    ...Object.fromEntries(keys.map((k) => [k, fenToYuan(row[k] as number)])),
  }) as Omit<T, K> & Record<K, string>;

export const fundReportResource = (report: FundReport) => ({
  ...report,
  items: report.items.map((line) => inYuan(line, MONEY_OF_FUND)),
  totals: inYuan(report.totals, MONEY_OF_FUND),
});

export const unitReportResource = (report: UnitReport) => ({
  ...report,
  items: report.items.map((line) => inYuan(line, ['contributed', 'projectMoney'] as const)),
  totals: inYuan(report.totals, ['contributed', 'projectMoney'] as const),
});

const fundMoney = {
  yearlyAmount: yuan(),
  contributed: yuan(),
  allocated: yuan(),
  spent: yuan(),
  /** what the fund's own account holds, not yet allocated */
  available: yuan(),
  /** what the fund and its budgets still hold: granted and 认捐, less spending */
  left: yuan(),
  targets: integer(),
  completedTargets: integer(),
  /** residents served (人次) by its completed micro-projects and co-build projects */
  beneficiaries: integer(),
};

/** `GET /funds/reports/funds`: 资金报表 of a year, per fund, with totals. */
export const FUND_REPORT = named(
  'FundReport',
  object({
    year: integer(),
    orgId: nullable(id()),
    items: array(
      object({
        fundId: id(),
        name: string(),
        kind: oneOf(FUND_KIND_CODES),
        ownerOrgId: id(),
        ownerName: nullable(string()),
        ...fundMoney,
      }),
    ),
    totals: object({ funds: integer(), ...fundMoney }),
  }),
);

const given = {
  contributed: yuan(),
  contributions: integer(),
  projects: integer(),
  hours: number(),
  items: number(),
  sessions: number(),
  venueHours: number(),
  projectMoney: yuan(),
};

/** `GET /funds/reports/units`: 单位贡献 of a year, per unit — money, hours, goods — with totals. */
export const UNIT_REPORT = named(
  'UnitContributionReport',
  object({
    year: integer(),
    orgId: nullable(id()),
    items: array(object({ unitId: id(), unitName: nullable(string()), ...given })),
    totals: object({ units: integer(), ...given }),
  }),
);
