import { type Client, client, type Region, expectRebuildsEqual, startSeeded, TestPlatform } from './support/platform';
import { retryAfterMs } from '../apps/organizations/src/accounts/login-throttle';

/**
 * The account lifecycle (issue 16 item 4): disable, enable, change and reset a password, and
 * dissolution, each ending the tokens it must on every service at once; and the login throttle
 * that replaced the hard lock-out (item 11). The platform believes X-Forwarded-For from loopback
 * (GONGJIAN_TRUST_PROXY), as a service behind the gateway would, so tests can speak from several
 * client addresses.
 */
describe('account lifecycle', () => {
  const t = new TestPlatform({ trustProxy: 'loopback' });
  let r: Region;
  startSeeded(t, (region) => (r = region));
  let n = 0;

  const login = (username: string, password: string, from = '192.0.2.10') =>
    t.anonymous().post('/auth/login').set('X-Forwarded-For', from).send({ username, password });
  const tokenOf = async (username: string, password: string) => {
    const res = await login(username, password).expect(200);
    return client(t.platform, res.body.accessToken);
  };
  /** A fresh account of `role` in community A (or `orgId`), signed in. */
  async function account(role = 'community_admin', orgId = r.communityId) {
    n += 1;
    const username = `holder-${n}`;
    const password = `${username}-password`;
    await r.root.post('/accounts').send({ username, password, role, orgId }).expect(201);
    return { username, password, c: await tokenOf(username, password) };
  }
  /** A read route of every service the account's role may read. */
  const routesOf = (c: Client, role: string) =>
    role === 'auditor'
      ? [c.get('/accounts/me'), c.get('/audit/events?limit=1')]
      : [
          c.get('/accounts/me'),
          c.get(`/members?orgId=${r.communityId}`),
          c.get(`/needs?communityId=${r.communityId}`),
          c.get('/activities'),
          c.get(`/organizations/${r.communityId}`),
        ];
  async function statuses(c: Client, role: string): Promise<number[]> {
    return (await Promise.all(routesOf(c, role))).map((res) => res.status);
  }
  /** Every route refuses the token: at once on the embedded platform (polled for at most 1 s). */
  async function expectRefused(c: Client, role = 'community_admin'): Promise<void> {
    const until = Date.now() + 1000;
    let seen = await statuses(c, role);
    while (seen.some((s) => s !== 401) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen = await statuses(c, role);
    }
    expect(seen).toEqual(seen.map(() => 401));
  }

  it('a disabled account’s token is refused at once by every service, and its login too', async () => {
    const holder = await account();
    expect(await statuses(holder.c, 'community_admin')).toEqual([200, 200, 200, 200, 200]);
    const res = await r.root.post(`/accounts/${holder.username}/disable`).send({}).expect(200);
    expect(res.body).toMatchObject({ username: holder.username, disabled: true, disabledReason: 'by_admin' });
    expect(await statuses(holder.c, 'community_admin')).toEqual([401, 401, 401, 401, 401]);
    const refused = await holder.c.get('/accounts/me').expect(401);
    expect(refused.body.message).toBe('the account is disabled');
    // the right password is told why; a wrong one gets the usual answer
    expect((await login(holder.username, holder.password).expect(401)).body.message).toBe('the account is disabled');
    expect((await login(holder.username, 'a-wrong-password').expect(401)).body.message).toBe(
      'wrong username or password',
    );
    await r.root.post(`/accounts/${holder.username}/disable`).send({}).expect(409);
  });

  it('an auditor’s token dies on the audit service too', async () => {
    const auditor = await account('auditor', r.districtId);
    expect(await statuses(auditor.c, 'auditor')).toEqual([200, 200]);
    await r.root.post(`/accounts/${auditor.username}/disable`).send({}).expect(200);
    await expectRefused(auditor.c, 'auditor');
  });

  it('enabling lets the account sign in again; tokens from before the disabling stay dead', async () => {
    const holder = await account();
    await r.root.post(`/accounts/${holder.username}/disable`).send({}).expect(200);
    await r.root.post(`/accounts/${holder.username}/enable`).send({}).expect(200);
    await expectRefused(holder.c);
    const again = await tokenOf(holder.username, holder.password);
    expect(await statuses(again, 'community_admin')).toEqual([200, 200, 200, 200, 200]);
    await r.root.post(`/accounts/${holder.username}/enable`).send({}).expect(409);
  });

  it('changing one’s password ends every earlier token; the new password and its tokens work', async () => {
    const holder = await account('member', r.gridId);
    const other = await tokenOf(holder.username, holder.password); // a second device
    const next = 'a-brand-new-password';
    await holder.c.post('/auth/password').send({ current: 'not-my-password', next }).expect(422);
    await holder.c.post('/auth/password').send({ current: holder.password, next: holder.password }).expect(422);
    await holder.c.post('/auth/password').send({ current: holder.password, next: 'short' }).expect(400);
    const changed = await holder.c.post('/auth/password').send({ current: holder.password, next }).expect(200);
    expect(changed.body).toMatchObject({ username: holder.username, mustChangePassword: false });
    for (const c of [holder.c, other]) expect((await c.get('/accounts/me')).status).toBe(401);
    await login(holder.username, holder.password).expect(401);
    const fresh = await tokenOf(holder.username, next);
    await fresh.get('/accounts/me').expect(200);
    await fresh.get('/activities').expect(200);
  });

  it('every role may change its own password', async () => {
    for (const [role, orgId] of [
      ['community_admin', r.communityId],
      ['street_admin', r.streetId],
      ['district_admin', r.districtId],
      ['unit_contact', r.unitId],
      ['member', r.gridId],
      ['auditor', r.districtId],
      ['resident', r.communityId],
    ]) {
      const holder = await account(role, orgId);
      await holder.c
        .post('/auth/password')
        .send({ current: holder.password, next: `${holder.password}-2` })
        .expect(200);
    }
    await t.anonymous().post('/auth/password').send({ current: 'whatever-1', next: 'whatever-22' }).expect(401);
  });

  it('an admin’s reset: the temporary password signs in only to change it', async () => {
    const holder = await account();
    const temporaryPassword = 'temporary-password-1';
    const reset = await r.root.post(`/accounts/${holder.username}/password-reset`).send({ temporaryPassword });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ mustChangePassword: true });
    await expectRefused(holder.c);
    await login(holder.username, holder.password).expect(401);

    const temp = await login(holder.username, temporaryPassword).expect(200);
    expect(temp.body.mustChangePassword).toBe(true);
    const tc = client(t.platform, temp.body.accessToken);
    for (const res of await Promise.all([tc.get('/accounts/me'), tc.get('/activities'), tc.post('/needs').send({})])) {
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/password must be changed first/);
    }
    const next = 'my-own-password-1';
    await tc.post('/auth/password').send({ current: temporaryPassword, next }).expect(200);
    expect((await tc.get('/accounts/me')).status).toBe(401);
    const own = await login(holder.username, next).expect(200);
    expect(own.body.mustChangePassword).toBe(false);
    await client(t.platform, own.body.accessToken).get('/activities').expect(200);
  });

  it('dissolving an organisation disables its accounts and ends their tokens', async () => {
    n += 1;
    const gridId = (
      await r.root
        .post('/organizations')
        .send({ name: `撤销网格${n}`, kind: 'grid', parentId: r.communityId })
        .expect(201)
    ).body.id;
    const holder = await account('member', gridId);
    await holder.c.get('/activities').expect(200);
    await r.root.post(`/organizations/${gridId}/dissolve`).send({}).expect(200);
    await expectRefused(holder.c, 'member');
    const doc = await r.root.get(`/accounts?orgId=${r.communityId}&limit=200`).expect(200);
    expect(doc.body.items.find((a: { username: string }) => a.username === holder.username)).toMatchObject({
      disabled: true,
      disabledReason: 'organization_dissolved',
    });
    // enabling is refused while the organisation stays dissolved
    await r.root.post(`/accounts/${holder.username}/enable`).send({}).expect(422);
    const events = await t.platform.inspect.store.readStream(`organizations.account-${holder.username}`);
    expect(events.filter((e) => e.type === 'organizations.AccountDisabled')).toHaveLength(1);
  });

  it('an attacker failing 50 times from one address does not keep the owner out from another', async () => {
    const holder = await account();
    const attacker = '203.0.113.66';
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push((await login(holder.username, `guess-${i}`, attacker)).status);
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(answers).toContain(429); // the attacker is slowed down…
    expect(answers.every((s) => s === 401 || s === 429)).toBe(true);
    // …even with the right password, while the owner elsewhere gets in at once
    const slowed = await login(holder.username, holder.password, attacker);
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await login(holder.username, holder.password, '198.51.100.20').expect(200);
    // failures are logged with their address, and only a few while the attacker waits
    const failures = (await t.platform.inspect.store.readStream(`organizations.account-${holder.username}`)).filter(
      (e) => e.type === 'organizations.LoginFailed',
    );
    expect(failures.length).toBeLessThan(10);
    expect(failures[0].data).toMatchObject({ accountId: holder.username, address: attacker, failures: 1 });
    expect(JSON.stringify(failures)).not.toContain('guess-');

    // district admins see the attempts by address; others do not
    const askedAt = Date.now();
    const attempts = await r.root.get(`/accounts/${holder.username}/login-attempts`).expect(200);
    expect(attempts.body.addresses[0]).toMatchObject({ address: attacker, failures: failures.length });
    // the wait left, as the back-off gives it for these failures at the time of the answer (a
    // loaded machine may have taken long enough for part of it to pass, not for it to grow)
    const seen = attempts.body.addresses[0];
    const left = (at: number) =>
      Math.ceil(
        retryAfterMs(
          { [attacker]: { failures: seen.failures, lastAt: Date.parse(seen.lastFailureAt) } },
          attacker,
          at,
        ) / 1000,
      );
    expect(seen.retryAfterSeconds).toBeLessThanOrEqual(left(askedAt));
    expect(seen.retryAfterSeconds).toBeGreaterThanOrEqual(left(Date.now()));
    await r.communityAdmin.get(`/accounts/${holder.username}/login-attempts`).expect(403);
    const listed = await r.communityAdmin.get(`/accounts?orgId=${r.communityId}&limit=200`).expect(200);
    expect(
      listed.body.items.find((a: { username: string }) => a.username === holder.username).loginThrottle,
    ).toMatchObject({ recentFailures: failures.length, throttledAddresses: 1 });
  });

  it('lists accounts only for administrators over the organisation and auditors', async () => {
    await r.otherCommunityAdmin.get(`/accounts?orgId=${r.communityId}`).expect(403);
    await r.unitContact.get(`/accounts?orgId=${r.communityId}`).expect(403);
    await r.auditor.get(`/accounts?orgId=${r.communityId}`).expect(200);
    const own = await r.communityAdmin.get('/accounts').expect(200);
    expect(own.body.items.map((a: { orgId: string }) => a.orgId)).not.toContain(r.otherCommunityId);
  });

  it('an admin manages only accounts below it: not itself, not a peer, not the bootstrap admin', async () => {
    const peer = await account('community_admin');
    await r.communityAdmin.post(`/accounts/${peer.username}/disable`).send({}).expect(403);
    await r.communityAdmin.post('/accounts/er-shequ/disable').send({}).expect(403);
    await r.root.post('/accounts/root/disable').send({}).expect(403);
    const street = await account('street_admin', r.streetId);
    await street.c
      .post(`/accounts/${peer.username}/password-reset`)
      .send({ temporaryPassword: 'temporary-pw-2' })
      .expect(200);
    const district = await account('district_admin', r.districtId);
    await street.c.post(`/accounts/${district.username}/disable`).send({}).expect(403);
    await r.root.post('/accounts/nobody-at-all/disable').send({}).expect(404);
  });

  it('disabled, re-enabled and reset accounts rebuild to the same account read models', async () => {
    expect((await expectRebuildsEqual(r.auditor, /accounts$/)).length).toBeGreaterThanOrEqual(2);
  });
});
