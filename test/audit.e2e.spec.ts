import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, verify } from '../apps/audit/src/cli/verify-export';
import { branchOver, type Region, seedRegion, TestPlatform } from './support/platform';
import { registerMerchant } from './support/merchants';

const need = (communityId: string, over: Record<string, unknown> = {}) => ({
  communityId,
  title: '独居老人助餐',
  category: 'elderly_care',
  tags: ['助餐'],
  quantity: { amount: 30, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2027-03-31' },
  urgency: 'high',
  ...over,
});
const offer = (unitId: string, serviceArea: string[]) => ({
  unitId,
  title: '医护志愿者',
  category: 'elderly_care',
  tags: ['助餐'],
  capacity: { amount: 40, unit: 'person_hours' },
  window: { from: '2026-11-01', to: '2027-06-30' },
  serviceArea,
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface AuditEvent {
  eventId: string;
  type: string;
  streamId: string;
  actor: { accountId: string; role: string };
  correlationId: string;
  causationId: string | null;
  occurredAt: string;
}

describe('audit: history, causation, replays, time travel, integrity, export', () => {
  const t = new TestPlatform();
  let r: Region;
  /** the street's alliance merchant, where the tests redeem */
  let shop = '';
  let projectId: string;
  let needId: string;
  let memberId: string;
  let completionCorrelation: string;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    shop = await registerMerchant(r.root, r.streetId);
    needId = (await r.communityAdmin.post('/needs').send(need(r.communityId)).expect(201)).body.id;
    await r.unitContact
      .post('/offers')
      .send(offer(r.unitId, [r.communityId]))
      .expect(201);
    const run = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    const p = run.proposals.find((x: { needId: string }) => x.needId === needId);
    await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
    projectId = (await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200)).body
      .projectId;
    await r.unitContact.post(`/projects/${projectId}/start`).expect(200);
    await sleep(5); // so that a moment strictly between two events exists
    memberId = (
      await r.communityAdmin
        .post('/members')
        .send({
          name: '王医生',
          phone: '13600002222',
          branchId: r.unitId,
          joinedPartyOn: '2008-07-01',
          employerUnitId: r.unitId,
        })
        .expect(201)
    ).body.id;
    const completed = await r.unitContact
      .post(`/projects/${projectId}/complete`)
      .send({ report: '送餐 30 小时', participantMemberIds: [memberId] })
      .expect(200);
    completionCorrelation = completed.headers['x-correlation-id'];
    await r.communityAdmin.post(`/projects/${projectId}/evaluations`).send({ score: 5, comment: '好' }).expect(201);
    // volunteering and members beside matching, so that every service's read models have something to replay
    await r.communityAdmin
      .post(`/members/${memberId}/community-report`)
      .send({ communityId: r.communityId })
      .expect(200);
    const volunteer = (
      await r.communityAdmin
        .post('/members')
        .send({ name: '李志愿', phone: '13600003333', branchId: r.branchId, joinedPartyOn: '2015-07-01' })
        .expect(201)
    ).body.id;
    const now = Date.now();
    const activity = (
      await r.communityAdmin
        .post('/activities')
        .send({
          title: '敬老院助老',
          orgId: r.gridId,
          category: 'elderly_care',
          place: '幸福敬老院',
          startsAt: new Date(now - 3_600_000).toISOString(),
          endsAt: new Date(now + 3_600_000).toISOString(),
          slots: 4,
          pointsPerHour: 10,
        })
        .expect(201)
    ).body.id;
    for (const m of [volunteer, memberId])
      await r.communityAdmin.post(`/activities/${activity}/signups`).send({ memberId: m }).expect(201);
    await r.communityAdmin
      .post(`/activities/${activity}/attendance`)
      .send({ memberId: volunteer, hours: 2 })
      .expect(201);
    const wish = (
      await r.communityAdmin
        .post('/micro-wishes')
        .send({ communityId: r.communityId, title: '给独居老人修收音机' })
        .expect(201)
    ).body.id;
    await r.communityAdmin.post(`/micro-wishes/${wish}/claim`).send({ memberId: volunteer }).expect(200);
    await r.communityAdmin.post(`/micro-wishes/${wish}/fulfil`).send({ note: '已修好' }).expect(200);
    await r.communityAdmin.post(`/micro-wishes/${wish}/confirm`).expect(200);
    const team = (await r.communityAdmin.post('/teams').send({ name: '红马甲', orgId: r.communityId }).expect(201)).body
      .id;
    await r.communityAdmin.post(`/teams/${team}/members`).send({ memberId: volunteer }).expect(200);
    await r.communityAdmin
      .post('/rotations')
      .send({ orgId: r.communityId, quarter: '2027Q1', teamIds: [team] })
      .expect(201);
    // 2 h × 10 + a wish's 20: the redemption waits for the points to arrive
    for (let i = 0; (await r.communityAdmin.get(`/members/${volunteer}`).expect(200)).body.points !== 40; i++) {
      if (i > 200) throw new Error('the volunteer’s points never arrived');
      await sleep(10);
    }
    await r.communityAdmin.post(`/members/${volunteer}/redemptions`).send({ points: 5, merchantId: shop }).expect(201);
    // the two-sided steps of the members service (issue 16): a transfer asked and accepted, one
    // declined, an account link proposed and confirmed — so that replays cover their events too
    const org = async (name: string, kind: string, parentId: string) =>
      (await r.root.post('/organizations').send({ name, kind, parentId }).expect(201)).body.id as string;
    const gridB = await org(
      '西一网格',
      'grid',
      await org('西社区', 'community', await org('西城街道', 'street', r.districtId)),
    );
    const branchB = await branchOver(r.root, gridB);
    await r.communityAdmin.post(`/members/${volunteer}/transfer`).send({ toBranchId: branchB }).expect(200);
    await r.root.post(`/members/${volunteer}/transfer/decline`).send({ reason: '重复' }).expect(200);
    await r.communityAdmin.post(`/members/${volunteer}/transfer`).send({ toBranchId: branchB }).expect(200);
    await r.root.post(`/members/${volunteer}/transfer/accept`).expect(200);
    await r.root
      .post('/accounts')
      .send({ username: 'li-zhiyuan', password: 'li-zhiyuan-password', role: 'member', orgId: gridB })
      .expect(201);
    await r.root.post(`/members/${volunteer}/account`).send({ accountId: 'li-zhiyuan' }).expect(200);
    const self = await t.login('li-zhiyuan', 'li-zhiyuan-password');
    await self.post('/members/me/account/confirm').send({ memberId: volunteer }).expect(200);
  });
  afterAll(() => t.stop());

  it('lets only auditors and the district start or cancel replays, and only the district swap one in', async () => {
    const account = async (username: string, role: string, orgId: string) => {
      await r.root
        .post('/accounts')
        .send({ username, password: `${username}-password`, role, orgId })
        .expect(201);
      return t.login(username, `${username}-password`);
    };
    const refused = [
      await account('audit-street', 'street_admin', r.streetId),
      r.communityAdmin,
      r.otherCommunityAdmin,
      r.unitContact,
      await account('audit-member', 'member', r.gridId),
    ];
    const started = (await r.auditor.post('/audit/replays').send({ projection: 'needs' }).expect(202)).body;
    const before = await t.eventCount();
    for (const c of refused) {
      await c.post('/audit/replays').send({ projection: 'needs' }).expect(403);
      await c.post(`/audit/replays/${started.id}/cancel`).expect(403);
      await c.post(`/audit/replays/${started.id}/swap`).expect(403);
    }
    await t.anonymous().post('/audit/replays').send({ projection: 'needs' }).expect(401);
    await t.anonymous().post(`/audit/replays/${started.id}/cancel`).expect(401);
    await t.anonymous().post(`/audit/replays/${started.id}/swap`).expect(401);
    await r.auditor.post(`/audit/replays/${started.id}/swap`).expect(403);
    await r.root.post('/audit/replays').send({ projection: 'offers' }).expect(202);
    expect([200, 409]).toContain((await r.root.post(`/audit/replays/${started.id}/cancel`)).status);
    expect(await t.eventCount()).toBe(before);
  });

  it('lets only auditors and district administrators read the trail', async () => {
    for (const c of [r.communityAdmin, r.otherCommunityAdmin, r.unitContact]) {
      await c.get('/audit/events').expect(403);
      await c.get(`/audit/streams/matching.project-${projectId}`).expect(403);
      await c.get('/audit/integrity').expect(403);
      await c.post('/audit/replays').send({ projection: 'needs' }).expect(403);
    }
    await t.anonymous().get('/audit/events').expect(401);
    await r.auditor.get('/audit/events').expect(200);
    await r.root.get('/audit/events').expect(200);
  });

  it('follows the causation chain from the completion request across services to the member’s points entry', async () => {
    // the completion awards points; the evaluation that followed is recorded beside them
    let points: { items: Array<{ kind: string; source: { eventId: string } }> } = { items: [] };
    for (let i = 0; i < 200 && points.items.length < 2; i++) {
      points = (await r.communityAdmin.get(`/members/${memberId}/points`).expect(200)).body;
      await sleep(10);
    }
    expect(points.items.map((e) => e.kind).sort()).toEqual(['award', 'evaluation']);
    const awarded = points.items.find((e) => e.kind === 'award')!;
    const ledger = (await r.auditor.get(`/audit/streams/members.ledger-${memberId}`).expect(200)).body.events;
    const award = ledger.find((e: AuditEvent) => e.type === 'members.PointsAwarded');
    expect(award).toMatchObject({ correlationId: completionCorrelation });
    const chain = (await r.auditor.get(`/audit/events/${award.eventId}`).expect(200)).body;
    // points ← ProjectCompleted (matching) ← the unit contact's completion request
    expect(chain.causedBy.map((e: AuditEvent) => [e.type, e.actor.role])).toEqual([
      ['matching.ProjectCompleted', 'unit_contact'],
    ]);
    expect(chain.causedBy[0].eventId).toBe(awarded.source.eventId);
    const completed = (await r.auditor.get(`/audit/events/${chain.causedBy[0].eventId}`).expect(200)).body;
    // the need's served quantity is caused by the completion event too (causedBy), not by the project's id
    expect(completed.caused.map((e: AuditEvent) => e.type).sort()).toEqual([
      'matching.NeedServed',
      'members.PointsAwarded',
    ]);
    expect(new Set(completed.correlation.map((e: AuditEvent) => e.correlationId))).toEqual(
      new Set([completionCorrelation]),
    );
  });

  it("shows a project's whole history with actors, effects, and the request that caused it", async () => {
    const history = (await r.auditor.get(`/audit/streams/matching.project-${projectId}`).expect(200)).body;
    expect(history.chain).toEqual({ intact: true, breaks: [] });
    expect(history.events.map((e: AuditEvent) => [e.type, e.actor.role])).toEqual([
      ['matching.ProjectCreated', 'unit_contact'],
      ['matching.ProjectStarted', 'unit_contact'],
      ['matching.ProjectCompleted', 'unit_contact'],
      ['matching.ProjectEvaluated', 'community_admin'],
    ]);
    const started = history.events[1].effects.find((e: { projection: string }) => e.projection === 'projects');
    expect(started).toMatchObject({ change: 'updated', documentId: projectId });
    expect(started.fields).toEqual(
      expect.arrayContaining([{ field: 'status', before: 'planned', after: 'in_progress' }]),
    );
    expect(history.state.projects[projectId]).toMatchObject({ status: 'completed', meanScore: 5 });

    // the acceptance request: its correlation holds the reservations, the acceptance and the project
    const created = history.events[0];
    const chain = (await r.auditor.get(`/audit/events/${created.eventId}`).expect(200)).body;
    const types = chain.correlation.map((e: AuditEvent) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'matching.OfferReserved',
        'matching.NeedReserved',
        'matching.ProposalAccepted',
        'matching.ProjectCreated',
      ]),
    );
    expect(new Set(chain.correlation.map((e: AuditEvent) => e.correlationId))).toEqual(
      new Set([created.correlationId]),
    );

    // filters: by stream, type, actor, organisation subtree and time
    const byType = (await r.auditor.get('/audit/events').query({ type: 'matching.ProjectEvaluated' }).expect(200)).body;
    expect(byType.items).toHaveLength(1);
    const inOther = (await r.auditor.get('/audit/events').query({ orgId: r.otherCommunityId }).expect(200)).body;
    expect(inOther.items.every((e: { orgIds: string[] }) => e.orgIds.includes(r.otherCommunityId))).toBe(true);
    const inCommunity = (
      await r.auditor.get('/audit/events').query({ orgId: r.communityId, type: 'matching.NeedPosted' }).expect(200)
    ).body;
    expect(inCommunity.items.map((e: { streamId: string }) => e.streamId)).toEqual([`matching.need-${needId}`]);
    const future = (await r.auditor.get('/audit/events').query({ from: '2100-01-01T00:00:00Z' }).expect(200)).body;
    expect(future.items).toEqual([]);
    await r.auditor.get('/audit/events').query({ from: 'yesterday' }).expect(400);
    await r.auditor.get('/audit/events').query({ 'type[$gt]': '' }).expect(400);
  });

  it('returns the state of an aggregate between two of its events', async () => {
    const history = (await r.auditor.get(`/audit/streams/matching.project-${projectId}`).expect(200)).body;
    const [, startedEvent, completedEvent] = history.events;
    // a moment strictly between "started" and "completed"
    const between = new Date((Date.parse(startedEvent.occurredAt) + Date.parse(completedEvent.occurredAt)) / 2);
    expect(between.toISOString() >= startedEvent.occurredAt && between.toISOString() < completedEvent.occurredAt).toBe(
      true,
    );
    const then = (
      await r.auditor
        .get('/audit/as-of')
        .query({ at: between.toISOString(), streamId: `matching.project-${projectId}` })
        .expect(200)
    ).body;
    expect(then).toMatchObject({ revision: 1, events: 2 });
    expect(then.state.projects[projectId].status).toBe('in_progress');

    const needsThen = (
      await r.auditor
        .get('/audit/as-of')
        .query({ at: between.toISOString(), projection: 'needs', communityId: r.communityId })
        .expect(200)
    ).body;
    expect(needsThen.items.find((n: { _id: string }) => n._id === needId)).toMatchObject({ status: 'matched' });
    const needsBefore = (
      await r.auditor
        .get('/audit/as-of')
        .query({ at: '2000-01-01T00:00:00Z', projection: 'needs', communityId: r.communityId })
        .expect(200)
    ).body;
    expect(needsBefore.items).toEqual([]);
    // the same moment named by a global position of the log: right after "started"
    const atStarted = (
      await r.auditor
        .get('/audit/as-of')
        .query({ position: startedEvent.globalPosition, streamId: `matching.project-${projectId}` })
        .expect(200)
    ).body;
    expect(atStarted).toMatchObject({ position: startedEvent.globalPosition, revision: 1, events: 2 });
    expect(atStarted.state.projects[projectId].status).toBe('in_progress');
    const needsAtStarted = (
      await r.auditor
        .get('/audit/as-of')
        .query({ position: startedEvent.globalPosition, projection: 'needs', communityId: r.communityId })
        .expect(200)
    ).body;
    expect(needsAtStarted.items.find((n: { _id: string }) => n._id === needId)).toMatchObject({ status: 'matched' });
    const both = await r.auditor
      .get('/audit/as-of')
      .query({ at: between.toISOString(), position: 1, streamId: `matching.project-${projectId}` })
      .expect(400);
    expect(both.body.details).toEqual([{ field: 'position', messages: ['give position or at, not both'] }]);
    const neither = await r.auditor
      .get('/audit/as-of')
      .query({ streamId: `matching.project-${projectId}` })
      .expect(400);
    expect(neither.body.details.map((d: { field: string }) => d.field)).toEqual(['at']);
    await r.auditor.get('/audit/as-of').query({ position: -1, projection: 'needs' }).expect(400);
    const nothing = await r.auditor.get('/audit/as-of').query({ at: between.toISOString() }).expect(400);
    expect(nothing.body.details.map((d: { field: string }) => d.field)).toEqual(['streamId']);
    await r.auditor.get('/audit/as-of').query({ at: between.toISOString(), projection: 'nope' }).expect(404);
  });

  it('replays every read model with zero differences, and names a corrupted document and field', async () => {
    const names: string[] = (await r.auditor.get('/audit/projections').expect(200)).body.items;
    expect(names).toEqual(
      expect.arrayContaining([
        'needs',
        'offers',
        'proposals',
        'projects',
        'members',
        'member-balances',
        'member-ledger-entries',
        'activities',
        'micro-wishes',
        'teams',
        'rotations',
      ]),
    );
    for (const projection of names) {
      const replay = await runReplay(projection);
      expect({ projection, status: replay.status, differences: replay.differences }).toEqual({
        projection,
        status: 'completed',
        differences: [],
      });
      expect(replay.chainBreaks).toEqual([]);
      expect(replay.progress.done).toBe(await t.eventCount());
    }

    const needs = t.platform.inspect.documents.collection('matching.needs');
    const live = (await needs.get(needId))!;
    await needs.putIfNewer({ ...live, title: '被篡改的标题', version: live.version + 1 });
    const replay = await runReplay('needs');
    expect(replay.differences).toEqual([
      {
        documentId: needId,
        kind: 'different',
        fields: [{ field: 'title', before: '独居老人助餐', after: '被篡改的标题' }],
      },
    ]);

    // an auditor may not swap the shadow in; a district administrator may, and it repairs the model
    await r.auditor.post(`/audit/replays/${replay.id}/swap`).expect(403);
    await r.root.post(`/audit/replays/${replay.id}/swap`).expect(200);
    expect((await r.auditor.get(`/needs/${needId}`).expect(200)).body.title).toBe('独居老人助餐');
    await r.root.post(`/audit/replays/${replay.id}/swap`).expect(409);
    expect((await runReplay('needs')).differences).toEqual([]);
  });

  it('rejects replays of unknown read models and cancels a running one', async () => {
    await r.auditor.post('/audit/replays').send({ projection: 'nope' }).expect(404);
    await r.auditor.post('/audit/replays').send({}).expect(400);
    await r.auditor.post('/audit/replays').send({ projection: 'needs', until: 'soon' }).expect(400);
    await r.auditor.get('/audit/replays/no-such-replay').expect(404);
    const started = (await r.auditor.post('/audit/replays').send({ projection: 'needs' }).expect(202)).body;
    const cancel = await r.auditor.post(`/audit/replays/${started.id}/cancel`);
    // a small log may finish before the cancellation arrives: then cancelling is a 409
    const finished = await waitReplay(started.id);
    if (cancel.status === 200) expect(finished.status).toBe('cancelled');
    else expect([cancel.status, finished.status]).toEqual([409, 'completed']);
  });

  it('exports the trail as JSON Lines and CSV with the chain hashes', async () => {
    const stream = `matching.project-${projectId}`;
    const jsonl = await r.auditor.get('/audit/export').query({ streamId: stream, format: 'jsonl' }).expect(200);
    expect(jsonl.headers['content-type']).toMatch(/ndjson/);
    const lines = jsonl.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((e) => e.streamRevision)).toEqual([0, 1, 2, 3]);
    expect(lines[1].prevHash).toBe(lines[0].hash);
    const csv = await r.auditor
      .get('/audit/export')
      .query({ format: 'csv', type: 'matching.ProjectStarted' })
      .expect(200);
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toMatch(/^globalPosition,streamId,streamRevision,eventId,type/);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(lines[1].hash);

    // a third party re-verifies both offline; one changed character breaks it
    const all = await r.auditor.get('/audit/export').query({ format: 'csv' }).expect(200);
    const events = parseCsv(all.text);
    expect(events).toHaveLength(await t.eventCount());
    expect(verify(events).breaks).toEqual([]);
    expect(verify(lines)).toEqual({ events: 4, streams: 1, breaks: [] });
    const forged = lines.map((e) => (e.streamRevision === 2 ? { ...e, data: { ...e.data, report: '伪造' } } : e));
    expect(verify(forged).breaks).toEqual([`${stream}@2: hash does not match the content`]);

    // the filters of the trail: one person's actions, one organisation's subtree
    const exported = async (query: Record<string, string>) =>
      (await r.auditor.get('/audit/export').query(query).expect(200)).text
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
    const actor = lines[0].actor.accountId as string;
    const byActor = await exported({ actor });
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.length).toBeLessThan(events.length);
    expect(byActor.every((e) => e.actor.accountId === actor)).toBe(true);
    const indexed = (await r.auditor.get('/audit/events').query({ actor, limit: '200' }).expect(200)).body.items;
    expect(byActor.map((e) => e.eventId).sort()).toEqual(indexed.map((e: { eventId: string }) => e.eventId).sort());
    const inCommunity = await exported({ orgId: r.communityId });
    const inStreet = await exported({ orgId: r.streetId });
    const inOther = await exported({ orgId: r.otherCommunityId });
    expect(inCommunity.some((e) => e.streamId === stream)).toBe(true);
    expect(inOther.some((e) => e.streamId === stream)).toBe(false);
    const streetIds = new Set(inStreet.map((e) => e.eventId));
    expect([...inCommunity, ...inOther].every((e) => streetIds.has(e.eventId))).toBe(true);
  });

  it('names the event whose bytes were changed in the SQLite file', async () => {
    const marker = 'TAMPER-MARKER-0001';
    const posted = (
      await r.communityAdmin
        .post('/needs')
        .send(need(r.communityId, { title: marker }))
        .expect(201)
    ).body;
    expect((await r.auditor.get('/audit/integrity').expect(200)).body).toMatchObject({ intact: true, breaks: [] });

    await t.platform.app.close(); // checkpoints the WAL into the database file
    const file = join(t.dataDir, 'events.db');
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from(marker));
    expect(at).toBeGreaterThan(0);
    expect(bytes.indexOf(Buffer.from(marker), at + 1)).toBe(-1);
    bytes[at + marker.length - 1] = '2'.charCodeAt(0); // …0001 → …0002: one byte of one event's data
    writeFileSync(file, bytes);
    await t.start();
    r = { ...r, auditor: await t.login('shenji', 'shenji-password') };

    const report = (await r.auditor.get('/audit/integrity').expect(200)).body;
    expect(report.intact).toBe(false);
    expect(report.breaks).toEqual([
      {
        streamId: `matching.need-${posted.id}`,
        streamRevision: 0,
        eventId: expect.any(String),
        reason: 'hash_mismatch',
      },
    ]);
    const one = (await r.auditor.get(`/audit/streams/matching.need-${posted.id}`).expect(200)).body;
    expect(one.chain.intact).toBe(false);
    expect(report.breaks[0].eventId).toBe(one.events[0].eventId);
    // scoped to an organisation: the break is in community A's subtree, not in B's
    const inA = (await r.auditor.get('/audit/integrity').query({ orgId: r.communityId }).expect(200)).body;
    expect(inA.breaks.map((b: { eventId: string }) => b.eventId)).toEqual([one.events[0].eventId]);
    const inB = (await r.auditor.get('/audit/integrity').query({ orgId: r.otherCommunityId }).expect(200)).body;
    expect(inB).toMatchObject({ intact: true, breaks: [] });
    // a street's or the district's check covers every community below it
    for (const orgId of [r.streetId, r.districtId]) {
      const above = (await r.auditor.get('/audit/integrity').query({ orgId }).expect(200)).body;
      expect(above).toMatchObject({ intact: false, breaks: [{ eventId: one.events[0].eventId }] });
    }
  });

  async function runReplay(projection: string) {
    const started = await r.auditor.post('/audit/replays').send({ projection }).expect(202);
    return waitReplay(started.body.id);
  }

  async function waitReplay(id: string) {
    for (let i = 0; i < 500; i++) {
      const replay = (await r.auditor.get(`/audit/replays/${id}`).expect(200)).body;
      if (replay.status !== 'running') return replay;
      await sleep(10);
    }
    throw new Error(`replay ${id} did not finish`);
  }
});
