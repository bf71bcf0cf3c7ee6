import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MATCHING_EVENTS, VOLUNTEERING_EVENTS } from '@gongjian/contracts';
import { type EventEnvelope, toProposed } from '@gongjian/eventing';
import type { InProcessBroker } from '@gongjian/messaging';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import { IN_PROCESS_BROKER } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { MEMBERS_PROJECTIONS } from '../apps/members/src/read-models';
import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';
import { registerMerchant } from './support/merchants';

const PHONE = '13912345678';
const ID_NUMBER = '37162219800101123X';

describe('members: registry, dual reporting, points ledger, erasure', () => {
  const t = new TestPlatform();
  let r: Region;
  /** the street's alliance merchant, where the tests redeem */
  let shop = '';

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    shop = await registerMerchant(r.root, r.streetId);
  });
  afterAll(() => t.stop());

  const register = (as: Client, over: Record<string, unknown> = {}) =>
    as.post('/members').send({
      name: '张建国',
      phone: PHONE,
      idNumber: ID_NUMBER,
      address: '东城街道二社区幸福路 8 号',
      branchId: r.branchId,
      joinedPartyOn: '2005-07-01',
      employerUnitId: r.unitId,
      ...over,
    });

  /** An integration event of another service, appended to its stream as that service would. */
  const appendForeign = async (streamId: string, type: string, data: unknown) => {
    const proposed = toProposed(
      { type, data },
      { actor: { accountId: 'organiser', role: 'community_admin', orgId: r.communityId }, correlationId: uuidv7() },
    );
    const result = await t.platform.inspect.store.append(streamId, [proposed], 'any');
    return result.events[0];
  };

  const pointsOf = async (memberId: string) =>
    (await r.communityAdmin.get(`/members/${memberId}/points`).expect(200)).body;

  const eventually = async (check: () => Promise<boolean>, millis = 1000) => {
    const deadline = Date.now() + millis;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`not within ${millis} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('registers a member in a grid with sealed personal data; refuses bad input and non-branches, appending nothing', async () => {
    const before = await t.eventCount();
    const missing = await register(r.communityAdmin, { phone: undefined, joinedPartyOn: '2005-13-01' }).expect(400);
    expect(missing.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['joinedPartyOn', 'phone']);
    const community = await register(r.communityAdmin, { branchId: r.communityId }).expect(422);
    expect(community.body).toMatchObject({ error: 'invalid_branch', details: { field: 'branchId' } });
    await register(r.communityAdmin, { branchId: 'no-such-org' }).expect(422);
    await register(r.communityAdmin, { employerUnitId: r.gridId }).expect(422);
    await register(r.otherCommunityAdmin).expect(403);
    await register(r.auditor).expect(403);
    expect(await t.eventCount()).toBe(before);

    const created = await register(r.communityAdmin).expect(201);
    expect(created.body).toMatchObject({
      name: '张建国',
      branchId: r.branchId,
      status: 'normal',
      inService: true,
      phone: '139****5678',
      personalData: 'sealed',
      points: 0,
      version: 0,
    });
    expect(JSON.stringify(created.body)).not.toContain(PHONE);
    const clear = await r.communityAdmin.get(`/members/${created.body.id}/personal-data`).expect(200);
    expect(clear.body).toMatchObject({ phone: PHONE, idNumber: ID_NUMBER, erased: false });
    await r.auditor.get(`/members/${created.body.id}/personal-data`).expect(403);
    // the log holds the sealed form only
    const [registered] = await t.platform.inspect.store.readStream(`members.member-${created.body.id}`);
    expect(JSON.stringify(registered.data)).not.toContain(PHONE);
    expect(registered.data).toMatchObject({ personal: { alg: 'A256GCM', keyId: created.body.id } });
  });

  it('transfers the organisation relationship with history, changes status, and refuses invalid transitions', async () => {
    const m = (await register(r.communityAdmin).expect(201)).body;
    const before = await t.eventCount();
    await r.communityAdmin.post(`/members/${m.id}/transfer`).send({ toBranchId: r.streetId }).expect(422);
    await r.communityAdmin.post(`/members/${m.id}/transfer`).send({ toBranchId: r.branchId }).expect(422);
    await r.communityAdmin.post(`/members/${m.id}/transfer`).send({}).expect(400);
    await r.communityAdmin.post(`/members/${m.id}/status`).send({ status: 'normal' }).expect(409);
    await r.communityAdmin.post(`/members/${m.id}/status`).send({ status: 'missing' }).expect(400);
    expect(await t.eventCount()).toBe(before);

    const moved = await r.communityAdmin.post(`/members/${m.id}/transfer`).send({ toBranchId: r.unitId }).expect(200);
    expect(moved.body.branchHistory.map((b: { branchId: string }) => b.branchId)).toEqual([r.branchId, r.unitId]);
    await r.communityAdmin
      .post(`/members/${m.id}/status`)
      .send({ status: 'lost_contact', reason: '长期联系不上' })
      .expect(200);
    const found = await r.communityAdmin
      .post(`/members/${m.id}/status`)
      .send({ status: 'normal', reason: '已找回' })
      .expect(200);
    expect(found.body.statusHistory.map((s: { status: string }) => s.status)).toEqual([
      'normal',
      'lost_contact',
      'normal',
    ]);
    const listed = await r.communityAdmin.get('/members').query({ branchId: r.unitId }).expect(200);
    expect(listed.body.items.map((x: { id: string }) => x.id)).toContain(m.id);
  });

  it('dual reporting: the member’s branch records it; the receiving community lists it in the reduced view and can end it', async () => {
    const m = (await register(r.communityAdmin).expect(201)).body;
    await r.otherCommunityAdmin.get(`/members/${m.id}`).expect(403);
    // the receiving community does not name itself (issue 16): the member's own branch records the report
    await r.otherCommunityAdmin
      .post(`/members/${m.id}/community-report`)
      .send({ communityId: r.otherCommunityId })
      .expect(403);
    // asked by the branch, it waits for the receiving community's confirmation (issue 18)
    const asked = await r.communityAdmin
      .post(`/members/${m.id}/community-report`)
      .send({ communityId: r.otherCommunityId })
      .expect(200);
    expect(asked.body).toMatchObject({ reportedTo: null, pendingReport: { communityId: r.otherCommunityId } });
    const reported = await r.otherCommunityAdmin.post(`/members/${m.id}/community-report/confirm`).expect(200);
    expect(reported.body).toMatchObject({ view: 'reported', reportedTo: r.otherCommunityId });
    const listed = await r.otherCommunityAdmin.get('/members').query({ reportedTo: r.otherCommunityId }).expect(200);
    expect(listed.body.items.map((x: { id: string; view: string }) => [x.id, x.view])).toEqual([[m.id, 'reported']]);
    const seen = await r.otherCommunityAdmin.get(`/members/${m.id}`).expect(200);
    expect(seen.body).toMatchObject({ view: 'reported', name: '张建国', served: { hours: 0, points: 0 } });
    expect(JSON.stringify(seen.body)).not.toContain(PHONE.slice(-4));
    await r.otherCommunityAdmin.get(`/members/${m.id}/personal-data`).expect(403);
    await r.communityAdmin
      .post(`/members/${m.id}/community-report`)
      .send({ communityId: r.otherCommunityId })
      .expect(409);
    await r.otherCommunityAdmin.delete(`/members/${m.id}/community-report`).expect(200);
    await r.communityAdmin.delete(`/members/${m.id}/community-report`).expect(409);
    expect(
      (await r.otherCommunityAdmin.get('/members').query({ reportedTo: r.otherCommunityId }).expect(200)).body.items,
    ).toEqual([]);
    await r.otherCommunityAdmin.get(`/members/${m.id}`).expect(403);

    const retired = (await register(r.communityAdmin, { employerUnitId: undefined }).expect(201)).body;
    const refused = await r.communityAdmin
      .post(`/members/${retired.id}/community-report`)
      .send({ communityId: r.communityId })
      .expect(422);
    expect(refused.body.error).toBe('not_in_service');
    await r.communityAdmin.post(`/members/${m.id}/community-report`).send({ communityId: r.gridId }).expect(422);
  });

  it('keeps another street out: its admin neither reads nor lists this street’s members', async () => {
    const m = (await register(r.communityAdmin).expect(201)).body;
    const street2 = (
      await r.root.post('/organizations').send({ name: '西城街道', kind: 'street', parentId: r.districtId }).expect(201)
    ).body.id;
    await r.root
      .post('/accounts')
      .send({ username: 'xicheng', password: 'xicheng-password', role: 'street_admin', orgId: street2 })
      .expect(201);
    const other = await t.login('xicheng', 'xicheng-password');
    await other.get(`/members/${m.id}`).expect(403);
    await other.get(`/members/${m.id}/points`).expect(403);
    await other.get('/members').query({ orgId: r.communityId }).expect(403);
    expect((await other.get('/members').expect(200)).body.items).toEqual([]);
    await other.post(`/members/${m.id}/status`).send({ status: 'floating' }).expect(403);
    await r.unitContact.get(`/members/${m.id}`).expect(200); // its employer
    await r.unitContact.post(`/members/${m.id}/status`).send({ status: 'floating' }).expect(403);
    await r.auditor.get(`/members/${m.id}`).expect(200);
    await r.auditor.post(`/members/${m.id}/status`).send({ status: 'floating' }).expect(403);
    const street = await r.root
      .post('/accounts')
      .send({ username: 'dongcheng', password: 'dongcheng-password', role: 'street_admin', orgId: r.streetId })
      .expect(201);
    expect(street.status).toBe(201);
    const own = await t.login('dongcheng', 'dongcheng-password');
    expect((await own.get('/members').expect(200)).body.items.map((x: { id: string }) => x.id)).toContain(m.id);
  });

  it('awards points once per verified source event, within a second, even when the bus delivers it twice', async () => {
    const m = (await register(r.communityAdmin).expect(201)).body;
    const hours = await appendForeign(`volunteering.activity-${uuidv7()}`, VOLUNTEERING_EVENTS.hoursVerified, {
      activityId: 'act-1',
      memberId: m.id,
      orgId: r.communityId,
      category: 'elderly_care',
      hours: 3,
      pointsPerHour: 10,
      verifiedAt: new Date().toISOString(),
    });
    await eventually(async () => (await pointsOf(m.id)).balance === 30);
    const ledger = await pointsOf(m.id);
    expect(ledger.items).toEqual([
      expect.objectContaining({
        kind: 'award',
        points: 30,
        rule: 'volunteer_hours',
        hours: 3,
        source: { eventId: hours.eventId, type: hours.type, streamId: hours.streamId },
      }),
    ]);
    // the ledger entry continues the source's correlation, caused by the source event
    const [award] = await t.platform.inspect.store.readStream(`members.ledger-${m.id}`);
    expect(award).toMatchObject({ correlationId: hours.correlationId, causationId: hours.eventId });

    // redelivery of the same envelope (at-least-once bus): nothing more
    const broker = t.platform.app.get<InProcessBroker>(IN_PROCESS_BROKER);
    await broker.deliver(hours as EventEnvelope);
    await broker.deliver(hours as EventEnvelope);
    expect((await pointsOf(m.id)).balance).toBe(30);
    expect(await t.platform.inspect.store.readStream(`members.ledger-${m.id}`)).toHaveLength(1);

    await appendForeign(`matching.project-${uuidv7()}`, MATCHING_EVENTS.projectCompleted, {
      projectId: 'p-1',
      proposalId: 'x',
      needId: 'n',
      offerId: 'o',
      communityId: r.communityId,
      unitId: r.unitId,
      title: '助老服务',
      quantity: { amount: 10, unit: 'person_hours' },
      report: '完成',
      participantMemberIds: [m.id, 'unknown-member'],
    });
    await appendForeign(`volunteering.wish-${uuidv7()}`, VOLUNTEERING_EVENTS.microWishFulfilled, {
      wishId: 'w-1',
      communityId: r.communityId,
      memberId: m.id,
      title: '为独居老人修理收音机',
      confirmedAt: new Date().toISOString(),
    });
    await appendForeign(`matching.project-${uuidv7()}`, MATCHING_EVENTS.projectEvaluated, {
      projectId: 'p-1',
      unitId: r.unitId,
      communityId: r.communityId,
      score: 5,
      comment: '好',
      participantMemberIds: [m.id],
    });
    await eventually(async () => (await pointsOf(m.id)).items.length === 4);
    expect((await pointsOf(m.id)).balance).toBe(30 + 30 + 20);
    const index = await r.communityAdmin.get(`/members/${m.id}/pioneer-index`).expect(200);
    expect(index.body).toMatchObject({
      index: 3 * 2 + 10 + 15 + 2 * 5,
      breakdown: { hours: { value: 3 }, wishes: { value: 1 }, projects: { value: 1 }, evaluations: { scores: [5] } },
    });
    const board = await r.communityAdmin.get('/pioneer-index/leaderboard').query({ orgId: r.communityId }).expect(200);
    expect(board.body.items[0]).toMatchObject({ rank: 1, memberId: m.id, index: 41 });
    await r.communityAdmin.get(`/members/${m.id}/pioneer-index`).query({ quarter: '2026-4' }).expect(400);
  });

  it('volunteering through HTTP: verified attendance awards points once; the audit chain reaches the request', async () => {
    const m = (await register(r.communityAdmin).expect(201)).body;
    const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
    const activity = (
      await r.communityAdmin
        .post('/activities')
        .send({
          title: '社区助老',
          orgId: r.gridId,
          category: 'elderly_care',
          place: '幸福敬老院',
          startsAt: hoursFromNow(-1),
          endsAt: hoursFromNow(3),
          slots: 5,
          pointsPerHour: 12,
        })
        .expect(201)
    ).body;
    await r.communityAdmin.post(`/activities/${activity.id}/signups`).send({ memberId: m.id }).expect(201);
    await r.communityAdmin
      .post(`/activities/${activity.id}/attendance`)
      .send({ memberId: m.id, hours: 2.5 })
      .expect(201);
    await eventually(async () => (await pointsOf(m.id)).balance === 30); // 2.5 h × 12
    await r.communityAdmin
      .post(`/activities/${activity.id}/attendance`)
      .send({ memberId: m.id, hours: 2.5 })
      .expect(409);
    const verified = (await t.platform.inspect.store.readStream(`volunteering.activity-${activity.id}`)).find(
      (e) => e.type === VOLUNTEERING_EVENTS.hoursVerified,
    )!;
    const broker = t.platform.app.get<InProcessBroker>(IN_PROCESS_BROKER);
    await broker.deliver(verified as EventEnvelope);
    const ledger = await pointsOf(m.id);
    expect(ledger.balance).toBe(30);
    expect(ledger.items).toEqual([
      expect.objectContaining({
        rule: 'volunteer_hours',
        source: expect.objectContaining({ eventId: verified.eventId }),
      }),
    ]);
    // audit: the points entry was caused by the verified hours, caused by the attendance request
    const [award] = await t.platform.inspect.store.readStream(`members.ledger-${m.id}`);
    await eventually(async () => (await r.auditor.get(`/audit/events/${award.eventId}`)).status === 200);
    const chain = (await r.auditor.get(`/audit/events/${award.eventId}`).expect(200)).body;
    expect(chain).toMatchObject({ causationId: verified.eventId, correlationId: verified.correlationId });
    const causes = chain.causedBy.map((e: { eventId: string; type: string }) => e.type);
    expect(causes[causes.length - 1]).toBe(VOLUNTEERING_EVENTS.hoursVerified);
  });

  it('never lets 20 concurrent redemptions take the balance below zero; every accepted one is in the ledger', async () => {
    const m = (await register(r.communityAdmin).expect(201)).body;
    await appendForeign(`volunteering.activity-${uuidv7()}`, VOLUNTEERING_EVENTS.hoursVerified, {
      activityId: 'act-2',
      memberId: m.id,
      orgId: r.communityId,
      category: 'elderly_care',
      hours: 5,
      pointsPerHour: 10,
      verifiedAt: new Date().toISOString(),
    });
    await eventually(async () => (await pointsOf(m.id)).balance === 50);
    const before = await t.eventCount();
    await r.communityAdmin.post(`/members/${m.id}/redemptions`).send({ points: 0, merchantId: shop }).expect(400);
    await r.communityAdmin.post(`/members/${m.id}/redemptions`).send({ points: 51, merchantId: shop }).expect(422);
    expect(await t.eventCount()).toBe(before);

    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        r.communityAdmin.post(`/members/${m.id}/redemptions`).send({ points: 7, merchantId: shop }),
      ),
    );
    const accepted = results.filter((x) => x.status === 201);
    expect(accepted).toHaveLength(7); // 7 × 7 = 49 ≤ 50 < 8 × 7
    expect(results.filter((x) => x.status !== 201).every((x) => x.status === 422)).toBe(true);
    const ledger = await pointsOf(m.id);
    expect(ledger.balance).toBe(1);
    const redemptions = ledger.items.filter((e: { kind: string }) => e.kind === 'redemption');
    expect(redemptions).toHaveLength(7);
    expect(Math.min(...accepted.map((x) => x.body.balance))).toBe(1);
  });

  it('erasure: the phone is nowhere — no read model, no API response, no rebuilt read model, no byte of the event store', async () => {
    const m = (await register(r.communityAdmin, { phone: '13800009999', idNumber: '110101199003071234' }).expect(201))
      .body;
    await r.otherCommunityAdmin.delete(`/members/${m.id}/personal-data`).expect(403);
    const erased = await r.communityAdmin.delete(`/members/${m.id}/personal-data`).expect(200);
    expect(erased.body).toMatchObject({ phone: null, personalData: 'erased' });
    await r.communityAdmin.delete(`/members/${m.id}/personal-data`).expect(409);
    const clear = await r.communityAdmin.get(`/members/${m.id}/personal-data`).expect(200);
    expect(clear.body).toMatchObject({ erased: true, phone: null, idNumber: null });

    const responses = [
      await r.communityAdmin.get(`/members/${m.id}`),
      await r.communityAdmin.get('/members').query({ orgId: r.communityId, limit: 200 }),
      await r.auditor.get(`/audit/streams/members.member-${m.id}`),
      await r.auditor.get('/audit/events').query({ streamId: `members.member-${m.id}` }),
      await r.auditor.get('/audit/export').query({ streamId: `members.member-${m.id}`, format: 'jsonl' }),
    ];
    for (const res of responses) {
      expect(res.status).toBe(200);
      expect(res.text).not.toContain('13800009999');
      expect(res.text).not.toContain('110101199003071234');
    }
    // live and rebuilt read models
    const live = JSON.stringify(await t.platform.inspect.documents.collection('members.members').find({}));
    expect(live).not.toContain('13800009999');
    const rebuilt = new MemoryDocumentStore();
    await new ProjectionRunner(rebuilt, MEMBERS_PROJECTIONS).rebuild(t.platform.inspect.store);
    const doc = await rebuilt.collection('members.members').get(m.id);
    expect(doc).toMatchObject({ erased: true, personal: null });
    expect(JSON.stringify(await rebuilt.collection('members.members').find({}))).not.toContain('13800009999');
    // the bytes of the SQLite files: no clear copy anywhere
    for (const file of ['events.db', 'events.db-wal', 'member-keys.db']) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(t.dataDir, file));
      } catch {
        continue;
      }
      expect(bytes.includes(Buffer.from('13800009999'))).toBe(false);
      expect(bytes.includes(Buffer.from('110101199003071234'))).toBe(false);
    }
  });
});
