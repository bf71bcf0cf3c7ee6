import fc from 'fast-check';
import {
  type BodyShape,
  hostileBodies,
  hostileQueries,
  type Json,
  type Payload,
  randomBodies,
} from './support/hostile';
import { branchOver, type Region, ROOT, seedRegion, TestPlatform } from './support/platform';
import { registerMerchant } from './support/merchants';
import { type DeclaredRoute, declaredRoutes } from '@gongjian/runtime';
import { checklistAnswers } from './support/sites';

/**
 * Hostile input (issue 9): every write route gets bodies that spoil one thing of a request it
 * would accept — unknown fields, prototype keys, MongoDB operators, wrong types, long strings,
 * big arrays, deep nesting, invalid UTF-8, other media types, more than the body limit — and must
 * refuse each with 400, 413 or 415, append nothing, and stay healthy; then the unspoilt request
 * is accepted (so the refusals were about the spoilt part), then random JSON must not break it.
 * Every query of every list route gets operators, repeated and huge values, bad limits.
 * Fixed seed, few runs: a regression test with variety, not a search (see SCALE for one).
 */
const SEED = Number(process.env.GONGJIAN_FUZZ_SEED ?? 9_003);
/** `GONGJIAN_FUZZ_RUNS=20 npx jest test/fuzz.e2e.spec.ts` (and another seed) searches harder */
const SCALE = Number(process.env.GONGJIAN_FUZZ_RUNS ?? 1);
/** runs of each hostile class per route: two where the class varies the field, else one */
const RUNS = 2 * SCALE;
const RUNS_OF: Record<string, number> = { tooLarge: SCALE, bigArray: SCALE, deepNesting: SCALE, operatorBody: SCALE };
const RANDOM_RUNS = 4 * SCALE;

const t = new TestPlatform();
let r: Region;
/** the street's alliance merchant, where the tests redeem */
let shop = '';
let token: string;
let routes: DeclaredRoute[];
const prototypes = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).join());
let pristine: string[];

type Ids = Record<string, string>;

interface WriteRoute {
  /** `METHOD /path` exactly as the controller declares it */
  name: string;
  /** creates what the request acts on (as the bootstrap admin) */
  setup?: (n: number) => Promise<Ids>;
  path: (ids: Ids) => string;
  /** the body the route accepts; none for a route that takes none */
  body?: (ids: Ids, n: number) => Json;
  /** statuses of the unspoilt request (default 200, 201, 202) */
  accepted?: number[];
}

interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

