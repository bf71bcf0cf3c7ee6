import { chinaDay } from '@gongjian/auth';
import type { EventEnvelope } from '@gongjian/eventing';
import type { InProcessBroker } from '@gongjian/messaging';
import { IN_PROCESS_BROKER } from '@gongjian/runtime';
import { type Client, expectRebuildsEqual, type Region, seedRegion, TestPlatform } from './support/platform';

/**
 * 大事共议 (issue 20): the street's joint meeting (东城街道联席会议) holds a session — attendance of
 * its member unit and part-time member, minutes, a decision adopted by votes whose action item
 * creates a need (posted by the matching service under the id chosen at decision time) — the item
 * is carried over to the next session and followed to done.
 */
const t = new TestPlatform();
let r: Region;
let street: Client;
let appointmentId: string;
const today = chinaDay();
const plus = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const needDraft = () => ({
  communityId: r.communityId,
  title: '加装电梯志愿服务',
  category: 'elderly_care',
  description: '联席会议议定',
  quantity: { amount: 10, unit: 'person_hours' },
  window: { from: today, to: plus(90) },
  urgency: 'normal',
});

async function convene(title: string, agenda: object[] = []) {
  return street
    .post(`/organizations/${r.streetId}/joint-meeting/sessions`)
    .send({ heldOn: today, place: '街道党群服务中心', title, agenda })
    .expect(201);
}

beforeAll(async () => {
  await t.start();
  r = await seedRegion(t);
  await r.root
    .post('/accounts')
    .send({ username: 'dongcheng', password: 'dongcheng-password', role: 'street_admin', orgId: r.streetId })
    .expect(201);
  street = await t.login('dongcheng', 'dongcheng-password');
  await street.post(`/organizations/${r.streetId}/joint-meeting/members`).send({ unitId: r.unitId }).expect(201);
  const appointed = await street
    .post(`/organizations/${r.streetId}/part-time-members`)
    .send({ unitId: r.unitId, personName: '王芳', position: '兼职委员', term: { from: plus(-30), to: plus(700) } })
    .expect(201);
  appointmentId = appointed.body.items[0].appointmentId;
});
afterAll(() => t.stop());

