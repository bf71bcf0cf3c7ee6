import type ExcelJS from 'exceljs';
import { excel } from './exceljs.lazy';
import JSZip from 'jszip';
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
    const workbook = new (excel().Workbook)();
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

  /**
   * Counts the rows of the sheet that will be imported (the first visible one) by streaming its
   * part out of the zip, located through the central directory, and stops at the limit. Not
   * exceljs's streaming WorkbookReader: on Node 18+ it loses a race against the zip entry that
   * names the sheets (exceljs#3064) and intermittently fails an exceljs-written file.
   */
  private async countRows(bytes: Buffer, limits: ReadLimits): Promise<void> {
    let rows = 0;
    try {
      const zip = await JSZip.loadAsync(bytes);
      const part = await firstSheetPart(zip);
      if (!part) throw notXlsx();
      rows = await countRowTags(part.nodeStream(), limits.maxRows);
    } catch (error) {
      throw error instanceof SpreadsheetError ? error : notXlsx();
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

/** The attributes of each `<tag …>` in an XML part, by name (namespace prefixes kept: `r:id`). */
function tags(xml: string, tag: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  for (const [, attributes] of xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, 'g'))) {
    found.push(Object.fromEntries([...attributes.matchAll(/([\w:]+)="([^"]*)"/g)].map(([, k, v]) => [k, v])));
  }
  return found;
}

/** The worksheet part the document reader imports: the first visible sheet of xl/workbook.xml. */
async function firstSheetPart(zip: JSZip): Promise<JSZip.JSZipObject | null> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return null;
  const sheets = tags(workbook, 'sheet');
  const sheet = sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? sheets[0];
  const id = sheet && (sheet['r:id'] ?? Object.entries(sheet).find(([k]) => k.endsWith(':id'))?.[1]);
  const target = tags(rels, 'Relationship').find((r) => r.Id === id)?.Target;
  if (!target) return null;
  return zip.file(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
}

/** The `<row>` elements of a worksheet part as it inflates, stopping once past `max`. */
async function countRowTags(part: NodeJS.ReadableStream, max: number): Promise<number> {
  // JSZip's stream is readable-stream's, not async-iterable: wrapped in a Node stream
  const stream = new Readable().wrap(part);
  let rows = 0;
  let carry = '';
  for await (const chunk of stream) {
    const text = carry + (chunk as Buffer).toString('utf8');
    rows += [...text.matchAll(/<(?:\w+:)?row[\s>]/g)].length;
    // a tag cut between two chunks is counted with the next one
    const cut = text.lastIndexOf('<');
    carry = cut >= 0 && !text.slice(cut).includes('>') ? text.slice(cut) : '';
    if (carry) rows -= [...carry.matchAll(/<(?:\w+:)?row[\s>]/g)].length;
    if (rows > max) {
      stream.destroy();
      break;
    }
  }
  return rows;
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
