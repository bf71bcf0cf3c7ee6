import { Inject, Injectable } from '@nestjs/common';
import {
  DOCUMENT_STORE,
  type DocumentStore,
  type ReadModel,
  type ReadModelDocument,
  readOnly,
} from '@gongjian/read-models';

/**
 * Read access to this process's read models, for a service's read-models entry (e.g.
 * `MatchingReadModels`) to hand out typed, read-only collections to its use cases. Use cases
 * never inject the document store.
 */
@Injectable()
export class Queries {
  constructor(@Inject(DOCUMENT_STORE) private readonly documents: DocumentStore) {}

  /** `collection`, read-only; `what` names one of its documents in a 404 (`need`). */
  of<T extends ReadModelDocument>(collection: string, what?: string): ReadModel<T> {
    return readOnly(this.documents.collection<T>(collection), what);
  }
}
