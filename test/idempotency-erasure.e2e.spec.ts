import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Region, ROOT, startSeeded, TestPlatform } from './support/platform';

const PHONE = '13912345678';
const MASKED = '139****5678';
const NAME = '李秀英';

interface Row {
  scope: string;
  key: string;
  fingerprint: string;
  status: number | null;
  body: string | null;
  subject: string | null;
  erased: number;
}

/**
 * Issue 16 item 8: what erasure leaves behind. Stored `Idempotency-Key` responses about a member
 * are blanked by erasure (a replay is 410, nothing runs again), and a login's response, which
 * holds an access token, is never stored.
 */
describe('idempotency records: erasure blanks them, logins are never stored', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  const file = () => join(t.dataDir, 'events.db');
  /** The idempotency table as a local reader of the file sees it (a second connection). */
  const rows = (): Row[] => {
    const db = new Database(file(), { readonly: true });
    try {
      return db.prepare('SELECT * FROM idempotency_keys').all() as Row[];
    } finally {
      db.close();
    }
  };
  const registration = () => ({ name: NAME, phone: PHONE, branchId: r.branchId, joinedPartyOn: '2010-07-01' });

  it('answers a replay of a registration after erasure with 410 and no personal data, running nothing', async () => {
    const first = await r.communityAdmin
      .post('/members')
      .set('Idempotency-Key', 'register-li')
      .send(registration())
      .expect(201);
    expect(first.body.phone).toBe(MASKED);
    const memberId: string = first.body.id;
    const replayed = await r.communityAdmin.post('/members').set('Idempotency-Key', 'register-li').send(registration());
    expect(replayed.status).toBe(201);
    expect(replayed.headers['idempotent-replayed']).toBe('true');

    await r.communityAdmin.delete(`/members/${memberId}/personal-data`).expect(200);
    const events = await t.eventCount();
    for (const body of [registration(), { ...registration(), name: '王' }]) {
      const after = await r.communityAdmin.post('/members').set('Idempotency-Key', 'register-li').send(body);
      expect(after.status).toBe(410);
      expect(after.body.error).toBe('idempotency_result_erased');
      expect(JSON.stringify(after.body)).not.toContain('5678');
      expect(JSON.stringify(after.body)).not.toContain(NAME);
    }
    expect(await t.eventCount()).toBe(events);

    const stored = rows().filter((row) => row.subject === memberId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ body: null, fingerprint: '', erased: 1 });
    for (const row of rows()) {
      expect(row.body ?? '').not.toContain(MASKED);
      expect(row.body ?? '').not.toContain(NAME);
    }
  });

  it('leaves no byte of the erased response in the log file or its WAL', async () => {
    for (const name of ['events.db', 'events.db-wal']) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(t.dataDir, name));
      } catch {
        continue; // a WAL truncated away
      }
      expect({ name, found: bytes.includes(Buffer.from(MASKED)) }).toEqual({ name, found: false });
    }
  });

  it('never stores the response of a login, which holds an access token', async () => {
    const login = () => t.anonymous().post('/auth/login').set('Idempotency-Key', 'login-1').send(ROOT);
    const first = await login().expect(200);
    expect(first.body.accessToken).toEqual(expect.any(String));
    const second = await login().expect(200);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    for (const row of rows()) {
      expect(row.scope).not.toContain('/auth/login');
      expect(row.body ?? '').not.toContain(first.body.accessToken);
      expect(row.body ?? '').not.toContain('accessToken');
    }
  });
});
