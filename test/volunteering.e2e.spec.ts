import type { EventEnvelope } from '@gongjian/eventing';
import type { InProcessBroker } from '@gongjian/messaging';
import { IN_PROCESS_BROKER } from '@gongjian/runtime';
import { branchOver, type Client, type Region, seedRegion, TestPlatform } from './support/platform';

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('volunteering: activities, sign-ups, verified hours → points, micro-wishes, teams and rotation', () => {
  const t = new TestPlatform();
  let r: Region;
  let n = 0;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  const member = async (over: Record<string, unknown> = {}) =>
    (
      await r.communityAdmin
        .post('/members')
        .send({
          name: `志愿者${++n}`,
          phone: `1390000${String(n).padStart(4, '0')}`,
          branchId: r.branchId,
          joinedPartyOn: '2010-07-01',
          ...over,
        })
        .expect(201)
    ).body.id as string;

  const activity = (as: Client, over: Record<string, unknown> = {}) =>
    as.post('/activities').send({
      title: '周末敬老院助老',
      orgId: r.gridId,
      category: 'elderly_care',
      place: '幸福敬老院',
      startsAt: hoursFromNow(-1),
      endsAt: hoursFromNow(3),
      slots: 10,
      pointsPerHour: 10,
      ...over,
    });

  const points = async (memberId: string) =>
    (await r.communityAdmin.get(`/members/${memberId}`).expect(200)).body.points;
  /** a member who reported to community A: A sees the points earned with it, their own community the total */
  const served = async (memberId: string) =>
    (await r.communityAdmin.get(`/members/${memberId}`).expect(200)).body.served.points;
  const total = async (memberId: string) =>
    (await r.otherCommunityAdmin.get(`/members/${memberId}`).expect(200)).body.points;

  it('register, dual-report, publish, sign up, 3 hours attended → the member’s points rise by the rule within a second, once', async () => {
    const resident = await member();
    // two members whose branch is a grid of the other community; one lives here and reports to it (双报到)
    const gridB = await branchOver(
      r.root,
      (
        await r.root
          .post('/organizations')
          .send({ name: '三社区网格', kind: 'grid', parentId: r.otherCommunityId })
          .expect(201)
      ).body.id,
    );
    const inB = (name: string, phone: string) =>
      r.otherCommunityAdmin
        .post('/members')
        .send({ name, phone, branchId: gridB, joinedPartyOn: '2010-07-01', employerUnitId: r.unitId })
        .expect(201)
        .then((res) => res.body.id as string);
    const commuter = await inB('在职党员', '13911113333');
    const stranger = await inB('外社区', '13911112222');
    // recorded by the member's own community (B); community A, which receives it, may not (issue 16)
    await r.otherCommunityAdmin
      .post(`/members/${commuter}/community-report`)
      .send({ communityId: r.communityId })
      .expect(200);
    await r.communityAdmin.post(`/members/${commuter}/community-report/confirm`).expect(200);
    const a = (await activity(r.communityAdmin).expect(201)).body;
    expect(a).toMatchObject({ status: 'open', communityId: r.communityId, slots: 10, openSlots: 10 });
    await r.communityAdmin.post(`/activities/${a.id}/signups`).send({ memberId: resident }).expect(201);
    await r.communityAdmin.post(`/activities/${a.id}/signups`).send({ memberId: commuter }).expect(201);
    const before = await t.eventCount();
    await r.communityAdmin.post(`/activities/${a.id}/signups`).send({ memberId: resident }).expect(409);
    const outsider = await r.communityAdmin
      .post(`/activities/${a.id}/signups`)
      .send({ memberId: stranger })
      .expect(422);
    expect(outsider.body).toMatchObject({ error: 'not_in_community', details: { field: 'memberId' } });
    await r.communityAdmin.post(`/activities/${a.id}/signups`).send({ memberId: 'nobody' }).expect(422);
    await r.communityAdmin.post(`/activities/${a.id}/attendance`).send({ memberId: resident, hours: 5 }).expect(422);
    await r.communityAdmin.post(`/activities/${a.id}/attendance`).send({ memberId: stranger, hours: 1 }).expect(422);
    await r.communityAdmin.post(`/activities/${a.id}/attendance`).send({ memberId: resident, hours: -1 }).expect(400);
    await r.otherCommunityAdmin
      .post(`/activities/${a.id}/attendance`)
      .send({ memberId: resident, hours: 3 })
      .expect(403);
    expect(await t.eventCount()).toBe(before);

    const started = Date.now();
    await r.communityAdmin.post(`/activities/${a.id}/attendance`).send({ memberId: resident, hours: 3 }).expect(201);
    while ((await points(resident)) !== 30) {
      expect(Date.now() - started).toBeLessThan(1000);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await r.communityAdmin.post(`/activities/${a.id}/attendance`).send({ memberId: resident, hours: 3 }).expect(409);
    await r.communityAdmin.post(`/activities/${a.id}/attendance`).send({ memberId: commuter, hours: 2.5 }).expect(201);
    // the 总览's hours by community, added up on the server, for the community and its street
    for (const area of [{ communityId: r.communityId }, { orgId: r.streetId }]) {
      const summary = (await r.auditor.get('/activities/summary').query(area).expect(200)).body;
      expect(summary.byCommunity).toEqual([
        { communityId: r.communityId, communityName: '二社区', verifiedHours: 5.5 },
      ]);
    }
    const elsewhere = (await r.auditor.get('/activities/summary').query({ communityId: r.otherCommunityId })).body;
    expect(elsewhere).toEqual({ activities: 0, byCommunity: [] });

    // the bus delivers the verified hours again: points unchanged
    const verified = (await t.platform.inspect.store.readStream(`volunteering.activity-${a.id}`)).filter(
      (e) => e.type === 'volunteering.VolunteerHoursVerified',
    );
    expect(verified.map((e) => e.data)).toEqual([
      expect.objectContaining({
        memberId: resident,
        hours: 3,
        pointsPerHour: 10,
        orgId: r.gridId,
        category: 'elderly_care',
      }),
      expect.objectContaining({ memberId: commuter, hours: 2.5 }),
    ]);
    const broker = t.platform.app.get<InProcessBroker>(IN_PROCESS_BROKER);
    for (const e of verified) await broker.deliver(e as EventEnvelope);
    expect(await points(resident)).toBe(30);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await served(commuter)).toBe(25);
    expect(await total(commuter)).toBe(25);
    const ledger = (await r.communityAdmin.get(`/members/${resident}/points`).expect(200)).body;
    expect(ledger.items).toEqual([
      expect.objectContaining({ points: 30, source: expect.objectContaining({ eventId: verified[0].eventId }) }),
    ]);
  });

  it('50 concurrent sign-ups for 10 slots → exactly 10 accepted; full and finished activities refuse, appending nothing', async () => {
    const members: string[] = [];
    for (let i = 0; i < 50; i++) members.push(await member());
    const a = (await activity(r.communityAdmin, { slots: 10 }).expect(201)).body;
    const results = await Promise.all(
      members.map((memberId) => r.communityAdmin.post(`/activities/${a.id}/signups`).send({ memberId })),
    );
    expect(results.filter((x) => x.status === 201)).toHaveLength(10);
    expect(
      results.filter((x) => x.status !== 201).every((x) => x.status === 422 && x.body.error === 'activity_full'),
    ).toBe(true);
    const full = (await r.communityAdmin.get(`/activities/${a.id}`).expect(200)).body;
    expect(full).toMatchObject({ status: 'full', openSlots: 0, signedUpCount: 10 });

    const finished = (
      await activity(r.communityAdmin, { startsAt: hoursFromNow(-5), endsAt: hoursFromNow(-2) }).expect(201)
    ).body;
    expect(finished.status).toBe('finished');
    const cancelled = (await activity(r.communityAdmin).expect(201)).body;
    await r.communityAdmin.post(`/activities/${cancelled.id}/cancel`).send({ reason: '天气' }).expect(200);
    const before = await t.eventCount();
    await r.communityAdmin.post(`/activities/${a.id}/signups`).send({ memberId: members[49] }).expect(422);
    await r.communityAdmin.post(`/activities/${finished.id}/signups`).send({ memberId: members[0] }).expect(409);
    await r.communityAdmin.post(`/activities/${cancelled.id}/signups`).send({ memberId: members[0] }).expect(409);
    expect(await t.eventCount()).toBe(before);
    const listed = (
      await r.auditor.get('/activities').query({ communityId: r.communityId, status: 'full' }).expect(200)
    ).body;
    expect(listed.items.map((x: { id: string }) => x.id)).toContain(a.id);

    // a place freed by a cancelled sign-up can be taken again
    const taken = full.signedUp[0];
    await r.communityAdmin.delete(`/activities/${a.id}/signups/${taken}`).expect(200);
    const waiting = members.find((m) => !full.signedUp.includes(m))!;
    await r.communityAdmin.post(`/activities/${a.id}/signups`).send({ memberId: waiting }).expect(201);
  });

  it('refuses bad input with field details and activities outside the admin’s scope', async () => {
    const before = await t.eventCount();
    const bad = await r.communityAdmin
      .post('/activities')
      .send({
        title: '',
        orgId: r.gridId,
        category: 'cooking',
        startsAt: 'soon',
        endsAt: hoursFromNow(1),
        slots: 0,
        pointsPerHour: 10,
      })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'category',
      'slots',
      'startsAt',
      'title',
    ]);
    await activity(r.communityAdmin, { endsAt: hoursFromNow(-2) }).expect(422);
    await activity(r.communityAdmin, { orgId: r.streetId }).expect(422);
    await activity(r.otherCommunityAdmin).expect(403);
    await activity(r.unitContact).expect(403);
    await activity(r.auditor).expect(403);
    expect(await t.eventCount()).toBe(before);
  });

  it('micro-wishes: one claimer at a time, fulfilling an unclaimed wish is refused, confirmation awards points', async () => {
    const [first, second] = [await member(), await member()];
    const wish = (
      await r.communityAdmin
        .post('/micro-wishes')
        .send({ communityId: r.communityId, title: '给独居老人修收音机' })
        .expect(201)
    ).body;
    const before = await t.eventCount();
    await r.communityAdmin.post(`/micro-wishes/${wish.id}/fulfil`).send({}).expect(409);
    await r.communityAdmin.post(`/micro-wishes/${wish.id}/confirm`).expect(409);
    await r.otherCommunityAdmin.post(`/micro-wishes/${wish.id}/claim`).send({ memberId: first }).expect(403);
    expect(await t.eventCount()).toBe(before);

    await r.communityAdmin.post(`/micro-wishes/${wish.id}/claim`).send({ memberId: first }).expect(200);
    await r.communityAdmin.post(`/micro-wishes/${wish.id}/claim`).send({ memberId: second }).expect(409);
    await r.communityAdmin.post(`/micro-wishes/${wish.id}/release`).expect(200);
    const claimed = await r.communityAdmin
      .post(`/micro-wishes/${wish.id}/claim`)
      .send({ memberId: second })
      .expect(200);
    expect(claimed.body).toMatchObject({ status: 'claimed', claimedBy: second });
    await r.communityAdmin.post(`/micro-wishes/${wish.id}/fulfil`).send({ note: '已修好' }).expect(200);
    const done = await r.communityAdmin.post(`/micro-wishes/${wish.id}/confirm`).expect(200);
    expect(done.body).toMatchObject({ status: 'fulfilled', claimedBy: second });
    await r.communityAdmin.post(`/micro-wishes/${wish.id}/confirm`).expect(409);
    for (let i = 0; i < 100 && (await points(second)) !== 20; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await points(second)).toBe(20);
    expect(await points(first)).toBe(0);
  });

  it('an erased member signs up and claims nothing more (422 member_erased), nothing appended', async () => {
    const erased = await member();
    await r.communityAdmin.delete(`/members/${erased}/personal-data`).expect(200);
    const published = (await activity(r.communityAdmin).expect(201)).body;
    const wish = (
      await r.communityAdmin.post('/micro-wishes').send({ communityId: r.communityId, title: '帮忙取药' }).expect(201)
    ).body;
    await t.platform.runtime.settle();
    const before = await t.eventCount();
    const signUp = await r.communityAdmin
      .post(`/activities/${published.id}/signups`)
      .send({ memberId: erased })
      .expect(422);
    expect(signUp.body).toMatchObject({ error: 'member_erased', details: { field: 'memberId' } });
    const claim = await r.communityAdmin.post(`/micro-wishes/${wish.id}/claim`).send({ memberId: erased }).expect(422);
    expect(claim.body.error).toBe('member_erased');
    expect(await t.eventCount()).toBe(before);
  });

  it('teams and a quarterly rotation that gives every team a load within one of every other', async () => {
    const grids = [r.gridId];
    for (let i = 0; i < 6; i++)
      grids.push(
        (
          await r.root
            .post('/organizations')
            .send({ name: `轮值网格${i}`, kind: 'grid', parentId: r.communityId })
            .expect(201)
        ).body.id,
      );
    const teams: string[] = [];
    for (const name of ['红旗队', '先锋队', '夕阳红队']) {
      const team = (await r.communityAdmin.post('/teams').send({ name, orgId: r.communityId }).expect(201)).body;
      teams.push(team.id);
    }
    const m = await member();
    await r.communityAdmin.post(`/teams/${teams[0]}/members`).send({ memberId: m }).expect(200);
    await r.communityAdmin.post(`/teams/${teams[0]}/members`).send({ memberId: m }).expect(409);
    await r.communityAdmin.post(`/teams/${teams[0]}/members`).send({ memberId: 'nobody' }).expect(422);
    await r.otherCommunityAdmin
      .post('/rotations')
      .send({ orgId: r.communityId, quarter: '2027Q1', teamIds: teams })
      .expect(403);

    const q1 = (
      await r.communityAdmin
        .post('/rotations')
        .send({ orgId: r.communityId, quarter: '2027Q1', teamIds: teams })
        .expect(201)
    ).body;
    expect(q1.assignments.map((a: { gridId: string }) => a.gridId).sort()).toEqual([...grids].sort());
    const loads = Object.values(q1.loads) as number[];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(grids.length);
    await r.communityAdmin
      .post('/rotations')
      .send({ orgId: r.communityId, quarter: '2027Q1', teamIds: teams })
      .expect(409);
    const q2 = (
      await r.communityAdmin
        .post('/rotations')
        .send({ orgId: r.communityId, quarter: '2027Q2', teamIds: teams })
        .expect(201)
    ).body;
    // next quarter every grid is served by another team
    for (const a of q2.assignments)
      expect(a.teamId).not.toBe(q1.assignments.find((b: { gridId: string }) => b.gridId === a.gridId).teamId);
    await r.communityAdmin
      .post('/rotations')
      .send({ orgId: r.communityId, quarter: '2027-1', teamIds: teams })
      .expect(400);
    await r.communityAdmin
      .post('/rotations')
      .send({ orgId: r.communityId, quarter: '2027Q3', teamIds: ['x'] })
      .expect(422);
    expect((await r.auditor.get(`/rotations/${r.communityId}/2027Q1`).expect(200)).body.assignments).toEqual(
      q1.assignments,
    );
  });
});
