import type ExcelJS from 'exceljs';

let loaded: typeof ExcelJS | null = null;

/**
 * exceljs, loaded at the first spreadsheet read or written rather than at start: it is about half
 * a second of every start of the platform, which most starts never use (DECISIONS 92).
 */
export function excel(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('exceljs') as typeof ExcelJS;
  return loaded;
}
