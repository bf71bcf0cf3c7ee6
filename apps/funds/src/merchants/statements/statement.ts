import type { StatementTotals } from '../merchant.decider';
import type { MerchantRedemptionDocument } from '../merchants.projection';

/** YYYY-MM: a month of China's calendar. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The totals of a month's statement: every redemption of the month at its yuan value (recorded
 * with the terms in force that day), those reversed since, and what is left (net).
 */
export function statementTotals(lines: readonly MerchantRedemptionDocument[]): StatementTotals {
  const sum = (of: readonly MerchantRedemptionDocument[], f: (r: MerchantRedemptionDocument) => number) =>
    of.reduce((s, r) => s + f(r), 0);
  const reversed = lines.filter((r) => r.reversed);
  const totals = {
    redemptions: lines.length,
    points: sum(lines, (r) => r.points),
    yuan: sum(lines, (r) => r.yuanValue),
    reversedPoints: sum(reversed, (r) => r.points),
    reversedYuan: sum(reversed, (r) => r.yuanValue),
  };
  return {
    ...totals,
    netPoints: totals.points - totals.reversedPoints,
    netYuan: totals.yuan - totals.reversedYuan,
  };
}

export const sameTotals = (a: StatementTotals, b: StatementTotals) =>
  (Object.keys(a) as (keyof StatementTotals)[]).every((k) => a[k] === b[k]);

/** The lines in the order of the statement: by day, then by the time of the redemption. */
export const byDay = (a: MerchantRedemptionDocument, b: MerchantRedemptionDocument) =>
  a.day.localeCompare(b.day) || a.redeemedAt.localeCompare(b.redeemedAt);
