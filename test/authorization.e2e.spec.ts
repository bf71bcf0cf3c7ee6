import { VOLUNTEERING_EVENTS } from '@gongjian/contracts';
import { toProposed } from '@gongjian/eventing';
import { branchOver, type Client, type Region, seedRegion, TestPlatform } from './support/platform';
import { registerMerchant } from './support/merchants';
import { declaredRoutes } from '@gongjian/runtime';
import { checklistAnswers } from './support/sites';

/**
 * The authorization matrix (DESIGN §4): every write route, every role, inside and outside its
 * scope. All targets lie in community A (`region.communityId`); "community B" is an admin of the
 * neighbouring community. A refused request appends nothing.
 */
type Role =
  | 'anonymous'
  | 'district'
  | 'street'
  | 'communityA'
  | 'communityB'
  | 'unit'
  | 'member'
  | 'auditor'
  | 'gridWorker'
  | 'gridWorkerB'
  | 'resident';
/**
 * `gridWorker`: a grid worker (issue 18) whose running term names the region's grid; `gridWorkerB`:
 * the grid worker of another grid of community A — the insider next door.
 */
const ROLES: Role[] = [
  'anonymous',
  'district',
  'street',
  'communityA',
  'communityB',
  'unit',
  'member',
  'auditor',
  'resident',
  'gridWorker',
  'gridWorkerB',
];

interface Route {
  name: string;
  /** Creates what the request needs, as the bootstrap admin; returns ids for `send`. */
  setup?: (r: Region, n: number) => Promise<Record<string, string>>;
  send: (c: Client, r: Region, ids: Record<string, string>, n: number) => ReturnType<Client['post']>;
  /** Roles allowed (2xx); everyone else gets 403, anonymous 401. Default: the three admins in scope. */
  allowed?: Role[];
}

const ADMINS: Role[] = ['district', 'street', 'communityA'];
/** the households of the region's grid (issue 18): its admins and its grid worker */
const GRID_KEEPERS: Role[] = [...ADMINS, 'gridWorker'];
/** the organisers of an activity of the region's grid (issue 18): its admins and its grid worker */
const ORGANISERS_OF_GRID: Role[] = [...ADMINS, 'gridWorker'];
const t = new TestPlatform();
/**
 * The people who act for themselves: the `member` account is linked to `self.memberId` (a member
 * of community A's grid), the `resident` account registered itself as `self.residentId`. Rows
 * about them are allowed to them (and the organisers); rows about anyone else refuse them.
 */
const self = { memberId: '', residentId: '' };
let clients: Record<Role, Client>;
/** the street's alliance merchant, where the rows redeem */
let shop = '';

/** A member of a grid of community A, employed by the region's unit (registered by the bootstrap admin). */
const memberIn = async (r: Region, n: number) =>
  id(
    await r.root
      .post('/members')
      .send({
        name: `党员${n}`,
        phone: '13900000000',
        branchId: r.branchId,
        joinedPartyOn: '2010-07-01',
        employerUnitId: r.unitId,
      })
      .expect(201),
  );

/** The party branch of a fresh grid of community B (a member's branch, issue 18). */
async function gridOfB(r: Region, n: number): Promise<string> {
  const grid = id(
    await r.root
      .post('/organizations')
      .send({ name: `三社区网格${n}`, kind: 'grid', parentId: r.otherCommunityId })
      .expect(201),
  );
  return branchOver(r.root, grid, `三社区网格${n}党支部`);
}
/** A pending 组织关系转接 of a member of community B into community A, asked by B (A's side accepts). */
async function pendingIntoA(r: Region, n: number): Promise<Record<string, string>> {
  const gridB = await gridOfB(r, n);
  const m = id(
    await r.root
      .post('/members')
      .send({ name: `党员${n}`, phone: '13900000000', branchId: gridB, joinedPartyOn: '2010-07-01' })
      .expect(201),
  );
  await r.otherCommunityAdmin.post(`/members/${m}/transfer`).send({ toBranchId: r.branchId }).expect(200);
  return { m };
}

/** A pending 双报到 of member `m` of community A to community B, asked by A (B's side confirms). */
async function pendingIntoB(r: Region, m: string): Promise<Record<string, string>> {
  await r.communityAdmin.post(`/members/${m}/community-report`).send({ communityId: r.otherCommunityId }).expect(200);
  return { m };
}
/** The self member with no report made or waiting (whatever an earlier row left). */
async function clearSelfReport(r: Region): Promise<void> {
  await r.root.post(`/members/${self.memberId}/community-report/cancel`);
  await r.root.delete(`/members/${self.memberId}/community-report`);
}
/** A micro-wish of community A claimed for the self member (by the bootstrap admin). */
async function wishOfSelf(r: Region, n: number): Promise<string> {
  const w = await wishIn(r, n);
  await r.root.post(`/micro-wishes/${w}/claim`).send({ memberId: self.memberId }).expect(200);
  return w;
}

const activityBody = (r: Region, n: number) => ({
  title: `助老${n}`,
  orgId: r.gridId,
  category: 'elderly_care',
  startsAt: new Date(Date.now() - 3_600_000).toISOString(),
  endsAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
  slots: 5,
  pointsPerHour: 10,
});
const activityIn = async (r: Region, n: number) =>
  id(
    await r.root
      .post('/activities')
      .send({ ...activityBody(r, n), openTo: ['members', 'residents', 'organisations'] })
      .expect(201),
  );
/** A resident of community A registered by the bootstrap admin with a signed form. */
const residentIn = async (r: Region, n: number) =>
  id(
    await r.root
      .post('/residents')
      .send({
        name: `居民${n}`,
        phone: `1370000${String(n).padStart(4, '0')}`,
        communityId: r.communityId,
        consent: true,
        consentedOn: '2026-11-01',
      })
      .expect(201),
  );
/** An activity both self accounts signed up for (by the bootstrap admin), and its check-in code now. */
async function signedUpSelves(r: Region, n: number): Promise<Record<string, string>> {
  const a = await activityIn(r, n);
  await r.root.post(`/activities/${a}/signups`).send({ memberId: self.memberId }).expect(201);
  await r.root.post(`/activities/${a}/signups`).send({ residentId: self.residentId }).expect(201);
  return { a, code: (await r.root.get(`/activities/${a}/check-in-code`).expect(200)).body.code };
}
const teamIn = async (r: Region, n: number) =>
  id(
    await r.root
      .post('/teams')
      .send({ name: `队${n}`, orgId: r.communityId })
      .expect(201),
  );
/** A micro-wish of community A, taken as far as `until` by the bootstrap admin. */
async function wishIn(r: Region, n: number, until?: 'claim' | 'fulfil'): Promise<string> {
  const w = id(
    await r.root
      .post('/micro-wishes')
      .send({ communityId: r.communityId, title: `心愿${n}` })
      .expect(201),
  );
  if (!until) return w;
  await r.root
    .post(`/micro-wishes/${w}/claim`)
    .send({ memberId: await memberIn(r, n) })
    .expect(200);
  if (until === 'fulfil') await r.root.post(`/micro-wishes/${w}/fulfil`).send({}).expect(200);
  return w;
}

