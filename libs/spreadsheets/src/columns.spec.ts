import { readRecords, type SheetSchema } from './columns';
import { SpreadsheetError } from './errors';
import type { RawSheet } from './spreadsheet.port';

const schema: SheetSchema = {
  sheetName: 't',
  columns: [
    { key: 'title', header: '标题', type: 'text', required: true },
    { key: 'amount', header: '数量', type: 'number', required: true },
    { key: 'from', header: '开始日期', type: 'date' },
    { key: 'status', header: '状态', type: 'text', readOnly: true },
  ],
};
const sheet = (...rows: RawSheet['rows'][number]['cells'][]): RawSheet => ({
  name: 's',
  rows: rows.map((cells, i) => ({ number: i + 1, cells })),
});

describe('readRecords: columns by their Chinese headers', () => {
  it('finds the header row below a title, matches headers in any order, skips blank rows', () => {
    const read = readRecords(
      sheet(
        ['2026 年需求清单'],
        ['数量*', '备注', '标题（必填）', '状态'],
        [40, 'x', '助餐', '待匹配'],
        [null, null, null],
        ['４', null, '助学'],
      ),
      schema,
    );
    expect(read.headerRow).toBe(2);
    expect(read.records).toEqual([
      { row: 3, values: { amount: 40, title: '助餐', from: null }, problems: [] },
      { row: 5, values: { amount: 4, title: '助学', from: null }, problems: [] },
    ]);
  });

  it('names the row and column of a cell it cannot read', () => {
    const read = readRecords(sheet(['标题', '数量'], ['助餐', '很多']), schema);
    expect(read.records[0].problems).toEqual([{ key: 'amount', header: '数量', column: 'B', message: '必须是数字' }]);
  });

  it('refuses an empty sheet, a sheet without data rows and one without a required column', () => {
    const refusal = (s: RawSheet) => {
      try {
        readRecords(s, schema);
      } catch (error) {
        return { code: (error as SpreadsheetError).code, details: (error as SpreadsheetError).details };
      }
      return null;
    };
    expect(refusal(sheet())).toMatchObject({ code: 'empty_sheet', details: { row: 1 } });
    expect(refusal(sheet(['标题', '数量']))).toMatchObject({ code: 'empty_sheet', details: { row: 2 } });
    expect(refusal(sheet(['标题', '开始日期'], ['助餐', '2026-01-01']))).toMatchObject({
      code: 'missing_columns',
      details: { row: 1, missing: ['数量'], message: expect.stringContaining('缺少必填列：数量') },
    });
  });
});
