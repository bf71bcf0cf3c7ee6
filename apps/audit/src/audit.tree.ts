import { Inject, Injectable } from '@nestjs/common';
import { directoryCollection, type DirectoryEntry, OrgTree } from '@gongjian/auth';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';

/** The audit service's copy of the organisation tree, for subtree filters. */
@Injectable()
export class AuditTree extends OrgTree {
  constructor(@Inject(DOCUMENT_STORE) documents: DocumentStore) {
    super(documents.collection<DirectoryEntry>(directoryCollection('audit')));
  }
}