/** Points for a member, from a verified-hours event of the volunteering service. */
async function memberWithPoints(r: Region, n: number): Promise<Record<string, string>> {
  const m = await memberIn(r, n);
  const event = toProposed(
    {
      type: VOLUNTEERING_EVENTS.hoursVerified,
      data: {
        activityId: `a${n}`,
        memberId: m,
        orgId: r.communityId,
        category: 'elderly_care',
        hours: 2,
        pointsPerHour: 10,
        verifiedAt: new Date().toISOString(),
      },
    },
    { actor: { accountId: 'organiser', role: 'community_admin', orgId: r.communityId }, correlationId: `c${n}` },
  );
  await t.platform.inspect.store.append(`volunteering.activity-a${n}`, [event], 'no_stream');
  for (let i = 0; i < 200; i++) {
    if ((await r.root.get(`/members/${m}`).expect(200)).body.points === 20) return { m };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('points were not awarded');
}
const need = (communityId: string) => ({
  communityId,
  title: '助老',
  category: 'elderly_care',
  tags: [],
  quantity: { amount: 5, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2027-12-31' },
  urgency: 'normal',
});

const id = (res: { body: { id: string } }) => res.body.id;
const grid = async (r: Region, n: number) =>
  id(
    await r.root
      .post('/organizations')
      .send({ name: `G${n}`, kind: 'grid', parentId: r.communityId })
      .expect(201),
  );
const unit = async (r: Region, n: number) =>
  id(
    await r.root
      .post('/units')
      .send({ name: `U${n}`, sector: 'private_enterprise', locatedIn: r.communityId })
      .expect(201),
  );

/*
 * Two-party relationships (issue 16 item 9): the organisation side (admins over the grid,
 * community or street) and the unit side (the unit's contact, admins over where it is located).
 * These fixtures pair the region's unit (in community A) with places of community B or of a fresh
 * community of the street, so that one side, and not the other, made the proposal.
 */
const gridOf = async (r: Region, n: number, communityId: string) =>
  id(
    await r.root
      .post('/organizations')
      .send({ name: `GB${n}`, kind: 'grid', parentId: communityId })
      .expect(201),
  );
const communityOf = async (r: Region, n: number) =>
  id(
    await r.root
      .post('/organizations')
      .send({ name: `社区${n}`, kind: 'community', parentId: r.streetId })
      .expect(201),
  );
/** A pairing of the region's unit with a fresh grid of community B, proposed by one side. */
async function pairingProposedBy(r: Region, n: number, side: 'organization' | 'unit'): Promise<Record<string, string>> {
  const g = await gridOf(r, n, r.otherCommunityId);
  const proposer = side === 'unit' ? r.unitContact : r.otherCommunityAdmin;
  const res = await proposer.post('/pairings').send({ unitId: r.unitId, orgId: g }).expect(201);
  expect(res.body.status).toBe('proposed');
  return { p: id(res) };
}
/** The region's unit proposed for the joint meeting of a fresh community: applied, or invited by its admin. */
async function membershipProposedBy(
  r: Region,
  n: number,
  side: 'organization' | 'unit',
): Promise<Record<string, string>> {
  const x = await communityOf(r, n);
  let proposer = r.unitContact;
  if (side === 'organization') {
    const username = `x-admin-${n}`;
    await r.root
      .post('/accounts')
      .send({ username, password: `${username}-password`, role: 'community_admin', orgId: x })
      .expect(201);
    proposer = await t.login(username, `${username}-password`);
  }
  const res = await proposer.post(`/organizations/${x}/joint-meeting/members`).send({ unitId: r.unitId }).expect(201);
  expect(res.body.pending).toMatchObject([{ unitId: r.unitId, proposedBy: side }]);
  return { x };
}

/*
 * The grid tier (issue 18): a building of the region's grid, its households, a 联建单元 of ten, a
 * party group of the region's branch, a 党员中心户.
 */
let building: string | null = null;
async function buildingOf(r: Region): Promise<string> {
  building ??= id(
    await r.root.post('/organizations').send({ name: '1号楼', kind: 'building', parentId: r.gridId }).expect(201),
  );
  return building;
}
const householdIn = async (r: Region, label: string) =>
  id(
    await r.root
      .post('/households')
      .send({ label, areaId: await buildingOf(r) })
      .expect(201),
  );
async function householdUnitIn(r: Region, n: number): Promise<Record<string, string>> {
  const households: string[] = [];
  for (let i = 1; i <= 10; i++) households.push(await householdIn(r, `单元${n}-${i}`));
  const u = id(
    await r.root
      .post('/household-units')
      .send({ name: `联建单元${n}`, areaId: await buildingOf(r), householdIds: households })
      .expect(201),
  );
  return { u, h: households[0] };
}
const partyGroupIn = async (r: Region, n: number) =>
  id(
    await r.root
      .post('/party-organizations')
      .send({ kind: 'party_group', name: `党小组${n}`, parentId: r.branchId, covers: [] })
      .expect(201),
  );
/** A fresh grid of community A and the branch over it (单独建). */
async function branchIn(r: Region, n: number): Promise<Record<string, string>> {
  const g = await grid(r, n);
  return { g, b: await branchOver(r.root, g, `网格${n}党支部`) };
}
const centralHouseholdIn = async (r: Region, n: number) => {
  const m = await memberIn(r, n);
  await r.root
    .post('/central-households')
    .send({ memberId: m, householdIds: [await householdIn(r, `中心户${n}`)] })
    .expect(201);
  return { m };
};

/** A member account of community A (made by the bootstrap admin), for the account lifecycle rows. */
async function memberAccount(r: Region, username: string): Promise<Record<string, string>> {
  await r.root
    .post('/accounts')
    .send({ username, password: 'a-long-password', role: 'member', orgId: r.communityId })
    .expect(201);
  return { username };
}

const offerBody = (unitId: string, area: string) => ({
  unitId,
  title: '志愿服务',
  category: 'elderly_care',
  tags: [],
  capacity: { amount: 5, unit: 'person_hours' },
  window: { from: '2026-11-01', to: '2027-12-31' },
  serviceArea: [area],
});

/** A fresh pending proposal in community A (a need, an offer, a run as the bootstrap admin). */
async function proposalFor(r: Region): Promise<Record<string, string>> {
  const n = id(await r.root.post('/needs').send(need(r.communityId)).expect(201));
  // enough capacity for every open need of the community, so this need surely gets a proposal
  await r.root
    .post('/offers')
    .send({ ...offerBody(r.unitId, r.communityId), capacity: { amount: 100_000, unit: 'person_hours' } })
    .expect(201);
  const run = await r.root.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201);
  return { p: run.body.proposals.find((p: { needId: string }) => p.needId === n).id };
}

/** A project from a proposal both sides accepted, advanced by `steps`. */
async function projectFor(r: Region, steps: Array<'start' | 'complete'>): Promise<Record<string, string>> {
  const { p } = await proposalFor(r);
  await r.root.post(`/proposals/${p}/accept`).send({ side: 'community' }).expect(200);
  const accepted = await r.root.post(`/proposals/${p}/accept`).send({ side: 'unit' }).expect(200);
  const project = accepted.body.projectId as string;
  for (const step of steps) {
    // start takes no body; complete takes the report
    await r.root
      .post(`/projects/${project}/${step}`)
      .send(step === 'complete' ? { report: '完成' } : {})
      .expect(200);
  }
  return { project };
}

const ROUTES: Route[] = [
  {
    name: 'POST /organizations',
    send: (c, r, _, n) => c.post('/organizations').send({ name: `新网格${n}`, kind: 'grid', parentId: r.communityId }),
  },
  {
    name: 'POST /organizations/:id/rename',
    setup: async (r, n) => ({ g: await grid(r, n) }),
    send: (c, _, ids, n) => c.post(`/organizations/${ids.g}/rename`).send({ name: `改${n}` }),
  },
  {
    name: 'POST /organizations/:id/move',
    setup: async (r, n) => ({ g: await grid(r, n) }),
    send: (c, r, ids) => c.post(`/organizations/${ids.g}/move`).send({ parentId: r.otherCommunityId }),
    allowed: ['district', 'street'],
  },
  {
    name: 'POST /organizations/:id/dissolve',
    setup: async (r, n) => ({ g: await grid(r, n) }),
    send: (c, _, ids) => c.post(`/organizations/${ids.g}/dissolve`).send({}),
  },
  {
    name: 'POST /units',
    send: (c, r, _, n) =>
      c.post('/units').send({ name: `单位${n}`, sector: 'state_enterprise', locatedIn: r.communityId }),
  },
  {
    name: 'PATCH /units/:id',
    setup: async (r, n) => ({ u: await unit(r, n) }),
    send: (c, _, ids, n) => c.patch(`/units/${ids.u}`).send({ name: `改名${n}`, sector: 'other' }),
  },
  {
    // a move needs an admin over both places: community A's admin holds only the old one
    name: 'PATCH /units/:id (moved to community B)',
    setup: async (r, n) => ({ u: await unit(r, n) }),
    send: (c, r, ids) => c.patch(`/units/${ids.u}`).send({ locatedIn: r.otherCommunityId }),
    allowed: ['district', 'street'],
  },
  {
    name: 'POST /pairings',
    setup: async (r, n) => ({ u: await unit(r, n), g: await grid(r, n) }),
    send: (c, _, ids) => c.post('/pairings').send({ unitId: ids.u, orgId: ids.g }),
  },
  {
    // the unit side proposes (unit contact, community A), admins over both pair at once
    name: 'POST /pairings (unit side)',
    setup: async (r, n) => ({ g: await grid(r, n) }),
    send: (c, r, ids) => c.post('/pairings').send({ unitId: r.unitId, orgId: ids.g }),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /pairings/:id/confirm (organization side)',
    setup: (r, n) => pairingProposedBy(r, n, 'unit'),
    send: (c, _, ids) => c.post(`/pairings/${ids.p}/confirm`),
    allowed: ['district', 'street', 'communityB'],
  },
  {
    name: 'POST /pairings/:id/confirm (unit side)',
    setup: (r, n) => pairingProposedBy(r, n, 'organization'),
    send: (c, _, ids) => c.post(`/pairings/${ids.p}/confirm`),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /pairings/:id/decline (organization side)',
    setup: (r, n) => pairingProposedBy(r, n, 'unit'),
    send: (c, _, ids) => c.post(`/pairings/${ids.p}/decline`),
    allowed: ['district', 'street', 'communityB'],
  },
  {
    name: 'POST /pairings/:id/decline (unit side)',
    setup: (r, n) => pairingProposedBy(r, n, 'organization'),
    send: (c, _, ids) => c.post(`/pairings/${ids.p}/decline`),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /pairings/:id/withdraw (organization side)',
    setup: (r, n) => pairingProposedBy(r, n, 'organization'),
    send: (c, _, ids) => c.post(`/pairings/${ids.p}/withdraw`),
    allowed: ['district', 'street', 'communityB'],
  },
  {
    name: 'POST /pairings/:id/withdraw (unit side)',
    setup: (r, n) => pairingProposedBy(r, n, 'unit'),
    send: (c, _, ids) => c.post(`/pairings/${ids.p}/withdraw`),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'DELETE /pairings/:id',
    setup: async (r, n) => {
      const [u, g] = [await unit(r, n), await grid(r, n)];
      return { p: id(await r.root.post('/pairings').send({ unitId: u, orgId: g }).expect(201)) };
    },
    send: (c, _, ids) => c.delete(`/pairings/${ids.p}`),
  },
  {
    // either side ends a pairing: community B over the grid, community A and the contact over the unit
    name: 'DELETE /pairings/:id (either side)',
    setup: async (r, n) => {
      const g = await gridOf(r, n, r.otherCommunityId);
      return { p: id(await r.root.post('/pairings').send({ unitId: r.unitId, orgId: g }).expect(201)) };
    },
    send: (c, _, ids) => c.delete(`/pairings/${ids.p}`),
    allowed: [...ADMINS, 'communityB', 'unit'],
  },
  {
    name: 'POST /organizations/:id/joint-meeting/members',
    setup: async (r, n) => ({ u: await unit(r, n) }),
    send: (c, r, ids) => c.post(`/organizations/${r.communityId}/joint-meeting/members`).send({ unitId: ids.u }),
  },
  {
    // the unit side applies to the joint meeting of a community of the street
    name: 'POST /organizations/:id/joint-meeting/members (unit side)',
    setup: async (r, n) => ({ x: await communityOf(r, n) }),
    send: (c, r, ids) => c.post(`/organizations/${ids.x}/joint-meeting/members`).send({ unitId: r.unitId }),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /organizations/:id/joint-meeting/members/:unitId/confirm (organization side)',
    setup: (r, n) => membershipProposedBy(r, n, 'unit'),
    send: (c, r, ids) => c.post(`/organizations/${ids.x}/joint-meeting/members/${r.unitId}/confirm`),
    allowed: ['district', 'street'],
  },
  {
    name: 'POST /organizations/:id/joint-meeting/members/:unitId/confirm (unit side)',
    setup: (r, n) => membershipProposedBy(r, n, 'organization'),
    send: (c, r, ids) => c.post(`/organizations/${ids.x}/joint-meeting/members/${r.unitId}/confirm`),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /organizations/:id/joint-meeting/members/:unitId/decline (organization side)',
    setup: (r, n) => membershipProposedBy(r, n, 'unit'),
    send: (c, r, ids) => c.post(`/organizations/${ids.x}/joint-meeting/members/${r.unitId}/decline`),
    allowed: ['district', 'street'],
  },
  {
    name: 'POST /organizations/:id/joint-meeting/members/:unitId/decline (unit side)',
    setup: (r, n) => membershipProposedBy(r, n, 'organization'),
    send: (c, r, ids) => c.post(`/organizations/${ids.x}/joint-meeting/members/${r.unitId}/decline`),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /organizations/:id/joint-meeting/members/:unitId/withdraw (unit side)',
    setup: (r, n) => membershipProposedBy(r, n, 'unit'),
    send: (c, r, ids) => c.post(`/organizations/${ids.x}/joint-meeting/members/${r.unitId}/withdraw`),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /organizations/:id/joint-meeting/members/:unitId/withdraw (organization side)',
    setup: (r, n) => membershipProposedBy(r, n, 'organization'),
    send: (c, r, ids) => c.post(`/organizations/${ids.x}/joint-meeting/members/${r.unitId}/withdraw`),
    allowed: ['district', 'street'],
  },
  {
    name: 'DELETE /organizations/:id/joint-meeting/members/:unitId',
    setup: async (r, n) => {
      const u = await unit(r, n);
      await r.root.post(`/organizations/${r.communityId}/joint-meeting/members`).send({ unitId: u }).expect(201);
      return { u };
    },
    send: (c, r, ids) => c.delete(`/organizations/${r.communityId}/joint-meeting/members/${ids.u}`).send({}),
  },
  {
    // either side records leaving: the unit side of the region's unit, in a community of the street
    name: 'DELETE /organizations/:id/joint-meeting/members/:unitId (unit side)',
    setup: async (r, n) => {
      const x = await communityOf(r, n);
      await r.root.post(`/organizations/${x}/joint-meeting/members`).send({ unitId: r.unitId }).expect(201);
      return { x };
    },
    send: (c, r, ids) => c.delete(`/organizations/${ids.x}/joint-meeting/members/${r.unitId}`).send({}),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /organizations/:id/part-time-members',
    setup: async (r, n) => ({ u: await unit(r, n) }),
    send: (c, r, ids) =>
      c
        .post(`/organizations/${r.communityId}/part-time-members`)
        .send({ unitId: ids.u, personName: '张三', position: '委员', term: { from: '2026-01-01', to: '2027-12-31' } }),
  },
  {
    name: 'POST /organizations/:id/part-time-members/:appointmentId/end',
    setup: async (r, n) => {
      const u = await unit(r, n);
      const res = await r.root
        .post(`/organizations/${r.communityId}/part-time-members`)
        .send({ unitId: u, personName: '李四', position: '委员', term: { from: '2026-01-01', to: '2027-12-31' } })
        .expect(201);
      return { a: res.body.items.find((p: { unitId: string }) => p.unitId === u).appointmentId };
    },
    send: (c, r, ids) => c.post(`/organizations/${r.communityId}/part-time-members/${ids.a}/end`),
  },
  {
    // either side ends an appointment: the unit recalls its person from a community of the street
    name: 'POST /organizations/:id/part-time-members/:appointmentId/end (unit side)',
    setup: async (r, n) => {
      const x = await communityOf(r, n);
      const res = await r.root
        .post(`/organizations/${x}/part-time-members`)
        .send({
          unitId: r.unitId,
          personName: '王五',
          position: '委员',
          term: { from: '2026-01-01', to: '2027-12-31' },
        })
        .expect(201);
      return { x, a: res.body.items[0].appointmentId };
    },
    send: (c, _, ids) => c.post(`/organizations/${ids.x}/part-time-members/${ids.a}/end`),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /service-sites',
    send: (c, r, _, n) => c.post('/service-sites').send({ orgId: r.communityId, name: `服务站${n}`, level: 'station' }),
  },
  {
    name: 'POST /service-sites/:id/ratings',
    setup: async (r, n) => ({
      s: id(
        await r.root
          .post('/service-sites')
          .send({ orgId: r.communityId, name: `站${n}`, level: 'station' })
          .expect(201),
      ),
    }),
    send: (c, _, ids) =>
      c
        .post(`/service-sites/${ids.s}/ratings`)
        .send({ year: 2025, stars: 3, reason: '年度评定', items: checklistAnswers('station') }),
    allowed: ['district', 'street'],
  },
  {
    // seed 002: 四星级以上由区层面考评 — the street rates up to three stars
    name: 'POST /service-sites/:id/ratings (four stars)',
    setup: async (r, n) => ({
      s: id(
        await r.root
          .post('/service-sites')
          .send({ orgId: r.communityId, name: `四星站${n}`, level: 'station' })
          .expect(201),
      ),
    }),
    send: (c, _, ids) =>
      c
        .post(`/service-sites/${ids.s}/ratings`)
        .send({ year: 2025, stars: 4, reason: '年度评定', items: checklistAnswers('station') }),
    allowed: ['district'],
  },
  {
    name: 'POST /accounts',
    send: (c, r, _, n) =>
      c
        .post('/accounts')
        .send({ username: `member-${n}`, password: 'a-long-password', role: 'member', orgId: r.communityId }),
  },
  {
    name: 'POST /accounts/:username/disable',
    setup: (r, n) => memberAccount(r, `disable-${n}`),
    send: (c, _, ids) => c.post(`/accounts/${ids.username}/disable`),
  },
  {
    name: 'POST /accounts/:username/enable',
    setup: async (r, n) => {
      const ids = await memberAccount(r, `enable-${n}`);
      await r.root.post(`/accounts/${ids.username}/disable`).expect(200);
      return ids;
    },
    send: (c, _, ids) => c.post(`/accounts/${ids.username}/enable`),
  },
  {
    name: 'POST /accounts/:username/password-reset',
    setup: (r, n) => memberAccount(r, `reset-${n}`),
    send: (c, _, ids) =>
      c.post(`/accounts/${ids.username}/password-reset`).send({ temporaryPassword: 'temporary-pw-1' }),
  },
  { name: 'POST /needs', send: (c, r) => c.post('/needs').send(need(r.communityId)) },
  {
    name: 'PATCH /needs/:id',
    setup: async (r) => ({ need: id(await r.root.post('/needs').send(need(r.communityId)).expect(201)) }),
    send: (c, _, ids) => c.patch(`/needs/${ids.need}`).send({ urgency: 'critical' }),
  },
  {
    name: 'POST /needs/:id/cancel',
    setup: async (r) => ({ need: id(await r.root.post('/needs').send(need(r.communityId)).expect(201)) }),
    send: (c, _, ids) => c.post(`/needs/${ids.need}/cancel`).send({}),
  },
  {
    name: 'POST /offers',
    send: (c, r) => c.post('/offers').send(offerBody(r.unitId, r.communityId)),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'PATCH /offers/:id',
    setup: async (r) => ({ o: id(await r.root.post('/offers').send(offerBody(r.unitId, r.communityId)).expect(201)) }),
    send: (c, _, ids) => c.patch(`/offers/${ids.o}`).send({ title: '改后的资源' }),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /offers/:id/withdraw',
    setup: async (r) => ({ o: id(await r.root.post('/offers').send(offerBody(r.unitId, r.communityId)).expect(201)) }),
    send: (c, _, ids) => c.post(`/offers/${ids.o}/withdraw`).send({}),
    allowed: [...ADMINS, 'unit'],
  },
  { name: 'POST /matching/runs', send: (c, r) => c.post('/matching/runs').send({ scopeOrgId: r.communityId }) },
  {
    name: 'POST /proposals/:id/accept (community side)',
    setup: (r) => proposalFor(r),
    send: (c, _, ids) => c.post(`/proposals/${ids.p}/accept`).send({ side: 'community' }),
  },
  {
    name: 'POST /proposals/:id/accept (unit side)',
    setup: (r) => proposalFor(r),
    send: (c, _, ids) => c.post(`/proposals/${ids.p}/accept`).send({ side: 'unit' }),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /proposals/:id/reject (community side)',
    setup: (r) => proposalFor(r),
    send: (c, _, ids) => c.post(`/proposals/${ids.p}/reject`).send({ side: 'community' }),
  },
  {
    name: 'POST /projects/:id/start',
    setup: (r) => projectFor(r, []),
    send: (c, _, ids) => c.post(`/projects/${ids.project}/start`),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /projects/:id/complete',
    setup: (r) => projectFor(r, ['start']),
    send: (c, _, ids) => c.post(`/projects/${ids.project}/complete`).send({ report: '已完成' }),
    allowed: [...ADMINS, 'unit'],
  },
  {
    name: 'POST /projects/:id/evaluations',
    setup: (r) => projectFor(r, ['start', 'complete']),
    send: (c, _, ids) => c.post(`/projects/${ids.project}/evaluations`).send({ score: 5 }),
  },
  {
    name: 'POST /members',
    send: (c, r, _, n) =>
      c
        .post('/members')
        .send({ name: `新党员${n}`, phone: '13900000001', branchId: r.branchId, joinedPartyOn: '2012-07-01' }),
  },
  {
    name: 'POST /members/:id/transfer',
    setup: async (r, n) => ({ m: await memberIn(r, n) }),
    send: (c, r, ids) => c.post(`/members/${ids.m}/transfer`).send({ toBranchId: r.unitId }),
  },
  {
    // into community B: community A asks (out), community B asks (pulls in), an admin over both moves at once
    name: 'POST /members/:id/transfer (into community B)',
    setup: async (r, n) => ({ m: await memberIn(r, n), g: await gridOfB(r, n) }),
    send: (c, _, ids) => c.post(`/members/${ids.m}/transfer`).send({ toBranchId: ids.g }),
    allowed: [...ADMINS, 'communityB'],
  },
  {
    // community B asked: the admins over community A's grid accept; B may not accept its own request
    name: 'POST /members/:id/transfer/accept',
    setup: pendingIntoA,
    send: (c, _, ids) => c.post(`/members/${ids.m}/transfer/accept`),
  },
  {
    name: 'POST /members/:id/transfer/decline',
    setup: pendingIntoA,
    send: (c, _, ids) => c.post(`/members/${ids.m}/transfer/decline`).send({ reason: '不在本网格' }),
  },
  {
    // community A asked to move its member into community B: A's side (and above) may cancel
    name: 'POST /members/:id/transfer/cancel',
    setup: async (r, n) => {
      const m = await memberIn(r, n);
      const g = await gridOfB(r, n);
      await r.communityAdmin.post(`/members/${m}/transfer`).send({ toBranchId: g }).expect(200);
      return { m };
    },
    send: (c, _, ids) => c.post(`/members/${ids.m}/transfer/cancel`),
  },
  {
    name: 'POST /members/:id/status',
    setup: async (r, n) => ({ m: await memberIn(r, n) }),
    send: (c, _, ids) => c.post(`/members/${ids.m}/status`).send({ status: 'floating', reason: '外出务工' }),
  },
  {
    name: 'POST /members/:id/community-report',
    setup: async (r, n) => ({ m: await memberIn(r, n) }),
    send: (c, r, ids) => c.post(`/members/${ids.m}/community-report`).send({ communityId: r.communityId }),
  },
  {
    // issue 16: the receiving community (B) may not name itself for a member of A
    name: 'POST /members/:id/community-report (to community B)',
    setup: async (r, n) => ({ m: await memberIn(r, n) }),
    send: (c, r, ids) => c.post(`/members/${ids.m}/community-report`).send({ communityId: r.otherCommunityId }),
  },
  {
    // the member asks for itself (issue 18); the district and the street, over community B too,
    // make the report at once; community A, the branch's, asks and B confirms
    name: 'POST /members/:id/community-report (the member for itself, to community B)',
    setup: async (r) => {
      await clearSelfReport(r);
      return {};
    },
    send: (c, r) => c.post(`/members/${self.memberId}/community-report`).send({ communityId: r.otherCommunityId }),
    allowed: [...ADMINS, 'member'],
  },
  {
    // asked by community A (the branch's): only the community it is addressed to (and above) decides
    name: 'POST /members/:id/community-report/confirm',
    setup: async (r, n) => pendingIntoB(r, await memberIn(r, n)),
    send: (c, _, ids) => c.post(`/members/${ids.m}/community-report/confirm`),
    allowed: ['district', 'street', 'communityB'],
  },
  {
    name: 'POST /members/:id/community-report/confirm (addressed to community A)',
    setup: async (r, n) => {
      const m = id(
        await r.root
          .post('/members')
          .send({
            name: `党员${n}`,
            phone: '13900000000',
            branchId: await gridOfB(r, n),
            joinedPartyOn: '2010-07-01',
            employerUnitId: r.unitId,
          })
          .expect(201),
      );
      await r.otherCommunityAdmin
        .post(`/members/${m}/community-report`)
        .send({ communityId: r.communityId })
        .expect(200);
      return { m };
    },
    send: (c, _, ids) => c.post(`/members/${ids.m}/community-report/confirm`),
  },
  {
    name: 'POST /members/:id/community-report/decline',
    setup: async (r, n) => pendingIntoB(r, await memberIn(r, n)),
    send: (c, _, ids) => c.post(`/members/${ids.m}/community-report/decline`).send({ reason: '不住本社区' }),
    allowed: ['district', 'street', 'communityB'],
  },
  {
    // the asker's side cancels: the branch's admins; the receiving community declines instead
    name: 'POST /members/:id/community-report/cancel',
    setup: async (r, n) => pendingIntoB(r, await memberIn(r, n)),
    send: (c, _, ids) => c.post(`/members/${ids.m}/community-report/cancel`),
  },
  {
    name: 'POST /members/:id/community-report/cancel (the member its own request)',
    setup: async (r) => {
      await clearSelfReport(r);
      return pendingIntoB(r, self.memberId);
    },
    send: (c, _, ids) => c.post(`/members/${ids.m}/community-report/cancel`),
    allowed: [...ADMINS, 'member'],
  },
  {
    name: 'DELETE /members/:id/community-report',
    setup: async (r, n) => {
      const m = await memberIn(r, n);
      await r.root.post(`/members/${m}/community-report`).send({ communityId: r.communityId }).expect(200);
      return { m };
    },
    send: (c, _, ids) => c.delete(`/members/${ids.m}/community-report`),
  },
  {
    // the receiving community may end a report made to it (the member moved away)
    name: 'DELETE /members/:id/community-report (made to community B)',
    setup: async (r, n) => {
      const m = await memberIn(r, n);
      await r.root.post(`/members/${m}/community-report`).send({ communityId: r.otherCommunityId }).expect(200);
      return { m };
    },
    send: (c, _, ids) => c.delete(`/members/${ids.m}/community-report`),
    allowed: [...ADMINS, 'communityB'],
  },
  {
    name: 'POST /members/:id/redemptions',
    setup: memberWithPoints,
    send: (c, _, ids) => c.post(`/members/${ids.m}/redemptions`).send({ points: 5, merchantId: shop }),
  },
  {
    name: 'POST /activities',
    send: (c, r, _, n) => c.post('/activities').send(activityBody(r, n)),
  },
  {
    // another member: only the organisers; a member account never for another member
    name: 'POST /activities/:id/signups',
    setup: async (r, n) => ({ a: await activityIn(r, n), m: await memberIn(r, n) }),
    send: (c, _, ids) => c.post(`/activities/${ids.a}/signups`).send({ memberId: ids.m }),
  },
  {
    name: 'POST /activities/:id/signups (member for themself)',
    setup: async (r, n) => ({ a: await activityIn(r, n) }),
    send: (c, _, ids) => c.post(`/activities/${ids.a}/signups`).send({ memberId: self.memberId }),
    allowed: [...ADMINS, 'member'],
  },
  {
    name: 'POST /activities/:id/signups (another resident)',
    setup: async (r, n) => ({ a: await activityIn(r, n), resident: await residentIn(r, n) }),
    send: (c, _, ids) => c.post(`/activities/${ids.a}/signups`).send({ residentId: ids.resident }),
  },
  {
    name: 'POST /activities/:id/signups (resident for themself)',
    setup: async (r, n) => ({ a: await activityIn(r, n) }),
    send: (c, _, ids) => c.post(`/activities/${ids.a}/signups`).send({ residentId: self.residentId }),
    allowed: [...ADMINS, 'resident'],
  },
  {
    // a social organisation other than the region's unit: its own contact is not among the roles
    name: 'POST /activities/:id/signups (social organisation)',
    setup: async (r, n) => ({
      a: await activityIn(r, n),
      u: id(
        await r.root
          .post('/units')
          .send({ name: `协会${n}`, sector: 'social_organization', locatedIn: r.communityId })
          .expect(201),
      ),
    }),
    send: (c, _, ids) => c.post(`/activities/${ids.a}/signups`).send({ unitId: ids.u, headcount: 2 }),
  },
  {
    name: 'DELETE /activities/:id/signups/:volunteerId',
    setup: async (r, n) => {
      const [a, m] = [await activityIn(r, n), await memberIn(r, n)];
      await r.root.post(`/activities/${a}/signups`).send({ memberId: m }).expect(201);
      return { a, m };
    },
    send: (c, _, ids) => c.delete(`/activities/${ids.a}/signups/${ids.m}`),
  },
  {
    name: 'DELETE /activities/:id/signups/:volunteerId (member for themself)',
    setup: async (r, n) => {
      const a = await activityIn(r, n);
      await r.root.post(`/activities/${a}/signups`).send({ memberId: self.memberId }).expect(201);
      return { a };
    },
    send: (c, _, ids) => c.delete(`/activities/${ids.a}/signups/${self.memberId}`),
    allowed: [...ADMINS, 'member'],
  },
  {
    name: 'DELETE /activities/:id/signups/:volunteerId (resident for themself)',
    setup: async (r, n) => {
      const a = await activityIn(r, n);
      await r.root.post(`/activities/${a}/signups`).send({ residentId: self.residentId }).expect(201);
      return { a };
    },
    send: (c, _, ids) => c.delete(`/activities/${ids.a}/signups/${self.residentId}`),
    allowed: [...ADMINS, 'resident'],
  },
  {
    name: 'POST /activities/:id/attendance',
    setup: async (r, n) => {
      const [a, m] = [await activityIn(r, n), await memberIn(r, n)];
      await r.root.post(`/activities/${a}/signups`).send({ memberId: m }).expect(201);
      return { a, m };
    },
    send: (c, _, ids) => c.post(`/activities/${ids.a}/attendance`).send({ memberId: ids.m, hours: 1 }),
    // an activity of the grid: its grid worker organises it too (docs/DECISIONS.md 71), not the one next door
    allowed: ORGANISERS_OF_GRID,
  },
  {
    // an activity of the whole community: no grid worker's
    name: 'POST /activities/:id/attendance (an activity of the community)',
    setup: async (r, n) => {
      const a = id(
        await r.root
          .post('/activities')
          .send({ ...activityBody(r, n), orgId: r.communityId })
          .expect(201),
      );
      const m = await memberIn(r, n);
      await r.root.post(`/activities/${a}/signups`).send({ memberId: m }).expect(201);
      return { a, m };
    },
    send: (c, _, ids) => c.post(`/activities/${ids.a}/attendance`).send({ memberId: ids.m, hours: 1 }),
  },
  {
    // the organisers record a person's hours, never the person: not even their own
    name: 'POST /activities/:id/attendance (their own)',
    setup: signedUpSelves,
    send: (c, _, ids) => c.post(`/activities/${ids.a}/attendance`).send({ residentId: self.residentId, hours: 1 }),
    allowed: ORGANISERS_OF_GRID,
  },
  {
    // 扫码签到: only a volunteer's own account, for itself (both are signed up)
    name: 'POST /activities/:id/check-in',
    setup: signedUpSelves,
    send: (c, _, ids) => c.post(`/activities/${ids.a}/check-in`).send({ code: ids.code }),
    allowed: ['member', 'resident'],
  },
  {
    name: 'POST /activities/:id/check-out',
    setup: async (r, n) => {
      const ids = await signedUpSelves(r, n);
      await clients.member.post(`/activities/${ids.a}/check-in`).send({ code: ids.code }).expect(200);
      await clients.resident.post(`/activities/${ids.a}/check-in`).send({ code: ids.code }).expect(200);
      return ids;
    },
    send: (c, _, ids) => c.post(`/activities/${ids.a}/check-out`).send({ code: ids.code }),
    allowed: ['member', 'resident'],
  },
  {
    name: 'POST /activities/:id/cancel',
    setup: async (r, n) => ({ a: await activityIn(r, n) }),
    send: (c, _, ids) => c.post(`/activities/${ids.a}/cancel`).send({ reason: '天气' }),
  },
  {
    name: 'POST /micro-wishes',
    send: (c, r, _, n) => c.post('/micro-wishes').send({ communityId: r.communityId, title: `心愿${n}` }),
  },
  {
    // a resident's wish of the region's grid: its grid worker posts it too (docs/DECISIONS.md 72)
    name: 'POST /micro-wishes (of a grid)',
    send: (c, r, _, n) =>
      c.post('/micro-wishes').send({ communityId: r.communityId, gridId: r.gridId, title: `心愿${n}` }),
    allowed: GRID_KEEPERS,
  },
  {
    name: 'POST /micro-wishes/:id/claim',
    setup: async (r, n) => ({ w: await wishIn(r, n), m: await memberIn(r, n) }),
    send: (c, _, ids) => c.post(`/micro-wishes/${ids.w}/claim`).send({ memberId: ids.m }),
  },
  {
    // issue 18: a member account claims for itself (and only itself: the row above)
    name: 'POST /micro-wishes/:id/claim (the member for itself)',
    setup: async (r, n) => ({ w: await wishIn(r, n) }),
    send: (c, _, ids) => c.post(`/micro-wishes/${ids.w}/claim`).send({ memberId: self.memberId }),
    allowed: [...ADMINS, 'member'],
  },
  {
    name: 'POST /micro-wishes/:id/release (its own claim)',
    setup: async (r, n) => ({ w: await wishOfSelf(r, n) }),
    send: (c, _, ids) => c.post(`/micro-wishes/${ids.w}/release`),
    allowed: [...ADMINS, 'member'],
  },
  {
    name: 'POST /micro-wishes/:id/fulfil (its own claim)',
    setup: async (r, n) => ({ w: await wishOfSelf(r, n) }),
    send: (c, _, ids) => c.post(`/micro-wishes/${ids.w}/fulfil`).send({ note: '完成' }),
    allowed: [...ADMINS, 'member'],
  },
  {
    // the community confirms, never the claimer
    name: 'POST /micro-wishes/:id/confirm (its own claim)',
    setup: async (r, n) => {
      const w = await wishOfSelf(r, n);
      await r.root.post(`/micro-wishes/${w}/fulfil`).send({}).expect(200);
      return { w };
    },
    send: (c, _, ids) => c.post(`/micro-wishes/${ids.w}/confirm`),
  },
  {
    name: 'POST /micro-wishes/:id/release',
    setup: async (r, n) => ({ w: await wishIn(r, n, 'claim') }),
    send: (c, _, ids) => c.post(`/micro-wishes/${ids.w}/release`),
  },
  {
    name: 'POST /micro-wishes/:id/fulfil',
    setup: async (r, n) => ({ w: await wishIn(r, n, 'claim') }),
    send: (c, _, ids) => c.post(`/micro-wishes/${ids.w}/fulfil`).send({ note: '完成' }),
  },
  {
    name: 'POST /micro-wishes/:id/confirm',
    setup: async (r, n) => ({ w: await wishIn(r, n, 'fulfil') }),
    send: (c, _, ids) => c.post(`/micro-wishes/${ids.w}/confirm`),
  },
  {
    name: 'POST /teams',
    send: (c, r, _, n) => c.post('/teams').send({ name: `服务队${n}`, orgId: r.communityId }),
  },
  {
    name: 'POST /teams/:id/members',
    setup: async (r, n) => ({ team: await teamIn(r, n), m: await memberIn(r, n) }),
    send: (c, _, ids) => c.post(`/teams/${ids.team}/members`).send({ memberId: ids.m }),
  },
  {
    name: 'DELETE /teams/:id/members/:memberId',
    setup: async (r, n) => {
      const [team, m] = [await teamIn(r, n), await memberIn(r, n)];
      await r.root.post(`/teams/${team}/members`).send({ memberId: m }).expect(200);
      return { team, m };
    },
    send: (c, _, ids) => c.delete(`/teams/${ids.team}/members/${ids.m}`),
  },
  {
    name: 'POST /rotations',
    setup: async (r, n) => ({ team: await teamIn(r, n) }),
    send: (c, r, ids, n) =>
      c.post('/rotations').send({ orgId: r.communityId, quarter: `${2100 + n}Q1`, teamIds: [ids.team] }),
  },
  {
    name: 'POST /residents',
    send: (c, r, _, n) =>
      c.post('/residents').send({
        name: `居民${n}`,
        phone: `1360000${String(n).padStart(4, '0')}`,
        communityId: r.gridId,
        consent: true,
        consentedOn: '2026-11-01',
      }),
  },
  {
    // another resident's consent: the admins over their community (the resident's own: check-in.e2e)
    name: 'POST /residents/:id/consent/withdraw',
    setup: async (r, n) => ({ resident: await residentIn(r, n) }),
    send: (c, _, ids) => c.post(`/residents/${ids.resident}/consent/withdraw`),
  },
  {
    name: 'DELETE /members/:id/personal-data',
    setup: async (r, n) => ({ m: await memberIn(r, n) }),
    send: (c, _, ids) => c.delete(`/members/${ids.m}/personal-data`),
  },
  // the grid tier (issue 18): party organisations and roles are the admins'; households also their grid worker's
  {
    name: 'POST /party-organizations',
    setup: async (r, n) => ({ g: await grid(r, n) }),
    send: (c, r, ids, n) =>
      c
        .post('/party-organizations')
        .send({ kind: 'branch', name: `支部${n}`, parentId: r.communityId, covers: [ids.g] }),
  },
  {
    name: 'POST /party-organizations/:id/rename',
    setup: branchIn,
    send: (c, _, ids, n) => c.post(`/party-organizations/${ids.b}/rename`).send({ name: `改名支部${n}` }),
  },
  {
    name: 'POST /party-organizations/:id/coverage',
    setup: async (r, n) => ({ ...(await branchIn(r, n)), g2: await grid(r, n + 10_000) }),
    send: (c, _, ids) => c.post(`/party-organizations/${ids.b}/coverage`).send({ covers: [ids.g, ids.g2] }),
  },
  {
    name: 'POST /party-organizations/:id/dissolve',
    setup: branchIn,
    send: (c, _, ids) => c.post(`/party-organizations/${ids.b}/dissolve`),
  },
  {
    name: 'POST /party-organizations/:id/members',
    setup: async (r, n) => ({ pg: await partyGroupIn(r, n), m: await memberIn(r, n) }),
    send: (c, _, ids) => c.post(`/party-organizations/${ids.pg}/members`).send({ memberId: ids.m }),
  },
  {
    name: 'DELETE /party-organizations/:id/members/:memberId',
    setup: async (r, n) => {
      const [pg, m] = [await partyGroupIn(r, n), await memberIn(r, n)];
      await r.root.post(`/party-organizations/${pg}/members`).send({ memberId: m }).expect(200);
      return { pg, m };
    },
    send: (c, _, ids) => c.delete(`/party-organizations/${ids.pg}/members/${ids.m}`),
  },
  {
    // 十员: the district's own list, set by its district admins
    name: 'POST /organizations/:id/grid-role-list',
    send: (c, r, _, n) =>
      c.post(`/organizations/${r.districtId}/grid-role-list`).send({ roles: [{ code: `role_${n}`, name: `员${n}` }] }),
    allowed: ['district'],
  },
  {
    name: 'POST /organizations/:id/grid-roles',
    setup: async (r, n) => ({ g: await grid(r, n) }),
    send: (c, _, ids, n) =>
      c
        .post(`/organizations/${ids.g}/grid-roles`)
        .send({ role: 'grid_leader', residentName: `网格长${n}`, startsOn: '2026-01-01' }),
  },
  {
    name: 'POST /organizations/:id/grid-roles/:assignmentId/end',
    setup: async (r, n) => {
      const g = await grid(r, n);
      const roster = await r.root
        .post(`/organizations/${g}/grid-roles`)
        .send({ role: 'grid_leader', residentName: `网格长${n}`, startsOn: '2026-01-01' })
        .expect(201);
      return { g, a: roster.body.terms[0].assignmentId };
    },
    send: (c, _, ids) => c.post(`/organizations/${ids.g}/grid-roles/${ids.a}/end`).send({ endsOn: '2026-06-30' }),
  },
  {
    name: 'POST /households',
    setup: async (r) => ({ b: await buildingOf(r) }),
    send: (c, _, ids, n) => c.post('/households').send({ label: `${n}号`, areaId: ids.b }),
    allowed: GRID_KEEPERS,
  },
  {
    name: 'POST /household-units',
    setup: async (r, n) => {
      const households: string[] = [];
      for (let i = 1; i <= 10; i++) households.push(await householdIn(r, `新单元${n}-${i}`));
      return { b: await buildingOf(r), hs: households.join(',') };
    },
    send: (c, _, ids, n) =>
      c.post('/household-units').send({ name: `单元${n}`, areaId: ids.b, householdIds: ids.hs.split(',') }),
    allowed: GRID_KEEPERS,
  },
  {
    name: 'POST /household-units/:id/households',
    setup: async (r, n) => ({ ...(await householdUnitIn(r, n)), h2: await householdIn(r, `加入${n}`) }),
    send: (c, _, ids) => c.post(`/household-units/${ids.u}/households`).send({ householdId: ids.h2 }),
    allowed: GRID_KEEPERS,
  },
  {
    name: 'DELETE /household-units/:id/households/:householdId',
    setup: householdUnitIn,
    send: (c, _, ids) => c.delete(`/household-units/${ids.u}/households/${ids.h}`),
    allowed: GRID_KEEPERS,
  },
  {
    name: 'POST /household-units/:id/rota',
    setup: householdUnitIn,
    send: (c, _, ids) => c.post(`/household-units/${ids.u}/rota`).send({ month: '2027-01' }),
    allowed: GRID_KEEPERS,
  },
  {
    name: 'POST /household-units/:id/duties',
    setup: async (r, n) => {
      const ids = await householdUnitIn(r, n);
      await r.root.post(`/household-units/${ids.u}/rota`).send({ month: '2027-01' }).expect(200);
      return ids;
    },
    send: (c, _, ids) =>
      c.post(`/household-units/${ids.u}/duties`).send({ duty: 'safety', description: '夜间巡楼', on: '2027-01-09' }),
    allowed: GRID_KEEPERS,
  },
  {
    name: 'POST /central-households',
    setup: async (r, n) => ({ m: await memberIn(r, n), h: await householdIn(r, `联系户${n}`) }),
    send: (c, _, ids) => c.post('/central-households').send({ memberId: ids.m, householdIds: [ids.h] }),
  },
  {
    name: 'POST /central-households/:id/households',
    setup: async (r, n) => ({ ...(await centralHouseholdIn(r, n)), h: await householdIn(r, `新联系户${n}`) }),
    send: (c, _, ids) => c.post(`/central-households/${ids.m}/households`).send({ householdIds: [ids.h] }),
  },
  {
    name: 'POST /central-households/:id/revoke',
    setup: centralHouseholdIn,
    send: (c, _, ids) => c.post(`/central-households/${ids.m}/revoke`),
  },
];

/** Write routes whose every-role matrix lives in a spec of its own, and why. */
const ELSEWHERE: Record<string, string> = {
  'POST /auth/login': 'public by design; its defences are in security-login.e2e.spec.ts',
  'POST /accounts/:username/unlock': 'security-login.e2e.spec.ts (district admin in scope only)',
  'POST /auth/password':
    "account-lifecycle.e2e.spec.ts (oneself only, every role): changing a matrix client's password would end its token",
  'POST /members/:id/account': 'members-authorization.e2e.spec.ts (every role and scope)',
  'POST /members/me/account/confirm':
    'members-authorization.e2e.spec.ts and members-two-sided.e2e.spec.ts (only the account proposed)',
  'POST /residents/me':
    'check-in.e2e.spec.ts (a resident account registers itself once: the matrix resident already did; admins 403)',
  'POST /audit/replays': 'audit.e2e.spec.ts (writes only a shadow copy, no event)',
  'POST /audit/replays/:id/cancel': 'audit.e2e.spec.ts',
  'POST /audit/replays/:id/swap': 'audit.e2e.spec.ts',
  'POST /read-models/replays': 'read-models.e2e.spec.ts (the owner side of POST /audit/replays: a shadow, no event)',
  'POST /read-models/replays/:id/cancel': 'read-models.e2e.spec.ts',
  'POST /read-models/replays/:id/swap': 'read-models.e2e.spec.ts',
  // a file's rows outside the caller's scope are rejected rows, not a 403 for the file
  'POST /imports/organizations': 'spreadsheets-authorization.e2e.spec.ts (every role, rows inside and outside scope)',
  'POST /imports/units': 'spreadsheets-authorization.e2e.spec.ts (every role, rows inside and outside scope)',
  'POST /imports/members': 'spreadsheets-authorization.e2e.spec.ts (every role, rows inside and outside scope)',
  'POST /imports/needs': 'spreadsheets-authorization.e2e.spec.ts (every role, rows inside and outside scope)',
  'POST /imports/offers': 'spreadsheets-authorization.e2e.spec.ts (every role, rows inside and outside scope)',
  // money (issue 19): funds, micro-projects — every role, inside and outside scope
  // assessment (issue 20): the district drafts, replays, publishes and confirms — every role
  'POST /assessment/indicator-sets': 'assessment-authorization.e2e.spec.ts',
  'PATCH /assessment/indicator-sets/:id': 'assessment-authorization.e2e.spec.ts',
  'POST /assessment/indicator-sets/:id/publish': 'assessment-authorization.e2e.spec.ts',
  'POST /assessment/indicator-sets/:id/what-if': 'assessment-authorization.e2e.spec.ts',
  'POST /assessment/awards': 'assessment-authorization.e2e.spec.ts',
  'POST /assessment/awards/:id/confirm': 'assessment-authorization.e2e.spec.ts',
  'POST /assessment/awards/:id/reject': 'assessment-authorization.e2e.spec.ts',
  'POST /funds': 'funds-authorization.e2e.spec.ts',
  'POST /funds/:id/allocations': 'funds-authorization.e2e.spec.ts',
  'POST /funds/:id/allocations/:allocationId/approve': 'funds-authorization.e2e.spec.ts',
  'POST /funds/:id/allocations/:allocationId/reject': 'funds-authorization.e2e.spec.ts',
  'POST /funds/:id/contributions': 'funds-authorization.e2e.spec.ts',
  'POST /funds/:id/receipts': 'funds-authorization.e2e.spec.ts',
  'POST /funds/:id/allocations/:allocationId/spendings': 'funds-authorization.e2e.spec.ts',
  'POST /funds/:id/spendings/:spendingId/reversal': 'funds-authorization.e2e.spec.ts',
  'POST /micro-projects': 'funds-authorization.e2e.spec.ts',
  'POST /micro-projects/:id/complete': 'funds-authorization.e2e.spec.ts',
  'POST /micro-projects/:id/cancel': 'funds-authorization.e2e.spec.ts',
  // the merchant alliance (issue 19): every role inside and outside the merchant's alliance org
  'POST /merchants': 'merchants-authorization.e2e.spec.ts (every role, inside and outside scope)',
  'POST /merchants/:id/terms': 'merchants-authorization.e2e.spec.ts (every role, inside and outside scope)',
  'POST /merchants/:id/suspend': 'merchants-authorization.e2e.spec.ts (every role, inside and outside scope)',
  'POST /merchants/:id/reinstate': 'merchants-authorization.e2e.spec.ts (every role, inside and outside scope)',
  'POST /merchants/:id/statements/:month/reconcile':
    'merchants-authorization.e2e.spec.ts (every role, inside and outside scope)',
  'POST /members/:id/redemptions/:redemptionId/reversal':
    "merchants-authorization.e2e.spec.ts (the member's branch admins and the merchant's alliance admins)",
  // joint-meeting sessions (大事共议, issue 20): every role, inside and outside the meeting's scope
  'POST /organizations/:id/joint-meeting/sessions': 'joint-meeting-sessions-authorization.e2e.spec.ts',
  'POST /joint-meeting-sessions/:id/attendance': 'joint-meeting-sessions-authorization.e2e.spec.ts',
  'POST /joint-meeting-sessions/:id/minutes': 'joint-meeting-sessions-authorization.e2e.spec.ts',
  'POST /joint-meeting-sessions/:id/decisions': 'joint-meeting-sessions-authorization.e2e.spec.ts',
  'POST /joint-meeting-sessions/:id/action-items/:actionItemId/done':
    'joint-meeting-sessions-authorization.e2e.spec.ts',
  'POST /joint-meeting-sessions/:id/close': 'joint-meeting-sessions-authorization.e2e.spec.ts',
  'POST /organizations/:id/joint-meeting/proposals': 'joint-meeting-sessions-authorization.e2e.spec.ts',
  'POST /organizations/:id/joint-meeting/branch-of': 'joint-meeting-sessions-authorization.e2e.spec.ts',
  // service-site standards (issue 20): the district's admins only
  'POST /organizations/:id/site-standards/checklists': 'service-site-standards.e2e.spec.ts (every role)',
  'POST /organizations/:id/site-standards/authority': 'service-site-standards.e2e.spec.ts (every role)',
  'POST /service-sites/:id/evidence': 'service-site-standards.e2e.spec.ts (every role; a file, no event)',
};

describe('authorization matrix: every write route × every role', () => {
  let r: Region;
  let n = 0;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    shop = await registerMerchant(r.root, r.streetId);
    const account = async (username: string, role: string, orgId: string) => {
      await r.root
        .post('/accounts')
        .send({ username, password: `${username}-password`, role, orgId })
        .expect(201);
      return t.login(username, `${username}-password`);
    };
    clients = {
      anonymous: t.anonymous(),
      district: await account('district-admin', 'district_admin', r.districtId),
      street: await account('street-admin', 'street_admin', r.streetId),
      communityA: r.communityAdmin,
      communityB: r.otherCommunityAdmin,
      unit: r.unitContact,
      member: await account('dangyuan', 'member', r.gridId),
      auditor: r.auditor,
      resident: await account('jumin', 'resident', r.communityId),
      gridWorker: await account('wangge-yuan', 'grid_worker', r.communityId),
      gridWorkerB: await account('gebi-wangge', 'grid_worker', r.communityId),
    };
    self.memberId = await memberIn(r, 0);
    await r.root.post(`/members/${self.memberId}/account`).send({ accountId: 'dangyuan' }).expect(200);
    await clients.member.post('/members/me/account/confirm').send({ memberId: self.memberId }).expect(200);
    self.residentId = id(
      await clients.resident
        .post('/residents/me')
        .send({ name: '居民志愿者', phone: '13511112222', consent: true })
        .expect(201),
    );
    const nextGrid = await grid(r, 0);
    for (const [g, accountId] of [
      [r.gridId, 'wangge-yuan'],
      [nextGrid, 'gebi-wangge'],
    ])
      await r.root
        .post(`/organizations/${g}/grid-roles`)
        .send({ role: 'grid_worker', residentName: accountId, accountId, startsOn: '2026-01-01' })
        .expect(201);
  });
  afterAll(() => t.stop());

  it('has a row for every write route the controllers declare', () => {
    const declared = declaredRoutes(t.platform.app)
      .filter((route) => route.method !== 'GET')
      .map((route) => route.name);
    // a row may name the side it tests: 'POST /proposals/:id/accept (unit side)'
    const rows = ROUTES.map((route) => route.name.replace(/ \(.*\)$/, ''));
    const covered = new Set([...rows, ...Object.keys(ELSEWHERE)]);
    expect(declared.filter((name) => !covered.has(name))).toEqual([]);
    expect(Object.keys(ELSEWHERE).filter((name) => !declared.includes(name))).toEqual([]);
  });

  const cases = ROUTES.flatMap((route) => ROLES.map((role) => [route.name, role, route] as const));
  it.each(cases)('%s as %s', async (_, role, route) => {
    n += 1;
    const ids = (await route.setup?.(r, n)) ?? {};
    const before = await t.eventCount();
    const res = await route.send(clients[role], r, ids, n);
    const allowed = route.allowed ?? ADMINS;
    if (role === 'anonymous') expect(res.status).toBe(401);
    else if (allowed.includes(role)) expect([200, 201]).toContain(res.status);
    else expect(res.status).toBe(403);
    if (res.status >= 400) expect(await t.eventCount()).toBe(before);
    else expect(await t.eventCount()).toBeGreaterThan(before);
  });
});
