import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Filter, ReadModel, ReadModelDocument } from '@gongjian/read-models';
import { CURSOR_PATTERN, Optional } from './rules';

/** `?limit=&cursor=` of every list (DESIGN §4). */
export class PageQuery {
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  /** the `nextCursor` of the previous page (any value of CURSOR_PATTERN is a position) */
  @Optional()
  @IsString()
  @MaxLength(200)
  @Matches(CURSOR_PATTERN, { message: 'cursor must be a value returned as nextCursor' })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** how many items the filter matches in all, every page together (a table's total) */
  total: number;
}

/**
 * Keyset pagination on `_id`, newest first (ids are UUIDv7, so id order is creation order): the
 * cursor is the last id returned, opaque to clients. Stable under concurrent inserts. `total` is
 * counted on the server over the whole filter, so a table shows how many there are without
 * reading every page.
 */
export async function paginate<T extends ReadModelDocument>(
  collection: Pick<ReadModel<T>, 'find' | 'count'>,
  filter: Filter,
  page: PageQuery,
): Promise<Page<T>> {
  const limit = page.limit ?? 50;
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  const query = after ? { $and: [filter, { _id: { $lt: after } }] } : filter;
  const [docs, total] = await Promise.all([
    collection.find(query, { sort: { _id: -1 }, limit: limit + 1 }),
    collection.count(filter),
  ]);
  const items = docs.slice(0, limit);
  const nextCursor = docs.length > limit ? encodeCursor(items[items.length - 1]._id) : null;
  return { items, nextCursor, total };
}

function encodeCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

/**
 * The id a cursor names. Any CURSOR_PATTERN value decodes to some string, and any string is a
 * position in the order of ids, so no cursor is refused: a made-up one pages from wherever it
 * points, within the same filter (it shows nothing the filter hides). Cursors of the first form,
 * `{"after": id}` in base64url, are still read.
 */
function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (decoded.startsWith('{')) {
    try {
      const parsed = JSON.parse(decoded);
      if (typeof parsed?.after === 'string') return parsed.after;
    } catch {
      // an id that merely starts with a brace
    }
  }
  return decoded;
}