describe('joint-meeting sessions (大事共议)', () => {
  let first: { id: string; agenda: Array<{ agendaItemId: string; kind: string }> };
  let needId: string;
  let actionItemId: string;

  it('a session with attendance and a decision that creates a need, its action item followed to done', async () => {
    first = (
      await convene('2026年第四季度联席会议', [
        { kind: 'unit_proposal', title: '老旧小区加装电梯', proposedBy: r.unitId },
        { kind: 'needs', title: '助老需求对接', refs: ['need-1'] },
      ])
    ).body;
    expect(first.agenda.map((a) => a.kind)).toEqual(['unit_proposal', 'needs']);

    await street
      .post(`/joint-meeting-sessions/${first.id}/attendance`)
      .send({ units: [{ id: r.unitId, present: true }], partTimeMembers: [{ id: appointmentId, present: true }] })
      .expect(200);
    await street
      .post(`/joint-meeting-sessions/${first.id}/minutes`)
      .send({ minutes: '会议议定加装电梯。' })
      .expect(200);
    const decided = await street
      .post(`/joint-meeting-sessions/${first.id}/decisions`)
      .send({
        agendaItemId: first.agenda[0].agendaItemId,
        outcome: 'adopted',
        method: 'votes',
        votes: { for: 2, against: 0, abstain: 0 },
        actionItems: [
          { title: '征集志愿者', owner: { kind: 'unit', id: r.unitId }, dueOn: plus(30), need: needDraft() },
          { title: '街道协调资金', owner: { kind: 'part_time_member', id: appointmentId }, dueOn: plus(60) },
        ],
      })
      .expect(201);
    const [withNeed, plain] = decided.body.actionItems;
    expect(withNeed).toMatchObject({ title: '征集志愿者', status: 'open', overdue: false, needId: expect.any(String) });
    expect(plain.needId).toBeNull();
    needId = withNeed.needId;
    actionItemId = withNeed.actionItemId;

    // the matching service posts the need under the decided id, by the recorder, caused by the decision
    await t.platform.runtime.settle();
    const needs = (await r.root.get('/needs').query({ communityId: r.communityId }).expect(200)).body.items;
    expect(needs).toEqual([expect.objectContaining({ id: needId, title: '加装电梯志愿服务', status: 'open' })]);
    const [decision] = (await t.platform.inspect.store.readAll()).filter(
      (e) => e.type === 'organizations.JointMeetingDecisionRecorded',
    );
    const [posted] = await t.platform.inspect.store.readStream(`matching.need-${needId}`);
    expect(posted).toMatchObject({
      type: 'matching.NeedPosted',
      causationId: decision.eventId,
      correlationId: decision.correlationId,
      actor: { accountId: 'dongcheng' },
    });
    // a redelivered decision posts nothing twice
    const broker = t.platform.app.get<InProcessBroker>(IN_PROCESS_BROKER);
    await broker.deliver(decision as EventEnvelope);
    await t.platform.runtime.settle();
    expect(await t.platform.inspect.store.readStream(`matching.need-${needId}`)).toHaveLength(1);

    // closed: the public SessionHeld with the exact shape assessment counts
    const closed = await street.post(`/joint-meeting-sessions/${first.id}/close`).expect(200);
    expect(closed.body.status).toBe('held');
    const held = (await t.platform.inspect.store.readAll()).filter(
      (e) => e.type === 'organizations.JointMeetingSessionHeld',
    );
    expect(held.map((e) => e.data)).toEqual([
      {
        sessionId: first.id,
        orgId: r.streetId,
        heldOn: today,
        unitIds: [r.unitId],
        partTimeMemberIds: [appointmentId],
        decisions: 1,
      },
    ]);

    // the action item followed to done, after the session closed
    const done = await street
      .post(`/joint-meeting-sessions/${first.id}/action-items/${actionItemId}/done`)
      .send({ note: '已征集志愿者12人' })
      .expect(200);
    expect(done.body.actionItems[0]).toMatchObject({ status: 'done', note: '已征集志愿者12人', doneOn: today, needId });
    await street
      .post(`/joint-meeting-sessions/${first.id}/action-items/${actionItemId}/done`)
      .send({ note: '再次' })
      .expect(409);
  });

  it("a second session shows the open action items carried over, and follows them to the first session's page", async () => {
    const second = (await convene('2027年第一季度联席会议')).body;
    const carried = second.agenda.filter((a: { kind: string }) => a.kind === 'carried_over');
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({
      title: '街道协调资金',
      carriedOver: {
        sessionId: first.id,
        sessionTitle: '2026年第四季度联席会议',
        actionItem: { status: 'open', overdue: false },
      },
    });
    const list = (await street.get(`/organizations/${r.streetId}/joint-meeting/sessions`).expect(200)).body.items;
    expect(list.map((s: { id: string }) => s.id).sort()).toEqual([first.id, second.id].sort());
    // the unit's contact reads the sessions of its meeting, and writes nothing
    await r.unitContact.get(`/joint-meeting-sessions/${second.id}`).expect(200);
    await r.unitContact.post(`/joint-meeting-sessions/${second.id}/minutes`).send({ minutes: 'x' }).expect(403);
  });

  it('refuses bad input with 400, 404, 409 and 422 (details.field), appending nothing', async () => {
    const session = (await convene('临时会议', [{ kind: 'unit_proposal', title: '议题', proposedBy: r.unitId }])).body;
    const item = session.agenda[0].agendaItemId;
    const before = await t.eventCount();
    const post = (path: string, body: object) =>
      street.post(`/joint-meeting-sessions/${session.id}/${path}`).send(body);
    await street
      .post(`/organizations/${r.streetId}/joint-meeting/sessions`)
      .send({ place: '', agenda: 'x' })
      .expect(400);
    await post('decisions', { agendaItemId: item, outcome: 'maybe', method: 'votes', actionItems: [] }).expect(400);
    const field = async (path: string, body: object, expected: string) =>
      expect((await post(path, body).expect(422)).body.details.field).toBe(expected);
    await field(
      'decisions',
      {
        agendaItemId: item,
        outcome: 'adopted',
        method: 'votes',
        votes: { for: 1, against: 0, abstain: 0 },
        actionItems: [],
      },
      'votes',
    );
    await post('attendance', { units: [{ id: r.unitId, present: true }], partTimeMembers: [] }).expect(200);
    const afterAttendance = await t.eventCount();
    await field(
      'decisions',
      {
        agendaItemId: item,
        outcome: 'adopted',
        method: 'votes',
        votes: { for: 3, against: 0, abstain: 0 },
        actionItems: [],
      },
      'votes',
    );
    await field('attendance', { units: [{ id: r.otherCommunityId, present: true }], partTimeMembers: [] }, 'units[0]');
    await field(
      'decisions',
      {
        agendaItemId: item,
        outcome: 'adopted',
        method: 'consensus',
        actionItems: [
          {
            title: '外街道',
            owner: { kind: 'organization', id: r.streetId },
            dueOn: plus(5),
            need: { ...needDraft(), communityId: r.districtId },
          },
        ],
      },
      'actionItems[0].need.communityId',
    );
    await field(
      'decisions',
      { agendaItemId: 'nope', outcome: 'deferred', method: 'consensus', actionItems: [] },
      'agendaItemId',
    );
    await street.get('/joint-meeting-sessions/no-such-session').expect(404);
    await street.post('/joint-meeting-sessions/no-such-session/close').expect(404);
    expect(await t.eventCount()).toBe(afterAttendance);
    expect(afterAttendance).toBe(before + 1);
    await post('decisions', { agendaItemId: item, outcome: 'deferred', method: 'consensus', actionItems: [] }).expect(
      201,
    );
    await post('decisions', { agendaItemId: item, outcome: 'deferred', method: 'consensus', actionItems: [] }).expect(
      409,
    );
  });

  it('a unit’s proposal and a 党员提案 wait, pending, until an admin puts them on an agenda', async () => {
    await r.root
      .post('/accounts')
      .send({ username: 'dangyuan', password: 'dangyuan-password', role: 'member', orgId: r.gridId })
      .expect(201);
    const member = await t.login('dangyuan', 'dangyuan-password');
    const fromUnit = (
      await r.unitContact
        .post(`/organizations/${r.streetId}/joint-meeting/proposals`)
        .send({ title: '共建停车场' })
        .expect(201)
    ).body;
    expect(fromUnit).toMatchObject({ kind: 'unit_proposal', proposedBy: r.unitId, status: 'pending' });
    const fromMember = (
      await member
        .post(`/organizations/${r.streetId}/joint-meeting/proposals`)
        .send({ title: '增设老年助餐点', description: '二社区老人多' })
        .expect(201)
    ).body;
    expect(fromMember).toMatchObject({ kind: 'party_member_proposal', proposedBy: 'dangyuan', status: 'pending' });
    // each reads its own; the admin all of them
    expect(
      (await member.get(`/organizations/${r.streetId}/joint-meeting/proposals`).expect(200)).body.items,
    ).toHaveLength(1);
    const pending = (
      await street.get(`/organizations/${r.streetId}/joint-meeting/proposals?status=pending`).expect(200)
    ).body.items;
    expect(pending.map((p: { id: string }) => p.id)).toEqual([fromUnit.id, fromMember.id]);
    // an admin must name what it records on someone's behalf
    expect(
      (await street.post(`/organizations/${r.streetId}/joint-meeting/proposals`).send({ title: 'x' }).expect(422)).body
        .details.field,
    ).toBe('kind');

    const session = (
      await street
        .post(`/organizations/${r.streetId}/joint-meeting/sessions`)
        .send({
          heldOn: today,
          place: '街道会议室',
          title: '提案会议',
          agenda: [],
          proposalIds: [fromUnit.id, fromMember.id],
        })
        .expect(201)
    ).body;
    expect(session.agenda.slice(0, 2)).toEqual([
      expect.objectContaining({
        kind: 'unit_proposal',
        title: '共建停车场',
        proposedBy: r.unitId,
        proposalId: fromUnit.id,
      }),
      expect.objectContaining({ kind: 'party_member_proposal', title: '增设老年助餐点', proposalId: fromMember.id }),
    ]);
    // the item the meeting deferred before (临时会议) comes back once, to this next session
    const deferred = session.agenda.filter((a: { carriedOver: { agendaItemId: string | null } | null }) =>
      Boolean(a.carriedOver?.agendaItemId),
    );
    expect(deferred).toEqual([
      expect.objectContaining({
        kind: 'carried_over',
        title: '议题',
        carriedOver: expect.objectContaining({ sessionTitle: '临时会议' }),
      }),
    ]);
    const next = (
      await street
        .post(`/organizations/${r.streetId}/joint-meeting/sessions`)
        .send({ heldOn: today, place: '街道会议室', title: '再下一次会议', agenda: [] })
        .expect(201)
    ).body;
    expect(
      next.agenda.filter((a: { carriedOver: { agendaItemId: string | null } | null }) => a.carriedOver?.agendaItemId),
    ).toEqual([]);
    const after = (await street.get(`/organizations/${r.streetId}/joint-meeting/proposals`).expect(200)).body.items;
    expect(
      after.every((p: { status: string; sessionId: string }) => p.status === 'scheduled' && p.sessionId === session.id),
    ).toBe(true);
    // once on an agenda, not again
    const again = await street
      .post(`/organizations/${r.streetId}/joint-meeting/sessions`)
      .send({ heldOn: today, place: 'x', title: 'x', agenda: [], proposalIds: [fromUnit.id] })
      .expect(422);
    expect(again.body.details.field).toBe('proposalIds[0]');
  });

  it('holds joint meetings at the district too, and keeps another street out', async () => {
    await r.root.post(`/organizations/${r.districtId}/joint-meeting/members`).send({ unitId: r.unitId }).expect(201);
    await r.root
      .post(`/organizations/${r.districtId}/joint-meeting/sessions`)
      .send({ heldOn: today, place: '区委会议室', title: '区联席会议', agenda: [] })
      .expect(201);
    const other = (
      await r.root.post('/organizations').send({ name: '西城街道', kind: 'street', parentId: r.districtId }).expect(201)
    ).body.id;
    await r.root
      .post('/accounts')
      .send({ username: 'xicheng', password: 'xicheng-password', role: 'street_admin', orgId: other })
      .expect(201);
    const xicheng = await t.login('xicheng', 'xicheng-password');
    await xicheng.get(`/organizations/${r.streetId}/joint-meeting/sessions`).expect(403);
    // the street's meeting, a branch (分会) of the district council: by the district, not by the street
    await street
      .post(`/organizations/${r.streetId}/joint-meeting/branch-of`)
      .send({ councilOrgId: r.districtId })
      .expect(403);
    const branch = await r.root
      .post(`/organizations/${r.streetId}/joint-meeting/branch-of`)
      .send({ councilOrgId: r.districtId })
      .expect(200);
    expect(branch.body.branchOf).toBe(r.districtId);
    expect(
      (
        await r.root
          .post(`/organizations/${other}/joint-meeting/branch-of`)
          .send({ councilOrgId: r.streetId })
          .expect(422)
      ).body.details.field,
    ).toBe('councilOrgId');
    await r.root
      .post('/organizations/nowhere/joint-meeting/branch-of')
      .send({ councilOrgId: r.districtId })
      .expect(404);
    await xicheng
      .post(`/organizations/${r.streetId}/joint-meeting/sessions`)
      .send({ heldOn: today, place: 'x', title: 'x', agenda: [] })
      .expect(403);
  });

  it('a decision accepts matching proposals for both sides: the project is created under the decided id, once', async () => {
    // two needs of the community, one offer of the member unit: a matching run proposes both pairs
    const postNeed = async (title: string) =>
      (
        await r.communityAdmin
          .post('/needs')
          .send({
            communityId: r.communityId,
            title,
            category: 'elderly_care',
            tags: [],
            quantity: { amount: 10, unit: 'person_hours' },
            window: { from: today, to: plus(60) },
            urgency: 'high',
          })
          .expect(201)
      ).body.id as string;
    const mealsNeed = await postNeed('助老食堂志愿服务');
    const closedNeed = await postNeed('助浴服务');
    const clinicNeed = await postNeed('义诊服务');
    // a second member unit of the meeting: a decision cannot make it accept the hospital's proposal
    const school = (
      await r.root
        .post('/units')
        .send({ name: '第二实验小学', sector: 'public_institution', locatedIn: r.communityId })
        .expect(201)
    ).body.id as string;
    await street.post(`/organizations/${r.streetId}/joint-meeting/members`).send({ unitId: school }).expect(201);
    await r.unitContact
      .post('/offers')
      .send({
        unitId: r.unitId,
        title: '医护志愿者',
        category: 'elderly_care',
        tags: [],
        capacity: { amount: 40, unit: 'person_hours' },
        window: { from: plus(-10), to: plus(120) },
        serviceArea: [r.communityId],
      })
      .expect(201);
    const run = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    const proposalOf = (needId: string) =>
      run.proposals.find((p: { needId: string }) => p.needId === needId).id as string;
    const meals = proposalOf(mealsNeed);
    const closed = proposalOf(closedNeed);
    const clinic = proposalOf(clinicNeed);
    // the second proposal closes before the meeting decides: its need is cancelled
    await r.communityAdmin.post(`/needs/${closedNeed}/cancel`).send({ reason: '已由社区自行解决' }).expect(200);
    await t.platform.runtime.settle();
    const open = (await r.unitContact.get('/proposals').query({ unitId: r.unitId, status: 'pending' }).expect(200)).body
      .items;
    expect(open.map((p: { id: string }) => p.id)).toContain(meals);

    const session = (
      await convene('共建项目议定会', [{ kind: 'unit_proposal', title: '共建助老', proposedBy: r.unitId }])
    ).body;
    const attend = (schoolPresent: boolean) =>
      street
        .post(`/joint-meeting-sessions/${session.id}/attendance`)
        .send({
          units: [
            { id: r.unitId, present: true },
            { id: school, present: schoolPresent },
          ],
          partTimeMembers: [],
        })
        .expect(200);
    await attend(false);
    const decide = (actionItems: object[], outcome = 'adopted') =>
      street
        .post(`/joint-meeting-sessions/${session.id}/decisions`)
        .send({ agendaItemId: session.agenda[0].agendaItemId, outcome, method: 'consensus', actionItems });
    const unitItem = (title: string, proposalId: string) => ({
      title,
      owner: { kind: 'unit', id: r.unitId },
      dueOn: plus(30),
      proposalId,
    });

    // what organizations can check: the id, the owner a unit present, an adopted decision — nothing appended
    const before = await t.eventCount();
    await decide([unitItem('x', 'not an id!')]).expect(400);
    const field = async (items: object[], expected: string, outcome?: string) =>
      expect((await decide(items, outcome).expect(422)).body.details.field).toBe(expected);
    await field(
      [{ ...unitItem('x', meals), owner: { kind: 'organization', id: r.streetId } }],
      'actionItems[0].owner.kind',
    );
    await field([unitItem('x', meals), unitItem('y', meals)], 'actionItems[1].proposalId');
    await field([unitItem('x', meals)], 'actionItems[0].proposalId', 'deferred');
    await field([{ ...unitItem('x', clinic), owner: { kind: 'unit', id: school } }], 'actionItems[0].owner.id');
    expect(await t.eventCount()).toBe(before);
    await attend(true);

    const decided = (
      await decide([
        unitItem('共建助老食堂', meals),
        unitItem('开展助浴服务', closed),
        { ...unitItem('学校义诊', clinic), owner: { kind: 'unit', id: school } },
      ]).expect(201)
    ).body;
    const [mealsItem, closedItem, schoolItem] = decided.actionItems.filter(
      (a: { decisionId: string }) => a.decisionId === decided.decisions.at(-1).decisionId,
    );
    expect(mealsItem).toMatchObject({ proposalId: meals, projectId: expect.any(String), needId: null });
    expect(closedItem).toMatchObject({ proposalId: closed, projectId: expect.any(String) });

    // matching accepts the open one for both sides, by the recorder, caused by the decision
    await t.platform.runtime.settle();
    const projects = (await r.communityAdmin.get('/projects').query({ communityId: r.communityId }).expect(200)).body
      .items;
    const ours = projects.filter((p: { proposalId: string }) => [meals, closed, clinic].includes(p.proposalId));
    expect(ours).toEqual([expect.objectContaining({ id: mealsItem.projectId, proposalId: meals, unitId: r.unitId })]);
    const events = await t.platform.inspect.store.readAll();
    const decision = events.filter((e) => e.type === 'organizations.JointMeetingDecisionRecorded').at(-1)!;
    expect(decision.data).toMatchObject({
      projects: [
        { actionItemId: mealsItem.actionItemId, proposalId: meals, projectId: mealsItem.projectId, unitId: r.unitId },
        {
          actionItemId: closedItem.actionItemId,
          proposalId: closed,
          projectId: closedItem.projectId,
          unitId: r.unitId,
        },
        { actionItemId: schoolItem.actionItemId, proposalId: clinic, projectId: schoolItem.projectId, unitId: school },
      ],
    });
    const proposalStream = await t.platform.inspect.store.readStream(`matching.proposal-${meals}`);
    expect(proposalStream.map((e) => e.type)).toEqual([
      'matching.ProposalMade',
      'matching.ProposalSideAccepted',
      'matching.ProposalSideAccepted',
      'matching.ProposalAccepted',
    ]);
    expect(proposalStream[1]).toMatchObject({
      causationId: decision.eventId,
      correlationId: decision.correlationId,
      actor: { accountId: 'dongcheng' },
    });
    expect(await t.platform.inspect.store.readStream(`matching.proposal-${closed}`)).toHaveLength(2);
    // the school's item named the hospital's proposal: matching accepts nothing, the proposal stays pending
    expect(await t.platform.inspect.store.readStream(`matching.proposal-${clinic}`)).toHaveLength(1);

    // the session shows the project created for one item, 待生成 for the other
    const page = (await street.get(`/joint-meeting-sessions/${session.id}`).expect(200)).body;
    const status = (id: string) =>
      page.actionItems.find((a: { actionItemId: string }) => a.actionItemId === id).projectStatus;
    expect([mealsItem, closedItem, schoolItem].map((a) => status(a.actionItemId))).toEqual([
      'created',
      'pending',
      'pending',
    ]);

    // a redelivered decision creates nothing twice
    const count = await t.eventCount();
    const broker = t.platform.app.get<InProcessBroker>(IN_PROCESS_BROKER);
    await broker.deliver(decision as EventEnvelope);
    await t.platform.runtime.settle();
    expect(await t.eventCount()).toBe(count);
    expect(await t.platform.inspect.store.readStream(`matching.project-${mealsItem.projectId}`)).toHaveLength(1);
  });

  it('rebuilds the sessions, proposals and meetings to the same read models', async () => {
    const compared = await expectRebuildsEqual(r.auditor, /joint-meeting|created-projects/);
    expect(compared).toEqual(
      expect.arrayContaining([
        'organizations.joint-meetings',
        'organizations.joint-meeting-sessions',
        'organizations.joint-meeting-proposals',
        'organizations.created-projects',
      ]),
    );
  });
});
