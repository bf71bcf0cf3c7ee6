import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';
import { declaredRoutes } from '@gongjian/runtime';

/**
 * The read side of the authorization matrix (DESIGN §4, issue 9): every read route × every role.
 * The co-building lists (organisations, units, needs, offers, proposals, projects, runs) are the
 * region's shared notice board: every signed-in account reads them. Members' records are personal
 * data: admins read them only inside their subtree (or the community a member reported to), a
 * unit contact those its unit employs, the auditor all; clear personal data only admins in scope.
 * The audit trail: auditors and district admins. Nobody reads anything without a token.
 */
type Role =
  | 'anonymous'
  | 'district'
  | 'street'
  | 'communityA'
  | 'communityB'
  | 'otherStreet'
  | 'unit'
  | 'member'
  | 'auditor'
  | 'gridWorker'
  | 'gridWorkerB'
  | 'resident';
/**
 * `gridWorker`: a grid worker (issue 18) whose running term names the region's grid; `gridWorkerB`:
 * one of another grid of the same community — the insider next door.
 */
const ROLES: Role[] = [
  'anonymous',
  'district',
  'street',
  'communityA',
  'communityB',
  'otherStreet',
  'unit',
  'member',
  'auditor',
  'resident',
  'gridWorker',
  'gridWorkerB',
];
const SIGNED_IN = ROLES.filter((r) => r !== 'anonymous');
const ADMINS_IN_SCOPE: Role[] = ['district', 'street', 'communityA'];
const MEMBER_READERS: Role[] = [...ADMINS_IN_SCOPE, 'unit', 'auditor'];
const AUDITORS: Role[] = ['district', 'auditor'];
/** the organisers of a list a grid or community keeps: the admins over it, and the auditor */
const ORGANISERS: Role[] = [...ADMINS_IN_SCOPE, 'auditor'];
/** neither over the member's branch nor its employer: they never read the member's id */
const OUTSIDERS: Role[] = ['communityB', 'otherStreet', 'member', 'resident', 'gridWorkerB'];
/** who reads the households of the grid tier: the admins over them, the grid's worker, the auditor */
const HOUSEHOLD_READERS: Role[] = [...ADMINS_IN_SCOPE, 'auditor', 'gridWorker'];
/** who lists them (each list shows the reader's own part): every admin, the auditor, every grid worker */
const HOUSEHOLD_LISTERS: Role[] = [
  ...ADMINS_IN_SCOPE,
  'communityB',
  'otherStreet',
  'auditor',
  'gridWorker',
  'gridWorkerB',
];
/** a grid worker reads the needs of its grids only (issue 18) */
const NOT_NEXT_DOOR = SIGNED_IN.filter((role) => role !== 'gridWorkerB');

interface Fixture {
  memberId: string;
  needId: string;
  offerId: string;
  runId: string;
  activityId: string;
  pairingId: string;
  serviceSiteId: string;
  proposalId: string;
  projectId: string;
  wishId: string;
  teamId: string;
  eventId: string;
  replayId: string;
  /** the member the `member` account is linked to: signed up, on the team, a project participant */
  selfId: string;
  /** the resident the `resident` account registered itself as: signed up for the activity */
  residentId: string;
  /** an activity under way, whose check-in code its organisers read */
  nowActivityId: string;
  /** one under way of the whole community (no grid): no grid worker organises it */
  nowCommunityActivityId: string;
  partyGroupId: string;
  householdId: string;
  householdUnitId: string;
}

