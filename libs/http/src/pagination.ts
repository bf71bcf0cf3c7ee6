import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Filter, ReadModel, ReadModelDocument } from '@gongjian/read-models';
import { badRequest } from './validation';

/** `?limit=&cursor=` of every list (DESIGN §4). */
export class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
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
  return Buffer.from(JSON.stringify({ after: id })).toString('base64url');
}

function decodeCursor(cursor: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed?.after === 'string') return parsed.after;
  } catch {
    // fall through
  }
  throw badRequest('invalid cursor', [
    { field: 'cursor', messages: ['cursor must be a value returned as nextCursor'] },
  ]);
}
