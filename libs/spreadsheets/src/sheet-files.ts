import { CsvSheetReader } from './csv.sheet-reader';
import { ExcelJsSheetReader } from './exceljs.sheet-reader';
import { SpreadsheetError } from './errors';
import type { RawSheet, ReadLimits, SheetReader } from './spreadsheet.port';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The compound file of Excel 97–2003 (.xls) and of other old Office files. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const readers: Record<SheetReader['format'], SheetReader> = {
  xlsx: new ExcelJsSheetReader(),
  csv: new CsvSheetReader(),
};

/**
 * The reader for an uploaded file, by its bytes (a name can lie): a zip is .xlsx, text is CSV; an
 * old .xls and anything else are refused with what to do.
 */
export function readerFor(bytes: Buffer, fileName = ''): SheetReader {
  if (bytes.length === 0) throw new SpreadsheetError('the file is empty', 'empty_file', '文件是空的', { row: 1 });
  if (bytes.subarray(0, 4).equals(ZIP)) return readers.xlsx;
  if (bytes.subarray(0, 8).equals(OLE))
    throw new SpreadsheetError(
      'Excel 97-2003 (.xls) files are not read; save the sheet as .xlsx',
      'not_a_spreadsheet',
      '不支持 Excel 97-2003（.xls）格式：请在 Excel 中另存为 .xlsx 后再导入',
    );
  const head = bytes.subarray(0, 4096);
  const binary = head.some((b) => b === 0 || (b < 0x09 && b !== 0x1b));
  const namedOtherwise = /\.(xlsx|xlsm|xls|ods|numbers|pdf|docx?)$/i.test(fileName);
  if (binary || namedOtherwise)
    throw new SpreadsheetError(
      'the file is not a spreadsheet (.xlsx or .csv)',
      'not_a_spreadsheet',
      '文件不是电子表格：请上传 .xlsx 或 .csv 文件',
    );
  return readers.csv;
}

/** The first sheet of an uploaded .xlsx or .csv file. */
export function readSheet(bytes: Buffer, fileName: string, limits: ReadLimits): Promise<RawSheet> {
  return readerFor(bytes, fileName).read(bytes, limits);
}
