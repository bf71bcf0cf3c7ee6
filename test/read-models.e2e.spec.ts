import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';

/**
 * The owners' side of the audit service's replays (docs/ops/service-boundaries.md): every service
 * answers `/api/v1/read-models` for the read models it owns; the audit service asks it (in
 * process on the embedded platform, at `<SERVICE>_URL` otherwise) and shows what it answers.
 */
describe('read models: the owning service replays, swaps and folds its own read models', () => {
  const t = new TestPlatform();
  let r: Region;
  let district: Client;
  let needId: string;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    await r.root
      .post('/accounts')
      .send({ username: 'qu-admin', password: 'qu-admin-password', role: 'district_admin', orgId: r.districtId })
      .expect(201);
    district = await t.login('qu-admin', 'qu-admin-password');
    needId = (
      await r.communityAdmin
        .post('/needs')
        .send({
          communityId: r.communityId,
          title: '助老',
          category: 'elderly_care',
          quantity: { amount: 4, unit: 'person_hours' },
          window: { from: '2026-12-01', to: '2027-12-31' },
          urgency: 'low',
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.stop());

  async function settled(client: Client, path: string) {
    for (let i = 0; i < 500; i++) {
      const replay = (await client.get(path).expect(200)).body;
      if (replay.status !== 'running') return replay;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`${path} did not finish`);
  }

  it('lists what the audit service lists, and runs the replay the audit service shows', async () => {
    const owned = (await r.auditor.get('/read-models').expect(200)).body.items;
    expect((await r.auditor.get('/audit/projections').expect(200)).body.items).toEqual(owned);
    expect(owned).toEqual(expect.arrayContaining(['needs', 'members', 'activities']));
    expect(owned.filter((name: string) => name.startsWith('audit.'))).toEqual([]);

    const started = (await r.auditor.post('/audit/replays').send({ projection: 'needs' }).expect(202)).body;
    const byOwner = await settled(r.auditor, `/read-models/replays/${started.id}`);
    expect(byOwner).toMatchObject({ id: started.id, projection: 'needs', status: 'completed', differences: [] });
    expect((await r.auditor.get(`/audit/replays/${started.id}`).expect(200)).body).toEqual(byOwner);
    const listed = (await r.auditor.get('/read-models/replays').expect(200)).body.items;
    expect(listed.map((x: { id: string }) => x.id)).toContain(started.id);
  });

  it('lets auditors and district administrators replay, only the district swap', async () => {
    for (const c of [r.communityAdmin, r.unitContact]) {
      await c.get('/read-models').expect(403);
      await c.post('/read-models/replays').send({ projection: 'needs' }).expect(403);
    }
    await t.anonymous().get('/read-models').expect(401);
    await t.anonymous().post('/read-models/replays').send({ projection: 'needs' }).expect(401);
    await r.auditor.post('/read-models/replays').send({ projection: 'nope' }).expect(404);
    await r.auditor.post('/read-models/replays').send({}).expect(400);

    const started = (await r.auditor.post('/read-models/replays').send({ projection: 'needs' }).expect(202)).body;
    expect(started.startedBy).toMatchObject({ role: 'auditor' });
    await settled(r.auditor, `/read-models/replays/${started.id}`);
    await r.communityAdmin.post(`/read-models/replays/${started.id}/swap`).expect(403);
    await r.auditor.post(`/read-models/replays/${started.id}/swap`).expect(403);
    await r.auditor.post(`/read-models/replays/${started.id}/cancel`).expect(409);
    const swapped = (await district.post(`/read-models/replays/${started.id}/swap`).expect(200)).body;
    expect(swapped.swappedAt).toEqual(expect.any(String));
    await district.post(`/read-models/replays/${started.id}/swap`).expect(409);
    await r.auditor.get('/read-models/replays/no-such-replay').expect(404);
  });

  it('repairs a corrupted document by a swap, with writes landing while the shadow was built', async () => {
    const needs = t.platform.inspect.documents.collection('matching.needs');
    const live = (await needs.get(needId))!;
    await needs.putIfNewer({ ...live, title: '篡改', version: live.version + 1 });
    const started = (await r.auditor.post('/read-models/replays').send({ projection: 'needs' }).expect(202)).body;
    const replay = await settled(r.auditor, `/read-models/replays/${started.id}`);
    expect(replay.differences).toEqual([
      { documentId: needId, kind: 'different', fields: [{ field: 'title', before: '助老', after: '篡改' }] },
    ]);
    // a write after the replay read the log: the swap folds it again after putting the shadow in
    await r.communityAdmin.post(`/needs/${needId}/cancel`).send({}).expect(200);
    await district.post(`/read-models/replays/${started.id}/swap`).expect(200);
    expect((await r.auditor.get(`/needs/${needId}`).expect(200)).body).toMatchObject({
      title: '助老',
      status: 'cancelled',
    });
  });

  it('answers time travel and the effects of a stream for the audit service', async () => {
    const asOf = (await r.auditor.get('/read-models/as-of').query({ projection: 'needs', position: 0 }).expect(200))
      .body;
    expect(asOf).toEqual({ events: 0, items: [] });
    const now = (
      await r.auditor
        .get('/read-models/as-of')
        .query({ projection: 'needs', at: new Date(Date.now() + 60_000).toISOString() })
        .expect(200)
    ).body;
    expect(now.items.map((d: { _id: string }) => d._id)).toContain(needId);
    await r.auditor.get('/read-models/as-of').query({ projection: 'needs' }).expect(400);
    await r.auditor.get('/read-models/as-of').query({ projection: 'nope', position: 1 }).expect(404);

    const stream = `matching.need-${needId}`;
    const effects = (await r.auditor.get(`/read-models/streams/${stream}/effects`).expect(200)).body;
    const history = (await r.auditor.get(`/audit/streams/${stream}`).expect(200)).body;
    expect(history.events.map((e: { effects: unknown }) => e.effects)).toEqual(
      history.events.map((e: { eventId: string }) => effects.effects[e.eventId]),
    );
    expect(history.state).toEqual(effects.state);
    expect(effects.state.needs[needId]).toMatchObject({ status: 'cancelled' });
    // the assessment service keeps NeedPosted in its input log, a copy of the event: no effect to show
    expect(Object.keys(effects.state)).not.toContain('assessment-inputs');
    expect(
      Object.values(effects.effects as Record<string, { projection: string }[]>)
        .flat()
        .map((e) => e.projection),
    ).not.toContain('assessment-inputs');
  });
});