const READS: Array<{ path: (f: Fixture, r: Region) => string; allowed: Role[] }> = [
  { path: (_, r) => `/organizations/${r.communityId}`, allowed: SIGNED_IN },
  { path: (_, r) => `/organizations/${r.streetId}/tree`, allowed: SIGNED_IN },
  { path: () => '/organizations', allowed: SIGNED_IN },
  { path: (_, r) => `/units/${r.unitId}`, allowed: SIGNED_IN },
  { path: () => '/units', allowed: SIGNED_IN },
  { path: (_, r) => `/units/${r.unitId}/contributions`, allowed: SIGNED_IN },
  { path: () => '/pairings', allowed: SIGNED_IN },
  { path: () => '/service-sites', allowed: SIGNED_IN },
  { path: (_, r) => `/organizations/${r.communityId}/joint-meeting`, allowed: SIGNED_IN },
  { path: (f) => `/needs/${f.needId}`, allowed: NOT_NEXT_DOOR },
  { path: (_, r) => `/needs?communityId=${r.communityId}`, allowed: SIGNED_IN },
  { path: (_, r) => `/needs?orgId=${r.streetId}`, allowed: SIGNED_IN },
  { path: (f) => `/offers/${f.offerId}`, allowed: SIGNED_IN },
  { path: () => '/offers', allowed: SIGNED_IN },
  { path: () => '/proposals', allowed: SIGNED_IN },
  { path: () => '/projects', allowed: SIGNED_IN },
  { path: (_, r) => `/proposals?orgId=${r.streetId}`, allowed: SIGNED_IN },
  { path: (_, r) => `/projects?orgId=${r.streetId}`, allowed: SIGNED_IN },
  { path: (f) => `/matching/runs/${f.runId}`, allowed: SIGNED_IN },
  { path: (f) => `/matching/runs/${f.runId}/pairs`, allowed: SIGNED_IN },
  { path: () => '/accounts/me', allowed: SIGNED_IN },
  { path: (_, r) => `/accounts?orgId=${r.communityId}`, allowed: [...ADMINS_IN_SCOPE, 'auditor'] },
  { path: () => '/accounts/root/login-attempts', allowed: AUDITORS },
  { path: () => '/points/rules', allowed: SIGNED_IN },
  { path: (f) => `/members/${f.memberId}`, allowed: MEMBER_READERS },
  { path: (f) => `/members/${f.memberId}/points`, allowed: MEMBER_READERS },
  { path: (f) => `/members/${f.memberId}/pioneer-index`, allowed: MEMBER_READERS },
  { path: (f) => `/members/${f.memberId}/personal-data`, allowed: ADMINS_IN_SCOPE },
  { path: (_, r) => `/members?orgId=${r.communityId}`, allowed: [...ADMINS_IN_SCOPE, 'auditor'] },
  { path: (_, r) => `/members?transferTo=${r.communityId}`, allowed: [...ADMINS_IN_SCOPE, 'auditor'] },
  { path: () => '/members/me/account-proposals', allowed: ['member'] },
  // the 双报到 requests addressed to a community: its admins (above included) and the auditor
  {
    path: (_, r) => `/members/community-reports?communityId=${r.communityId}`,
    allowed: [...ADMINS_IN_SCOPE, 'auditor'],
  },
  {
    path: (_, r) => `/members/community-reports?communityId=${r.otherCommunityId}`,
    allowed: ['district', 'street', 'communityB', 'auditor'],
  },
  { path: (_, r) => `/pioneer-index/leaderboard?orgId=${r.communityId}`, allowed: [...ADMINS_IN_SCOPE, 'auditor'] },
  { path: () => '/activities', allowed: SIGNED_IN },
  { path: (_, r) => `/activities?orgId=${r.streetId}`, allowed: SIGNED_IN },
  { path: (f) => `/activities/${f.activityId}`, allowed: SIGNED_IN },
  { path: () => '/micro-wishes', allowed: SIGNED_IN },
  { path: () => '/teams', allowed: SIGNED_IN },
  { path: (_, r) => `/teams?orgId=${r.streetId}`, allowed: SIGNED_IN },
  { path: () => '/rotations', allowed: SIGNED_IN },
  { path: () => '/audit/events', allowed: AUDITORS },
  { path: () => '/audit/search?q=%E7%A4%BE%E5%8C%BA', allowed: AUDITORS },
  { path: (f) => `/audit/streams/members.member-${f.memberId}`, allowed: AUDITORS },
  { path: () => '/audit/integrity', allowed: AUDITORS },
  { path: () => '/audit/projections', allowed: AUDITORS },
  { path: () => '/audit/replays', allowed: AUDITORS },
  { path: (f) => `/pairings/${f.pairingId}`, allowed: SIGNED_IN },
  { path: (_, r) => `/organizations/${r.communityId}/part-time-members`, allowed: SIGNED_IN },
  { path: (f) => `/service-sites/${f.serviceSiteId}`, allowed: SIGNED_IN },
  { path: (f) => `/proposals/${f.proposalId}`, allowed: SIGNED_IN },
  { path: (f) => `/projects/${f.projectId}`, allowed: SIGNED_IN },
  { path: (f) => `/micro-wishes/${f.wishId}`, allowed: SIGNED_IN },
  { path: (f) => `/teams/${f.teamId}`, allowed: SIGNED_IN },
  { path: (_, r) => `/rotations/${r.communityId}/2027Q1`, allowed: SIGNED_IN },
  { path: (f) => `/audit/events/${f.eventId}`, allowed: AUDITORS },
  { path: (f) => `/audit/as-of?at=2030-01-01T00:00:00Z&streamId=members.member-${f.memberId}`, allowed: AUDITORS },
  { path: (f) => `/audit/export?streamId=members.member-${f.memberId}&format=jsonl`, allowed: AUDITORS },
  { path: (f) => `/audit/replays/${f.replayId}`, allowed: AUDITORS },
  // the owners' side of the audit service's questions (docs/ops/service-boundaries.md)
  { path: () => '/read-models', allowed: AUDITORS },
  { path: () => '/read-models/replays', allowed: AUDITORS },
  { path: (f) => `/read-models/replays/${f.replayId}`, allowed: AUDITORS },
  { path: () => '/read-models/as-of?at=2030-01-01T00:00:00Z&projection=needs', allowed: AUDITORS },
  { path: (f) => `/read-models/streams/members.member-${f.memberId}/effects`, allowed: AUDITORS },
  { path: () => '/metrics', allowed: AUDITORS },
  { path: (_, r) => `/matching/summary?orgId=${r.streetId}`, allowed: SIGNED_IN },
  // the caller's own to-do: every account reads its own (empty for those with nothing to do)
  { path: () => '/matching/todo', allowed: SIGNED_IN },
  { path: (_, r) => `/activities/summary?orgId=${r.streetId}`, allowed: SIGNED_IN },
  // spreadsheets (issue 17): an export reads what its list reads, a template holds no data
  { path: (_, r) => `/exports/needs.xlsx?orgId=${r.streetId}`, allowed: SIGNED_IN },
  { path: () => '/exports/offers.xlsx', allowed: SIGNED_IN },
  { path: () => '/exports/projects.xlsx', allowed: SIGNED_IN },
  { path: (_, r) => `/exports/activities.xlsx?orgId=${r.streetId}`, allowed: SIGNED_IN },
  { path: () => '/exports/organizations.xlsx', allowed: SIGNED_IN },
  { path: () => '/exports/units.xlsx', allowed: SIGNED_IN },
  { path: () => '/exports/sites.xlsx', allowed: SIGNED_IN },
  { path: (_, r) => `/exports/members.xlsx?orgId=${r.communityId}`, allowed: [...ADMINS_IN_SCOPE, 'auditor'] },
  {
    path: (_, r) => `/exports/members.xlsx?orgId=${r.communityId}&personalData=true`,
    allowed: [...ADMINS_IN_SCOPE, 'auditor'],
  },
  { path: (f) => `/exports/ledger.xlsx?memberId=${f.memberId}`, allowed: MEMBER_READERS },
  { path: () => '/imports/needs/template.xlsx', allowed: SIGNED_IN },
  { path: () => '/imports/offers/template.xlsx', allowed: SIGNED_IN },
  { path: () => '/imports/members/template.xlsx', allowed: SIGNED_IN },
  { path: () => '/imports/organizations/template.xlsx', allowed: SIGNED_IN },
  { path: () => '/imports/units/template.xlsx', allowed: SIGNED_IN },
  // 扫码签到: the code is the organisers' only (not the auditor's: it is a key to act with)
  // …and the grid worker of the activity's grid (docs/DECISIONS.md 71); of a community's activity, not
  { path: (f) => `/activities/${f.nowActivityId}/check-in-code`, allowed: [...ADMINS_IN_SCOPE, 'gridWorker'] },
  { path: (f) => `/activities/${f.nowCommunityActivityId}/check-in-code`, allowed: ADMINS_IN_SCOPE },
  // resident volunteers are people: the admins over their community, the auditor, themselves
  { path: (_, r) => `/residents?orgId=${r.communityId}`, allowed: [...ADMINS_IN_SCOPE, 'auditor'] },
  { path: (f) => `/residents/${f.residentId}`, allowed: [...ADMINS_IN_SCOPE, 'auditor', 'resident'] },
  { path: () => '/residents/me', allowed: ['resident'] },
  // 我的活动: a volunteer's own account only (an administrator has no activities of its own)
  { path: () => '/activities/mine', allowed: ['member', 'resident'] },
  // the grid tier (issue 18): party organisations and roles are the notice board's; households are not
  { path: () => '/party-organizations', allowed: SIGNED_IN },
  { path: (f) => `/party-organizations/${f.partyGroupId}`, allowed: SIGNED_IN },
  { path: (_, r) => `/organizations/${r.gridId}/grid-role-list`, allowed: SIGNED_IN },
  { path: (_, r) => `/organizations/${r.gridId}/grid-roles`, allowed: SIGNED_IN },
  { path: () => '/accounts/me/grids', allowed: SIGNED_IN },
  { path: () => '/households', allowed: HOUSEHOLD_LISTERS },
  { path: (f) => `/households/${f.householdId}`, allowed: HOUSEHOLD_READERS },
  { path: () => '/household-units', allowed: HOUSEHOLD_LISTERS },
  { path: (f) => `/household-units/${f.householdUnitId}`, allowed: HOUSEHOLD_READERS },
  { path: () => '/central-households', allowed: HOUSEHOLD_LISTERS },
  { path: (f) => `/central-households/${f.memberId}`, allowed: HOUSEHOLD_READERS },
];

