import { readRecords, type SheetSchema } from './columns';
import type { SheetReader } from './spreadsheet.port';

/**
 * What every SheetReader does with the same table (the .xlsx adapter and the .csv adapter): the
 * records an import reads are the same, whichever format the office saved.
 * `encode(rows)`: the table as the adapter's file, every cell typed as text.
 */
export function sheetReaderContract(reader: () => SheetReader, encode: (rows: string[][]) => Promise<Buffer>) {
  const schema: SheetSchema = {
    sheetName: 't',
    columns: [
      { key: 'code', header: '编码', type: 'code' },
      { key: 'title', header: '标题', type: 'text', required: true },
      { key: 'amount', header: '数量', type: 'number', required: true },
      { key: 'from', header: '开始日期', type: 'date' },
      { key: 'tags', header: '标签', type: 'list' },
    ],
  };
  const table = [
    ['编码', '标题', '数量', '开始日期', '标签'],
    ['001', '独居老人助餐，每周三次', '４０', '2026年3月1日', '助餐、送餐'],
    ['', '', '', '', ''],
    ['ＸＱ２', '"引号"与逗号,', '1,200', '2026/12/31', ''],
  ];

  it('reads the same records from the same table', async () => {
    const raw = await reader().read(await encode(table), { maxRows: 100, maxColumns: 20 });
    expect(readRecords(raw, schema).records).toEqual([
      {
        row: 2,
        values: {
          code: '001',
          title: '独居老人助餐，每周三次',
          amount: 40,
          from: '2026-03-01',
          tags: ['助餐', '送餐'],
        },
        problems: [],
      },
      {
        row: 4,
        values: { code: 'XQ2', title: '"引号"与逗号,', amount: 1200, from: '2026-12-31', tags: null },
        problems: [],
      },
    ]);
  });

  it('stops at the row limit', async () => {
    const rows = [table[0], ...Array.from({ length: 30 }, (_, i) => [`c${i}`, 't', '1', '', ''])];
    await expect(reader().read(await encode(rows), { maxRows: 10, maxColumns: 20 })).rejects.toMatchObject({
      code: 'too_many_rows',
    });
  });
}
