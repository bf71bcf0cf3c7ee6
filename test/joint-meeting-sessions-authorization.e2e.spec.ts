import { chinaDay } from '@gongjian/auth';
import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';
import { MATRIX_ROLES, type MatrixRole, matrixClients, matrixCoverage } from './support/matrix-roles';

/**
 * The authorization matrix of joint-meeting sessions (issue 20): every route × every role, inside
 * and outside scope. The meeting is the street's (东城街道); the unit (in community A) is its
 * member. The admins over the street convene and record; the member unit's contact and the
 * auditor read; the street's communities (a level below), another street and the other roles are
 * refused.
 */
type Role = MatrixRole;
const ROLES = MATRIX_ROLES;

const t = new TestPlatform();
let r: Region;
let clients: Record<Role, Client>;
type Ids = Record<string, string>;
const today = chinaDay();

/** A session of the street's meeting with one agenda item, its attendance taken (the unit present). */
async function session(n: number, attendance = true): Promise<Ids> {
  const res = await r.root
    .post(`/organizations/${r.streetId}/joint-meeting/sessions`)
    .send({
      heldOn: today,
      place: '街道会议室',
      title: `联席会议${n}`,
      agenda: [{ kind: 'unit_proposal', title: '议题', proposedBy: r.unitId }],
    })
    .expect(201);
  const ids = { s: res.body.id, i: res.body.agenda[0].agendaItemId };
  if (attendance)
    await r.root
      .post(`/joint-meeting-sessions/${ids.s}/attendance`)
      .send({ units: [{ id: r.unitId, present: true }], partTimeMembers: [] })
      .expect(200);
  return ids;
}

/** A session with a decision whose action item the unit owns. */
async function decided(n: number): Promise<Ids> {
  const ids = await session(n);
  const res = await r.root
    .post(`/joint-meeting-sessions/${ids.s}/decisions`)
    .send({
      agendaItemId: ids.i,
      outcome: 'adopted',
      method: 'consensus',
      actionItems: [{ title: '落实', owner: { kind: 'unit', id: r.unitId }, dueOn: today }],
    })
    .expect(201);
  return { ...ids, a: res.body.actionItems[0].actionItemId };
}

interface Row {
  name: string;
  setup?: (n: number) => Promise<Ids>;
  send: (c: Client, ids: Ids, n: number) => ReturnType<Client['post']>;
  allowed: Role[];
}
const ABOVE_STREET: Role[] = ['district', 'street'];

const WRITES: Row[] = [
  {
    name: 'POST /organizations/:id/joint-meeting/sessions',
    send: (c, _, n) =>
      c
        .post(`/organizations/${r.streetId}/joint-meeting/sessions`)
        .send({ heldOn: today, place: '会议室', title: `会议${n}`, agenda: [] }),
    allowed: ABOVE_STREET,
  },
  {
    name: 'POST /joint-meeting-sessions/:id/attendance',
    setup: (n) => session(n, false),
    send: (c, ids) =>
      c
        .post(`/joint-meeting-sessions/${ids.s}/attendance`)
        .send({ units: [{ id: r.unitId, present: true }], partTimeMembers: [] }),
    allowed: ABOVE_STREET,
  },
  {
    name: 'POST /joint-meeting-sessions/:id/minutes',
    setup: (n) => session(n, false),
    send: (c, ids) => c.post(`/joint-meeting-sessions/${ids.s}/minutes`).send({ minutes: '纪要' }),
    allowed: ABOVE_STREET,
  },
  {
    name: 'POST /joint-meeting-sessions/:id/decisions',
    setup: (n) => session(n),
    send: (c, ids) =>
      c.post(`/joint-meeting-sessions/${ids.s}/decisions`).send({
        agendaItemId: ids.i,
        outcome: 'adopted',
        method: 'votes',
        votes: { for: 1, against: 0, abstain: 0 },
        actionItems: [],
      }),
    allowed: ABOVE_STREET,
  },
  {
    name: 'POST /joint-meeting-sessions/:id/action-items/:actionItemId/done',
    setup: decided,
    send: (c, ids) => c.post(`/joint-meeting-sessions/${ids.s}/action-items/${ids.a}/done`).send({ note: '已完成' }),
    allowed: ABOVE_STREET,
  },
  {
    name: 'POST /joint-meeting-sessions/:id/close',
    setup: (n) => session(n),
    send: (c, ids) => c.post(`/joint-meeting-sessions/${ids.s}/close`),
    allowed: ABOVE_STREET,
  },
  {
    // a unit's contact for its member unit, a party member of the street's area, an admin on someone's behalf
    name: 'POST /organizations/:id/joint-meeting/proposals',
    send: (c, _, n) =>
      c
        .post(`/organizations/${r.streetId}/joint-meeting/proposals`)
        .send({ title: `提议${n}`, kind: 'unit_proposal', proposedBy: r.unitId }),
    allowed: [...ABOVE_STREET, 'unit', 'member'],
  },
  {
    // 分会: a fresh street of the district marked a branch of the district council, by the district
    name: 'POST /organizations/:id/joint-meeting/branch-of',
    setup: async (n) => ({
      x: (
        await r.root
          .post('/organizations')
          .send({ name: `街道${n}`, kind: 'street', parentId: r.districtId })
          .expect(201)
      ).body.id,
    }),
    send: (c, ids) => c.post(`/organizations/${ids.x}/joint-meeting/branch-of`).send({ councilOrgId: r.districtId }),
    allowed: ['district'],
  },
];

/** The admins over the street, the auditor, and the contact of the member unit. */
const READERS: Role[] = ['district', 'street', 'auditor', 'unit'];
let fixture: Ids;
const READS: Array<{ path: (ids: Ids) => string; allowed: Role[] }> = [
  { path: () => `/organizations/${r.streetId}/joint-meeting/sessions`, allowed: READERS },
  { path: (ids) => `/joint-meeting-sessions/${ids.s}`, allowed: READERS },
  // the admins and the auditor read all; a unit's contact and a party member those they submitted
  { path: () => `/organizations/${r.streetId}/joint-meeting/proposals`, allowed: [...READERS, 'member'] },
];

describe('authorization matrix of joint-meeting sessions: every route × every role', () => {
  let n = 0;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    clients = await matrixClients(t, r, r.gridId);
    await r.root.post(`/organizations/${r.streetId}/joint-meeting/members`).send({ unitId: r.unitId }).expect(201);
    fixture = await decided(0);
  });
  afterAll(() => t.stop());

  it('has a row for every route of joint-meeting sessions', () => {
    const coverage = matrixCoverage(
      t.platform.app,
      /^\/(joint-meeting-sessions\b|organizations\/:id\/joint-meeting\/(sessions|proposals|branch-of))/,
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
    else if (row.allowed.includes(role)) expect([200, 201]).toContain(res.status);
    else expect(res.status).toBe(403);
    const after = await t.eventCount();
    if (res.status >= 400) expect(after).toBe(before);
    else expect(after).toBeGreaterThan(before);
  });

  const reads = READS.flatMap((read, i) => ROLES.map((role) => [i, role, read] as const));
  it.each(reads)('read #%s as %s', async (_, role, read) => {
    const path = read.path(fixture);
    const res = await clients[role].get(path);
    const expected = role === 'anonymous' ? 401 : read.allowed.includes(role) ? 200 : 403;
    if (res.status !== expected) throw new Error(`GET ${path} as ${role}: ${res.status}, expected ${expected}`);
  });
});
