import { appendPublic, hours, memberOf, until } from './support/assessment';
import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';
import { MATRIX_ROLES, type MatrixRole, matrixClients, matrixCoverage } from './support/matrix-roles';

/**
 * The authorization matrix of assessment (issue 20): every route of the assessment service ×
 * every role, inside and outside scope. The district drafts, replays, publishes indicator sets and
 * proposes, confirms and rejects awards; street and community admins read the figures and awards
 * of their subtree (community A holds the member and the branch; community B and the other street
 * see none of them); a member account reads its own member's figures and awards; a unit contact
 * its own unit's; the auditor reads everything and writes nothing. Published indicator sets are
 * read by every account (a figure names its set); drafts and what-ifs are the district's.
 */
type Role = MatrixRole;
const ROLES = MATRIX_ROLES;

const t = new TestPlatform();
let r: Region;
let clients: Record<Role, Client>;
type Ids = Record<string, string>;
const id = (res: { body: { id: string } }) => res.body.id;
const YEAR = new Date().getUTCFullYear();

const SET = {
  index: 'pioneer',
  name: '先锋指数（试行）',
  period: 'quarter',
  indicators: [{ measure: 'volunteer_hours', weight: 3, cap: 60 }],
};
const draftSet = async (): Promise<Ids> => ({
  set: id(await r.root.post('/assessment/indicator-sets').send(SET).expect(201)),
});
const nextQuarterStart = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3 + 3, 1)).toISOString().slice(0, 10);
};

/** A member of community A's branch with hours this year: a candidate for 先锋党员. */
const memberWithHours = async (n: number): Promise<Ids> => {
  const m = await memberOf(r.root, r.branchId, `党员${n}`);
  await hours(t, m, r.gridId, 5);
  await until(
    async () => (await r.root.get(`/assessment/members/${m}/figures`)).body.value === 10,
    `the hours of member ${n}`,
  );
  return { m };
};
const proposedAward = async (n: number): Promise<Ids> => {
  const { m } = await memberWithHours(n);
  const res = await r.root
    .post('/assessment/awards')
    .send({ kind: 'pioneer_member', year: YEAR, top: 100 })
    .expect(201);
  return { award: res.body.items.find((a: { subjectId: string }) => a.subjectId === m).id };
};

interface Write {
  name: string;
  setup?: (n: number) => Promise<Ids>;
  send: (as: Client, ids: Ids, n: number) => Promise<{ status: number }>;
}
const WRITES: Write[] = [
  {
    name: 'POST /assessment/indicator-sets',
    send: (as) => as.post('/assessment/indicator-sets').send(SET),
  },
  {
    name: 'PATCH /assessment/indicator-sets/:id',
    setup: draftSet,
    send: (as, ids) => {
      const { index: _index, ...content } = SET;
      return as.patch(`/assessment/indicator-sets/${ids.set}`).send({ ...content, name: '改' });
    },
  },
  {
    name: 'POST /assessment/indicator-sets/:id/publish',
    setup: draftSet,
    send: (as, ids) =>
      as.post(`/assessment/indicator-sets/${ids.set}/publish`).send({ effectiveFrom: nextQuarterStart() }),
  },
  {
    name: 'POST /assessment/indicator-sets/:id/what-if',
    setup: draftSet,
    send: (as, ids) => as.post(`/assessment/indicator-sets/${ids.set}/what-if`).send({}),
  },
  {
    name: 'POST /assessment/awards',
    setup: memberWithHours,
    send: (as) => as.post('/assessment/awards').send({ kind: 'pioneer_member', year: YEAR, top: 100 }),
  },
  {
    name: 'POST /assessment/awards/:id/confirm',
    setup: proposedAward,
    send: (as, ids) => as.post(`/assessment/awards/${ids.award}/confirm`).send({}),
  },
  {
    name: 'POST /assessment/awards/:id/reject',
    setup: proposedAward,
    send: (as, ids) => as.post(`/assessment/awards/${ids.award}/reject`).send({ reason: '材料不全' }),
  },
];

/** Every account: the published indicator sets. */
const EVERYONE: Role[] = ROLES.filter((role) => role !== 'anonymous');
/** The rankings: every admin (its subtree) and the auditor. */
const RANKERS: Role[] = ['district', 'street', 'otherStreet', 'communityA', 'communityB', 'auditor'];
/** Community A's member and branch: the admins over them, the auditor (and the member itself). */
const OVER_A: Role[] = ['district', 'street', 'communityA', 'auditor'];

