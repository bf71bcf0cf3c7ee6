import type { IntegrityReport } from '../../api';

const KEY = 'gongjian.integrity';

/**
 * The last full check this browser ran, with when (the audit service keeps no result: each check
 * walks every chain again). Shown on the auditor's home as today's task.
 */
export function lastIntegrity(): (IntegrityReport & { at: string }) | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as IntegrityReport & { at: string }) : null;
  } catch {
    return null;
  }
}

export function rememberIntegrity(report: IntegrityReport): void {
  try {
    // at most 50 breaks kept: enough to list on the home page, small enough for localStorage
    const kept = { ...report, breaks: report.breaks.slice(0, 50), at: new Date().toISOString() };
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // storage full or disabled: the home page says no check was run
  }
}