/**
 * The second dimension (issue 16 item 5): a list a place keeps names members — sign-ups, project
 * participants, the claimer of a wish, a team's roster. Every signed-in account reads the record;
 * only its organisers (and the project's unit) read the member ids. Everyone else gets the count,
 * and a member account `self`: itself, never the others.
 */
const MEMBER_IDS: Array<{
  path: (f: Fixture, r: Region) => string;
  /** the record in the answer (a list's answer: its item with this id) */
  pick: (body: any, f: Fixture) => any;
  /** the member-id fields and the count that stands in for them */
  fields: string[];
  count?: string;
  allowed: Role[];
  /** who reads the record at all (default: every signed-in account) */
  readers?: Role[];
}> = [
  {
    path: (f) => `/activities/${f.activityId}`,
    pick: (body) => body,
    fields: ['signedUp', 'attendance', 'residents', 'residentAttendance', 'checkIns'],
    count: 'signedUpCount',
    allowed: [...ORGANISERS, 'gridWorker'],
  },
  {
    path: (_, r) => `/activities?orgId=${r.streetId}`,
    pick: (body, f) => body.items.find((a: any) => a.id === f.activityId),
    fields: ['signedUp', 'attendance', 'residents', 'residentAttendance', 'checkIns'],
    count: 'signedUpCount',
    allowed: [...ORGANISERS, 'gridWorker'],
  },
  {
    path: (f) => `/projects/${f.projectId}`,
    pick: (body) => body,
    fields: ['participantMemberIds'],
    count: 'participantCount',
    allowed: [...ORGANISERS, 'unit'],
  },
  {
    path: () => '/projects',
    pick: (body, f) => body.items.find((p: any) => p.id === f.projectId),
    fields: ['participantMemberIds'],
    count: 'participantCount',
    allowed: [...ORGANISERS, 'unit'],
  },
  {
    path: (f) => `/party-organizations/${f.partyGroupId}`,
    pick: (body) => body,
    fields: ['memberIds'],
    count: 'members',
    allowed: ORGANISERS,
  },
  {
    path: (f) => `/micro-wishes/${f.wishId}`,
    pick: (body) => body,
    fields: ['claimedBy'],
    allowed: ORGANISERS,
  },
  {
    path: (_, r) => `/micro-wishes?communityId=${r.communityId}`,
    pick: (body, f) => body.items.find((w: any) => w.id === f.wishId),
    fields: ['claimedBy'],
    allowed: ORGANISERS,
  },
  {
    path: (f) => `/teams/${f.teamId}`,
    pick: (body) => body,
    fields: ['memberIds'],
    count: 'memberCount',
    allowed: ORGANISERS,
  },
  {
    path: (_, r) => `/teams?orgId=${r.streetId}`,
    pick: (body, f) => body.items.find((team: any) => team.id === f.teamId),
    fields: ['memberIds'],
    count: 'memberCount',
    allowed: ORGANISERS,
  },
];

