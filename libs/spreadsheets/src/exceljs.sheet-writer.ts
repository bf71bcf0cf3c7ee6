import type ExcelJS from 'exceljs';
import { excel } from './exceljs.lazy';
import type { Writable } from 'node:stream';
import { columnLetter } from './errors';
import type { SheetWriter, SheetWriterOptions, WrittenCell } from './spreadsheet.port';

/** Excel's limit on a list typed into a data validation. */
const MAX_INLINE_LIST = 255;

/**
 * A sheet streamed with exceljs's WorkbookWriter: each row is committed (written to the zip
 * stream) as soon as it is added, so an export of 100,000 rows holds one row at a time. Inline
 * strings (no shared-string table, which would keep every text until the end); bold headers
 * frozen above the data; a drop-down of each column's choices and a note on each header.
 */
export class ExcelJsSheetWriter implements SheetWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private rows = 0;

  constructor(stream: Writable, options: SheetWriterOptions) {
    this.workbook = new (excel().stream.xlsx.WorkbookWriter)({ stream, useSharedStrings: false, useStyles: true });
    this.workbook.creator = 'gongjian';
    this.sheet = this.workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = options.columns.map((c, i) => ({
      key: String(i),
      width: c.width ?? 14,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    const header = this.sheet.getRow(1);
    options.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      if (c.note) cell.note = c.note;
    });
    header.commit();
    const last = (options.validationRows ?? 1000) + 1;
    options.columns.forEach((c, i) => {
      const list = c.choices?.join(',');
      if (!list || list.length > MAX_INLINE_LIST) return;
      const letter = columnLetter(i);
      (
        this.sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${letter}2:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list}"`],
        showErrorMessage: true,
        errorTitle: '取值无效',
        error: `请从下拉列表中选择：${c.choices!.join('、')}`,
      });
    });
  }

  addRow(cells: WrittenCell[]): void {
    this.rows += 1;
    this.sheet.addRow(cells.map((c) => (c === undefined ? null : c))).commit();
  }

  async commit(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}

/** The SheetWriterFactory of exceljs. */
export const excelJsSheetWriter = (stream: Writable, options: SheetWriterOptions) =>
  new ExcelJsSheetWriter(stream, options);
