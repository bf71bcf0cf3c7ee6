import type { RawCell } from './spreadsheet.port';

/**
 * Typed cell normalisation: what an office types into Excel, read as the API would take it. Every
 * function returns the value, or a problem in Chinese for the row's rejection.
 */
export type Cell<T> = { value: T } | { problem: string };

const ok = <T>(value: T): Cell<T> => ({ value });
const problem = (text: string): Cell<never> => ({ problem: text });

/** Spaces at either end, the ideographic space (U+3000) and no-break space included. */
const trimAll = (text: string) => text.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');

/**
 * Full-width digits, letters and punctuation as their ASCII forms (NFKC), spaces inside removed:
 * for numbers, dates, codes and phone numbers, never for free text (its （） stay as typed).
 */
export function halfWidth(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

/** The value a formula computed, or the cell itself; a problem for a formula without one or an error. */
export function cellValue(cell: RawCell | undefined): Cell<string | number | boolean | Date | null> {
  if (cell === undefined || cell === null) return ok(null);
  if (cell instanceof Date || typeof cell !== 'object') return ok(cell);
  if ('error' in cell) return problem(`单元格是错误值 ${cell.error}`);
  if (cell.result === undefined) return problem('公式没有计算结果：请在 Excel 中复制后“选择性粘贴—数值”');
  if (cell.result !== null && typeof cell.result === 'object' && !(cell.result instanceof Date))
    return problem(`单元格是错误值 ${String((cell.result as { error?: string }).error ?? '')}`);
  return ok(cell.result);
}

/** Whether a cell holds nothing (blank, or only spaces). */
export function isBlank(cell: RawCell | undefined): boolean {
  const read = cellValue(cell);
  if ('problem' in read) return false;
  return read.value === null || (typeof read.value === 'string' && trimAll(read.value) === '');
}

/** Text as typed, trimmed; numbers as Excel shows them (an integer without `.0`). */
export function toText(cell: RawCell | undefined): Cell<string | null> {
  const read = cellValue(cell);
  if ('problem' in read) return read;
  const v = read.value;
  if (v === null) return ok(null);
  if (v instanceof Date) return ok(isoDay(v));
  if (typeof v === 'number') return ok(Number.isInteger(v) ? String(v) : String(v));
  const text = trimAll(String(v));
  return ok(text === '' ? null : text);
}

/**
 * A code, an id, a phone number: text in half-width form without spaces. A long number Excel
 * stored as a number (an 18-digit ID number) has lost its last digits: refused, to be typed as text.
 */
export function toCode(cell: RawCell | undefined): Cell<string | null> {
  const read = cellValue(cell);
  if ('problem' in read) return read;
  if (typeof read.value === 'number' && !Number.isSafeInteger(read.value))
    return problem('数字超过 15 位，Excel 已丢失末几位：请把该列设为“文本”后重新填写');
  const text = toText(cell);
  if ('problem' in text || text.value === null) return text;
  const code = halfWidth(text.value);
  return ok(code === '' ? null : code);
}

/** A number: a number cell, or text with full-width digits, thousands separators, spaces. */
export function toNumber(cell: RawCell | undefined): Cell<number | null> {
  const read = cellValue(cell);
  if ('problem' in read) return read;
  const v = read.value;
  if (v === null) return ok(null);
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : problem('必须是数字');
  if (typeof v !== 'string') return problem('必须是数字');
  const text = halfWidth(v).replace(/,/g, '');
  if (text === '') return ok(null);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return problem('必须是数字');
  return ok(Number(text));
}

/** YYYY-MM-DD of a Date Excel stored (its calendar day, which exceljs gives at UTC midnight). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Excel's serial day number (1900 system, with its 1900-02-29) as YYYY-MM-DD. */
export function excelSerialDay(serial: number): string {
  const epoch = Date.UTC(1899, 11, 30);
  return isoDay(new Date(epoch + Math.round(serial * 86_400_000)));
}

const pad = (n: string) => n.padStart(2, '0');

/** A calendar day, or null when the parts are no real day (2026-02-30). */
function calendarDay(y: string, m: string, d: string): string | null {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || isoDay(date) !== iso ? null : iso;
}

const DATE_PATTERNS = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * A date as YYYY-MM-DD: a date cell, Excel's serial number, or text typed as 2026/3/1, 2026.3.1,
 * 2026-03-01, 2026年3月1日, 20260301 — with full-width digits too.
 */
export function toDate(cell: RawCell | undefined): Cell<string | null> {
  const read = cellValue(cell);
  if ('problem' in read) return read;
  const v = read.value;
  if (v === null) return ok(null);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? problem('请填写日期（年-月-日）') : ok(isoDay(v));
  if (typeof v === 'number') {
    // a day typed into a cell formatted as a number: Excel's serial (1 = 1900-01-01, 2958465 = 9999-12-31)
    if (Number.isInteger(v) && v > 0 && v < 2958466) return ok(excelSerialDay(v));
    return problem('请填写日期（年-月-日）');
  }
  const text = halfWidth(String(v));
  if (text === '') return ok(null);
  for (const pattern of DATE_PATTERNS) {
    const m = text.match(pattern);
    if (m) {
      const day = calendarDay(m[1], m[2], m[3]);
      return day ? ok(day) : problem('不是有效的日期');
    }
  }
  return problem('请填写日期（年-月-日）');
}

/**
 * One of a code list, typed as its Chinese label (紧急) or as its code (high); full-width and
 * case do not matter.
 */
export function toChoice<C extends string>(cell: RawCell | undefined, labels: Record<C, string>): Cell<C | null> {
  const text = toText(cell);
  if ('problem' in text || text.value === null) return text as Cell<null>;
  const typed = halfWidth(text.value).toLowerCase();
  for (const [code, label] of Object.entries(labels) as Array<[C, string]>) {
    if (typed === code.toLowerCase() || typed === halfWidth(label).toLowerCase()) return ok(code);
  }
  return problem(`取值无效：请从下拉列表中选择（${Object.values(labels).join('、')}）`);
}

/** A list typed in one cell: words separated by 、 , ， ; ； or line breaks. */
export function toList(cell: RawCell | undefined): Cell<string[] | null> {
  const text = toText(cell);
  if ('problem' in text || text.value === null) return text as Cell<null>;
  const words = text.value
    .split(/[、,，;；\n\r]+/)
    .map((w) => trimAll(w))
    .filter(Boolean);
  return ok(words.length ? words : null);
}
