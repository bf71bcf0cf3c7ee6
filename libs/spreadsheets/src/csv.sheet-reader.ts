import { parseString } from '@fast-csv/parse';
import { SpreadsheetError } from './errors';
import type { RawRow, RawSheet, ReadLimits, SheetReader } from './spreadsheet.port';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The text of a CSV file: UTF-8 (with or without the BOM Excel writes for "CSV UTF-8"), else
 * GB18030 — what Excel on a Chinese Windows saves as plain "CSV" (GBK is a subset of it). Bytes
 * that are neither are refused.
 */
export function decodeCsv(bytes: Buffer): string {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: the Chinese Windows code page
  }
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new SpreadsheetError(
      'the CSV file is neither UTF-8 nor GB18030 text',
      'unreadable_encoding',
      'CSV 文件的编码无法识别：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入',
    );
  }
}

/**
 * CSV through @fast-csv/parse (the parser exceljs's own CSV support is built on), without any
 * conversion of the cells: every cell stays text, so 001 stays 001 and a date stays as typed,
 * and the columns' types read them as they read text typed into an .xlsx cell.
 */
export class CsvSheetReader implements SheetReader {
  readonly format = 'csv' as const;

  async read(bytes: Buffer, limits: ReadLimits): Promise<RawSheet> {
    const text = decodeCsv(bytes);
    if (text.includes('\u0000'))
      throw new SpreadsheetError(
        'the file is not a spreadsheet',
        'not_a_spreadsheet',
        '文件不是电子表格（.xlsx 或 .csv）',
      );
    const rows: RawRow[] = [];
    let number = 0;
    let tooMany = false;
    await new Promise<void>((resolve, reject) => {
      const stream = parseString(text, { headers: false, ignoreEmpty: false, trim: false, strictColumnHandling: false })
        .on('error', (error: Error) =>
          reject(
            new SpreadsheetError(
              `the CSV file cannot be read: ${error.message}`,
              'not_a_spreadsheet',
              `CSV 文件无法读取（第 ${number + 1} 行附近）`,
              { row: number + 1 },
            ),
          ),
        )
        .on('data', (cells: string[]) => {
          number += 1;
          if (number > limits.maxRows) {
            tooMany = true;
            stream.destroy();
            resolve();
            return;
          }
          if (cells.every((c) => c.trim() === '')) return;
          rows.push({ number, cells: cells.slice(0, limits.maxColumns).map((c) => (c === '' ? null : c)) });
        })
        .on('end', () => resolve());
    });
    if (tooMany) {
      throw new SpreadsheetError(
        `the sheet has more than ${limits.maxRows} rows`,
        'too_many_rows',
        `表格超过 ${limits.maxRows} 行：请分成几个文件导入`,
        { row: limits.maxRows + 1, maxRows: limits.maxRows },
      );
    }
    return { name: 'csv', rows };
  }
}
