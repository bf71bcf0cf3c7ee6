import type { AssessmentPeriod } from '@gongjian/contracts';

/** A period of assessment: `2026Q4` (a quarter) or `2026` (a year). */
export const PERIOD_PATTERN = /^(20\d\d|2100)(Q[1-4])?$/;

/** The quarter of an instant, by its UTC date (as the members service's ledger counts quarters). */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

export function kindOfPeriod(period: string): AssessmentPeriod {
  return period.includes('Q') ? 'quarter' : 'year';
}

/** The first day (YYYY-MM-DD) of a period. */
export function periodStart(period: string): string {
  const year = period.slice(0, 4);
  if (kindOfPeriod(period) === 'year') return `${year}-01-01`;
  const month = (Number(period.slice(5)) - 1) * 3 + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The quarters a period is made of: itself, or the four of its year. */
export function quartersOf(period: string): string[] {
  return kindOfPeriod(period) === 'quarter' ? [period] : [1, 2, 3, 4].map((q) => `${period}Q${q}`);
}

/** The period of `kind` containing a day. */
export function periodOf(day: string, kind: AssessmentPeriod): string {
  return kind === 'year' ? day.slice(0, 4) : quarterOf(day);
}

/** Whether a day is where a period of `kind` starts: a set takes effect there, never within a period. */
export function isPeriodStart(day: string, kind: AssessmentPeriod): boolean {
  return periodStart(periodOf(day, kind)) === day;
}
