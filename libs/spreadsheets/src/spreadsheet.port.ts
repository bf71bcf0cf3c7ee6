import type { Writable } from 'node:stream';

/**
 * The ports of spreadsheets in and out (issue 17): a reader turns the bytes of an uploaded file
 * into the cells of its first sheet; a writer streams rows into a workbook. The adapters are
 * `exceljs.sheet-reader.ts` (.xlsx), `csv.sheet-reader.ts` (.csv, UTF-8 or GB18030) and
 * `exceljs.sheet-writer.ts`; `sheet-reader.contract.ts` is the suite every reader passes.
 */

/** A cell as a file holds it, before any column's type is applied. */
export type RawCell =
  | string
  | number
  | boolean
  | Date
  | null
  /** a formula: its cached result when the program that saved the file computed one */
  | { formula: string; result?: string | number | boolean | Date | null }
  /** an error value (#N/A, #DIV/0!) */
  | { error: string };

export interface RawRow {
  /** the row's number in the sheet, 1-based, as the office sees it in Excel */
  number: number;
  /** cells by column, 0-based (column A is 0); merged cells carry their range's value */
  cells: RawCell[];
}

export interface RawSheet {
  /** the sheet's name (a CSV file has one, unnamed sheet) */
  name: string;
  rows: RawRow[];
}

/** What a reader refuses to go beyond. */
export interface ReadLimits {
  /** rows after which reading stops with `too_many_rows` (the header rows included) */
  maxRows: number;
  /** columns read of each row; cells beyond are ignored */
  maxColumns: number;
}

/** Reads the first sheet of a file. Throws SpreadsheetError for what is not a readable sheet. */
export interface SheetReader {
  readonly format: 'xlsx' | 'csv';
  read(bytes: Buffer, limits: ReadLimits): Promise<RawSheet>;
}

/** A cell as a writer takes it. */
export type WrittenCell = string | number | boolean | Date | null | undefined;

/** A column of a written sheet: its header, width, and the list a cell may be picked from. */
export interface WrittenColumn {
  header: string;
  width?: number;
  /** Excel's data validation: a drop-down of these values */
  choices?: string[];
  /** shown as the header cell's note (what to type) */
  note?: string;
  /** number format of the column's cells (`yyyy-mm-dd`, `0.00`) */
  numFmt?: string;
}

/** Streams rows of one sheet into a workbook written to a stream: rows are not kept once written. */
export interface SheetWriter {
  addRow(cells: WrittenCell[]): void;
  /** Finishes the workbook; the stream ends when it resolves. */
  commit(): Promise<void>;
}

export interface SheetWriterOptions {
  sheetName: string;
  columns: WrittenColumn[];
  /** rows of data validation to cover (the drop-downs), 1,000 by default */
  validationRows?: number;
}

export type SheetWriterFactory = (stream: Writable, options: SheetWriterOptions) => SheetWriter;