/** Read routes whose every-role checks live in a spec of their own, and why. */
const READS_ELSEWHERE: Record<string, string> = {
  'GET /health': 'public by design: readiness for probes and old scripts, no data (health.e2e.spec.ts)',
  'GET /health/live': 'public by design: the liveness probe, no data (health.e2e.spec.ts)',
  'GET /health/ready': 'public by design: the readiness probe, no data (health.e2e.spec.ts)',
  'GET /members/me': 'members-authorization.e2e.spec.ts: only a member account linked to a record',
  // money (issue 19): every role, inside and outside scope
  'GET /funds': 'funds-authorization.e2e.spec.ts',
  'GET /funds/:id': 'funds-authorization.e2e.spec.ts',
  'GET /funds/:id/allocations': 'funds-authorization.e2e.spec.ts',
  'GET /funds/:id/allocations/:allocationId': 'funds-authorization.e2e.spec.ts',
  'GET /funds/:id/spendings': 'funds-authorization.e2e.spec.ts',
  'GET /funds/:id/ledger': 'funds-authorization.e2e.spec.ts',
  'GET /funds/:id/postings': 'funds-authorization.e2e.spec.ts',
  'GET /funds/:id/receipts/:sha256': 'funds-authorization.e2e.spec.ts',
  'GET /funds/contributions': 'funds-authorization.e2e.spec.ts',
  'GET /micro-projects': 'funds-authorization.e2e.spec.ts',
  'GET /micro-projects/:id': 'funds-authorization.e2e.spec.ts',
  'GET /project-funding/:projectId': 'funds-authorization.e2e.spec.ts',
  // the merchant alliance (issue 19)
  'GET /merchants': 'merchants-authorization.e2e.spec.ts: every signed-in account (the contact: admins, auditor)',
  'GET /merchants/:id': 'merchants-authorization.e2e.spec.ts: every signed-in account (the contact: admins, auditor)',
  'GET /merchants/:id/statements/:month': "merchants-authorization.e2e.spec.ts: the alliance org's admins, the auditor",
  'GET /exports/merchant-statement.xlsx': "merchants-authorization.e2e.spec.ts: the alliance org's admins, the auditor",
  'GET /funds/reports/funds': 'funds-authorization.e2e.spec.ts and funds-reports.e2e.spec.ts',
  'GET /funds/reports/units': 'funds-authorization.e2e.spec.ts and funds-reports.e2e.spec.ts',
  'GET /exports/fund-report.xlsx': 'funds-reports.e2e.spec.ts (the readers of the fund report)',
  'GET /exports/unit-contributions.xlsx': 'funds-reports.e2e.spec.ts (and a unit contact, its own line)',
  'GET /audit/traces/spendings/:spendingId': 'funds-reports.e2e.spec.ts (auditors and district admins)',
  'GET /assessment/indicator-sets': 'assessment-authorization.e2e.spec.ts',
  'GET /assessment/indicator-sets/:id': 'assessment-authorization.e2e.spec.ts',
  'GET /assessment/what-ifs/:id': 'assessment-authorization.e2e.spec.ts',
  'GET /assessment/rankings': 'assessment-authorization.e2e.spec.ts',
  'GET /assessment/members/:memberId/figures': 'assessment-authorization.e2e.spec.ts',
  'GET /assessment/organizations/:orgId/figures': 'assessment-authorization.e2e.spec.ts',
  'GET /assessment/awards': 'assessment-authorization.e2e.spec.ts',
  'GET /assessment/awards/:id': 'assessment-authorization.e2e.spec.ts',
  'GET /assessment/members/:memberId/awards': 'assessment-authorization.e2e.spec.ts',
  'GET /assessment/organizations/:orgId/awards': 'assessment-authorization.e2e.spec.ts',
  // joint-meeting sessions (issue 20): the admins over the meeting, the auditor, its member units
  'GET /organizations/:id/joint-meeting/sessions': 'joint-meeting-sessions-authorization.e2e.spec.ts',
  'GET /joint-meeting-sessions/:id': 'joint-meeting-sessions-authorization.e2e.spec.ts',
  'GET /organizations/:id/joint-meeting/proposals': 'joint-meeting-sessions-authorization.e2e.spec.ts',
  // service-site standards (issue 20): the notice board's, every signed-in account
  'GET /organizations/:id/site-standards': 'service-site-standards.e2e.spec.ts (every role)',
  'GET /service-sites/:id/evidence/:sha256': 'service-site-standards.e2e.spec.ts (every role, a file a rating names)',
};

