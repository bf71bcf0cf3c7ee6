import { JwtKeyRing } from '@gongjian/auth';
import { CHECK_IN_REFUSALS } from '@gongjian/contracts';
import { toProposed } from '@gongjian/eventing';
import { v7 as uuidv7 } from 'uuid';
import { CHECK_IN_CODE_PURPOSE, issueCode } from '../apps/volunteering/src/activities/check-in/check-in-code';
import { branchOver, type Client, type Region, seedRegion, TestPlatform } from './support/platform';

/**
 * People acting for themselves in volunteering (issue 18): a member and a resident volunteer sign
 * up and cancel for themselves, never for another; a social organisation takes an activity on
 * with its headcount; 扫码签到 with the organiser's 30-second code — an expired, forged or foreign
 * code, a second check-in, someone not signed up is refused with a clear code and records
 * nothing; hours follow the organiser's confirmation or the check-out; residents earn no points;
 * a team the rotation sends to an activity may serve there.
 */
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('volunteers acting for themselves: sign-up, 扫码签到, hours', () => {
  const t = new TestPlatform();
  let r: Region;
  let n = 0;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  const account = async (role: string, orgId: string) => {
    const username = `${role.replace('_', '-')}-${++n}`;
    await r.root
      .post('/accounts')
      .send({ username, password: `${username}-password`, role, orgId })
      .expect(201);
    return { username, client: await t.login(username, `${username}-password`) };
  };
  /**
   * A member of community A's grid's party branch (a member belongs to a branch since issue 18)
   * with a member account of their own, linked and confirmed.
   */
  const memberWithAccount = async (branchId = r.branchId) => {
    const memberId = (
      await r.root
        .post('/members')
        .send({ name: `党员${++n}`, phone: '13900001111', branchId, joinedPartyOn: '2010-07-01' })
        .expect(201)
    ).body.id as string;
    const { username, client } = await account('member', branchId);
    await r.root.post(`/members/${memberId}/account`).send({ accountId: username }).expect(200);
    await client.post('/members/me/account/confirm').send({ memberId }).expect(200);
    return { memberId, client };
  };
  /** A resident account of community A, registered as a volunteer by itself. */
  const residentWithAccount = async () => {
    const { client } = await account('resident', r.communityId);
    const res = await client
      .post('/residents/me')
      .send({ name: `居民${n}`, phone: `1380000${String(n).padStart(4, '0')}`, consent: true })
      .expect(201);
    return { residentId: res.body.id as string, client };
  };
  const publish = async (over: Record<string, unknown> = {}) =>
    (
      await r.communityAdmin
        .post('/activities')
        .send({
          title: '敬老院助老',
          orgId: r.gridId,
          category: 'elderly_care',
          startsAt: hoursFromNow(-2),
          endsAt: hoursFromNow(1),
          slots: 10,
          pointsPerHour: 10,
          openTo: ['members', 'residents', 'organisations'],
          ...over,
        })
        .expect(201)
    ).body;
  const code = async (activityId: string) =>
    (await r.communityAdmin.get(`/activities/${activityId}/check-in-code`).expect(200)).body;
  const points = async (memberId: string) => (await r.root.get(`/members/${memberId}`).expect(200)).body.points;
  /** Records an earlier check-in directly in the log (the test cannot wait an hour). */
  const checkedInEarlier = async (activityId: string, kind: string, volunteerId: string, hoursAgo: number) => {
    const event = toProposed(
      {
        type: 'volunteering.VolunteerCheckedIn',
        data: { activityId, kind, volunteerId, at: hoursFromNow(-hoursAgo) },
      },
      { actor: { accountId: 'volunteer', role: kind, orgId: r.gridId }, correlationId: uuidv7() },
    );
    await t.platform.inspect.store.append(`volunteering.activity-${activityId}`, [event], 'any');
  };
  /** Expects the refusal and nothing appended. */
  const refused = async (send: () => Promise<{ status: number; body: any }>, status: number, error?: string) => {
    const before = await t.eventCount();
    const res = await send();
    expect({ status: res.status, error: res.body.error }).toEqual({ status, error: error ?? res.body.error });
    expect(await t.eventCount()).toBe(before);
    return res.body;
  };

  it('a member signs up and cancels for themself, never for another member', async () => {
    const [me, other] = [await memberWithAccount(), await memberWithAccount()];
    const a = await publish();
    const res = await me.client.post(`/activities/${a.id}/signups`).send({ memberId: me.memberId }).expect(201);
    expect(res.body.self).toEqual({
      memberId: me.memberId,
      signedUp: true,
      hours: null,
      checkedInAt: null,
      checkedOutAt: null,
    });
    expect(res.body.signedUp).toBeUndefined();
    await refused(() => me.client.post(`/activities/${a.id}/signups`).send({ memberId: other.memberId }), 403);
    await other.client.post(`/activities/${a.id}/signups`).send({ memberId: other.memberId }).expect(201);
    await refused(() => me.client.delete(`/activities/${a.id}/signups/${other.memberId}`), 403);
    await me.client.delete(`/activities/${a.id}/signups/${me.memberId}`).expect(200);
    const after = (await me.client.get(`/activities/${a.id}`).expect(200)).body;
    expect(after).toMatchObject({ signedUpCount: 1, self: { signedUp: false } });
    // a member who neither belongs to community A nor reported to it is refused with the rule's code
    const gridB = (
      await r.root
        .post('/organizations')
        .send({ name: `三社区网格${n}`, kind: 'grid', parentId: r.otherCommunityId })
        .expect(201)
    ).body.id;
    const stranger = await memberWithAccount(await branchOver(r.root, gridB, `三社区网格${n}党支部`));
    await refused(
      () => stranger.client.post(`/activities/${a.id}/signups`).send({ memberId: stranger.memberId }),
      422,
      'not_in_community',
    );
  });

  it('扫码签到: the organiser’s code checks a signed-up member in once; a bad code or person is refused, nothing recorded', async () => {
    const me = await memberWithAccount();
    const notSignedUp = await memberWithAccount();
    const a = await publish();
    const b = await publish({ title: '另一活动' });
    await me.client.post(`/activities/${a.id}/signups`).send({ memberId: me.memberId }).expect(201);

    // only the organisers get the code: not the auditor, another community, a member or a unit
    for (const c of [r.auditor, r.otherCommunityAdmin, me.client, r.unitContact])
      await c.get(`/activities/${a.id}/check-in-code`).expect(403);
    const shown = await code(a.id);
    expect(shown).toMatchObject({ activityId: a.id, periodSeconds: 30, digits: expect.stringMatching(/^\d{6}$/) });
    expect(Date.parse(shown.expiresAt) - Date.parse(shown.validFrom)).toBe(60_000);

    const [key] = t.platform.app.get(JwtKeyRing, { strict: false }).derivedKeys(CHECK_IN_CODE_PURPOSE);
    const expired = issueCode(key, a.id, Date.now() - 90_000);
    const forged = issueCode(Buffer.alloc(32, 7), a.id, Date.now());
    const foreign = await code(b.id);
    const checkIn = (c: Client, body: object) => () => c.post(`/activities/${a.id}/check-in`).send(body);
    for (const [body, error] of [
      [{ code: expired.code }, 'check_in_code_expired'],
      [{ code: expired.digits }, 'check_in_code_expired'],
      [{ code: forged.code }, 'check_in_code_invalid'],
      [{ code: foreign.code }, 'check_in_code_foreign'],
    ] as const) {
      const answer = await refused(checkIn(me.client, body), 422, error);
      expect(answer.details).toEqual({ field: 'code' });
      expect(CHECK_IN_REFUSALS[error]).toBeDefined();
    }
    await refused(checkIn(me.client, { code: 'not a code' }), 400);
    await refused(checkIn(notSignedUp.client, { code: shown.code }), 422, 'not_signed_up');
    // nobody checks in for another: an administrator's account is no volunteer
    await refused(checkIn(r.communityAdmin, { code: shown.code }), 403);

    const done = await me.client.post(`/activities/${a.id}/check-in`).send({ code: shown.code }).expect(200);
    expect(done.body.self).toMatchObject({ signedUp: true, checkedInAt: expect.any(String), checkedOutAt: null });
    expect(done.body.checkInCount).toBe(1);
    await refused(checkIn(me.client, { code: shown.code }), 409, 'already_checked_in');
    await refused(checkIn(me.client, { code: shown.digits }), 409, 'already_checked_in');
    // the organiser sees who checked in; others only the count
    const organiser = (await r.communityAdmin.get(`/activities/${a.id}`).expect(200)).body;
    expect(organiser.checkIns).toEqual([
      expect.objectContaining({ kind: 'member', volunteerId: me.memberId, checkedOutAt: null, hours: null }),
    ]);
    expect((await notSignedUp.client.get(`/activities/${a.id}`).expect(200)).body.checkIns).toBeUndefined();
    const [checkedIn] = (await t.platform.inspect.store.readStream(`volunteering.activity-${a.id}`)).filter(
      (e) => e.type === 'volunteering.VolunteerCheckedIn',
    );
    expect(checkedIn.data).toEqual({
      activityId: a.id,
      kind: 'member',
      volunteerId: me.memberId,
      at: expect.any(String),
    });
  });

  it('after five wrong codes an account waits (429), and check-in is open only around the activity', async () => {
    const me = await memberWithAccount();
    const a = await publish();
    await me.client.post(`/activities/${a.id}/signups`).send({ memberId: me.memberId }).expect(201);
    const right = await code(a.id);
    const wrong = right.digits === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++)
      await refused(
        () => me.client.post(`/activities/${a.id}/check-in`).send({ code: wrong }),
        422,
        'check_in_code_invalid',
      );
    const res = await me.client.post(`/activities/${a.id}/check-in`).send({ code: right.code });
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // another account is not held up by this one's mistakes
    const other = await memberWithAccount();
    await other.client.post(`/activities/${a.id}/signups`).send({ memberId: other.memberId }).expect(201);
    await other.client.post(`/activities/${a.id}/check-in`).send({ code: right.code }).expect(200);

    const later = await publish({ startsAt: hoursFromNow(5), endsAt: hoursFromNow(7) });
    const over = await publish({ startsAt: hoursFromNow(-6), endsAt: hoursFromNow(-3) });
    for (const x of [later, over])
      expect((await r.communityAdmin.get(`/activities/${x.id}/check-in-code`).expect(409)).body.error).toBe(
        'check_in_closed',
      );
    await r.communityAdmin.post(`/activities/${later.id}/cancel`).send({ reason: '下雨' }).expect(200);
    expect((await r.communityAdmin.get(`/activities/${later.id}/check-in-code`).expect(409)).body.error).toBe(
      'activity_cancelled',
    );
  });

  it('hours follow the organiser’s confirmation of the measured time, and points the hours', async () => {
    const me = await memberWithAccount();
    const a = await publish({ pointsPerHour: 10 });
    await me.client.post(`/activities/${a.id}/signups`).send({ memberId: me.memberId }).expect(201);
    await checkedInEarlier(a.id, 'member', me.memberId, 1.5);
    const before = await t.eventCount();
    const out = await me.client
      .post(`/activities/${a.id}/check-out`)
      .send({ code: (await code(a.id)).digits })
      .expect(200);
    expect(out.body.self).toMatchObject({ checkedOutAt: expect.any(String), hours: null });
    expect(await t.eventCount()).toBe(before + 1); // checked out; the organiser confirms
    await refused(
      () => me.client.post(`/activities/${a.id}/check-out`).send({ code: 'C1.1.AAAAAAAAAAAAAAAAAAAAAA.x' }),
      422,
      'check_in_code_invalid',
    );
    const again = await code(a.id);
    await refused(
      () => me.client.post(`/activities/${a.id}/check-out`).send({ code: again.code }),
      409,
      'already_checked_out',
    );
    // the organiser confirms: no hours given, the measured ones
    const confirmed = await r.communityAdmin
      .post(`/activities/${a.id}/attendance`)
      .send({ memberId: me.memberId })
      .expect(201);
    expect(confirmed.body.attendance).toEqual([{ memberId: me.memberId, hours: 1.5, verifiedAt: expect.any(String) }]);
    for (let i = 0; (await points(me.memberId)) !== 15; i++) {
      expect(i).toBeLessThan(200);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });

  it('with `automatic`, check-out verifies the hours within the activity; a resident’s earn no points', async () => {
    const me = await memberWithAccount();
    const resident = await residentWithAccount();
    const a = await publish({ hoursVerification: 'automatic' });
    expect(a).toMatchObject({ hoursVerification: 'automatic', openTo: ['members', 'residents', 'organisations'] });
    await me.client.post(`/activities/${a.id}/signups`).send({ memberId: me.memberId }).expect(201);
    await resident.client.post(`/activities/${a.id}/signups`).send({ residentId: resident.residentId }).expect(201);
    // checked in 3 hours ago, before the activity started 2 hours ago: 2 hours count
    await checkedInEarlier(a.id, 'member', me.memberId, 3);
    await resident.client
      .post(`/activities/${a.id}/check-in`)
      .send({ code: (await code(a.id)).digits })
      .expect(200);
    const out = await me.client
      .post(`/activities/${a.id}/check-out`)
      .send({ code: (await code(a.id)).code })
      .expect(200);
    expect(out.body.self).toMatchObject({ hours: 2 });
    for (let i = 0; (await points(me.memberId)) !== 20; i++) {
      expect(i).toBeLessThan(200);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // the resident checked in just now: nothing measured, nothing verified; the organiser records it
    const residentOut = await resident.client
      .post(`/activities/${a.id}/check-out`)
      .send({ code: (await code(a.id)).code })
      .expect(200);
    expect(residentOut.body.self).toMatchObject({ residentId: resident.residentId, hours: null });
    await r.communityAdmin
      .post(`/activities/${a.id}/attendance`)
      .send({ residentId: resident.residentId, hours: 1 })
      .expect(201);
    const events = await t.platform.inspect.store.readStream(`volunteering.activity-${a.id}`);
    expect(events.filter((e) => e.type === 'volunteering.ResidentHoursVerified').map((e) => e.data)).toEqual([
      expect.objectContaining({ residentId: resident.residentId, hours: 1 }),
    ]);
    // only members' hours are the public event the members service awards points for
    expect(events.filter((e) => e.type === 'volunteering.VolunteerHoursVerified').map((e) => e.data)).toEqual([
      expect.objectContaining({ memberId: me.memberId, hours: 2 }),
    ]);
    const seen = (await resident.client.get(`/activities/${a.id}`).expect(200)).body;
    expect(seen.self).toMatchObject({ residentId: resident.residentId, signedUp: true, hours: 1 });
    expect(seen).toMatchObject({ verifiedHours: 3, attendanceCount: 2 });
    expect(JSON.stringify(seen)).not.toContain(me.memberId);
  });

  it('我的活动: a member’s and a resident’s own activities and verified hours, nobody else’s', async () => {
    const me = await memberWithAccount();
    const other = await memberWithAccount();
    const resident = await residentWithAccount();
    const [a, b, c] = [await publish({ title: '甲' }), await publish({ title: '乙' }), await publish({ title: '丙' })];
    for (const x of [a, b])
      await me.client.post(`/activities/${x.id}/signups`).send({ memberId: me.memberId }).expect(201);
    await other.client.post(`/activities/${c.id}/signups`).send({ memberId: other.memberId }).expect(201);
    await resident.client.post(`/activities/${c.id}/signups`).send({ residentId: resident.residentId }).expect(201);
    await r.communityAdmin
      .post(`/activities/${a.id}/attendance`)
      .send({ memberId: me.memberId, hours: 1.5 })
      .expect(201);
    await r.communityAdmin.post(`/activities/${b.id}/attendance`).send({ memberId: me.memberId, hours: 2 }).expect(201);
    await r.communityAdmin
      .post(`/activities/${c.id}/attendance`)
      .send({ residentId: resident.residentId, hours: 1 })
      .expect(201);

    const mine = (await me.client.get('/activities/mine').expect(200)).body;
    expect(mine).toMatchObject({ total: 2, verifiedHours: 3.5, nextCursor: null });
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([b.id, a.id]); // newest first
    expect(mine.items[0].self).toEqual(expect.objectContaining({ memberId: me.memberId, signedUp: true, hours: 2 }));
    expect(mine.items[0].signedUp).toBeUndefined(); // the others who signed up stay the organisers’
    const paged = (await me.client.get('/activities/mine').query({ limit: 1 }).expect(200)).body;
    expect(paged).toMatchObject({ total: 2, verifiedHours: 3.5, items: [{ id: b.id }] });
    expect(
      (await me.client.get('/activities/mine').query({ cursor: paged.nextCursor }).expect(200)).body.items,
    ).toEqual([expect.objectContaining({ id: a.id })]);
    const theirs = (await resident.client.get('/activities/mine').expect(200)).body;
    expect(theirs).toMatchObject({
      total: 1,
      verifiedHours: 1,
      items: [{ id: c.id, self: { residentId: resident.residentId, hours: 1 } }],
    });
    expect(JSON.stringify(theirs)).not.toContain(other.memberId);
    // a cancelled sign-up drops out; a member account not linked yet has none; administrators have none of their own
    await other.client.delete(`/activities/${c.id}/signups/${other.memberId}`).expect(200);
    expect((await other.client.get('/activities/mine').expect(200)).body).toMatchObject({ total: 0, verifiedHours: 0 });
    const { client: unlinked } = await account('member', r.gridId);
    expect((await unlinked.get('/activities/mine').expect(200)).body).toEqual({
      items: [],
      nextCursor: null,
      total: 0,
      verifiedHours: 0,
    });
    for (const c2 of [r.communityAdmin, r.auditor, r.unitContact]) await c2.get('/activities/mine').expect(403);
    await me.client.get('/activities/mine').query({ limit: 0 }).expect(400);
  });

  it('resident volunteers: consent, a masked phone, their own record, sign-up only for themselves and where open', async () => {
    const resident = await residentWithAccount();
    const mine = (await resident.client.get('/residents/me').expect(200)).body;
    expect(mine).toMatchObject({ id: resident.residentId, communityId: r.communityId, status: 'active' });
    expect(mine.phone).toMatch(/^138\*{4}\d{4}$/);
    expect(JSON.stringify(mine)).not.toContain('phoneDigest');
    await refused(
      () => resident.client.post('/residents/me').send({ name: '又一次', phone: '13800009999', consent: true }),
      409,
      'resident_already_registered',
    );
    await refused(
      () => r.communityAdmin.post('/residents/me').send({ name: '王', phone: '13800009999', consent: true }),
      403,
    );
    // an admin registers a resident with the form they signed; the same phone twice is refused
    const body = {
      name: '赵大爷',
      phone: '13912345678',
      communityId: r.gridId,
      consent: true,
      consentedOn: '2026-11-30',
    };
    await refused(() => r.communityAdmin.post('/residents').send({ ...body, consent: false }), 400);
    await refused(
      () => r.communityAdmin.post('/residents').send({ ...body, consentedOn: '2999-01-01' }),
      422,
      'consent_in_future',
    );
    await refused(() => r.otherCommunityAdmin.post('/residents').send(body), 403);
    await refused(() => resident.client.post('/residents').send(body), 403);
    const paper = (await r.communityAdmin.post('/residents').send(body).expect(201)).body;
    expect(paper).toMatchObject({ communityId: r.communityId, phone: '139****5678', accountId: null });
    await refused(() => r.communityAdmin.post('/residents').send(body), 409, 'resident_already_registered');
    // reads: the admins over the community and the auditor; the resident its own record only
    await r.communityAdmin.get(`/residents/${paper.id}`).expect(200);
    await r.auditor.get(`/residents/${paper.id}`).expect(200);
    await r.otherCommunityAdmin.get(`/residents/${paper.id}`).expect(403);
    await resident.client.get(`/residents/${paper.id}`).expect(403);
    const listed = (await r.communityAdmin.get('/residents').query({ orgId: r.streetId }).expect(403)).body;
    expect(listed.error).toBe('forbidden');
    const list = (await r.communityAdmin.get('/residents').expect(200)).body.items.map((x: { id: string }) => x.id);
    expect(list).toEqual(expect.arrayContaining([resident.residentId, paper.id]));
    await resident.client.get('/residents').expect(403);

    const membersOnly = await publish({ openTo: ['members'] });
    await refused(
      () => resident.client.post(`/activities/${membersOnly.id}/signups`).send({ residentId: resident.residentId }),
      422,
      'not_open_to_residents',
    );
    const a = await publish();
    await refused(() => resident.client.post(`/activities/${a.id}/signups`).send({ residentId: paper.id }), 403);
    await refused(
      () => resident.client.post(`/activities/${a.id}/signups`).send({ memberId: resident.residentId }),
      403,
    );
    await refused(
      () => r.communityAdmin.post(`/activities/${a.id}/signups`).send({ memberId: 'x', residentId: paper.id }),
      400,
    );
    await r.communityAdmin.post(`/activities/${a.id}/signups`).send({ residentId: paper.id }).expect(201);
    // withdrawn consent: no name or phone any more, and no more sign-ups
    await refused(() => resident.client.post(`/residents/${paper.id}/consent/withdraw`), 403);
    const withdrawn = (await resident.client.post(`/residents/${resident.residentId}/consent/withdraw`).expect(200))
      .body;
    expect(withdrawn).toMatchObject({ status: 'withdrawn', name: null, phone: null });
    await refused(
      () => resident.client.post(`/activities/${a.id}/signups`).send({ residentId: resident.residentId }),
      422,
      'consent_withdrawn',
    );
  });

  it('a social organisation takes an activity on as a whole with its headcount', async () => {
    const unitId = (
      await r.root
        .post('/units')
        .send({ name: `志愿者协会${++n}`, sector: 'social_organization', locatedIn: r.communityId })
        .expect(201)
    ).body.id;
    const { client: contact } = await account('unit_contact', unitId);
    const a = await publish({ slots: 5 });
    await refused(() => contact.post(`/activities/${a.id}/signups`).send({ unitId }), 422, 'headcount_required');
    await refused(
      () => contact.post(`/activities/${a.id}/signups`).send({ unitId, headcount: 6 }),
      422,
      'activity_full',
    );
    // another unit's contact, for this one: refused; for its own, not a social organisation
    await refused(() => r.unitContact.post(`/activities/${a.id}/signups`).send({ unitId, headcount: 2 }), 403);
    await refused(
      () => r.unitContact.post(`/activities/${a.id}/signups`).send({ unitId: r.unitId, headcount: 2 }),
      422,
      'not_a_social_organisation',
    );
    const taken = (await contact.post(`/activities/${a.id}/signups`).send({ unitId, headcount: 4 }).expect(201)).body;
    expect(taken).toMatchObject({ organisations: [{ unitId, headcount: 4 }], openSlots: 1, signedUpCount: 4 });
    await refused(() => r.unitContact.delete(`/activities/${a.id}/signups/${unitId}`), 403);
    await refused(() => contact.post(`/activities/${a.id}/attendance`).send({ unitId, hours: 2 }), 403);
    const served = await r.communityAdmin
      .post(`/activities/${a.id}/attendance`)
      .send({ unitId, hours: 2, headcount: 3 })
      .expect(201);
    expect(served.body).toMatchObject({
      organisationAttendance: [{ unitId, headcount: 3, hours: 2, verifiedAt: expect.any(String) }],
      verifiedHours: 6,
    });
    await refused(
      () => r.communityAdmin.post(`/activities/${a.id}/attendance`).send({ memberId: 'm', hours: 1, headcount: 2 }),
      422,
      'headcount_unexpected',
    );
  });

  it('a team the quarter’s rotation sends to an activity may serve there, wherever its members’ branch is', async () => {
    const gridB = (
      await r.root
        .post('/organizations')
        .send({ name: `三社区网格${++n}`, kind: 'grid', parentId: r.otherCommunityId })
        .expect(201)
    ).body.id;
    const outsider = await memberWithAccount(await branchOver(r.root, gridB, `三社区网格${n}党支部`));
    const a = await publish({ openTo: ['members'] });
    await refused(
      () => outsider.client.post(`/activities/${a.id}/signups`).send({ memberId: outsider.memberId }),
      422,
      'not_in_community',
    );
    const team = (
      await r.communityAdmin
        .post('/teams')
        .send({ name: `红马甲${n}`, orgId: r.communityId })
        .expect(201)
    ).body.id;
    await r.communityAdmin.post(`/teams/${team}/members`).send({ memberId: outsider.memberId }).expect(200);
    const local = new Date(Date.parse(a.startsAt) + 8 * 3_600_000);
    const quarter = `${local.getUTCFullYear()}Q${Math.floor(local.getUTCMonth() / 3) + 1}`;
    await refused(
      () =>
        r.communityAdmin
          .post('/rotations')
          .send({ orgId: r.communityId, quarter: '2099Q1', teamIds: [team], activityIds: [a.id] }),
      422,
      'activity_outside_quarter',
    );
    const rotation = (
      await r.communityAdmin
        .post('/rotations')
        .send({ orgId: r.communityId, quarter, teamIds: [team], gridIds: [], activityIds: [a.id] })
        .expect(201)
    ).body;
    expect(rotation).toMatchObject({ assignments: [], activityAssignments: [{ activityId: a.id, teamId: team }] });
    await outsider.client.post(`/activities/${a.id}/signups`).send({ memberId: outsider.memberId }).expect(201);
  });
});
