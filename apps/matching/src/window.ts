import { DomainRuleViolation } from '@gongjian/eventing';

/**
 * Whether a need's or offer's window has ended at `now`. A window end is an ISO 8601 date
 * (`2026-12-31`: the whole of that day counts, in UTC) or a date-time (that instant).
 */
export function windowEnded(to: string, now: Date | string): boolean {
  const at = typeof now === 'string' ? new Date(now) : now;
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) return to < at.toISOString().slice(0, 10);
  return Date.parse(to) < at.getTime();
}

/**
 * Whether a window ends before it starts (422 `invalid_window`: a rule between two fields, which
 * the document states in words, not in the schema of either).
 */
export function windowReversed(window: { from: string; to: string }): boolean {
  return Date.parse(window.to) < Date.parse(window.from);
}

/** The refusal of a window that ends before it starts. */
export const invalidWindow = () =>
  new DomainRuleViolation('the window ends before it starts', 'invalid_window', { field: 'window.to' });