async function call(
  method: string,
  path: string,
  body?: string | Uint8Array,
  type: string | null = null,
): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (type) headers['content-type'] = type;
  const res = await fetch(`${t.platform.url}/api/v1${path}`, {
    method,
    headers,
    body: body?.length ? body : undefined,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: kept as text for the failure message
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

const id = (res: { body: { id: string } }) => res.body.id;

/** Waits until nothing more is appended: cross-service reactions to the last accepted request. */
async function quiet(): Promise<void> {
  let head = await t.platform.inspect.store.headPosition();
  for (let still = 0; still < 2;) {
    await t.platform.runtime.settle();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = await t.platform.inspect.store.headPosition();
    still = now === head ? still + 1 : 0;
    head = now;
  }
}

/** Sends one payload and checks what every hostile request must leave behind. */
async function expectRefused(route: string, method: string, path: string, p: Payload): Promise<void> {
  const before = await t.platform.inspect.store.headPosition();
  const res = await call(method, path, p.body, p.type);
  const refused = p.expect.length > 0 ? p.expect.includes(res.status) : res.status < 500;
  if (!refused || (res.status >= 400 && res.body?.statusCode !== res.status)) {
    throw new Error(`${route} ${p.kind}: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
  }
  if (res.status >= 400 && (await t.platform.inspect.store.headPosition()) !== before) {
    throw new Error(`${route} ${p.kind}: refused with ${res.status} but events were appended`);
  }
  const health = await call('GET', '/health');
  if (health.status !== 200) throw new Error(`${route} ${p.kind}: health ${health.status}`);
  if (prototypes().join('|') !== pristine.join('|') || ({} as Json).polluted !== undefined) {
    throw new Error(`${route} ${p.kind}: a prototype was polluted`);
  }
}

const property = (arb: fc.Arbitrary<Payload>, check: (p: Payload) => Promise<void>, numRuns: number = RUNS) =>
  fc.assert(fc.asyncProperty(arb, check), { seed: SEED, numRuns, endOnFailure: true });

// —— fixtures, as the bootstrap admin ——

const root = () => r.root;
const member = async (n: number) =>
  id(
    await root()
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
/** A member of community A whose 双报到 to community B community A's admin asked for (B confirms). */
const pendingReport = async (n: number) => {
  const m = await member(n);
  await r.communityAdmin.post(`/members/${m}/community-report`).send({ communityId: r.otherCommunityId }).expect(200);
  return { m };
};
/** A member of community A whose transfer into a grid of community B community A's admin asked for. */
const pendingOut = async (n: number) => {
  const m = await member(n);
  const g = await branchOver(
    root(),
    id(
      await root()
        .post('/organizations')
        .send({ name: `B${n}`, kind: 'grid', parentId: r.otherCommunityId })
        .expect(201),
    ),
  );
  await r.communityAdmin.post(`/members/${m}/transfer`).send({ toBranchId: g }).expect(200);
  return { m };
};
const grid = async (n: number) =>
  id(
    await root()
      .post('/organizations')
      .send({ name: `G${n}`, kind: 'grid', parentId: r.communityId })
      .expect(201),
  );
const unit = async (n: number) =>
  id(
    await root()
      .post('/units')
      .send({ name: `U${n}`, sector: 'private_enterprise', locatedIn: r.communityId })
      .expect(201),
  );
/** A pairing of the region's unit with a fresh grid of community B, proposed by community B (the root answers). */
const proposedPairing = async (n: number) => {
  const g = id(
    await root()
      .post('/organizations')
      .send({ name: `GB${n}`, kind: 'grid', parentId: r.otherCommunityId })
      .expect(201),
  );
  return { p: id(await r.otherCommunityAdmin.post('/pairings').send({ unitId: r.unitId, orgId: g }).expect(201)) };
};
/** The region's unit applying to the joint meeting of a fresh community of the street (the root answers). */
const appliedMembership = async (n: number) => {
  const x = id(
    await root()
      .post('/organizations')
      .send({ name: `社区${n}`, kind: 'community', parentId: r.streetId })
      .expect(201),
  );
  await r.unitContact.post(`/organizations/${x}/joint-meeting/members`).send({ unitId: r.unitId }).expect(201);
  return { x };
};
const activityBody = (n: number) => ({
  title: `助老${n}`,
  orgId: r.gridId,
  category: 'elderly_care',
  startsAt: new Date(Date.now() - 3_600_000).toISOString(),
  endsAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
  slots: 5,
  pointsPerHour: 10,
  openTo: ['members', 'residents'],
  hoursVerification: 'automatic',
});
const activity = async (n: number) => id(await root().post('/activities').send(activityBody(n)).expect(201));
const signedUp = async (n: number) => {
  const [a, m] = [await activity(n), await member(n)];
  await root().post(`/activities/${a}/signups`).send({ memberId: m }).expect(201);
  return { a, m };
};
/** A resident of community A, registered by the bootstrap admin with the form they signed. */
const resident = async (n: number) =>
  id(
    await root()
      .post('/residents')
      .send({
        name: `居民${n}`,
        phone: '13800001234',
        communityId: r.communityId,
        consent: true,
        consentedOn: '2026-11-01',
      })
      .expect(201),
  );
const residentBody = (n: number) => ({
  name: `居民${n}`,
  phone: `1380000${String(n).padStart(4, '0')}`,
  communityId: r.gridId,
  consent: true,
  consentedOn: '2026-11-01',
});
const team = async (n: number) =>
  id(
    await root()
      .post('/teams')
      .send({ name: `队${n}`, orgId: r.communityId })
      .expect(201),
  );
async function wish(n: number, until?: 'claim' | 'fulfil'): Promise<string> {
  const w = id(
    await root()
      .post('/micro-wishes')
      .send({ communityId: r.communityId, title: `心愿${n}` })
      .expect(201),
  );
  if (until)
    await root()
      .post(`/micro-wishes/${w}/claim`)
      .send({ memberId: await member(n) })
      .expect(200);
  if (until === 'fulfil') await root().post(`/micro-wishes/${w}/fulfil`).send({}).expect(200);
  return w;
}
const needBody = () => ({
  communityId: r.communityId,
  title: '助老',
  category: 'elderly_care',
  tags: ['老人'],
  quantity: { amount: 5, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2027-12-31' },
  urgency: 'normal',
});
const offerBody = () => ({
  unitId: r.unitId,
  title: '志愿服务',
  category: 'elderly_care',
  tags: [],
  capacity: { amount: 5, unit: 'person_hours' },
  window: { from: '2026-11-01', to: '2027-12-31' },
  serviceArea: [r.communityId],
});
const need = async () => id(await root().post('/needs').send(needBody()).expect(201));
const offer = async () => id(await root().post('/offers').send(offerBody()).expect(201));
/** A pending proposal: a need, an offer with room for every open need, a run. */
async function proposal(): Promise<Ids> {
  const n = await need();
  await root()
    .post('/offers')
    .send({ ...offerBody(), capacity: { amount: 100_000, unit: 'person_hours' } })
    .expect(201);
  const run = await root().post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201);
  return { p: run.body.proposals.find((p: { needId: string }) => p.needId === n).id, run: run.body.runId };
}
async function project(steps: Array<'start' | 'complete'>): Promise<Ids> {
  const { p } = await proposal();
  await root().post(`/proposals/${p}/accept`).send({ side: 'community' }).expect(200);
  const accepted = await root().post(`/proposals/${p}/accept`).send({ side: 'unit' }).expect(200);
  const projectId: string = accepted.body.projectId;
  if (steps.includes('start')) await root().post(`/projects/${projectId}/start`).expect(200);
  if (steps.includes('complete'))
    await root().post(`/projects/${projectId}/complete`).send({ report: '完成' }).expect(200);
  return { project: projectId };
}
/** A member with 20 points, from attendance verified in the volunteering service. */
const chinaMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
const merchantBody = (n: number): Json => ({
  name: `联盟商户${n}`,
  address: '东城街道中心街 1 号',
  sector: 'catering',
  orgId: r.streetId,
  contactName: '王店长',
  contactPhone: '13900000001',
  terms: { pointsPerYuan: 10, monthlyCapPoints: 200, effectiveFrom: '2026-01-01' },
});
async function memberWithPoints(n: number): Promise<Ids> {
  const { a, m } = await signedUp(n);
  await root().post(`/activities/${a}/attendance`).send({ memberId: m, hours: 2 }).expect(201);
  for (let i = 0; i < 300; i++) {
    if ((await root().get(`/members/${m}`).expect(200)).body.points === 20) return { m };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('points were not awarded');
}
async function replay(finished: boolean): Promise<Ids> {
  const projection = (await root().get('/audit/projections').expect(200)).body.items[0];
  const started = await root().post('/audit/replays').send({ projection }).expect(202);
  for (let i = 0; finished && i < 500; i++) {
    if ((await root().get(`/audit/replays/${started.body.id}`).expect(200)).body.status === 'completed') break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { replay: started.body.id, projection };
}

/** A member account of community A, made by the bootstrap admin. */
async function accountOf(username: string): Promise<Ids> {
  await root()
    .post('/accounts')
    .send({ username, password: 'a-long-password', role: 'member', orgId: r.communityId })
    .expect(201);
  return { username };
}

const ROUTES: WriteRoute[] = [
  { name: 'POST /auth/login', path: () => '/auth/login', body: () => ({ ...ROOT }) },
  {
    name: 'POST /accounts',
    path: () => '/accounts',
    body: (_, n) => ({ username: `fuzz-${n}`, password: 'a-long-password', role: 'member', orgId: r.communityId }),
  },
  {
    name: 'POST /accounts/:username/unlock',
    setup: async (n) => {
      const username = `locked-${n}`;
      await root()
        .post('/accounts')
        .send({ username, password: 'a-long-password', role: 'member', orgId: r.communityId })
        .expect(201);
      await t.anonymous().post('/auth/login').send({ username, password: 'a-wrong-password' }).expect(401);
      return { username };
    },
    path: (ids) => `/accounts/${ids.username}/unlock`,
  },
  {
    name: 'POST /accounts/:username/disable',
    setup: (n) => accountOf(`disable-${n}`),
    path: (ids) => `/accounts/${ids.username}/disable`,
  },
  {
    name: 'POST /accounts/:username/enable',
    setup: async (n) => {
      const ids = await accountOf(`enable-${n}`);
      await root().post(`/accounts/${ids.username}/disable`).expect(200);
      return ids;
    },
    path: (ids) => `/accounts/${ids.username}/enable`,
  },
  {
    name: 'POST /accounts/:username/password-reset',
    setup: (n) => accountOf(`reset-${n}`),
    path: (ids) => `/accounts/${ids.username}/password-reset`,
    body: () => ({ temporaryPassword: 'a-temporary-password' }),
  },
  {
    // the fuzzer's own token must live on: the unspoilt request names a wrong current password
    name: 'POST /auth/password',
    path: () => '/auth/password',
    body: () => ({ current: 'not-the-root-password', next: 'another-long-password' }),
    accepted: [422],
  },
  {
    name: 'POST /organizations',
    path: () => '/organizations',
    body: (_, n) => ({ name: `新网格${n}`, kind: 'grid', parentId: r.communityId }),
  },
  {
    name: 'POST /organizations/:id/rename',
    setup: async (n) => ({ g: await grid(n) }),
    path: (ids) => `/organizations/${ids.g}/rename`,
    body: (_, n) => ({ name: `改${n}` }),
  },
  {
    name: 'POST /organizations/:id/move',
    setup: async (n) => ({ g: await grid(n) }),
    path: (ids) => `/organizations/${ids.g}/move`,
    body: () => ({ parentId: r.otherCommunityId }),
  },
  {
    name: 'POST /organizations/:id/dissolve',
    setup: async (n) => ({ g: await grid(n) }),
    path: (ids) => `/organizations/${ids.g}/dissolve`,
  },
  {
    name: 'POST /organizations/:id/joint-meeting/members',
    setup: async (n) => ({ u: await unit(n) }),
    path: () => `/organizations/${r.communityId}/joint-meeting/members`,
    body: (ids) => ({ unitId: ids.u }),
  },
  {
    name: 'DELETE /organizations/:id/joint-meeting/members/:unitId',
    setup: async (n) => {
      const u = await unit(n);
      await root().post(`/organizations/${r.communityId}/joint-meeting/members`).send({ unitId: u }).expect(201);
      return { u };
    },
    path: (ids) => `/organizations/${r.communityId}/joint-meeting/members/${ids.u}`,
  },
  ...(['confirm', 'decline', 'withdraw'] as const).map((answer) => ({
    name: `POST /organizations/:id/joint-meeting/members/:unitId/${answer}`,
    setup: appliedMembership,
    path: (ids: Ids) => `/organizations/${ids.x}/joint-meeting/members/${r.unitId}/${answer}`,
  })),
  {
    name: 'POST /organizations/:id/part-time-members',
    setup: async (n) => ({ u: await unit(n) }),
    path: () => `/organizations/${r.communityId}/part-time-members`,
    body: (ids) => ({
      unitId: ids.u,
      personName: '张三',
      position: '委员',
      term: { from: '2026-01-01', to: '2027-12-31' },
    }),
  },
  {
    name: 'POST /organizations/:id/part-time-members/:appointmentId/end',
    setup: async (n) => {
      const u = await unit(n);
      const res = await root()
        .post(`/organizations/${r.communityId}/part-time-members`)
        .send({ unitId: u, personName: '李四', position: '委员', term: { from: '2026-01-01', to: '2027-12-31' } })
        .expect(201);
      return { a: res.body.items.find((p: { unitId: string }) => p.unitId === u).appointmentId };
    },
    path: (ids) => `/organizations/${r.communityId}/part-time-members/${ids.a}/end`,
  },
  {
    name: 'POST /units',
    path: () => '/units',
    body: (_, n) => ({ name: `单位${n}`, sector: 'state_enterprise', locatedIn: r.communityId }),
  },
  {
    name: 'PATCH /units/:id',
    setup: async (n) => ({ u: await unit(n) }),
    path: (ids) => `/units/${ids.u}`,
    body: (_, n) => ({ name: `改名单位${n}`, sector: 'private_enterprise', locatedIn: r.otherCommunityId }),
  },
  {
    name: 'POST /pairings',
    setup: async (n) => ({ u: await unit(n), g: await grid(n) }),
    path: () => '/pairings',
    body: (ids) => ({ unitId: ids.u, orgId: ids.g }),
  },
  ...(['confirm', 'decline', 'withdraw'] as const).map((answer) => ({
    name: `POST /pairings/:id/${answer}`,
    setup: proposedPairing,
    path: (ids: Ids) => `/pairings/${ids.p}/${answer}`,
  })),
  {
    name: 'DELETE /pairings/:id',
    setup: async (n) => {
      const [u, g] = [await unit(n), await grid(n)];
      return { p: id(await root().post('/pairings').send({ unitId: u, orgId: g }).expect(201)) };
    },
    path: (ids) => `/pairings/${ids.p}`,
  },
  {
    name: 'POST /service-sites',
    path: () => '/service-sites',
    body: (_, n) => ({ orgId: r.communityId, name: `服务站${n}`, level: 'station' }),
  },
  {
    name: 'POST /service-sites/:id/ratings',
    setup: async (n) => ({
      s: id(
        await root()
          .post('/service-sites')
          .send({ orgId: r.communityId, name: `站${n}`, level: 'station' })
          .expect(201),
      ),
    }),
    path: (ids) => `/service-sites/${ids.s}/ratings`,
    body: () => ({ year: 2025, stars: 4, reason: '年度评定', items: checklistAnswers('station') }),
  },
  { name: 'POST /needs', path: () => '/needs', body: needBody },
  {
    name: 'PATCH /needs/:id',
    setup: async () => ({ need: await need() }),
    path: (ids) => `/needs/${ids.need}`,
    body: () => ({ urgency: 'critical' }),
  },
  {
    name: 'POST /needs/:id/cancel',
    setup: async () => ({ need: await need() }),
    path: (ids) => `/needs/${ids.need}/cancel`,
    body: () => ({ reason: '已解决' }),
  },
  { name: 'POST /offers', path: () => '/offers', body: offerBody },
  {
    name: 'PATCH /offers/:id',
    setup: async () => ({ o: await offer() }),
    path: (ids) => `/offers/${ids.o}`,
    body: () => ({ title: '改后的资源' }),
  },
  {
    name: 'POST /offers/:id/withdraw',
    setup: async () => ({ o: await offer() }),
    path: (ids) => `/offers/${ids.o}/withdraw`,
    body: () => ({}),
  },
  { name: 'POST /matching/runs', path: () => '/matching/runs', body: () => ({ scopeOrgId: r.communityId }) },
  {
    name: 'POST /proposals/:id/accept',
    setup: proposal,
    path: (ids) => `/proposals/${ids.p}/accept`,
    body: () => ({ side: 'community' }),
  },
  {
    name: 'POST /proposals/:id/reject',
    setup: proposal,
    path: (ids) => `/proposals/${ids.p}/reject`,
    body: () => ({ side: 'community' }),
  },
  { name: 'POST /projects/:id/start', setup: () => project([]), path: (ids) => `/projects/${ids.project}/start` },
  {
    name: 'POST /projects/:id/complete',
    setup: () => project(['start']),
    path: (ids) => `/projects/${ids.project}/complete`,
    body: () => ({ report: '已完成' }),
  },
  {
    name: 'POST /projects/:id/evaluations',
    setup: () => project(['start', 'complete']),
    path: (ids) => `/projects/${ids.project}/evaluations`,
    body: () => ({ score: 5, comment: '好' }),
  },
  {
    name: 'POST /members',
    path: () => '/members',
    body: (_, n) => ({ name: `新党员${n}`, phone: '13900000001', branchId: r.branchId, joinedPartyOn: '2012-07-01' }),
  },
  {
    name: 'POST /members/:id/transfer',
    setup: async (n) => ({ m: await member(n) }),
    path: (ids) => `/members/${ids.m}/transfer`,
    body: () => ({ toBranchId: r.unitId }),
  },
  {
    name: 'POST /members/:id/transfer/accept',
    setup: pendingOut,
    path: (ids) => `/members/${ids.m}/transfer/accept`,
  },
  {
    name: 'POST /members/:id/transfer/decline',
    setup: pendingOut,
    path: (ids) => `/members/${ids.m}/transfer/decline`,
    body: () => ({ reason: '不在本社区' }),
  },
  {
    name: 'POST /members/:id/transfer/cancel',
    setup: pendingOut,
    path: (ids) => `/members/${ids.m}/transfer/cancel`,
  },
  {
    name: 'POST /members/:id/status',
    setup: async (n) => ({ m: await member(n) }),
    path: (ids) => `/members/${ids.m}/status`,
    body: () => ({ status: 'floating', reason: '外出务工' }),
  },
  {
    name: 'POST /members/:id/community-report',
    setup: async (n) => ({ m: await member(n) }),
    path: (ids) => `/members/${ids.m}/community-report`,
    body: () => ({ communityId: r.communityId }),
  },
  {
    name: 'POST /members/:id/community-report/confirm',
    setup: pendingReport,
    path: (ids) => `/members/${ids.m}/community-report/confirm`,
  },
  {
    name: 'POST /members/:id/community-report/decline',
    setup: pendingReport,
    path: (ids) => `/members/${ids.m}/community-report/decline`,
    body: () => ({ reason: '不住本社区' }),
  },
  {
    name: 'POST /members/:id/community-report/cancel',
    setup: pendingReport,
    path: (ids) => `/members/${ids.m}/community-report/cancel`,
  },
  {
    name: 'DELETE /members/:id/community-report',
    setup: async (n) => {
      const m = await member(n);
      await root().post(`/members/${m}/community-report`).send({ communityId: r.communityId }).expect(200);
      return { m };
    },
    path: (ids) => `/members/${ids.m}/community-report`,
  },
  {
    name: 'POST /members/:id/account',
    setup: async (n) => {
      await root()
        .post('/accounts')
        .send({ username: `dangyuan-${n}`, password: 'dangyuan-password', role: 'member', orgId: r.gridId })
        .expect(201);
      return { m: await member(n) };
    },
    path: (ids) => `/members/${ids.m}/account`,
    body: (_, n) => ({ accountId: `dangyuan-${n}` }),
  },
  {
    // only the member account proposed confirms: the bootstrap admin's valid request is a 403
    name: 'POST /members/me/account/confirm',
    setup: async (n) => ({ m: await member(n) }),
    path: () => '/members/me/account/confirm',
    body: (ids) => ({ memberId: ids.m }),
    accepted: [403],
  },
  {
    name: 'POST /members/:id/redemptions',
    setup: memberWithPoints,
    path: (ids) => `/members/${ids.m}/redemptions`,
    body: () => ({ points: 5, merchantId: shop }),
  },
  {
    name: 'POST /members/:id/redemptions/:redemptionId/reversal',
    setup: async (n) => {
      const { m } = await memberWithPoints(n);
      const redeemed = await root().post(`/members/${m}/redemptions`).send({ points: 5, merchantId: shop }).expect(201);
      return { m, redemption: redeemed.body.redemptionId };
    },
    path: (ids) => `/members/${ids.m}/redemptions/${ids.redemption}/reversal`,
    body: () => ({ reason: '商户未给折扣' }),
  },
  // the merchant alliance (issue 19)
  { name: 'POST /merchants', path: () => '/merchants', body: (_, n) => merchantBody(n) },
  {
    name: 'POST /merchants/:id/terms',
    setup: async (n) => ({ shop: await registerMerchant(root(), r.streetId, { name: `商户${n}` }) }),
    path: (ids) => `/merchants/${ids.shop}/terms`,
    body: () => ({ pointsPerYuan: 5, monthlyCapPoints: 500, effectiveFrom: '2099-01-01' }),
  },
  {
    name: 'POST /merchants/:id/suspend',
    setup: async (n) => ({ shop: await registerMerchant(root(), r.streetId, { name: `商户${n}` }) }),
    path: (ids) => `/merchants/${ids.shop}/suspend`,
    body: () => ({ reason: '投诉待查' }),
  },
  {
    name: 'POST /merchants/:id/reinstate',
    setup: async (n) => {
      const id = await registerMerchant(root(), r.streetId, { name: `商户${n}` });
      await root().post(`/merchants/${id}/suspend`).send({ reason: '投诉待查' }).expect(200);
      return { shop: id };
    },
    path: (ids) => `/merchants/${ids.shop}/reinstate`,
  },
  {
    name: 'POST /merchants/:id/statements/:month/reconcile',
    setup: async (n) => ({ shop: await registerMerchant(root(), r.streetId, { name: `商户${n}` }) }),
    path: (ids) => `/merchants/${ids.shop}/statements/${chinaMonth()}/reconcile`,
    body: () => ({ netPoints: 0, netYuan: '0.00' }),
  },
  {
    name: 'DELETE /members/:id/personal-data',
    setup: async (n) => ({ m: await member(n) }),
    path: (ids) => `/members/${ids.m}/personal-data`,
  },
  { name: 'POST /activities', path: () => '/activities', body: (_, n) => activityBody(n) },
  {
    name: 'POST /activities/:id/signups',
    setup: async (n) => ({ a: await activity(n), m: await member(n) }),
    path: (ids) => `/activities/${ids.a}/signups`,
    body: (ids) => ({ memberId: ids.m }),
  },
  {
    name: 'DELETE /activities/:id/signups/:volunteerId',
    setup: signedUp,
    path: (ids) => `/activities/${ids.a}/signups/${ids.m}`,
  },
  {
    name: 'POST /activities/:id/attendance',
    setup: signedUp,
    path: (ids) => `/activities/${ids.a}/attendance`,
    body: (ids) => ({ memberId: ids.m, hours: 1.5 }),
  },
  {
    // only a volunteer's own account checks in: the bootstrap admin's valid request is a 403
    name: 'POST /activities/:id/check-in',
    setup: signedUp,
    path: (ids) => `/activities/${ids.a}/check-in`,
    body: () => ({ code: '123456' }),
    accepted: [403],
  },
  {
    name: 'POST /activities/:id/check-out',
    setup: signedUp,
    path: (ids) => `/activities/${ids.a}/check-out`,
    body: () => ({ code: '123456' }),
    accepted: [403],
  },
  { name: 'POST /residents', path: () => '/residents', body: (_, n) => residentBody(n) },
  {
    // a resident account registers itself: the bootstrap admin's valid request is a 403
    name: 'POST /residents/me',
    path: () => '/residents/me',
    body: (_, n) => ({ name: `居民${n}`, phone: '13800001234', consent: true }),
    accepted: [403],
  },
  {
    name: 'POST /residents/:id/consent/withdraw',
    setup: async (n) => ({ resident: await resident(n) }),
    path: (ids) => `/residents/${ids.resident}/consent/withdraw`,
  },
  {
    name: 'POST /activities/:id/cancel',
    setup: async (n) => ({ a: await activity(n) }),
    path: (ids) => `/activities/${ids.a}/cancel`,
    body: () => ({ reason: '天气' }),
  },
  {
    name: 'POST /micro-wishes',
    path: () => '/micro-wishes',
    body: (_, n) => ({ communityId: r.communityId, title: `心愿${n}` }),
  },
  {
    name: 'POST /micro-wishes/:id/claim',
    setup: async (n) => ({ w: await wish(n), m: await member(n) }),
    path: (ids) => `/micro-wishes/${ids.w}/claim`,
    body: (ids) => ({ memberId: ids.m }),
  },
  {
    name: 'POST /micro-wishes/:id/release',
    setup: async (n) => ({ w: await wish(n, 'claim') }),
    path: (ids) => `/micro-wishes/${ids.w}/release`,
  },
  {
    name: 'POST /micro-wishes/:id/fulfil',
    setup: async (n) => ({ w: await wish(n, 'claim') }),
    path: (ids) => `/micro-wishes/${ids.w}/fulfil`,
    body: () => ({ note: '完成' }),
  },
  {
    name: 'POST /micro-wishes/:id/confirm',
    setup: async (n) => ({ w: await wish(n, 'fulfil') }),
    path: (ids) => `/micro-wishes/${ids.w}/confirm`,
  },
  { name: 'POST /teams', path: () => '/teams', body: (_, n) => ({ name: `服务队${n}`, orgId: r.communityId }) },
  {
    name: 'POST /teams/:id/members',
    setup: async (n) => ({ team: await team(n), m: await member(n) }),
    path: (ids) => `/teams/${ids.team}/members`,
    body: (ids) => ({ memberId: ids.m }),
  },
  {
    name: 'DELETE /teams/:id/members/:memberId',
    setup: async (n) => {
      const [tm, m] = [await team(n), await member(n)];
      await root().post(`/teams/${tm}/members`).send({ memberId: m }).expect(200);
      return { team: tm, m };
    },
    path: (ids) => `/teams/${ids.team}/members/${ids.m}`,
  },
  {
    name: 'POST /rotations',
    setup: async (n) => ({ team: await team(n) }),
    path: () => '/rotations',
    body: (ids, n) => ({ orgId: r.communityId, quarter: `${2100 + n}Q1`, teamIds: [ids.team] }),
  },
  {
    name: 'POST /audit/replays',
    setup: async () => ({ projection: (await root().get('/audit/projections').expect(200)).body.items[0] }),
    path: () => '/audit/replays',
    body: (ids) => ({ projection: ids.projection }),
  },
  {
    name: 'POST /audit/replays/:id/cancel',
    setup: () => replay(false),
    path: (ids) => `/audit/replays/${ids.replay}/cancel`,
    // a replay of a small log may well have finished already
    accepted: [200, 409],
  },
  {
    name: 'POST /audit/replays/:id/swap',
    setup: () => replay(true),
    path: (ids) => `/audit/replays/${ids.replay}/swap`,
  },
  {
    name: 'POST /read-models/replays',
    setup: async () => ({ projection: (await root().get('/read-models').expect(200)).body.items[0] }),
    path: () => '/read-models/replays',
    body: (ids) => ({ projection: ids.projection }),
  },
  {
    name: 'POST /read-models/replays/:id/cancel',
    setup: () => replay(false),
    path: (ids) => `/read-models/replays/${ids.replay}/cancel`,
    accepted: [200, 409],
  },
  {
    name: 'POST /read-models/replays/:id/swap',
    setup: () => replay(true),
    path: (ids) => `/read-models/replays/${ids.replay}/swap`,
  },
];

// the grid tier (issue 18)
let building: string | null = null;
const buildingOf = async () => {
  building ??= id(
    await root().post('/organizations').send({ name: '1号楼', kind: 'building', parentId: r.gridId }).expect(201),
  );
  return building;
};
const household = async (label: string) =>
  id(
    await root()
      .post('/households')
      .send({ label, areaId: await buildingOf() })
      .expect(201),
  );
const tenHouseholds = async (n: number) => {
  const households: string[] = [];
  for (let i = 1; i <= 10; i++) households.push(await household(`${n}-${i}`));
  return households;
};
const householdUnit = async (n: number) => {
  const households = await tenHouseholds(n);
  const u = id(
    await root()
      .post('/household-units')
      .send({ name: `联建单元${n}`, areaId: await buildingOf(), householdIds: households })
      .expect(201),
  );
  return { u, h: households[0] };
};
const branchOf = async (n: number) => {
  const g = await grid(n);
  return { g, b: await branchOver(root(), g, `支部${n}`) };
};
const partyGroup = async (n: number) =>
  id(
    await root()
      .post('/party-organizations')
      .send({ kind: 'party_group', name: `党小组${n}`, parentId: r.branchId, covers: [] })
      .expect(201),
  );
const centralHousehold = async (n: number) => {
  const m = await member(n);
  await root()
    .post('/central-households')
    .send({ memberId: m, householdIds: [await household(`中心户${n}`)] })
    .expect(201);
  return { m };
};
ROUTES.push(
  {
    name: 'POST /party-organizations',
    setup: async (n) => ({ g: await grid(n) }),
    path: () => '/party-organizations',
    body: (ids, n) => ({ kind: 'branch', name: `支部${n}`, parentId: r.communityId, covers: [ids.g] }),
  },
  {
    name: 'POST /party-organizations/:id/rename',
    setup: branchOf,
    path: (ids) => `/party-organizations/${ids.b}/rename`,
    body: (_, n) => ({ name: `改名${n}` }),
  },
  {
    name: 'POST /party-organizations/:id/coverage',
    setup: async (n) => ({ ...(await branchOf(n)), g2: await grid(n + 50_000) }),
    path: (ids) => `/party-organizations/${ids.b}/coverage`,
    body: (ids) => ({ covers: [ids.g, ids.g2] }),
  },
  {
    name: 'POST /party-organizations/:id/dissolve',
    setup: branchOf,
    path: (ids) => `/party-organizations/${ids.b}/dissolve`,
  },
  {
    name: 'POST /party-organizations/:id/members',
    setup: async (n) => ({ pg: await partyGroup(n), m: await member(n) }),
    path: (ids) => `/party-organizations/${ids.pg}/members`,
    body: (ids) => ({ memberId: ids.m }),
  },
  {
    name: 'DELETE /party-organizations/:id/members/:memberId',
    setup: async (n) => {
      const [pg, m] = [await partyGroup(n), await member(n)];
      await root().post(`/party-organizations/${pg}/members`).send({ memberId: m }).expect(200);
      return { pg, m };
    },
    path: (ids) => `/party-organizations/${ids.pg}/members/${ids.m}`,
  },
  {
    name: 'POST /organizations/:id/grid-role-list',
    path: () => `/organizations/${r.districtId}/grid-role-list`,
    body: (_, n) => ({ roles: [{ code: `role_${n}`, name: `员${n}` }] }),
  },
  {
    name: 'POST /organizations/:id/grid-roles',
    setup: async (n) => ({ g: await grid(n) }),
    path: (ids) => `/organizations/${ids.g}/grid-roles`,
    body: (_, n) => ({ role: 'grid_leader', residentName: `网格长${n}`, startsOn: '2026-01-01', endsOn: '2027-12-31' }),
  },
  {
    name: 'POST /organizations/:id/grid-roles/:assignmentId/end',
    setup: async (n) => {
      const g = await grid(n);
      const roster = await root()
        .post(`/organizations/${g}/grid-roles`)
        .send({ role: 'grid_leader', residentName: `网格长${n}`, startsOn: '2026-01-01' })
        .expect(201);
      return { g, a: roster.body.terms[0].assignmentId };
    },
    path: (ids) => `/organizations/${ids.g}/grid-roles/${ids.a}/end`,
    body: () => ({ endsOn: '2026-06-30' }),
  },
  {
    name: 'POST /households',
    setup: async () => ({ b: await buildingOf() }),
    path: () => '/households',
    body: (ids, n) => ({ label: `${n}号`, areaId: ids.b }),
  },
  {
    name: 'POST /household-units',
    setup: async (n) => ({ b: await buildingOf(), hs: (await tenHouseholds(n)).join(',') }),
    path: () => '/household-units',
    body: (ids, n) => ({ name: `单元${n}`, areaId: ids.b, householdIds: ids.hs.split(',') }),
  },
  {
    name: 'POST /household-units/:id/households',
    setup: async (n) => ({ ...(await householdUnit(n)), h2: await household(`加入${n}`) }),
    path: (ids) => `/household-units/${ids.u}/households`,
    body: (ids) => ({ householdId: ids.h2 }),
  },
  {
    name: 'DELETE /household-units/:id/households/:householdId',
    setup: householdUnit,
    path: (ids) => `/household-units/${ids.u}/households/${ids.h}`,
  },
  {
    name: 'POST /household-units/:id/rota',
    setup: householdUnit,
    path: (ids) => `/household-units/${ids.u}/rota`,
    body: () => ({ month: '2027-01' }),
  },
  {
    name: 'POST /household-units/:id/duties',
    setup: async (n) => {
      const ids = await householdUnit(n);
      await root().post(`/household-units/${ids.u}/rota`).send({ month: '2027-01' }).expect(200);
      return ids;
    },
    path: (ids) => `/household-units/${ids.u}/duties`,
    body: () => ({ month: '2027-01', duty: 'hardship', description: '帮独居老人买菜', on: '2027-01-20' }),
  },
  {
    name: 'POST /central-households',
    setup: async (n) => ({ m: await member(n), h: await household(`联系户${n}`) }),
    path: () => '/central-households',
    body: (ids) => ({ memberId: ids.m, householdIds: [ids.h] }),
  },
  {
    name: 'POST /central-households/:id/households',
    setup: async (n) => ({ ...(await centralHousehold(n)), h: await household(`新联系户${n}`) }),
    path: (ids) => `/central-households/${ids.m}/households`,
    body: (ids) => ({ householdIds: [ids.h] }),
  },
  {
    name: 'POST /central-households/:id/revoke',
    setup: centralHousehold,
    path: (ids) => `/central-households/${ids.m}/revoke`,
  },
);

// money (issue 19): a fund of the street, a micro-project of community A, its approved budget
const RECEIPT_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1cb8a0000000049454e44ae426082',
  'hex',
);
const fund = async (n: number) =>
  id(
    await root()
      .post('/funds')
      .send({ ownerOrgId: r.streetId, name: `资金${n}`, kind: 'station_yearly', year: 2026, yearlyAmount: '100000' })
      .expect(201),
  );
const microProject = async (n: number) =>
  id(
    await root()
      .post('/micro-projects')
      .send({ orgId: r.communityId, name: `微项目${n}`, plannedBeneficiaries: 10 })
      .expect(201),
  );
const budget = async (n: number, approve = true): Promise<Ids> => {
  const f = await fund(n);
  const a = id(
    await root()
      .post(`/funds/${f}/allocations`)
      .send({ target: 'micro_project', targetId: await microProject(n), amount: '1000', purpose: '修缮' })
      .expect(201),
  );
  if (approve) await root().post(`/funds/${f}/allocations/${a}/approve`).send({}).expect(200);
  const sha = (
    await root()
      .post(`/funds/${f}/receipts`)
      .attach('file', Buffer.concat([RECEIPT_PNG, Buffer.from(String(n))]), 'r.png')
      .expect(201)
  ).body.sha256;
  return { f, a, sha };
};
const spending = async (n: number): Promise<Ids> => {
  const ids = await budget(n);
  const body = { amount: '1', payee: '五金店', purpose: '材料', spentOn: '2026-12-01', receiptSha256: ids.sha };
  return { ...ids, s: id(await root().post(`/funds/${ids.f}/allocations/${ids.a}/spendings`).send(body).expect(201)) };
};
ROUTES.push(
  {
    name: 'POST /funds',
    path: () => '/funds',
    body: (_, n) => ({
      ownerOrgId: r.communityId,
      name: `经费${n}`,
      kind: 'community_yearly',
      year: 2026,
      yearlyAmount: '300000.00',
    }),
  },
  {
    name: 'POST /funds/:id/allocations',
    setup: async (n) => ({ f: await fund(n), m: await microProject(n) }),
    path: (ids) => `/funds/${ids.f}/allocations`,
    body: (ids) => ({ target: 'micro_project', targetId: ids.m, amount: '10.50', purpose: '申请' }),
  },
  {
    name: 'POST /funds/:id/allocations/:allocationId/approve',
    setup: (n) => budget(n, false),
    path: (ids) => `/funds/${ids.f}/allocations/${ids.a}/approve`,
    body: () => ({}),
  },
  {
    name: 'POST /funds/:id/allocations/:allocationId/reject',
    setup: (n) => budget(n, false),
    path: (ids) => `/funds/${ids.f}/allocations/${ids.a}/reject`,
    body: () => ({ reason: '材料不全' }),
  },
  {
    name: 'POST /funds/:id/contributions',
    setup: async (n) => ({ f: await fund(n) }),
    path: (ids) => `/funds/${ids.f}/contributions`,
    body: () => ({ unitId: r.unitId, amount: '500', note: '认捐' }),
  },
  {
    name: 'POST /funds/:id/allocations/:allocationId/spendings',
    setup: (n) => budget(n),
    path: (ids) => `/funds/${ids.f}/allocations/${ids.a}/spendings`,
    body: (ids) => ({
      amount: '1.00',
      payee: '五金店',
      purpose: '材料',
      spentOn: '2026-12-01',
      receiptSha256: ids.sha,
    }),
  },
  {
    name: 'POST /funds/:id/spendings/:spendingId/reversal',
    setup: spending,
    path: (ids) => `/funds/${ids.f}/spendings/${ids.s}/reversal`,
    body: () => ({ reason: '重复录入' }),
  },
  // a receipt is a file (multipart/form-data): any JSON or other body is a 400 (no file)
  {
    name: 'POST /funds/:id/receipts',
    setup: async (n) => ({ f: await fund(n) }),
    path: (ids) => `/funds/${ids.f}/receipts`,
    accepted: [400],
  },
  {
    name: 'POST /micro-projects',
    path: () => '/micro-projects',
    body: (_, n) => ({ orgId: r.communityId, name: `楼道${n}`, description: '', plannedBeneficiaries: 10 }),
  },
  {
    name: 'POST /micro-projects/:id/complete',
    setup: async (n) => ({ m: await microProject(n) }),
    path: (ids) => `/micro-projects/${ids.m}/complete`,
    body: () => ({ beneficiaries: 30, summary: '完成', completedOn: '2026-12-01' }),
  },
  {
    name: 'POST /micro-projects/:id/cancel',
    setup: async (n) => ({ m: await microProject(n) }),
    path: (ids) => `/micro-projects/${ids.m}/cancel`,
    body: () => ({ reason: '不再需要' }),
  },
);

// assessment (issue 20): indicator sets, their what-if and publication, awards
const indicatorSet = () => ({
  index: 'pioneer',
  name: '先锋指数（试行）',
  period: 'quarter',
  indicators: [{ measure: 'volunteer_hours', category: 'elderly_care', weight: 2, cap: 50 }],
});
const draftSet = async (): Promise<Ids> => ({
  set: id(await root().post('/assessment/indicator-sets').send(indicatorSet()).expect(201)),
});
/** The first day of the coming quarter: where a quarter set may take effect. */
const nextQuarterStart = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3 + 3, 1)).toISOString().slice(0, 10);
};
/** A proposed 先锋党员 award of a member with this year's hours. */
const proposedAward = async (n: number): Promise<Ids> => {
  const { m } = await memberWithPoints(n);
  const year = new Date().getUTCFullYear();
  for (let i = 0; i < 300; i++) {
    const items = (await root().post('/assessment/awards').send({ kind: 'pioneer_member', year, top: 100 }).expect(201))
      .body.items as { id: string; subjectId: string }[];
    const mine = (await root().get(`/assessment/awards?year=${year}&status=proposed`).expect(200)).body.items.find(
      (a: { subjectId: string }) => a.subjectId === m,
    );
    if (mine) return { award: mine.id };
    if (items.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no award was proposed');
};
ROUTES.push(
  { name: 'POST /assessment/indicator-sets', path: () => '/assessment/indicator-sets', body: indicatorSet },
  {
    name: 'PATCH /assessment/indicator-sets/:id',
    setup: draftSet,
    path: (ids) => `/assessment/indicator-sets/${ids.set}`,
    body: () => {
      const { index: _index, ...content } = indicatorSet();
      return content;
    },
  },
  {
    name: 'POST /assessment/indicator-sets/:id/publish',
    setup: draftSet,
    path: (ids) => `/assessment/indicator-sets/${ids.set}/publish`,
    body: () => ({ effectiveFrom: nextQuarterStart() }),
  },
  {
    name: 'POST /assessment/indicator-sets/:id/what-if',
    setup: draftSet,
    path: (ids) => `/assessment/indicator-sets/${ids.set}/what-if`,
    body: () => ({}),
  },
  {
    name: 'POST /assessment/awards',
    path: () => '/assessment/awards',
    body: () => ({ kind: 'five_star_branch', year: 2026, top: 3, scopeOrgId: r.communityId }),
  },
  {
    name: 'POST /assessment/awards/:id/confirm',
    setup: proposedAward,
    path: (ids) => `/assessment/awards/${ids.award}/confirm`,
    body: () => ({ reason: '年度优秀' }),
  },
  {
    name: 'POST /assessment/awards/:id/reject',
    setup: proposedAward,
    path: (ids) => `/assessment/awards/${ids.award}/reject`,
    body: () => ({ reason: '材料不全' }),
  },
);

// joint-meeting sessions (大事共议, issue 20): the street's meeting, the region's unit its member
let streetMembership: Promise<unknown> | null = null;
const jmDay = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const jmSession = async (n: number, attendance = true): Promise<Ids> => {
  streetMembership ??= root().post(`/organizations/${r.streetId}/joint-meeting/members`).send({ unitId: r.unitId });
  await streetMembership;
  const agenda = [{ kind: 'unit_proposal', title: `议题${n}`, proposedBy: r.unitId }];
  const res = await root()
    .post(`/organizations/${r.streetId}/joint-meeting/sessions`)
    .send({ heldOn: jmDay, place: '会议室', title: `会议${n}`, agenda })
    .expect(201);
  const ids = { s: res.body.id, i: res.body.agenda[0].agendaItemId };
  if (attendance)
    await root()
      .post(`/joint-meeting-sessions/${ids.s}/attendance`)
      .send({ units: [{ id: r.unitId, present: true }], partTimeMembers: [] })
      .expect(200);
  return ids;
};
ROUTES.push(
  {
    name: 'POST /organizations/:id/joint-meeting/sessions',
    path: () => `/organizations/${r.streetId}/joint-meeting/sessions`,
    body: (_, n) => ({
      heldOn: jmDay,
      place: '会议室',
      title: `会议${n}`,
      agenda: [{ kind: 'needs', title: '需求', refs: ['need-1'], description: '说明' }],
    }),
  },
  {
    name: 'POST /joint-meeting-sessions/:id/attendance',
    setup: (n) => jmSession(n, false),
    path: (ids) => `/joint-meeting-sessions/${ids.s}/attendance`,
    body: () => ({ units: [{ id: r.unitId, present: true }], partTimeMembers: [] }),
  },
  {
    name: 'POST /joint-meeting-sessions/:id/minutes',
    setup: (n) => jmSession(n, false),
    path: (ids) => `/joint-meeting-sessions/${ids.s}/minutes`,
    body: () => ({ minutes: '纪要' }),
  },
  {
    name: 'POST /joint-meeting-sessions/:id/decisions',
    setup: (n) => jmSession(n),
    path: (ids) => `/joint-meeting-sessions/${ids.s}/decisions`,
    body: (ids) => ({
      agendaItemId: ids.i,
      outcome: 'adopted',
      method: 'votes',
      votes: { for: 1, against: 0, abstain: 0 },
      actionItems: [
        {
          title: '落实',
          owner: { kind: 'unit', id: r.unitId },
          dueOn: jmDay,
          need: {
            communityId: r.communityId,
            title: '议定需求',
            category: 'elderly_care',
            quantity: { amount: 1, unit: 'person_hours' },
            window: { from: jmDay, to: '2099-12-31' },
            urgency: 'normal',
          },
          // a proposal the decision accepts (none by this id: matching creates nothing, the item stays 待生成)
          proposalId: '01a00000-0000-7000-8000-00000000f022',
        },
      ],
    }),
  },
  {
    name: 'POST /joint-meeting-sessions/:id/action-items/:actionItemId/done',
    setup: async (n) => {
      const ids = await jmSession(n);
      const res = await root()
        .post(`/joint-meeting-sessions/${ids.s}/decisions`)
        .send({
          agendaItemId: ids.i,
          outcome: 'adopted',
          method: 'consensus',
          actionItems: [{ title: '落实', owner: { kind: 'organization', id: r.streetId }, dueOn: jmDay }],
        })
        .expect(201);
      return { ...ids, a: res.body.actionItems[0].actionItemId };
    },
    path: (ids) => `/joint-meeting-sessions/${ids.s}/action-items/${ids.a}/done`,
    body: () => ({ note: '已完成' }),
  },
  {
    name: 'POST /organizations/:id/joint-meeting/proposals',
    setup: async (n) => {
      await jmSession(n);
      return {};
    },
    path: () => `/organizations/${r.streetId}/joint-meeting/proposals`,
    body: (_, n) => ({ title: `提议${n}`, description: '说明', kind: 'unit_proposal', proposedBy: r.unitId }),
  },
  {
    name: 'POST /organizations/:id/joint-meeting/branch-of',
    setup: async (n) => ({
      x: id(
        await root()
          .post('/organizations')
          .send({ name: `分会街道${n}`, kind: 'street', parentId: r.districtId })
          .expect(201),
      ),
    }),
    path: (ids) => `/organizations/${ids.x}/joint-meeting/branch-of`,
    body: () => ({ councilOrgId: r.districtId }),
  },
  {
    name: 'POST /joint-meeting-sessions/:id/close',
    setup: (n) => jmSession(n),
    path: (ids) => `/joint-meeting-sessions/${ids.s}/close`,
  },
);

// the import routes take a spreadsheet as multipart/form-data: any JSON or other body is a 400 (no
// file), never read as a sheet; hostile files are spreadsheets.e2e.spec.ts's
for (const kind of ['organizations', 'units', 'members', 'needs', 'offers'])
  ROUTES.push({ name: `POST /imports/${kind}`, path: () => `/imports/${kind}`, accepted: [400] });

// service-site standards (issue 20): a district's checklists and its rule of who gives which stars
ROUTES.push(
  {
    name: 'POST /organizations/:id/site-standards/checklists',
    path: () => `/organizations/${r.districtId}/site-standards/checklists`,
    body: (_, n) => ({ level: 'centre', items: [{ name: `标准${n}`, description: '模糊测试' }] }),
  },
  {
    name: 'POST /organizations/:id/site-standards/authority',
    path: () => `/organizations/${r.districtId}/site-standards/authority`,
    body: (_, n) => ({ districtStars: 4 + (n % 2) }),
    // the same rule twice is 422 unchanged
    accepted: [200, 422],
  },
  // an evidence file is a file (multipart/form-data): any JSON or other body is a 400 (no file)
  {
    name: 'POST /service-sites/:id/evidence',
    setup: async (n) => ({
      s: id(
        await root()
          .post('/service-sites')
          .send({ orgId: r.communityId, name: `证据站${n}`, level: 'station' })
          .expect(201),
      ),
    }),
    path: (ids) => `/service-sites/${ids.s}/evidence`,
    accepted: [400],
  },
);

const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];

describe('fuzz: hostile input is refused at the edge', () => {
  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    shop = await registerMerchant(r.root, r.streetId);
    token = (await t.anonymous().post('/auth/login').send(ROOT).expect(200)).body.accessToken;
    routes = declaredRoutes(t.platform.app);
    pristine = prototypes();
  });
  afterAll(() => t.stop());

  it('fuzzes every write route the controllers declare', () => {
    const declared = routes.filter((route) => WRITES.includes(route.method)).map((route) => route.name);
    expect(declared.length).toBeGreaterThan(40);
    expect(ROUTES.map((route) => route.name).sort()).toEqual([...new Set(declared)].sort());
  });

  it('answers with the security headers and without X-Powered-By, refusals and malformed JSON included', async () => {
    const answers = [
      await call('GET', '/health'),
      await call('GET', '/needs?limit=100000'),
      await call('POST', '/needs', '{"title": ', 'application/json'),
      await call('POST', '/needs', 'title=x', 'application/x-www-form-urlencoded'),
      await call('POST', '/needs', JSON.stringify({ title: 'x'.repeat(300_000) }), 'application/json'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 400, 400, 415, 413]);
    for (const answer of answers) {
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-powered-by')).toBeNull();
      if (answer.status >= 400)
        expect(answer.body).toMatchObject({ statusCode: answer.status, error: expect.any(String) });
    }
    expect(answers[2].body.message).toMatch(/JSON/);
    expect(answers[4].body.message).toBe('the request body is larger than 262144 bytes');
  });

  it.each(ROUTES.map((route, n) => [route.name, route, n] as const))('%s', async (name, route, n) => {
    const declared = routes.find((d) => d.name === name);
    if (!declared) throw new Error(`${name} is not a route of the platform`);
    const method = declared.method;
    const ids = (await route.setup?.(n)) ?? {};
    const path = route.path(ids);
    const base = route.body?.(ids, n);
    const shape: BodyShape = { base: base ?? {}, declared: declared.bodyFields ?? [] };
    await quiet();
    for (const [kind, arb] of Object.entries(hostileBodies(shape))) {
      await property(arb, (p) => expectRefused(`${name} [${kind}]`, method, path, p), RUNS_OF[kind] ?? RUNS);
    }
    const valid = await call(method, path, base && JSON.stringify(base), base && 'application/json');
    if (!(route.accepted ?? [200, 201, 202]).includes(valid.status)) {
      throw new Error(`${name}: the unspoilt request got ${valid.status} ${JSON.stringify(valid.body)}`);
    }
    await quiet();
    await property(randomBodies(shape), (p) => expectRefused(`${name} [random]`, method, path, p), RANDOM_RUNS);
  });

  it('answers hostile path parameters of every route with 4xx and appends nothing', async () => {
    const withParams = routes.filter((route) => route.path.includes(':'));
    expect(withParams.length).toBeGreaterThan(40);
    await quiet();
    const segments = fc.oneof(
      fc.constantFrom('%FF', '%00', '..%2F..%2Fetc%2Fpasswd', '$where', '__proto__', 'constructor', '%E2%80%AE', '%20'),
      fc.constantFrom('x'.repeat(5_000), encodeURIComponent('{"$gt":""}'), encodeURIComponent("1' OR '1'='1")),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map(encodeURIComponent),
    );
    for (const route of withParams) {
      // nothing has these ids: a write finds nothing to act on, a read nothing to show
      const statuses = WRITES.includes(route.method) ? [400, 403, 404, 409, 422] : [];
      await property(
        segments.map((segment) => ({
          kind: `:params = ${segment.slice(0, 40)}`,
          body: segment,
          type: null,
          expect: statuses,
        })),
        (p) => expectRefused(route.name, route.method, route.path.replace(/:\w+/g, String(p.body)), { ...p, body: '' }),
      );
    }
  });

  it('refuses hostile query strings on every list route', async () => {
    const lists = routes.filter((route) => route.method === 'GET' && route.queryFields?.length);
    expect(lists.length).toBeGreaterThan(15);
    const m = await member(1_000);
    const run = (await root().post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body.runId;
    // real resources where a route names one, so that its handler runs with what the pipe let through
    const real: Record<string, string> = {
      '/members/:id/points': `/members/${m}/points`,
      '/members/:id/pioneer-index': `/members/${m}/pioneer-index`,
      '/units/:id/contributions': `/units/${r.unitId}/contributions`,
      '/matching/runs/:runId/pairs': `/matching/runs/${run}/pairs`,
    };
    await quiet();
    for (const route of lists) {
      const path = real[route.path] ?? route.path.replace(/:(\w+)/g, (_, param) => `unknown-${param}`);
      for (const [kind, arb] of Object.entries(hostileQueries(route.queryFields!))) {
        if (kind === 'badLimit' && !route.queryFields!.includes('limit')) continue;
        await property(arb, (p) =>
          expectRefused(`${route.name} [${kind}]`, 'GET', `${path}?${p.body}`, { ...p, body: '' }),
        );
      }
    }
  });
});
