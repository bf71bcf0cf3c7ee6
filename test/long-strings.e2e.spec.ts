import { type Region, startSeeded, TestPlatform } from './support/platform';

/** A valid ISO 8601 date-time of `n` characters: IsISO8601 alone takes any number of fraction digits. */
const longInstant = (n: number) => `2026-12-01T08:00:00.${'1'.repeat(n - 21)}Z`;

/**
 * Issue 16 item 10: a `window.from` of 200,000 characters was accepted and served to every
 * reader. Dates are at most 35 characters now; the refusal names the field and appends nothing.
 */
describe('long strings: refused with the field named, nothing appended', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  const need = (window: { from: string; to: string }) => ({
    communityId: r.communityId,
    title: '独居老人助餐',
    category: 'elderly_care',
    tags: [],
    quantity: { amount: 40, unit: 'person_hours' },
    window,
    urgency: 'high',
  });

  it('refuses a window.from of 200,000 characters with 400 naming window.from', async () => {
    const from = longInstant(200_000);
    expect(from).toHaveLength(200_000);
    const before = await t.eventCount();
    const res = await r.communityAdmin.post('/needs').send(need({ from, to: '2027-03-31' }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([{ field: 'window.from', messages: [expect.stringContaining('35 characters')] }]),
    );
    expect(await t.eventCount()).toBe(before);
    expect(JSON.stringify((await r.communityAdmin.get('/needs').expect(200)).body)).not.toContain('1'.repeat(100));
  });

  it('still takes a date-time of 35 characters, and refuses one of 36', async () => {
    const at = '2026-12-01T08:00:00.123456789+08:00';
    expect(at).toHaveLength(35);
    await r.communityAdmin
      .post('/needs')
      .send(need({ from: at, to: '2027-03-31' }))
      .expect(201);
    const res = await r.communityAdmin.post('/needs').send(need({ from: longInstant(36), to: '2027-03-31' }));
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['window.from']);
  });

  it('refuses an id of more than 100 characters in a path with 400 naming the parameter (one rule for every id)', async () => {
    const id = 'x'.repeat(101);
    for (const [path, field] of [
      [`/needs/${id}`, 'id'],
      [`/members/${id}/points`, 'id'],
      [`/matching/runs/${id}`, 'runId'],
    ]) {
      const res = await r.root.get(path);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        error: 'bad_request',
        details: [{ field, messages: [expect.stringContaining('100 characters')] }],
      });
    }
    const before = await t.eventCount();
    const res = await r.communityAdmin.post(`/needs/${id}/cancel`).send({});
    expect(res.status).toBe(400);
    expect(await t.eventCount()).toBe(before);
    await r.communityAdmin.get(`/needs/${'x'.repeat(100)}`).expect(404);
  });

  it('bounds dates in queries too (GET /audit/events?from=)', async () => {
    const res = await r.auditor.get(`/audit/events?from=${encodeURIComponent(longInstant(2_000))}`);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['from']);
  });
});
