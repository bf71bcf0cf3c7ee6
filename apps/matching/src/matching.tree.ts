import { Inject, Injectable } from '@nestjs/common';
import { directoryCollection, type DirectoryEntry, OrgTree } from '@gongjian/auth';
import { DomainRuleViolation } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';

/** The matching service's copy of the organisation tree, folded from organizations events. */
@Injectable()
export class MatchingTree extends OrgTree {
  constructor(@Inject(DOCUMENT_STORE) documents: DocumentStore) {
    super(documents.collection<DirectoryEntry>(directoryCollection('matching')));
  }

  /** The entry, which must be an active organisation of `kind` (422 naming `field` otherwise). */
  async requireActive(id: string, kind: DirectoryEntry['kind'], field: string): Promise<DirectoryEntry> {
    const entry = await this.get(id);
    if (!entry || entry.kind !== kind) {
      throw new DomainRuleViolation(`${id} is not a known ${kind}`, `unknown_${kind}`, { field });
    }
    if (entry.status !== 'active')
      throw new DomainRuleViolation(`the ${kind} ${id} is dissolved`, `${kind}_dissolved`, { field });
    return entry;
  }

  /**
   * The list filter of "an area": items of the communities in `orgId`'s subtree (a street's, a
   * district's) and/or of one community. Both given: that community if it lies in the subtree,
   * else nothing. A filter, not a permission — the co-building lists are readable by every account.
   */
  async communityFilter(orgId: string | undefined, communityId: string | undefined): Promise<Filter> {
    if (!orgId) return communityId ? { communityId } : {};
    const ids = await this.subtreeIds(orgId);
    if (!communityId) return { communityId: { $in: ids } };
    return { communityId: { $in: ids.includes(communityId) ? [communityId] : [] } };
  }
}
