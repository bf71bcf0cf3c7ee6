import ExcelJS from 'exceljs';

/** An .xlsx file made by the test itself with exceljs: rows of cells, the first the headers. */
export async function xlsx(
  rows: ExcelJS.CellValue[][],
  shape?: (sheet: ExcelJS.Worksheet) => void,
  sheetName = 'Sheet1',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  shape?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The cells of the first sheet of an .xlsx answer, as text and numbers (exceljs reads it back). */
export async function readXlsx(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: false }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).value ?? null);
    rows.push(cells);
  });
  return rows;
}

/** supertest's parser for a binary answer: the bytes as one Buffer. */
export function binary(res: any, done: (error: Error | null, body: any) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
  res.on('error', (error: Error) => done(error, Buffer.alloc(0)));
}
