import { MEMBER_EVENTS, VOLUNTEERING_EVENTS } from '@gongjian/contracts';
import { toProposed } from '@gongjian/eventing';
import { v7 as uuidv7 } from 'uuid';
import { expectRebuildsEqual, type Region, seedRegion, TestPlatform } from './support/platform';

/**
 * The merchant alliance end to end (issue 19): a merchant registered with its terms, new terms
 * from today and from tomorrow, a member's points redeemed under today's terms and the monthly cap,
 * the month's statement, its confirmation, a disputed redemption reversed by a compensating
 * posting, the statement showing it and confirmed again; a redemption of before the alliance still
 * folds and shows.
 */
describe('merchant alliance', () => {
  const t = new TestPlatform();
  let r: Region;
  const chinaDay = (offsetDays = 0) =>
    new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const month = () => chinaDay().slice(0, 7);

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  const eventually = async (check: () => Promise<boolean>, millis = 3000) => {
    const deadline = Date.now() + millis;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`not within ${millis} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const append = async (streamId: string, type: string, data: unknown) => {
    const proposed = toProposed(
      { type, data },
      { actor: { accountId: 'organiser', role: 'community_admin', orgId: r.communityId }, correlationId: uuidv7() },
    );
    return (await t.platform.inspect.store.append(streamId, [proposed], 'any')).events[0];
  };

  /** A member of community A's branch with `hours` × 10 points from verified volunteer hours. */
  const memberWith = async (name: string, hours: number) => {
    const m = (
      await r.communityAdmin
        .post('/members')
        .send({ name, phone: '13900000000', branchId: r.branchId, joinedPartyOn: '2010-07-01' })
        .expect(201)
    ).body.id as string;
    await append(`volunteering.activity-${uuidv7()}`, VOLUNTEERING_EVENTS.hoursVerified, {
      activityId: uuidv7(),
      memberId: m,
      orgId: r.communityId,
      category: 'elderly_care',
      hours,
      pointsPerHour: 10,
      verifiedAt: new Date().toISOString(),
    });
    await eventually(async () => (await r.communityAdmin.get(`/members/${m}`).expect(200)).body.points === hours * 10);
    return m;
  };

  it('registers, changes terms, redeems within the cap, states the month, reverses a disputed redemption', async () => {
    // 1. the street registers its merchant: 10 points a yuan, 100 a member a month, since 2026
    const shop = (
      await r.root
        .post('/merchants')
        .send({
          name: '东城爱心超市',
          address: '东城街道中心街 8 号',
          sector: 'supermarket',
          orgId: r.streetId,
          contactName: '王店长',
          contactPhone: '13900000001',
          terms: { pointsPerYuan: 10, monthlyCapPoints: 100, effectiveFrom: '2026-01-01' },
        })
        .expect(201)
    ).body;
    expect(shop).toMatchObject({ status: 'active', sector: 'supermarket', terms: { pointsPerYuan: 10 } });
    await r.root
      .post('/merchants')
      .send({ ...shop, id: undefined })
      .expect(400);

    // 2. terms from today (5 a yuan, 50 a month) and from tomorrow (2 a yuan); never into the past
    const terms = (pointsPerYuan: number, monthlyCapPoints: number, effectiveFrom: string) =>
      r.root.post(`/merchants/${shop.id}/terms`).send({ pointsPerYuan, monthlyCapPoints, effectiveFrom });
    expect((await terms(5, 50, chinaDay(-1)).expect(422)).body.error).toBe('terms_not_after_current');
    await terms(5, 50, chinaDay()).expect(200);
    const changed = (await terms(2, 50, chinaDay(1)).expect(200)).body;
    expect(changed.terms).toEqual({ pointsPerYuan: 5, monthlyCapPoints: 50, effectiveFrom: chinaDay() });
    expect(changed.termsHistory.map((h: { pointsPerYuan: number }) => h.pointsPerYuan)).toEqual([10, 5, 2]);
    expect((await r.unitContact.get(`/merchants/${shop.id}`).expect(200)).body.contactPhone).toBeNull();
    const listed = (await r.communityAdmin.get(`/merchants?orgId=${r.streetId}&sector=supermarket&q=爱心`).expect(200))
      .body;
    expect(listed).toMatchObject({ total: 1, items: [{ id: shop.id }] });

    // 3. a member earns 100 points, redeems 20 under today's terms: 4.00 yuan, posted to the merchant
    const m = await memberWith('赵先锋', 10);
    const redeem = (points: number, merchantId = shop.id) =>
      r.communityAdmin.post(`/members/${m}/redemptions`).send({ points, merchantId });
    const first = (await redeem(20).expect(201)).body;
    expect(first).toMatchObject({
      points: 20,
      merchantId: shop.id,
      merchant: '东城爱心超市',
      yuan: '4.00',
      balance: 80,
    });
    // the monthly cap (50) at this merchant: 20 + 31 is over, 20 + 30 fits
    const over = (await redeem(31).expect(422)).body;
    expect(over).toMatchObject({
      error: 'monthly_cap_exceeded',
      details: { cap: 50, used: 20, left: 30, month: month() },
    });
    const second = (await redeem(30).expect(201)).body;
    expect(second).toMatchObject({ yuan: '6.00', balance: 50 });
    expect((await redeem(1, 'no-such-shop').expect(422)).body.error).toBe('unknown_merchant');

    // 4. the month's statement: two lines at 5 points a yuan
    const statementOf = async () => (await r.root.get(`/merchants/${shop.id}/statements/${month()}`).expect(200)).body;
    let statement = await statementOf();
    expect(statement.lines).toHaveLength(2);
    expect(statement.lines[0]).toMatchObject({
      redemptionId: first.redemptionId,
      memberId: m,
      points: 20,
      yuan: '4.00',
      reversed: false,
    });
    expect(statement.totals).toEqual({
      redemptions: 2,
      points: 50,
      yuan: '10.00',
      reversedPoints: 0,
      reversedYuan: '0.00',
      netPoints: 50,
      netYuan: '10.00',
    });
    const reconcile = (netPoints: number, netYuan: string) =>
      r.root
        .post(`/merchants/${shop.id}/statements/${month()}/reconcile`)
        .send({ netPoints, netYuan, note: '已与商户核对' });
    expect((await reconcile(50, '9.99').expect(422)).body.error).toBe('statement_totals_differ');
    await reconcile(50, '10.00').expect(201);
    await reconcile(50, '10.00').expect(409);
    expect((await statementOf()).reconciled).toBe(true);

    // 5. a dispute: the first redemption reversed by a compensating posting; once only
    const reversal = (as = r.root) =>
      as.post(`/members/${m}/redemptions/${first.redemptionId}/reversal`).send({ reason: '商户未给折扣' });
    expect((await reversal().expect(201)).body).toMatchObject({ points: 20, yuan: '4.00', balance: 70 });
    await reversal().expect(409);
    await r.root.post(`/members/${m}/redemptions/nope/reversal`).send({ reason: 'x' }).expect(404);
    const ledger = (await r.communityAdmin.get(`/members/${m}/points`).expect(200)).body;
    expect(ledger.balance).toBe(70);
    expect(ledger.items.find((e: { kind: string }) => e.kind === 'reversal')).toMatchObject({
      points: 20,
      redemptionId: first.redemptionId,
      merchantId: shop.id,
    });
    // the points back no longer count against the cap: 20 more fit this month
    await redeem(20).expect(201);

    // 6. the statement shows the reversal; the office confirms the new totals beside the first
    statement = await statementOf();
    expect(statement.lines.find((l: { redemptionId: string }) => l.redemptionId === first.redemptionId)).toMatchObject({
      reversed: true,
      reversedReason: '商户未给折扣',
    });
    expect(statement.totals).toMatchObject({
      redemptions: 3,
      points: 70,
      reversedPoints: 20,
      reversedYuan: '4.00',
      netPoints: 50,
      netYuan: '10.00',
    });
    await reconcile(50, '10.00').expect(201);
    statement = await statementOf();
    expect(statement.reconciliations).toHaveLength(2);
    expect(
      statement.reconciliations.map((c: { totals: { reversedPoints: number } }) => c.totals.reversedPoints),
    ).toEqual([0, 20]);
    expect(statement.reconciled).toBe(true);

    // 7. the export
    const sheet = await r.root
      .get(`/exports/merchant-statement.xlsx?merchantId=${shop.id}&month=${month()}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(sheet.headers['content-type']).toContain('spreadsheetml');
    expect((sheet.body as Buffer).subarray(0, 2).toString()).toBe('PK');

    // 8. suspended: no redemption there until reinstated
    await r.root.post(`/merchants/${shop.id}/suspend`).send({ reason: '投诉待查' }).expect(200);
    expect((await redeem(1).expect(422)).body.error).toBe('merchant_suspended');
    await r.root.post(`/merchants/${shop.id}/reinstate`).expect(200);
    // reinstated: what stops this one now is the month's cap (20 + 30 + 20 of 50), not the suspension
    expect((await redeem(1).expect(422)).body.error).toBe('monthly_cap_exceeded');

    await expectRebuildsEqual(r.auditor, /merchant|ledger|balances/);
  });

  it('folds and shows a redemption of before the alliance (free-text merchant); it is no merchant’s and not reversible', async () => {
    const m = await memberWith('钱老党员', 3);
    const old = await append(`members.ledger-${m}`, MEMBER_EVENTS.pointsRedeemed, {
      memberId: m,
      redemptionId: uuidv7(),
      points: 10,
      merchant: '老街超市',
    });
    await eventually(async () => (await r.communityAdmin.get(`/members/${m}/points`).expect(200)).body.balance === 20);
    const ledger = (await r.communityAdmin.get(`/members/${m}/points`).expect(200)).body;
    expect(ledger.items.find((e: { kind: string }) => e.kind === 'redemption')).toMatchObject({
      merchant: '老街超市',
      merchantId: null,
      points: -10,
    });
    const res = await r.root
      .post(`/members/${m}/redemptions/${(old.data as { redemptionId: string }).redemptionId}/reversal`)
      .send({ reason: 'x' })
      .expect(422);
    expect(res.body.error).toBe('redemption_not_reversible');
  });
});
