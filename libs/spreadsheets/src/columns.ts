import { type Cell, isBlank, toChoice, toCode, toDate, toList, toNumber, toText } from './cells';
import { columnLetter, SpreadsheetError } from './errors';
import type { RawSheet, WrittenColumn } from './spreadsheet.port';

export type ColumnType = 'text' | 'code' | 'number' | 'date' | 'choice' | 'list';

/**
 * A column of a kind's sheet: the same list of columns makes the template, the export and the
 * reading of an import, so a sheet exported imports back as it is.
 */
export interface SheetColumn {
  /** the key of the record the column fills */
  key: string;
  /** the Chinese header the template and the export write */
  header: string;
  /** other headers an office's own sheet may use for it (名称 for 组织名称) */
  aliases?: string[];
  type: ColumnType;
  /** the import refuses a sheet without this column */
  required?: boolean;
  /** code → Chinese label (a drop-down in the template and the export) */
  choices?: Readonly<Record<string, string>>;
  /** written by the export for reading only (状态, 登记时间); the import ignores it */
  readOnly?: boolean;
  width?: number;
  /** what to type, as the header cell's note */
  note?: string;
  /** the API's fields this column gives (`quantity.amount`), when not its key: a rejection names its column */
  fields?: string[];
}

export interface SheetSchema {
  /** the sheet's name in the template and the export (需求清单) */
  sheetName: string;
  columns: SheetColumn[];
}

/** A cell of a row the import could not read as its column's type. */
export interface CellProblem {
  key: string;
  header: string;
  column: string;
  message: string;
}

/** A data row of an import: the values of its columns by key (null: blank), and what could not be read. */
export interface SheetRecord {
  row: number;
  values: Record<string, unknown>;
  problems: CellProblem[];
}

export interface ReadRecords {
  /** the row holding the headers (a title row above them is allowed) */
  headerRow: number;
  records: SheetRecord[];
}

/** Rows looked at for the headers: a title and a note may stand above them. */
const HEADER_SEARCH_ROWS = 10;

/** A header as typed: no spaces, no required mark (*, 必填), half-width, no colon. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*]|\((必填|选填|可选|只读)\)/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}

/** The column of a header, by its header or an alias. */
function columnOf(schema: SheetSchema, text: string): SheetColumn | undefined {
  const key = headerKey(text);
  if (key === '') return undefined;
  return schema.columns.find((c) => headerKey(c.header) === key || (c.aliases ?? []).some((a) => headerKey(a) === key));
}

function read(column: SheetColumn, cell: Parameters<typeof toText>[0]): Cell<unknown> {
  switch (column.type) {
    case 'text':
      return toText(cell);
    case 'code':
      return toCode(cell);
    case 'number':
      return toNumber(cell);
    case 'date':
      return toDate(cell);
    case 'list':
      return toList(cell);
    case 'choice':
      return toChoice(cell, column.choices ?? {});
  }
}

/**
 * The data rows of a sheet as records of the schema's columns: the header row is found among the
 * first rows (the one naming most columns), columns are matched by their Chinese header in any
 * order, blank rows are skipped, read-only and unknown columns ignored. A sheet without rows, or
 * without a required column, is refused whole (SpreadsheetError, with the row and the columns).
 */
export function readRecords(sheet: RawSheet, schema: SheetSchema): ReadRecords {
  if (sheet.rows.length === 0)
    throw new SpreadsheetError('the sheet is empty', 'empty_sheet', '表格是空的：第一张工作表没有内容', { row: 1 });
  let best: { index: number; columns: Map<number, SheetColumn> } | null = null;
  for (const [index, row] of sheet.rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns = new Map<number, SheetColumn>();
    const seen = new Set<string>();
    row.cells.forEach((cell, i) => {
      const text = toText(cell);
      if ('problem' in text || !text.value) return;
      const column = columnOf(schema, text.value);
      if (column && !seen.has(column.key)) {
        columns.set(i, column);
        seen.add(column.key);
      }
    });
    if (columns.size > (best?.columns.size ?? 0)) best = { index, columns };
  }
  const required = schema.columns.filter((c) => c.required && !c.readOnly);
  const found = new Set([...(best?.columns.values() ?? [])].map((c) => c.key));
  const missing = required.filter((c) => !found.has(c.key)).map((c) => c.header);
  const headerRow = best ? sheet.rows[best.index].number : sheet.rows[0].number;
  if (!best || missing.length > 0) {
    throw new SpreadsheetError(
      `required columns are missing: ${missing.join(', ')}`,
      'missing_columns',
      `缺少必填列：${missing.join('、')}（表头应在第 ${headerRow} 行；请使用导入模板的表头）`,
      { row: headerRow, missing },
    );
  }
  const records: SheetRecord[] = [];
  for (const row of sheet.rows.slice(best.index + 1)) {
    const mapped = [...best.columns.entries()].filter(([, c]) => !c.readOnly);
    if (mapped.every(([i]) => isBlank(row.cells[i]))) continue;
    const values: Record<string, unknown> = {};
    const problems: CellProblem[] = [];
    for (const [i, column] of mapped) {
      const cell = read(column, row.cells[i]);
      if ('problem' in cell)
        problems.push({ key: column.key, header: column.header, column: columnLetter(i), message: cell.problem });
      else values[column.key] = cell.value;
    }
    for (const column of schema.columns) if (!(column.key in values) && !column.readOnly) values[column.key] ??= null;
    records.push({ row: row.number, values, problems });
  }
  if (records.length === 0)
    throw new SpreadsheetError('the sheet has no data rows', 'empty_sheet', '表格没有数据行：请在表头下面填写', {
      row: headerRow + 1,
    });
  return { headerRow, records };
}

/** The letter of a schema column in the sheets gongjian writes (the template, the export). */
export function letterOf(schema: SheetSchema, key: string): string {
  const index = schema.columns.findIndex((c) => c.key === key);
  return index < 0 ? '' : columnLetter(index);
}

/** The columns as a writer takes them: headers, widths, drop-downs of the labels, notes. */
export function writtenColumns(schema: SheetSchema): WrittenColumn[] {
  return schema.columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(10, c.header.length * 2 + 4),
    choices: c.choices && !c.readOnly ? Object.values(c.choices) : undefined,
    note: c.readOnly ? '导出时填写，导入时不读' : c.note,
    numFmt: c.type === 'date' ? 'yyyy-mm-dd' : undefined,
  }));
}
