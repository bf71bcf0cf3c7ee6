/** An ISO instant to the minute, in the browser's zone (`2026-12-02 09:14`); a dash for none. */
export function minute(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * A replay's total as the server counts it: exact, or "≈" an estimate while the log is still being
 * read (on EventStoreDB positions are bytes, so the total is projected from how far they came).
 */
export function progressTotal(progress: { total: number; totalEstimated?: boolean }): string {
  return progress.totalEstimated ? `≈${progress.total}` : String(progress.total);
}
