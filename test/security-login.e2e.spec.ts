import { type Region, seedRegion, TestPlatform } from './support/platform';

/** Login: rate limits, lock-out recorded as events, and no way to tell which usernames exist. */
describe('login defences', () => {
  const t = new TestPlatform();
  let r: Region;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  const attempt = (username: string, password: string) =>
    t.anonymous().post('/auth/login').send({ username, password });
  async function createAccount(username: string) {
    await r.root
      .post('/accounts')
      .send({ username, password: `${username}-password`, role: 'community_admin', orgId: r.communityId })
      .expect(201);
  }
  const eventsOf = async (username: string) =>
    (await t.platform.runtime.store.readStream(`organizations.account-${username}`)).map((e) => e.type);

  it('answers a wrong password and an unknown username alike', async () => {
    const wrong = await attempt('er-shequ', 'not-the-password');
    const unknown = await attempt('no-such-user', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'wrong username or password' });
  });

  it('locks an account after five wrong passwords in a row, records it, and locks unknown usernames alike', async () => {
    await createAccount('lock-me');
    for (let i = 0; i < 5; i++) await attempt('lock-me', `guess-${i}`).expect(401);
    const locked = await attempt('lock-me', 'lock-me-password');
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await eventsOf('lock-me')).toEqual([
      'organizations.AccountCreated',
      ...Array(5).fill('organizations.LoginFailed'),
      'organizations.AccountLocked',
    ]);
    const events = await t.platform.runtime.store.readStream('organizations.account-lock-me');
    expect(events[5].data).toEqual({ accountId: 'lock-me', failures: 5 });
    expect(JSON.stringify(events)).not.toContain('guess-');
    // attempts during the lock are refused before the password is checked, and add nothing
    await attempt('lock-me', 'guess-again').expect(429);
    expect(await eventsOf('lock-me')).toHaveLength(7);

    for (let i = 0; i < 5; i++) await attempt('ghost-user', `guess-${i}`).expect(401);
    const ghost = await attempt('ghost-user', 'anything');
    expect(ghost.status).toBe(429);
    expect(ghost.body).toEqual(locked.body);
    expect(Number(ghost.headers['retry-after'])).toBeGreaterThan(14 * 60);
  });

  it('lets a district admin in scope lift a lock-out, nobody else', async () => {
    await createAccount('unlock-me');
    for (let i = 0; i < 5; i++) await attempt('unlock-me', `guess-${i}`).expect(401);
    await attempt('unlock-me', 'unlock-me-password').expect(429);
    const me = await r.root.get('/accounts/me').expect(200);
    expect(me.body.locked).toBe(false);

    await r.communityAdmin.post('/accounts/unlock-me/unlock').expect(403);
    await r.auditor.post('/accounts/unlock-me/unlock').expect(403);
    await t.anonymous().post('/accounts/unlock-me/unlock').expect(401);
    await r.root.post('/accounts/nobody-here/unlock').expect(404);
    const unlocked = await r.root.post('/accounts/unlock-me/unlock').expect(200);
    expect(unlocked.body).toMatchObject({ username: 'unlock-me', locked: false, lockedUntil: null });
    await attempt('unlock-me', 'unlock-me-password').expect(200);
    expect((await eventsOf('unlock-me')).slice(-2)).toEqual([
      'organizations.AccountLocked',
      'organizations.AccountUnlocked',
    ]);
    const [unlock] = (await t.platform.runtime.store.readStream('organizations.account-unlock-me')).slice(-1);
    expect(unlock.actor).toMatchObject({ accountId: 'root', role: 'district_admin' });
    await r.root.post('/accounts/unlock-me/unlock').expect(409);
  });

  it('a successful login ends a run of failures', async () => {
    await createAccount('forgetful');
    for (let i = 0; i < 4; i++) await attempt('forgetful', `guess-${i}`).expect(401);
    await attempt('forgetful', 'forgetful-password').expect(200);
    for (let i = 0; i < 4; i++) await attempt('forgetful', `guess-${i}`).expect(401);
    await attempt('forgetful', 'forgetful-password').expect(200);
    expect(await eventsOf('forgetful')).toEqual([
      'organizations.AccountCreated',
      ...Array(4).fill('organizations.LoginFailed'),
      'organizations.LoginSucceeded',
      ...Array(4).fill('organizations.LoginFailed'),
      'organizations.LoginSucceeded',
    ]);
  });

  it('rate-limits attempts per username and address with 429 and Retry-After, whatever their outcome', async () => {
    await createAccount('busy-user');
    // the throttle takes its token before the password is checked: sent at once, 20 get through
    const results = await Promise.all(Array.from({ length: 24 }, () => attempt('busy-user', 'busy-user-password')));
    const statuses = results.map((res) => res.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(20);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    const limited = results.find((res) => res.status === 429)!;
    expect(limited.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'too many login attempts; try again later',
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(3);
    // another username from the same address is not affected
    await attempt('er-shequ', 'er-shequ-password').expect(200);
  });
});
