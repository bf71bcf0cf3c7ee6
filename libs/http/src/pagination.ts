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
}

/**
 * Keyset pagination on `_id`, newest first (ids are UUIDv7, so id order is creation order): the
 * cursor is the last id returned, opaque to clients. Stable under concurrent inserts.
 */
export async function paginate<T extends ReadModelDocument>(
  collection: Pick<ReadModel<T>, 'find'>,
  filter: Filter,
  page: PageQuery,
): Promise<Page<T>> {
  const limit = page.limit ?? 50;
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  const query = after ? { $and: [filter, { _id: { $lt: after } }] } : filter;
  const docs = await collection.find(query, { sort: { _id: -1 }, limit: limit + 1 });
  const items = docs.slice(0, limit);
  const nextCursor = docs.length > limit ? encodeCursor(items[items.length - 1]._id) : null;
  return { items, nextCursor };
}

/**
 * A page, and how many items the whole filter matches (a table's total, counted on the server
 * rather than from the rows a page happens to hold).
 */
export async function paginateCounted<T extends ReadModelDocument>(
  collection: Pick<ReadModel<T>, 'find' | 'count'>,
  filter: Filter,
  page: PageQuery,
): Promise<Page<T> & { total: number }> {
  const [found, total] = await Promise.all([paginate(collection, filter, page), collection.count(filter)]);
  return { ...found, total };
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
