import {
  directoryCollection,
  type DirectoryEntry,
  Directory,
  gridWorkersCollection,
  type GridWorkerTerm,
} from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { MemoryDocumentStore, readOnly } from '@gongjian/read-models';
import { Queries } from '@gongjian/runtime';
import { VOLUNTEERING_MEMBERS_COLLECTION, type VolunteerMember } from './members.projection';
import { VolunteeringReadModels } from './read-models';
import type { ResidentDocument } from './residents/residents.projection';
import type { RotationDocument, TeamDocument } from './read-models';
import {
  assertActsForClaimer,
  activityViewerOf,
  assertActsForVolunteer,
  assertOrganises,
  assertPostsWish,
  mayServeActivity,
  mayServeIn,
  organisationMayServe,
  personOf,
  quarterOf,
  residentMayServe,
  selfOf,
  viewerOf,
} from './volunteering.policy';

/**
 * street-1 ⊃ community-1 ⊃ grid-1 and grid-2, and community-2 beside it; branch-1 is a unit in
 * community-1. Grid workers: acc-gw works grid-1, acc-gw2 grid-2, acc-gw-old's term on grid-1 ended.
 */
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
      org('grid-2', 'grid', 'community-1'),
      org('branch-1', 'unit', 'community-1'),
      { ...org('assoc-1', 'unit', 'community-1'), sector: 'social_organization' },
      { ...org('firm-1', 'unit', 'community-1'), sector: 'private_enterprise' },
    ]);
  await store.collection<ResidentDocument>('volunteering.residents').putManyIfNewer([
    {
      _id: 'r-1',
      version: 0,
      communityId: 'community-1',
      name: '赵',
      phone: '138****0000',
      phoneDigest: 'd',
      consentedOn: '2027-01-01',
      consentWithdrawnAt: null,
      accountId: 'acc-r',
      registeredAt: '2027-01-01T00:00:00.000Z',
    },
  ]);
  await store
    .collection<TeamDocument>('volunteering.teams')
    .putManyIfNewer([
      { _id: 'team-1', version: 0, orgId: 'community-1', name: '红马甲', memberIds: ['m-out'], formedAt: '' },
    ]);
  await store.collection<RotationDocument>('volunteering.rotations').putManyIfNewer([
    {
      _id: 'community-1_2027Q1',
      version: 0,
      orgId: 'community-1',
      quarter: '2027Q1',
      assignments: [{ gridId: 'grid-1', teamId: 'team-1' }],
      activityAssignments: [{ activityId: 'a-sent', teamId: 'team-1' }],
      loads: { 'team-1': 2 },
      publishedAt: '',
    },
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
    .putManyIfNewer([
      member('m-branch', null, 'acc-1'),
      member('m-reported', 'community-2'),
      { _id: 'm-out', version: 0, branchId: 'community-2', reportedTo: null, accountId: null },
    ]);
  const term = (id: string, accountId: string, gridId: string, endsOn: string | null = null): GridWorkerTerm => ({
    _id: id,
    version: 0,
    accountId,
    gridId,
    startsOn: '2026-01-01',
    endsOn,
  });
  await store
    .collection<GridWorkerTerm>(gridWorkersCollection('volunteering'))
    .putManyIfNewer([
      term('t-1', 'acc-gw', 'grid-1'),
      term('t-2', 'acc-gw2', 'grid-2'),
      term('t-3', 'acc-gw-old', 'grid-1', '2026-02-01'),
    ]);
  const directory = new Directory(
    readOnly(store.collection<DirectoryEntry>(directoryCollection('volunteering'))),
    readOnly(store.collection<GridWorkerTerm>(gridWorkersCollection('volunteering'))),
  );
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

  it('lets a team serve where the quarter’s rotation sends it: the grid, or the activity itself', async () => {
    const { directory, readModels } = await given();
    const activity = (id: string, orgId: string, startsAt = '2027-02-01T01:00:00.000Z') => ({
      _id: id,
      orgId,
      communityId: 'community-1',
      startsAt,
    });
    // m-out belongs to community-2, and is on team-1
    expect(await mayServeActivity('m-out', activity('a-1', 'grid-1'), readModels, directory)).toEqual({
      ok: true,
      reason: 'rotation',
    });
    expect(await mayServeActivity('m-out', activity('a-sent', 'community-1'), readModels, directory)).toEqual({
      ok: true,
      reason: 'rotation',
    });
    expect(await mayServeActivity('m-out', activity('a-2', 'community-1'), readModels, directory)).toEqual({
      ok: false,
      reason: 'not_in_community',
    });
    // another quarter: 2027-03-31T17:00Z is already 2027-04-01 in China
    expect(quarterOf('2027-03-31T17:00:00.000Z')).toBe('2027Q2');
    expect(
      await mayServeActivity('m-out', activity('a-1', 'grid-1', '2027-03-31T17:00:00.000Z'), readModels, directory),
    ).toEqual({ ok: false, reason: 'not_in_community' });
  });

  it('lets residents serve in their community and social organisations as a whole', async () => {
    const { directory, readModels } = await given();
    expect(await residentMayServe('r-1', 'community-1', readModels)).toEqual({ ok: true, reason: 'community' });
    expect(await residentMayServe('r-1', 'community-2', readModels)).toEqual({ ok: false, reason: 'not_in_community' });
    expect(await residentMayServe('r-x', 'community-1', readModels)).toEqual({ ok: false, reason: 'unknown_resident' });
    expect(await organisationMayServe('assoc-1', directory)).toEqual({ ok: true, reason: 'social_organisation' });
    expect(await organisationMayServe('firm-1', directory)).toEqual({ ok: false, reason: 'not_a_social_organisation' });
    expect(await organisationMayServe('grid-1', directory)).toEqual({ ok: false, reason: 'unknown_unit' });
  });

  it('lets volunteers act only for themselves, and the admins over the activity for anyone', async () => {
    const { directory, readModels } = await given();
    const grid = { orgId: 'grid-1' };
    const acts = (a: Actor, kind: 'member' | 'resident' | 'organisation', id: string) =>
      assertActsForVolunteer(a, { kind, id }, grid, readModels, directory);
    await expect(acts(actor('member', 'grid-1', 'acc-1'), 'member', 'm-branch')).resolves.toBeUndefined();
    await expect(acts(actor('member', 'grid-1', 'acc-1'), 'member', 'm-reported')).rejects.toThrow(/its own member/);
    await expect(acts(actor('member', 'grid-1', 'acc-1'), 'resident', 'r-1')).rejects.toThrow(/its own member/);
    await expect(acts(actor('resident', 'community-1', 'acc-r'), 'resident', 'r-1')).resolves.toBeUndefined();
    await expect(acts(actor('resident', 'community-1', 'acc-x'), 'resident', 'r-1')).rejects.toThrow(/only for itself/);
    await expect(acts(actor('unit_contact', 'assoc-1'), 'organisation', 'assoc-1')).resolves.toBeUndefined();
    await expect(acts(actor('unit_contact', 'firm-1'), 'organisation', 'assoc-1')).rejects.toThrow(/its own unit/);
    await expect(acts(actor('community_admin', 'community-1'), 'member', 'm-reported')).resolves.toBeUndefined();
    await expect(acts(actor('community_admin', 'community-2'), 'member', 'm-branch')).rejects.toThrow(/outside/);
    await expect(acts(actor('auditor', 'street-1'), 'member', 'm-branch')).rejects.toThrow(/auditors/);
    expect(await personOf(actor('resident', 'community-1', 'acc-r'), readModels)).toEqual({
      kind: 'resident',
      id: 'r-1',
    });
    await expect(personOf(actor('community_admin', 'community-1'), readModels)).rejects.toThrow(
      /own member or resident/,
    );
    await expect(personOf(actor('member', 'grid-1', 'acc-unlinked'), readModels)).rejects.toThrow(/not linked/);
  });

  it('lets a member account act on a micro-wish for itself only; the admins over the community for anyone', async () => {
    const { directory, readModels } = await given();
    const wish = { communityId: 'community-1' };
    const acts = (a: Actor, memberId: string | null) => assertActsForClaimer(a, memberId, wish, readModels, directory);
    const self = actor('member', 'grid-1', 'acc-1');
    await expect(acts(self, 'm-branch')).resolves.toBeUndefined();
    await expect(acts(self, null)).resolves.toBeUndefined(); // an unclaimed wish: the decider answers 409
    await expect(acts(self, 'm-reported')).rejects.toThrow(/its own member/);
    await expect(acts(actor('member', 'grid-1', 'acc-unlinked'), 'm-branch')).rejects.toThrow(/not linked/);
    await expect(acts(actor('community_admin', 'community-1'), 'm-reported')).resolves.toBeUndefined();
    await expect(acts(actor('community_admin', 'community-2'), 'm-branch')).rejects.toThrow(/outside/);
    await expect(acts(actor('resident', 'community-1', 'acc-r'), 'm-branch')).rejects.toThrow();
    await expect(acts(actor('unit_contact', 'branch-1'), 'm-branch')).rejects.toThrow(/administrators/);
  });

  it("lets the grid workers of an activity's grid organise it (code, hours), nobody next door", async () => {
    const { directory } = await given();
    const ofGrid = { orgId: 'grid-1' };
    const ofCommunity = { orgId: 'community-1' };
    const organises = (a: Actor, activity: { orgId: string }) => assertOrganises(a, activity, directory);
    await expect(organises(actor('grid_worker', 'community-1', 'acc-gw'), ofGrid)).resolves.toBeUndefined();
    // the worker next door, a term that ended, an activity of the whole community: not theirs
    await expect(organises(actor('grid_worker', 'community-1', 'acc-gw2'), ofGrid)).rejects.toThrow(/grid worker/);
    await expect(organises(actor('grid_worker', 'community-1', 'acc-gw-old'), ofGrid)).rejects.toThrow(/grid worker/);
    await expect(organises(actor('grid_worker', 'community-1', 'acc-gw'), ofCommunity)).rejects.toThrow(/grid worker/);
    // the admins over it as before; the auditor never; a member never
    await expect(organises(actor('community_admin', 'community-1'), ofGrid)).resolves.toBeUndefined();
    await expect(organises(actor('community_admin', 'community-2'), ofGrid)).rejects.toThrow(/outside/);
    await expect(organises(actor('auditor', null), ofGrid)).rejects.toThrow(/organisers/);
    await expect(organises(actor('member', 'grid-1', 'acc-1'), ofGrid)).rejects.toThrow();
    // the organising grid worker reads the lists of people; the one next door counts only
    expect(await activityViewerOf(actor('grid_worker', 'community-1', 'acc-gw'), ofGrid, null, directory)).toEqual({
      full: true,
      self: null,
    });
    expect(await activityViewerOf(actor('grid_worker', 'community-1', 'acc-gw2'), ofGrid, null, directory)).toEqual({
      full: false,
      self: null,
    });
    expect(await activityViewerOf(actor('grid_worker', 'community-1', 'acc-gw'), ofCommunity, null, directory)).toEqual(
      { full: false, self: null },
    );
  });

  it('lets a grid worker post the wishes of its grids, the admins over the community any', async () => {
    const { directory } = await given();
    const posts = (a: Actor, gridId: string | null) => assertPostsWish(a, 'community-1', gridId, directory);
    await expect(posts(actor('grid_worker', 'community-1', 'acc-gw'), 'grid-1')).resolves.toBeUndefined();
    await expect(posts(actor('grid_worker', 'community-1', 'acc-gw'), 'grid-2')).rejects.toThrow(/grid worker/);
    await expect(posts(actor('grid_worker', 'community-1', 'acc-gw'), null)).rejects.toThrow(/grid worker/);
    await expect(posts(actor('grid_worker', 'community-1', 'acc-gw-old'), 'grid-1')).rejects.toThrow(/grid worker/);
    await expect(posts(actor('community_admin', 'community-1'), null)).resolves.toBeUndefined();
    await expect(posts(actor('community_admin', 'community-1'), 'grid-2')).resolves.toBeUndefined();
    await expect(posts(actor('community_admin', 'community-2'), 'grid-1')).rejects.toThrow(/outside/);
    await expect(posts(actor('member', 'grid-1', 'acc-1'), 'grid-1')).rejects.toThrow();
  });
});