interface Read {
  path: (ids: Ids) => string;
  allowed: Role[];
}
let fixture: Ids;
const READS: Read[] = [
  { path: () => '/assessment/indicator-sets', allowed: EVERYONE },
  { path: () => '/assessment/indicator-sets/pioneer-default', allowed: EVERYONE },
  { path: (f) => `/assessment/indicator-sets/${f.set}`, allowed: ['district'] },
  { path: (f) => `/assessment/what-ifs/${f.whatIf}`, allowed: ['district'] },
  { path: () => '/assessment/rankings?index=pioneer', allowed: RANKERS },
  { path: (f) => `/assessment/members/${f.m}/figures`, allowed: [...OVER_A, 'member'] },
  { path: () => `/assessment/organizations/${r.branchId}/figures`, allowed: OVER_A },
  { path: () => `/assessment/organizations/${r.unitId}/figures`, allowed: [...OVER_A, 'unit'] },
  { path: () => '/assessment/awards', allowed: RANKERS },
  { path: (f) => `/assessment/awards/${f.award}`, allowed: OVER_A },
  { path: (f) => `/assessment/members/${f.m}/awards`, allowed: [...OVER_A, 'member'] },
  { path: () => `/assessment/organizations/${r.branchId}/awards`, allowed: OVER_A },
];

describe('authorization matrix of assessment: every route × every role', () => {
  let n = 0;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    clients = await matrixClients(t, r, r.branchId);
    await appendPublic(t, 'organizations.pairing-authz', 'organizations.PairingEstablished', {
      pairingId: 'authz',
      unitId: r.unitId,
      orgId: r.communityId,
      establishedOn: '2026-01-01',
    });
    const { m } = await memberWithHours(0);
    await appendPublic(t, `members.member-${m}`, 'members.MemberAccountLinked', { memberId: m, accountId: 'dangyuan' });
    const { set } = await draftSet();
    const whatIf = id(await r.root.post(`/assessment/indicator-sets/${set}/what-if`).send({}).expect(202));
    const { award } = await proposedAward(999);
    fixture = { m, set, whatIf, award };
    await until(async () => (await clients.member.get(`/assessment/members/${m}/figures`)).status === 200, 'the link');
  }, 60_000);
  afterAll(() => t.stop());

  it('has a row for every route of the assessment service', () => {
    const coverage = matrixCoverage(
      t.platform.app,
      /^\/assessment\//,
      READS.map((read) => read.path(fixture)),
    );
    expect(coverage.writes).toEqual(WRITES.map((row) => row.name).sort());
    expect(coverage.unread).toEqual([]);
  });

  const writes = WRITES.flatMap((row) => ROLES.map((role) => [row.name, role, row] as const));
  it.each(writes)('%s as %s', async (_, role, row) => {
    n += 1;
    const ids = (await row.setup?.(n)) ?? {};
    const before = await t.eventCount();
    const res = await row.send(clients[role], ids, n);
    if (role === 'anonymous') expect(res.status).toBe(401);
    else if (role === 'district') expect([200, 201, 202]).toContain(res.status);
    else expect(res.status).toBe(403);
    const after = await t.eventCount();
    if (res.status >= 400) expect(after).toBe(before);
    // a what-if writes a shadow, no event
    else if (row.name !== 'POST /assessment/indicator-sets/:id/what-if') expect(after).toBeGreaterThan(before);
  });

  const reads = READS.flatMap((read, i) => ROLES.map((role) => [i, role, read] as const));
  it.each(reads)('read #%s as %s', async (_, role, read) => {
    const path = read.path(fixture);
    const res = await clients[role].get(path);
    const expected = role === 'anonymous' ? 401 : read.allowed.includes(role) ? 200 : 403;
    if (res.status !== expected) throw new Error(`GET ${path} as ${role}: ${res.status}, expected ${expected}`);
  });

  it('shows each reader only its own part', async () => {
    expect((await clients.otherStreet.get('/assessment/rankings?index=pioneer').expect(200)).body.items).toEqual([]);
    expect((await clients.communityB.get('/assessment/awards').expect(200)).body.items).toEqual([]);
    const sets = (await clients.member.get('/assessment/indicator-sets').expect(200)).body.items;
    expect(sets.every((s: { status: string }) => s.status === 'published')).toBe(true);
  });
});
