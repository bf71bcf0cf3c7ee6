import { CsvSheetReader, decodeCsv } from './csv.sheet-reader';
import { sheetReaderContract } from './sheet-reader.contract';

const csvText = (rows: string[][]) =>
  rows.map((row) => row.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');

/** GB18030 bytes of `text`, made with the TextDecoder the reader uses, read backwards: one code unit at a time. */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GB18030 two-byte code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

describe('CsvSheetReader (.csv)', () => {
  describe('UTF-8 with the BOM Excel writes', () => {
    sheetReaderContract(
      () => new CsvSheetReader(),
      async (rows) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(rows), 'utf8')]),
    );
  });

  describe('GB18030, as Excel on a Chinese Windows saves "CSV"', () => {
    sheetReaderContract(
      () => new CsvSheetReader(),
      async (rows) => gb18030(csvText(rows)),
    );
  });

  it('decodes UTF-8 without a BOM, and refuses bytes that are neither', () => {
    expect(decodeCsv(Buffer.from('标题,数量', 'utf8'))).toBe('标题,数量');
    expect(decodeCsv(gb18030('标题,数量'))).toBe('标题,数量');
    expect(() => decodeCsv(Buffer.from([0xff, 0xff, 0xff, 0x30]))).toThrow(/neither UTF-8 nor GB18030/);
  });
});
