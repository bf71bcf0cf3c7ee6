import { GRID_EVENTS, ORGANIZATION_EVENTS } from '@gongjian/contracts';
import { Forbidden } from '@gongjian/eventing';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import { envelopes, type GivenEvent } from '@gongjian/read-models/testing/projection-specification';
import { chinaDay, Directory } from './directory';
import { assertActsForArea, assertGridWorkerReads, gridWorkerFilter, gridWorkerHolds } from './grid-scope';
import { gridWorkersCollection, gridWorkersProjection } from './grid-workers.projection';
import { directoryCollection, orgDirectoryProjection } from './org-directory.projection';

const org = (orgId: string, kind: string, parentId: string | null): GivenEvent => ({
  type: ORGANIZATION_EVENTS.registered,
  streamId: `organizations.org-${orgId}`,
  data: { orgId, name: orgId, kind, parentId },
});
const term = (assignmentId: string, gridId: string, startsOn: string, endsOn: string | null): GivenEvent => ({
  type: GRID_EVENTS.gridWorkerAssigned,
  streamId: `organizations.gridroster-${gridId}`,
  data: { assignmentId, accountId: 'wgy', gridId, startsOn, endsOn },
});
const worker = { accountId: 'wgy', role: 'grid_worker', orgId: 'c1' };
const today = chinaDay();

/** A directory over the projections of a service that scopes grid workers, fed `events`. */
async function directoryOf(events: GivenEvent[]): Promise<Directory> {
  const store = new MemoryDocumentStore();
  const runner = new ProjectionRunner(store, [orgDirectoryProjection('x'), gridWorkersProjection('x')]);
  for (const event of envelopes(events)) await runner.project(event);
  return new Directory(store.collection(directoryCollection('x')), store.collection(gridWorkersCollection('x')));
}

const tree = [
  org('d', 'district', null),
  org('s', 'street', 'd'),
  org('c1', 'community', 's'),
  org('c2', 'community', 's'),
  org('g1', 'grid', 'c1'),
  org('g2', 'grid', 'c1'),
  org('g3', 'grid', 'c2'),
  org('b1', 'building', 'g1'),
];

