import { directoryCollection, type DirectoryEntry, Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { MemoryDocumentStore, readOnly } from '@gongjian/read-models';
import { Queries } from '@gongjian/runtime';
import { VOLUNTEERING_MEMBERS_COLLECTION, type VolunteerMember } from './members.projection';
import { VolunteeringReadModels } from './read-models';
import { mayServeIn, selfOf, viewerOf } from './volunteering.policy';

/** street-1 ⊃ community-1 ⊃ grid-1, and community-2 beside it; branch-1 is a unit in community-1. */
async function given() {
  const store = new MemoryDocumentStore();
  const org = (id: string, kind: DirectoryEntry['kind'], parentId: string | null): DirectoryEntry => ({
    _id: id,
    version: 0,
    name: id,
    kind,
    parentId,
    status: 'active',
    registeredAt: '2027-01-01T00:00:00.000Z',
  });
  await store
    .collection<DirectoryEntry>(directoryCollection('volunteering'))
    .putManyIfNewer([
      org('street-1', 'street', null),
      org('community-1', 'community', 'street-1'),
      org('community-2', 'community', 'street-1'),
      org('grid-1', 'grid', 'community-1'),
      org('branch-1', 'unit', 'community-1'),
    ]);
  const member = (id: string, reportedTo: string | null, accountId: string | null = null): VolunteerMember => ({
    _id: id,
    version: 0,
    branchId: 'branch-1',
    reportedTo,
    accountId,
  });
  await store
    .collection<VolunteerMember>(VOLUNTEERING_MEMBERS_COLLECTION)
    .putManyIfNewer([member('m-branch', null, 'acc-1'), member('m-reported', 'community-2')]);
  const directory = new Directory(readOnly(store.collection<DirectoryEntry>(directoryCollection('volunteering'))));
  return { directory, readModels: new VolunteeringReadModels(new Queries(store)) };
}

const actor = (role: string, orgId: string | null, accountId = 'acc-x'): Actor =>
  ({ accountId, role, orgId }) as unknown as Actor;

describe('volunteering policy', () => {
  it('lets a member serve in the community of their branch, or the one they reported to (双报到)', async () => {
    const { directory, readModels } = await given();
    expect(await mayServeIn('m-branch', 'community-1', readModels, directory)).toEqual({ ok: true, reason: 'branch' });
    expect(await mayServeIn('m-reported', 'community-2', readModels, directory)).toEqual({
      ok: true,
      reason: 'reported',
    });
    expect(await mayServeIn('m-branch', 'community-2', readModels, directory)).toEqual({
      ok: false,
      reason: 'not_in_community',
    });
    expect(await mayServeIn('nobody', 'community-1', readModels, directory)).toEqual({
      ok: false,
      reason: 'unknown_member',
    });
  });

  it('shows member ids to the admins over the list and the auditor; a member account sees itself', async () => {
    const { directory, readModels } = await given();
    const self = await selfOf(actor('member', null, 'acc-1'), readModels);
    expect(self).toBe('m-branch');
    expect(await selfOf(actor('community_admin', 'community-1', 'acc-1'), readModels)).toBeNull();
    expect(await viewerOf(actor('street_admin', 'street-1'), 'grid-1', null, directory)).toEqual({
      full: true,
      self: null,
    });
    expect(await viewerOf(actor('community_admin', 'community-2'), 'grid-1', null, directory)).toEqual({
      full: false,
      self: null,
    });
    expect(await viewerOf(actor('auditor', null), 'grid-1', null, directory)).toEqual({ full: true, self: null });
    expect(await viewerOf(actor('member', null, 'acc-1'), 'grid-1', self, directory)).toEqual({
      full: false,
      self: 'm-branch',
    });
  });
});
