import type { Filter } from './document-store.port';

/**
 * Text search as a case-insensitive literal match in any of `fields` (the user's text is escaped,
 * never a regex): the `?q=` of every list.
 */
export function textFilter(q: string, fields: string[]): Filter {
  const pattern = q.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { $or: fields.map((field) => ({ [field]: { $regex: pattern, $options: 'i' } })) };
}
