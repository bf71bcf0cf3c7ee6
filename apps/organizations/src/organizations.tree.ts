import { Inject, Injectable } from '@nestjs/common';
import { directoryCollection, type DirectoryEntry, OrgTree } from '@gongjian/auth';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';

/** The organizations service's own directory of organisations and units (its main read model). */
@Injectable()
export class OrganizationsTree extends OrgTree {
  constructor(@Inject(DOCUMENT_STORE) documents: DocumentStore) {
    super(documents.collection<DirectoryEntry>(directoryCollection('organizations')));
  }
}

export function toOrgResource({ _id, ...rest }: DirectoryEntry) {
  return { id: _id, ...rest };
}
