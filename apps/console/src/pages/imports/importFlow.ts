/**
 * The spreadsheet routes of the API (issue 17), called without the typed client: they are served
 * by the imports service (`POST /imports/{kind}`, multipart field `file`, `?dryRun=true` checks
 * only, `?partial=true` imports the valid rows of a file with rejected ones; `GET
 * /imports/{kind}/template.xlsx`; `GET /exports/{kind}.xlsx?<the list's filters>`). A file is
 * sent twice: first as a dry run, whose rejected rows the office fixes in the sheet, then for real.
 */
import { ApiError, session } from '../../api';

export const IMPORT_KINDS = ['organizations', 'units', 'members', 'needs', 'offers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const EXPORT_KINDS = ['needs', 'offers', 'projects', 'members', 'activities', 'ledger', 'sites'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface Rejection {
  row: number;
  /** the API field (`window.to`): for code, never shown */
  field: string;
  /** the column's Chinese header (结束日期), when the problem lies in one column */
  column?: string;
  message: string;
}

/** A problem as the page shows it: in a column (by its Chinese header) or of the whole row. */
export interface RowProblem {
  column?: string;
  message: string;
}

export interface ImportResult {
  importId: string;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
}

export interface ImportOptions {
  dryRun?: boolean;
  partial?: boolean;
}

export function importUrl(kind: ImportKind, { dryRun, partial }: ImportOptions = {}): string {
  const params = new URLSearchParams();
  if (dryRun) params.set('dryRun', 'true');
  if (partial) params.set('partial', 'true');
  const qs = params.toString();
  return `/api/v1/imports/${kind}${qs ? `?${qs}` : ''}`;
}

export const templateUrl = (kind: ImportKind) => `/api/v1/imports/${kind}/template.xlsx`;

/** The export of a list with its filters (empty ones left out). */
export function exportUrl(kind: ExportKind, query: Record<string, string | number | undefined | null> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `/api/v1/exports/${kind}.xlsx${qs ? `?${qs}` : ''}`;
}

const auth = (): Record<string, string> => {
  const token = session.token();
  return token ? { authorization: `Bearer ${token}` } : {};
};

/** An answer that is not 2xx, as the typed client throws it (the file's own errors keep their rows). */
async function failure(res: Response): Promise<ApiError> {
  let body: { message?: string; error?: string; details?: unknown } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // not JSON
  }
  return new ApiError(res.status, body.message ?? res.statusText, body.error ?? String(res.status), body.details);
}

/** Sends a sheet (`.xlsx` or `.csv`) as the multipart field `file`. */
export async function sendImport(
  kind: ImportKind,
  file: Blob,
  name: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file, name);
  const res = await fetch(importUrl(kind, options), { method: 'POST', headers: auth(), body: form });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as ImportResult;
}

/** Fetches a protected file (the token cannot ride on a plain link) and saves it under `filename`. */
export async function downloadFile(url: string, filename: string): Promise<void> {
  const res = await fetch(url, { headers: auth() });
  if (!res.ok) throw await failure(res);
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * The rejected rows, one entry per row with its problems in column order as reported, each by its
 * column's Chinese header (a problem of the whole row, as a repeated row, names none).
 */
export function rejectedRows(result: ImportResult | null): Array<{ row: number; problems: RowProblem[] }> {
  const rows = new Map<number, RowProblem[]>();
  for (const r of result?.rejected ?? [])
    rows.set(r.row, [
      ...(rows.get(r.row) ?? []),
      r.column ? { column: r.column, message: r.message } : { message: r.message },
    ]);
  return [...rows].sort(([a], [b]) => a - b).map(([row, problems]) => ({ row, problems }));
}

/** How many rows a dry run found good: those it would create, update or leave unchanged. */
export const goodRows = (result: ImportResult) => result.created + result.updated + result.unchanged;

/**
 * What may follow a dry run: `import` when no row was rejected; `partial` when some were and some
 * are good (the office chooses to import those, or fixes the sheet first); `fix` when no row is good.
 */
export function nextStep(dryRun: ImportResult): 'import' | 'partial' | 'fix' {
  if (dryRun.rejected.length === 0) return 'import';
  return goodRows(dryRun) > 0 ? 'partial' : 'fix';
}

/**
 * The problems a refused file carries, with their rows and columns where given: a whole-file
 * refusal (422 empty sheet, missing columns, too many rows; 413 too large) has its Chinese
 * sentence in `details.message`; a list of problems in `details` (or `details.rejected`). What
 * carries no words of its own (a 400 of the upload) is `describe`d: its code's words.
 */
export function fileProblems(
  error: unknown,
  describe: (error: unknown) => string = (e) => String((e as Error)?.message ?? e),
): Array<{ row?: number; column?: string; message: string }> {
  if (!(error instanceof ApiError)) return [{ message: describe(error) }];
  const details = error.details;
  const list: unknown[] = Array.isArray(details)
    ? details
    : details && typeof details === 'object' && Array.isArray((details as { rejected?: unknown }).rejected)
      ? (details as { rejected: unknown[] }).rejected
      : details && typeof details === 'object' && typeof (details as { message?: unknown }).message === 'string'
        ? [details]
        : [];
  const problems = list
    .filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null)
    .filter((d) => typeof d.message === 'string' && HAS_CHINESE.test(d.message))
    .map((d) => ({
      row: typeof d.row === 'number' ? d.row : undefined,
      column: typeof d.column === 'string' ? d.column : undefined,
      message: d.message as string,
    }));
  return problems.length > 0 ? problems : [{ message: describe(error) }];
}

const HAS_CHINESE = /[\u4e00-\u9fff]/;
