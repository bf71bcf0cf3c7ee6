import type request from 'supertest';
import { type Region, seedRegion, TestPlatform } from './support/platform';

let validNeed: Record<string, unknown> = {
  title: '独居老人助餐',
  description: '每周三次送餐上门',
  category: 'elderly_care',
  tags: ['助餐', '独居老人'],
  quantity: { amount: 40, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2027-03-31' },
  urgency: 'high',
};

describe('needs through the embedded platform (HTTP → decider → SQLite → relay → bus → projection)', () => {
  const t = new TestPlatform();
  let region: Region;
  const api = () => region.communityAdmin;
  const eventCount = () => t.eventCount();

  beforeAll(async () => {
    await t.start();
    region = await seedRegion(t);
    validNeed = { ...validNeed, communityId: region.communityId, gridId: region.gridId };
  });
  afterAll(() => t.stop());

  it('reports health', async () => {
    const res = await t.anonymous().get('/health').expect(200);
    expect(res.body.status).toBe('ok');
  });

  it('posts a need that the list shows at once (read-your-writes)', async () => {
    const res = await api().post('/needs').send(validNeed).expect(201);
    expect(res.body).toMatchObject({
      ...validNeed,
      status: 'open',
      remaining: validNeed.quantity,
      version: 0,
      postedBy: 'er-shequ',
    });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const list = await api().get('/needs').query({ communityId: region.communityId }).expect(200);
    expect(list.body.items.map((n: { id: string }) => n.id)).toContain(res.body.id);
    const [event] = await t.platform.inspect.store.readStream(`matching.need-${res.body.id}`);
    expect(event).toMatchObject({
      type: 'matching.NeedPosted',
      actor: { accountId: 'er-shequ', role: 'community_admin', orgId: region.communityId },
    });
    expect(res.headers['x-correlation-id']).toBe(event.correlationId);
  });

  it.each([
    ['an unknown field', { ...validNeed, secret: 1 }, 'secret'],
    ['a missing title', { ...validNeed, title: undefined }, 'title'],
    ['an unknown category', { ...validNeed, category: 'space_travel' }, 'category'],
    ['a negative amount', { ...validNeed, quantity: { amount: -3, unit: 'person_hours' } }, 'quantity.amount'],
    ['an unknown unit', { ...validNeed, quantity: { amount: 3, unit: 'bananas' } }, 'quantity.unit'],
    ['a date that is not a date', { ...validNeed, window: { from: 'soon', to: '2026-12-01' } }, 'window.from'],
    ['an unknown urgency', { ...validNeed, urgency: 'yesterday' }, 'urgency'],
    ['tags that are not strings', { ...validNeed, tags: [1, 2] }, 'tags'],
  ])('refuses %s with 400 naming the field, appending nothing', async (_, body, field) => {
    const before = await eventCount();
    const res = await api().post('/needs').send(body).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'bad_request' });
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a window that ends before it starts with 422 invalid_window naming window.to (a rule between two fields), appending nothing', async () => {
    const before = await eventCount();
    const res = await api()
      .post('/needs')
      .send({ ...validNeed, window: { from: '2026-12-05', to: '2026-12-01' } })
      .expect(422);
    expect(res.body).toMatchObject({ error: 'invalid_window', details: { field: 'window.to' } });
    expect(await eventCount()).toBe(before);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await api().post('/needs').set('content-type', 'application/json').send('{"title":').expect(400);
    expect(res.body.statusCode).toBe(400);
  });

  it('refuses a need whose window has already ended with 422', async () => {
    const before = await eventCount();
    const res = await api()
      .post('/needs')
      .send({ ...validNeed, window: { from: '2020-01-01', to: '2020-02-01' } })
      .expect(422);
    expect(res.body).toMatchObject({ statusCode: 422, error: 'window_ended' });
    expect(await eventCount()).toBe(before);
  });

  it('creates one need for the same Idempotency-Key sent twice, and returns the first result', async () => {
    const before = await eventCount();
    const first = await api().post('/needs').set('Idempotency-Key', 'key-1').send(validNeed).expect(201);
    const second = await api().post('/needs').set('Idempotency-Key', 'key-1').send(validNeed).expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await eventCount()).toBe(before + 1);
    const other = await api()
      .post('/needs')
      .set('Idempotency-Key', 'key-1')
      .send({ ...validNeed, title: '别的需求' })
      .expect(422);
    expect(other.body.error).toBe('idempotency_key_reused');
    expect(await eventCount()).toBe(before + 1);
  });

  it('filters by status and category and pages with a cursor', async () => {
    for (let i = 0; i < 5; i++) {
      await api()
        .post('/needs')
        .send({ ...validNeed, title: `需求 ${i}`, category: 'education' })
        .expect(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await api()
        .get('/needs')
        .query({ communityId: region.communityId, category: 'education', limit: 2, ...(cursor ? { cursor } : {}) })
        .expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((n: { title: string }) => n.title));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['需求 4', '需求 3', '需求 2', '需求 1', '需求 0']);
    await api().get('/needs').query({ status: 'nonsense' }).expect(400);
    await api().get('/needs').query({ limit: 0 }).expect(400);
    await api().get('/needs').query({ cursor: 'not a cursor!' }).expect(400);
    // any cursor of the cursor's form is a position in the list
    await api().get('/needs').query({ cursor: 'garbage' }).expect(200);
  });

  it('filters by a street subtree, by urgency and by text (taken literally)', async () => {
    await api()
      .post('/needs')
      .send({ ...validNeed, title: '楼道照明(维修)', category: 'property', urgency: 'critical', tags: ['照明'] })
      .expect(201);
    const inStreet = await region.auditor
      .get('/needs')
      .query({ orgId: region.streetId, category: 'property' })
      .expect(200);
    expect(inStreet.body.items.map((n: { title: string }) => n.title)).toEqual(['楼道照明(维修)']);
    const otherStreet = await region.auditor
      .get('/needs')
      .query({ orgId: region.otherCommunityId, category: 'property' })
      .expect(200);
    expect(otherStreet.body.items).toEqual([]);
    const critical = await api().get('/needs').query({ urgency: 'critical' }).expect(200);
    expect(critical.body.items.every((n: { urgency: string }) => n.urgency === 'critical')).toBe(true);
    const text = await api().get('/needs').query({ q: '照明(维' }).expect(200);
    expect(text.body.items.map((n: { title: string }) => n.title)).toEqual(['楼道照明(维修)']);
    const byTag = await api().get('/needs').query({ q: '照明', category: 'property' }).expect(200);
    expect(byTag.body.items).toHaveLength(1);
    await api().get('/needs').query({ urgency: 'sometime' }).expect(400);
  });

  it('edits an open need (only its own admins), refusing a changed unit or a window in the past', async () => {
    const posted = (await api().post('/needs').send(validNeed).expect(201)).body;
    const edited = await api()
      .patch(`/needs/${posted.id}`)
      .set('If-Match', '0')
      .send({ title: '独居老人助餐（扩大）', quantity: { amount: 60, unit: 'person_hours' }, urgency: 'critical' })
      .expect(200);
    expect(edited.body).toMatchObject({
      title: '独居老人助餐（扩大）',
      quantity: { amount: 60 },
      remaining: { amount: 60 },
      urgency: 'critical',
      version: 1,
    });
    const before = await eventCount();
    await api().patch(`/needs/${posted.id}`).set('If-Match', '0').send({ title: 'stale' }).expect(412);
    await api()
      .patch(`/needs/${posted.id}`)
      .send({ quantity: { amount: 5, unit: 'yuan' } })
      .expect(422);
    await api()
      .patch(`/needs/${posted.id}`)
      .send({ window: { from: '2020-01-01', to: '2020-02-01' } })
      .expect(422);
    await api().patch(`/needs/${posted.id}`).send({ secret: true }).expect(400);
    await region.otherCommunityAdmin.patch(`/needs/${posted.id}`).send({ title: 'x' }).expect(403);
    expect(await eventCount()).toBe(before);
    await api().post(`/needs/${posted.id}/cancel`).send({}).expect(200);
    await api().patch(`/needs/${posted.id}`).send({ title: 'x' }).expect(409);
  });

  it('cancels a need; cancelling again is 409; If-Match with a stale version is 412, with no version 400', async () => {
    const posted = await api().post('/needs').send(validNeed).expect(201);
    await api().post(`/needs/${posted.body.id}/cancel`).set('If-Match', '5').send({}).expect(412);
    await api().post(`/needs/${posted.body.id}/cancel`).set('If-Match', 'abc').send({}).expect(400);
    const cancelled = await api()
      .post(`/needs/${posted.body.id}/cancel`)
      .set('If-Match', '0')
      .send({ reason: '重复录入' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', version: 1, cancelReason: '重复录入' });
    await api().post(`/needs/${posted.body.id}/cancel`).send({}).expect(409);
    await api().post('/needs/does-not-exist/cancel').send({}).expect(404);
  });

  it('requires a token, and lets only admins of the community post or cancel its needs', async () => {
    const before = await eventCount();
    await t.anonymous().post('/needs').send(validNeed).expect(401);
    await t.anonymous().get('/needs').expect(401);
    await region.otherCommunityAdmin.post('/needs').send(validNeed).expect(403);
    await region.unitContact.post('/needs').send(validNeed).expect(403);
    await region.auditor.post('/needs').send(validNeed).expect(403);
    expect(await eventCount()).toBe(before);
    const byStreet = await region.root.post('/needs').send(validNeed).expect(201);
    await region.otherCommunityAdmin.post(`/needs/${byStreet.body.id}/cancel`).send({}).expect(403);
    const list = await region.auditor.get('/needs').query({ communityId: region.communityId }).expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
  });

  it('refuses a community that does not exist and a grid of another community with 422', async () => {
    const before = await eventCount();
    const unknown = await region.root
      .post('/needs')
      .send({ ...validNeed, communityId: 'nowhere' })
      .expect(422);
    expect(unknown.body.details).toMatchObject({ field: 'communityId' });
    await region.root
      .post('/needs')
      .send({ ...validNeed, communityId: region.otherCommunityId })
      .expect(422);
    expect(await eventCount()).toBe(before);
  });

  it('keeps the needs across a restart: the read model is loaded from its snapshot', async () => {
    const before = await api().get('/needs').query({ limit: 200 }).expect(200);
    await t.restart();
    region = { ...region, communityAdmin: await t.login('er-shequ', 'er-shequ-password') };
    // the clean shutdown wrote the snapshot, verified against the log at the start (DECISIONS 87)
    expect(t.platform.rebuild?.from).toBe('snapshot');
    const after = await api().get('/needs').query({ limit: 200 }).expect(200);
    expect(after.body.items).toEqual(before.body.items);
    expect(after.body.items.length).toBeGreaterThan(5);
  });
});
