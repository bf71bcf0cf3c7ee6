import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import type { Filter, ReadModel, ReadModelDocument } from '@gongjian/read-models';
import { type SheetSchema, writtenColumns } from './columns';
import type { SheetWriterFactory, WrittenCell } from './spreadsheet.port';

/** Documents read from a read model at a time by an export. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * The documents of a read model matching `filter`, newest first (or oldest first: organisations,
 * so that parents come before their children), a page at a time by keyset cursor on `_id` — the
 * lists' own paging (libs/http paginate), so an export sees what the list sees, and never holds
 * more than a page.
 */
export async function* pagesOf<T extends ReadModelDocument>(
  model: Pick<ReadModel<T>, 'find'>,
  filter: Filter,
  options: { size?: number; oldestFirst?: boolean } = {},
): AsyncGenerator<T[]> {
  const size = options.size ?? EXPORT_PAGE_SIZE;
  const order = options.oldestFirst ? 1 : -1;
  let after: string | null = null;
  for (;;) {
    const query: Filter = after ? { $and: [filter, { _id: { [order === 1 ? '$gt' : '$lt']: after } }] } : filter;
    const docs = await model.find(query, { sort: { _id: order }, limit: size });
    if (docs.length > 0) yield docs;
    if (docs.length < size) return;
    after = docs[docs.length - 1]._id;
  }
}

/** What an export writes: rows of a schema's columns, from pages of items. */
export interface SheetExport<T> {
  schema: SheetSchema;
  pages: AsyncIterable<T[]>;
  /** the cells of one item, in the schema's column order */
  row(item: T): WrittenCell[] | Promise<WrittenCell[]>;
}

/**
 * Writes an export into `stream` as an .xlsx workbook, page by page: each row is committed as it
 * is written and the next page is read only once the stream has drained, so a slow download does
 * not pile rows up in memory. Resolves with the number of rows once the workbook is complete.
 */
export async function writeExport<T>(stream: Writable, sheet: SheetExport<T>, writer: SheetWriterFactory) {
  const out = writer(stream, { sheetName: sheet.schema.sheetName, columns: writtenColumns(sheet.schema) });
  let rows = 0;
  for await (const page of sheet.pages) {
    for (const item of page) {
      out.addRow(await sheet.row(item));
      rows += 1;
    }
    if (stream.writableNeedDrain) await once(stream, 'drain');
  }
  await out.commit();
  return rows;
}

/** An export to send as a response body: the stream it is written into, and the writing under way. */
export function exportStream<T>(sheet: SheetExport<T>, writer: SheetWriterFactory): PassThrough {
  const stream = new PassThrough();
  writeExport(stream, sheet, writer).catch((error: unknown) => stream.destroy(error as Error));
  return stream;
}

/** The template of an import: its columns (drop-downs for the code lists), one sample row. */
export async function writeTemplate(
  stream: Writable,
  schema: SheetSchema,
  sample: WrittenCell[],
  writer: SheetWriterFactory,
) {
  const out = writer(stream, { sheetName: schema.sheetName, columns: writtenColumns(schema) });
  out.addRow(sample);
  await out.commit();
}

/** `attachment; filename*=UTF-8''需求清单-2026-12-03.xlsx` (RFC 6266 with RFC 5987 for Chinese). */
export function attachment(name: string): string {
  const day = new Date().toISOString().slice(0, 10);
  const file = `${name}-${day}.xlsx`;
  return `attachment; filename="export-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(file)}`;
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template as a stream to send. */
export function templateStream(schema: SheetSchema, sample: WrittenCell[], writer: SheetWriterFactory): PassThrough {
  const stream = new PassThrough();
  writeTemplate(stream, schema, sample, writer).catch((error: unknown) => stream.destroy(error as Error));
  return stream;
}