describe('authorization matrix: every read route × every role', () => {
  const t = new TestPlatform();
  let r: Region;
  let f: Fixture;
  let clients: Record<Role, Client>;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    const otherStreet = (
      await r.root.post('/organizations').send({ name: '西城街道', kind: 'street', parentId: r.districtId }).expect(201)
    ).body.id;
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
      otherStreet: await account('xicheng-admin', 'street_admin', otherStreet),
      unit: r.unitContact,
      member: await account('dangyuan', 'member', r.gridId),
      auditor: r.auditor,
      resident: await account('jumin', 'resident', r.communityId),
      gridWorker: await account('wangge-yuan', 'grid_worker', r.communityId),
      gridWorkerB: await account('gebi-wangge', 'grid_worker', r.communityId),
    };
    const nextGrid = (
      await r.root.post('/organizations').send({ name: '第二网格', kind: 'grid', parentId: r.communityId }).expect(201)
    ).body.id;
    for (const [grid, accountId] of [
      [r.gridId, 'wangge-yuan'],
      [nextGrid, 'gebi-wangge'],
    ])
      await r.root
        .post(`/organizations/${grid}/grid-roles`)
        .send({ role: 'grid_worker', residentName: accountId, accountId, startsOn: '2026-01-01' })
        .expect(201);
    const memberId = (
      await r.root
        .post('/members')
        .send({
          name: '李红',
          phone: '13700001111',
          branchId: r.branchId,
          joinedPartyOn: '2001-07-01',
          employerUnitId: r.unitId,
        })
        .expect(201)
    ).body.id;
    const needId = (
      await r.root
        .post('/needs')
        .send({
          communityId: r.communityId,
          gridId: r.gridId,
          title: '助老',
          category: 'elderly_care',
          tags: [],
          quantity: { amount: 5, unit: 'person_hours' },
          window: { from: '2026-12-01', to: '2027-12-31' },
          urgency: 'normal',
        })
        .expect(201)
    ).body.id;
    const offerId = (
      await r.root
        .post('/offers')
        .send({
          unitId: r.unitId,
          title: '志愿服务',
          category: 'elderly_care',
          tags: [],
          capacity: { amount: 5, unit: 'person_hours' },
          window: { from: '2026-11-01', to: '2027-12-31' },
          serviceArea: [r.communityId],
        })
        .expect(201)
    ).body.id;
    const runId = (await r.root.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body.runId;
    const activityId = (
      await r.root
        .post('/activities')
        .send({
          title: '助老',
          orgId: r.gridId,
          category: 'elderly_care',
          startsAt: '2027-01-01T08:00:00Z',
          endsAt: '2027-01-01T11:00:00Z',
          slots: 5,
          pointsPerHour: 10,
          openTo: ['members', 'residents'],
        })
        .expect(201)
    ).body.id;
    const nowActivityId = (
      await r.root
        .post('/activities')
        .send({
          title: '扫码签到',
          orgId: r.gridId,
          category: 'elderly_care',
          startsAt: new Date(Date.now() - 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          slots: 5,
          pointsPerHour: 10,
        })
        .expect(201)
    ).body.id;
    const nowCommunityActivityId = (
      await r.root
        .post('/activities')
        .send({
          title: '社区扫码签到',
          orgId: r.communityId,
          category: 'elderly_care',
          startsAt: new Date(Date.now() - 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          slots: 5,
          pointsPerHour: 10,
        })
        .expect(201)
    ).body.id;
    const pairingId = (await r.root.post('/pairings').send({ unitId: r.unitId, orgId: r.gridId }).expect(201)).body.id;
    const serviceSiteId = (
      await r.root.post('/service-sites').send({ orgId: r.communityId, name: '服务站', level: 'station' }).expect(201)
    ).body.id;
    const proposalId = (await r.root.get('/proposals').query({ needId }).expect(200)).body.items[0].id;
    await r.communityAdmin.post(`/proposals/${proposalId}/accept`).send({ side: 'community' }).expect(200);
    const projectId = (await r.unitContact.post(`/proposals/${proposalId}/accept`).send({ side: 'unit' }).expect(200))
      .body.projectId;
    const wishId = (
      await r.root.post('/micro-wishes').send({ communityId: r.communityId, title: '修收音机' }).expect(201)
    ).body.id;
    const teamId = (await r.root.post('/teams').send({ name: '红马甲', orgId: r.communityId }).expect(201)).body.id;
    await r.root
      .post('/rotations')
      .send({ orgId: r.communityId, quarter: '2027Q1', teamIds: [teamId] })
      .expect(201);
    // the member account's own record, linked and confirmed; both members then serve
    const selfId = (
      await r.root
        .post('/members')
        .send({ name: '王芳', phone: '13700002222', branchId: r.branchId, joinedPartyOn: '2010-07-01' })
        .expect(201)
    ).body.id;
    await r.root.post(`/members/${selfId}/account`).send({ accountId: 'dangyuan' }).expect(200);
    await clients.member.post('/members/me/account/confirm').send({ memberId: selfId }).expect(200);
    for (const id of [memberId, selfId]) {
      await r.root.post(`/activities/${activityId}/signups`).send({ memberId: id }).expect(201);
      await r.root.post(`/teams/${teamId}/members`).send({ memberId: id }).expect(200);
    }
    // the resident account registers itself and signs up: a place, not in the member count's lists
    const residentId = (
      await clients.resident
        .post('/residents/me')
        .send({ name: '赵阿姨', phone: '13600003333', consent: true })
        .expect(201)
    ).body.id;
    await clients.resident.post(`/activities/${activityId}/signups`).send({ residentId }).expect(201);
    await r.root.post(`/micro-wishes/${wishId}/claim`).send({ memberId }).expect(200);
    await r.unitContact.post(`/projects/${projectId}/start`).expect(200);
    await r.unitContact
      .post(`/projects/${projectId}/complete`)
      .send({ report: '完成', participantMemberIds: [memberId, selfId] })
      .expect(200);
    const [registered] = await t.platform.inspect.store.readStream(`members.member-${memberId}`);
    const replayId = (await r.root.post('/audit/replays').send({ projection: 'needs' }).expect(202)).body.id;
    // the grid tier: a party group seating both members, a building's households, a 联建单元, a 党员中心户
    const building = (
      await r.root.post('/organizations').send({ name: '1号楼', kind: 'building', parentId: r.gridId }).expect(201)
    ).body.id;
    const partyGroupId = (
      await r.root
        .post('/party-organizations')
        .send({ kind: 'party_group', name: '1号楼党小组', parentId: r.branchId, covers: [building] })
        .expect(201)
    ).body.id;
    for (const id of [memberId, selfId])
      await r.root.post(`/party-organizations/${partyGroupId}/members`).send({ memberId: id }).expect(200);
    const households: string[] = [];
    for (let i = 1; i <= 10; i++)
      households.push(
        (
          await r.root
            .post('/households')
            .send({ label: `${i}01室`, areaId: building })
            .expect(201)
        ).body.id,
      );
    const householdUnitId = (
      await r.root
        .post('/household-units')
        .send({ name: '1号楼联建单元', areaId: building, householdIds: households })
        .expect(201)
    ).body.id;
    await r.root
      .post('/central-households')
      .send({ memberId, householdIds: households.slice(0, 3) })
      .expect(201);
    f = {
      memberId,
      needId,
      offerId,
      runId,
      activityId,
      pairingId,
      serviceSiteId,
      proposalId,
      projectId,
      wishId,
      teamId,
      eventId: registered.eventId,
      replayId,
      selfId,
      residentId,
      nowActivityId,
      nowCommunityActivityId,
      partyGroupId,
      householdId: households[0],
      householdUnitId,
    };
  });
  afterAll(() => t.stop());

  it('has a row for every read route the controllers declare', () => {
    const paths = READS.map((read) => read.path(f, r).split('?')[0]);
    const pattern = (path: string) => new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}$`);
    const missing = declaredRoutes(t.platform.app)
      .filter((route) => route.method === 'GET' && !READS_ELSEWHERE[route.name])
      .filter((route) => !paths.some((path) => pattern(route.path).test(path)))
      .map((route) => route.name);
    expect(missing).toEqual([]);
  });

  const cases = READS.flatMap((read, i) => ROLES.map((role) => [i, role, read] as const));
  it.each(cases)('read #%s as %s', async (_, role, read) => {
    const path = read.path(f, r);
    const res = await clients[role].get(path);
    const expected = role === 'anonymous' ? 401 : read.allowed.includes(role) ? 200 : 403;
    if (res.status !== expected) throw new Error(`GET ${path} as ${role}: ${res.status}, expected ${expected}`);
    // generated over every read route: a place that neither administers nor employs the member
    // never finds the member's id in an answer (issue 16 item 5: how item 1 found its victims)
    if (OUTSIDERS.includes(role) && JSON.stringify(res.body).includes(f.memberId))
      throw new Error(`GET ${path} as ${role} names member ${f.memberId}`);
  });

  const idCases = MEMBER_IDS.flatMap((read, i) => (read.readers ?? SIGNED_IN).map((role) => [i, role, read] as const));
  it.each(idCases)('member ids of list #%s as %s', async (_, role, read) => {
    const path = read.path(f, r);
    const res = await clients[role].get(path).expect(200);
    const record = read.pick(res.body, f);
    expect(record).toBeDefined();
    const sees = read.allowed.includes(role);
    for (const field of read.fields)
      expect({ role, path, field, present: field in record }).toEqual({ role, path, field, present: sees });
    // the activity's places: two members and the resident
    if (read.count) expect(record[read.count]).toBe(read.fields.includes('residents') ? 3 : 2);
    // no member id of anybody but oneself anywhere in the answer
    const text = JSON.stringify(record);
    if (!sees) expect(text).not.toContain(f.memberId);
    if (!sees && role !== 'member') expect(text).not.toContain(f.selfId);
    if (!sees && role !== 'resident') expect(text).not.toContain(f.residentId);
  });

  it('shows a member account itself in each list, and only itself', async () => {
    const get = async (path: string) => (await clients.member.get(path).expect(200)).body;
    expect((await get(`/activities/${f.activityId}`)).self).toEqual({
      memberId: f.selfId,
      signedUp: true,
      hours: null,
      checkedInAt: null,
      checkedOutAt: null,
    });
    // and a resident account itself, and only itself
    const seen = (await clients.resident.get(`/activities/${f.activityId}`).expect(200)).body;
    expect(seen.self).toEqual({
      residentId: f.residentId,
      signedUp: true,
      hours: null,
      checkedInAt: null,
      checkedOutAt: null,
    });
    expect(JSON.stringify(seen)).not.toContain(f.selfId);
    expect((await get(`/teams/${f.teamId}`)).self).toEqual({ memberId: f.selfId, member: true });
    expect((await get(`/micro-wishes/${f.wishId}`)).self).toEqual({ memberId: f.selfId, claimed: false });
    // an account of another role has no `self`
    expect((await clients.unit.get(`/activities/${f.activityId}`).expect(200)).body.self).toBeUndefined();
  });
});
