import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { SpreadsheetError } from './errors';
import type { RawCell, RawRow, RawSheet, ReadLimits, SheetReader } from './spreadsheet.port';

const notXlsx = () =>
  new SpreadsheetError(
    'the file is not a readable .xlsx workbook',
    'not_a_spreadsheet',
    '文件不是可读取的 .xlsx 工作簿：请在 Excel 中“另存为”Excel 工作簿（*.xlsx）后再导入',
  );

/**
 * .xlsx through exceljs. A first pass streams the sheet (WorkbookReader, shared strings and styles
 * ignored) only to count its rows, so a file of a million rows — or a small zip that inflates to
 * one — stops at the limit before anything is held; the second loads the workbook (exceljs's
 * document reader), which knows merged ranges: every cell of one reads as the range's value.
 */
export class ExcelJsSheetReader implements SheetReader {
  readonly format = 'xlsx' as const;

  async read(bytes: Buffer, limits: ReadLimits): Promise<RawSheet> {
    await this.countRows(bytes, limits);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw notXlsx();
    }
    const sheet = workbook.worksheets.find((s) => s.state === 'visible') ?? workbook.worksheets[0];
    if (!sheet) throw notXlsx();
    const rows: RawRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: RawCell[] = [];
      const last = Math.min(row.cellCount, limits.maxColumns);
      for (let col = 1; col <= last; col++) cells.push(rawCell(row.getCell(col).value));
      rows.push({ number, cells });
    });
    return { name: sheet.name, rows };
  }

  private async countRows(bytes: Buffer, limits: ReadLimits): Promise<void> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
      worksheets: 'emit',
      sharedStrings: 'ignore',
      styles: 'ignore',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    let rows = 0;
    try {
      for await (const sheet of reader) {
        for await (const _row of sheet as AsyncIterable<unknown>) {
          if (++rows > limits.maxRows) break;
        }
        break; // the first sheet is the one imported
      }
    } catch {
      throw notXlsx();
    }
    if (rows > limits.maxRows) {
      throw new SpreadsheetError(
        `the sheet has more than ${limits.maxRows} rows`,
        'too_many_rows',
        `表格超过 ${limits.maxRows} 行：请分成几个文件导入`,
        { row: limits.maxRows + 1, maxRows: limits.maxRows },
      );
    }
  }
}

/** exceljs's value of a cell as a raw cell: rich text and hyperlinks as their text. */
function rawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value as RawCell;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : rawCell(value.text as ExcelJS.CellValue);
  if ('error' in value) return { error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result !== null && typeof result === 'object' && !(result instanceof Date)) {
      return { formula: '', result: { error: String((result as { error?: unknown }).error) } as never };
    }
    const formula = 'formula' in value ? String(value.formula) : String(value.sharedFormula);
    return result === undefined ? { formula } : { formula, result: result as string | number | boolean | Date };
  }
  return String(value);
}
