import { NotFound } from '@gongjian/eventing';
import type { DocumentCollection, Filter, FindOptions, ReadModelDocument } from './document-store.port';

/**
 * A read model as the queries of a service see it: documents to get, find and count, never to
 * write. Only the projection runner writes documents (folding events), so a use case that wants
 * to change something sends a command.
 */
export interface ReadModel<T extends ReadModelDocument = ReadModelDocument> {
  readonly name: string;
  get(id: string): Promise<T | null>;
  find(filter?: Filter, options?: FindOptions): Promise<T[]>;
  count(filter?: Filter): Promise<number>;
  /** The document, or NotFound (404) `<what> <id> not found`. */
  require(id: string): Promise<T>;
}

/**
 * The read-only face of a collection; `what` names one document in messages (`need`: `need 0190…
 * not found`).
 */
export function readOnly<T extends ReadModelDocument>(
  collection: DocumentCollection<T>,
  what = 'document',
): ReadModel<T> {
  return Object.freeze({
    name: collection.name,
    get: (id: string) => collection.get(id),
    find: (filter?: Filter, options?: FindOptions) => collection.find(filter, options),
    count: (filter?: Filter) => collection.count(filter),
    async require(id: string) {
      const doc = await collection.get(id);
      if (!doc) throw new NotFound(`${what} ${id} not found`);
      return doc;
    },
  });
}
