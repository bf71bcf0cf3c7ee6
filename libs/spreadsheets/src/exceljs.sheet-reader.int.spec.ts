import ExcelJS from 'exceljs';
import { readRecords } from './columns';
import { ExcelJsSheetReader } from './exceljs.sheet-reader';
import { sheetReaderContract } from './sheet-reader.contract';

async function xlsx(rows: ExcelJS.CellValue[][], shape?: (s: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('s');
  for (const row of rows) sheet.addRow(row);
  shape?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('ExcelJsSheetReader (.xlsx)', () => {
  sheetReaderContract(
    () => new ExcelJsSheetReader(),
    (rows) => xlsx(rows),
  );

  const limits = { maxRows: 100, maxColumns: 20 };

  it('reads every cell of a merged range as the range value', async () => {
    const file = await xlsx(
      [
        ['社区', '标题'],
        ['二社区', '助餐'],
        [null, '助学'],
      ],
      (s) => s.mergeCells('A2:A3'),
    );
    const raw = await new ExcelJsSheetReader().read(file, limits);
    expect(raw.rows.map((r) => r.cells)).toEqual([
      ['社区', '标题'],
      ['二社区', '助餐'],
      ['二社区', '助学'],
    ]);
  });

  it('gives formulas with their cached result, date cells as dates, rich text as text', async () => {
    const file = await xlsx([
      ['a', 'b', 'c', 'd'],
      [
        { formula: '20*2', result: 40 } as ExcelJS.CellValue,
        { formula: '1+1' } as ExcelJS.CellValue,
        new Date(Date.UTC(2026, 2, 1)),
        { richText: [{ text: '助' }, { text: '餐' }] },
      ],
    ]);
    const raw = await new ExcelJsSheetReader().read(file, limits);
    expect(raw.rows[1].cells).toEqual([
      { formula: '20*2', result: 40 },
      { formula: '1+1' },
      new Date(Date.UTC(2026, 2, 1)),
      '助餐',
    ]);
  });

  it('refuses bytes that are a zip but no workbook', async () => {
    const zipOfNothing = Buffer.from('504b0506000000000000000000000000000000000000', 'hex');
    await expect(new ExcelJsSheetReader().read(zipOfNothing, limits)).rejects.toMatchObject({
      code: 'not_a_spreadsheet',
    });
  });

  it('reads the header cells exceljs wrote for a template back to the schema', async () => {
    const raw = await new ExcelJsSheetReader().read(
      await xlsx([
        ['标题', '数量'],
        ['助餐', 3],
      ]),
      limits,
    );
    expect(
      readRecords(raw, {
        sheetName: 's',
        columns: [
          { key: 't', header: '标题', type: 'text' },
          { key: 'n', header: '数量', type: 'number' },
        ],
      }).records[0].values,
    ).toEqual({ t: '助餐', n: 3 });
  });
});