describe("a grid worker's scope: the grids of its running terms (issue 18)", () => {
  it('holds the grids whose terms run today, by China’s calendar, active ones only', async () => {
    const directory = await directoryOf([
      ...tree,
      term('a1', 'g1', '2026-01-01', null),
      term('a2', 'g2', '2026-01-01', '2026-01-31'),
      term('a3', 'g3', '2999-01-01', null),
      {
        type: GRID_EVENTS.gridWorkerReleased,
        streamId: 'organizations.gridroster-g1',
        data: { assignmentId: 'a1', accountId: 'wgy', gridId: 'g1', endsOn: today },
      },
    ]);
    expect(await directory.gridsOf(worker)).toEqual(['g1']);
    expect(await directory.gridsOf(worker, '2026-01-15')).toEqual(['g1', 'g2']);
    expect(await directory.gridsOf({ ...worker, role: 'community_admin' })).toEqual([]);
    expect(await gridWorkerHolds(worker, 'b1', directory)).toBe(true);
    expect(await gridWorkerHolds(worker, 'g2', directory)).toBe(false);
    expect(await gridWorkerHolds(worker, 'c1', directory)).toBe(false);
  });

  it('releases a grid from the day after a term ends, and a dissolved grid at once', async () => {
    const yesterday = chinaDay(new Date(Date.now() - 86_400_000));
    const ended = await directoryOf([...tree, term('a1', 'g1', '2026-01-01', yesterday)]);
    expect(await ended.gridsOf(worker)).toEqual([]);
    const dissolved = await directoryOf([
      ...tree,
      term('a1', 'g1', '2026-01-01', null),
      { type: ORGANIZATION_EVENTS.dissolved, streamId: 'organizations.org-g1', data: { orgId: 'g1' } },
    ]);
    expect(await dissolved.gridsOf(worker)).toEqual([]);
  });

  it('reads items of its grids and its grids’ communities’ own, refuses the rest', async () => {
    const directory = await directoryOf([...tree, term('a1', 'g1', '2026-01-01', null)]);
    expect(await gridWorkerFilter(worker, directory)).toEqual({
      $or: [{ gridId: { $in: ['g1'] } }, { communityId: { $in: ['c1'] }, gridId: null }],
    });
    expect(await gridWorkerFilter(worker, directory, { gridField: null })).toEqual({ communityId: { $in: ['c1'] } });
    expect(await gridWorkerFilter({ ...worker, role: 'unit_contact' }, directory)).toBeNull();
    await assertGridWorkerReads(worker, { communityId: 'c1', gridId: 'g1' }, directory);
    await assertGridWorkerReads(worker, { communityId: 'c1', gridId: null }, directory);
    await expect(assertGridWorkerReads(worker, { communityId: 'c1', gridId: 'g2' }, directory)).rejects.toThrow(
      Forbidden,
    );
    await expect(assertGridWorkerReads(worker, { communityId: 'c2' }, directory)).rejects.toThrow(Forbidden);
    // every other role reads as before
    await assertGridWorkerReads({ ...worker, role: 'member' }, { communityId: 'c2', gridId: 'g3' }, directory);
  });

  it('acts for the areas of its grids; admins for theirs; nobody else', async () => {
    const directory = await directoryOf([...tree, term('a1', 'g1', '2026-01-01', null)]);
    await assertActsForArea(worker, 'b1', directory);
    await expect(assertActsForArea(worker, 'g2', directory)).rejects.toThrow(Forbidden);
    await assertActsForArea({ accountId: 'a', role: 'community_admin', orgId: 'c1' }, 'g2', directory);
    await expect(
      assertActsForArea({ accountId: 'a', role: 'community_admin', orgId: 'c2' }, 'g2', directory),
    ).rejects.toThrow(Forbidden);
    await expect(
      assertActsForArea({ accountId: 'u', role: 'unit_contact', orgId: 'g1' }, 'g1', directory),
    ).rejects.toThrow(Forbidden);
    await expect(assertActsForArea({ accountId: 'm', role: 'member', orgId: 'c1' }, 'g1', directory)).rejects.toThrow(
      Forbidden,
    );
  });
});

describe('party organisations in every service’s directory (issue 18)', () => {
  it('hangs a branch under its community with the grids it covers, follows its coverage, its name, its end', async () => {
    const store = new MemoryDocumentStore();
    const runner = new ProjectionRunner(store, [orgDirectoryProjection('x')]);
    const stream = 'organizations.partyorg-br';
    for (const event of envelopes([
      ...tree,
      {
        type: GRID_EVENTS.partyOrgFormed,
        streamId: stream,
        data: { partyOrgId: 'br', kind: 'branch', name: '支部', parentId: 'c1', covers: ['g1'], code: 'ZB-1' },
      },
      {
        type: GRID_EVENTS.partyOrgCoverageChanged,
        streamId: stream,
        data: { partyOrgId: 'br', covers: ['g1', 'g2'], added: ['g2'], removed: [] },
      },
      { type: GRID_EVENTS.partyOrgRenamed, streamId: stream, data: { partyOrgId: 'br', name: '联合党支部' } },
    ]))
      await runner.project(event);
    const directory = new Directory(store.collection(directoryCollection('x')));
    expect(await directory.get('br')).toMatchObject({
      kind: 'branch',
      name: '联合党支部',
      parentId: 'c1',
      covers: ['g1', 'g2'],
      status: 'active',
      code: 'ZB-1',
    });
    expect(await directory.isWithin('br', 's')).toBe(true);
    expect(await directory.subtreeIds('c1')).toContain('br');
    await runner.project(
      envelopes([
        ...tree,
        { type: GRID_EVENTS.partyOrgDissolved, streamId: stream, data: { partyOrgId: 'br' }, streamRevision: 3 },
      ])[tree.length],
    );
    expect((await directory.get('br'))?.status).toBe('dissolved');
  });
});
