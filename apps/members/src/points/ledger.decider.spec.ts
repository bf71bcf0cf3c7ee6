import fc from 'fast-check';
import { DomainRuleViolation } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { type LedgerEvent, ledgerDecider, type MerchantFacts } from './ledger.decider';
import { type PointsAwardedV1 } from '../member-events';

const award = (eventId: string, points: number): PointsAwardedV1 => ({
  memberId: 'm-1',
  points,
  rule: 'volunteer_hours',
  source: { eventId, type: 'volunteering.VolunteerHoursVerified', streamId: 'volunteering.activity-a' },
  hours: points / 10,
  subjectId: 'a',
  title: '助老',
});
const awarded = (eventId: string, points: number): LedgerEvent => ({
  type: 'members.PointsAwarded',
  data: award(eventId, points),
});
const spec = deciderSpecification(ledgerDecider);

/** 社区超市: 10 points a yuan, 100 points a member a month. */
const shop = (over: Partial<MerchantFacts> = {}): MerchantFacts => ({
  merchantId: 'shop',
  name: '社区超市',
  orgId: 'street-1',
  status: 'active',
  terms: { pointsPerYuan: 10, monthlyCapPoints: 100, effectiveFrom: '2026-01-01' },
  ...over,
});
const redeem = (redemptionId: string, points: number, day = '2026-12-15', merchant: MerchantFacts | null = shop()) => ({
  type: 'RedeemPoints' as const,
  memberId: 'm-1',
  redemptionId,
  points,
  day,
  merchant,
});
/** What the decider appends for a redemption: replayed as history in the given events. */
const redeemed = (redemptionId: string, points: number, day = '2026-12-15', merchant = shop()): LedgerEvent =>
  ledgerDecider.decide(redeem(redemptionId, points, day, merchant), {
    ...ledgerDecider.initialState(),
    balance: 1_000_000,
  })[0];

describe('points ledger decider', () => {
  it('awards once per source event', () => {
    spec
      .given([])
      .when({ type: 'AwardPoints', award: award('e-1', 30) })
      .then([awarded('e-1', 30)]);
    spec
      .given([awarded('e-1', 30)])
      .when({ type: 'AwardPoints', award: award('e-1', 30) })
      .then([]);
  });

  it('refuses a redemption above the balance', () => {
    spec
      .given([awarded('e-1', 30)])
      .when(redeem('r-1', 31))
      .thenThrows(DomainRuleViolation, /balance is 30/);
  });

  it('values a redemption by the terms in force that day and posts the points to the merchant', () => {
    spec
      .given([awarded('e-1', 300)])
      .when(redeem('r-1', 25))
      .then([
        {
          type: 'members.PointsRedeemed',
          data: {
            memberId: 'm-1',
            redemptionId: 'r-1',
            points: 25,
            merchant: '社区超市',
            merchantId: 'shop',
            merchantName: '社区超市',
            merchantOrgId: 'street-1',
            day: '2026-12-15',
            pointsPerYuan: 10,
            termsFrom: '2026-01-01',
            // 25 points at 10 a yuan: 2.50 yuan
            yuanValue: 250,
            posting: {
              postingId: 'r-1',
              legs: [
                { accountId: 'member_points:m-1', kind: 'member_points', ownerOrgId: null, amount: -25 },
                { accountId: 'merchant:shop', kind: 'merchant', ownerOrgId: 'street-1', amount: 25 },
              ],
            },
          },
        },
      ]);
    // 10 points at 3 a yuan: 3.333… yuan, rounded down to whole fen
    const terms = { pointsPerYuan: 3, monthlyCapPoints: 100, effectiveFrom: '2026-12-01' };
    spec
      .given([awarded('e-1', 300)])
      .when(redeem('r-2', 10, '2026-12-15', shop({ terms })))
      .then((events) => expect(events[0].data).toMatchObject({ yuanValue: 333, pointsPerYuan: 3 }));
  });

  it('refuses an unknown merchant, a suspended one, and one whose terms start later', () => {
    spec
      .given([awarded('e-1', 300)])
      .when(redeem('r-1', 5, '2026-12-15', null))
      .thenThrows(DomainRuleViolation, /no registered merchant/);
    spec
      .given([awarded('e-1', 300)])
      .when(redeem('r-1', 5, '2026-12-15', shop({ status: 'suspended' })))
      .thenThrows(DomainRuleViolation, /suspended/);
    spec
      .given([awarded('e-1', 300)])
      .when(redeem('r-1', 5, '2026-12-15', shop({ terms: null })))
      .thenThrows(DomainRuleViolation, /no terms in force/);
  });

  it('holds each member to the monthly cap at each merchant, counted by China month', () => {
    const history = [awarded('e-1', 1000), redeemed('r-1', 60, '2026-12-01'), redeemed('r-2', 30, '2026-12-31')];
    spec
      .given(history)
      .when(redeem('r-3', 11, '2026-12-31'))
      .thenThrows(DomainRuleViolation, /90 of 100/);
    spec
      .given(history)
      .when(redeem('r-3', 10, '2026-12-31'))
      .then((events) => expect(events).toHaveLength(1));
    // a new month starts from zero; another merchant has its own cap
    spec
      .given(history)
      .when(redeem('r-3', 100, '2027-01-01'))
      .then((events) => expect(events).toHaveLength(1));
    spec
      .given(history)
      .when(redeem('r-3', 100, '2026-12-31', shop({ merchantId: 'pharmacy' })))
      .then((events) => expect(events).toHaveLength(1));
    try {
      ledgerDecider.decide(
        redeem('r-3', 11, '2026-12-31'),
        history.reduce(ledgerDecider.evolve, ledgerDecider.initialState()),
      );
    } catch (error) {
      expect((error as DomainRuleViolation).code).toBe('monthly_cap_exceeded');
      expect((error as DomainRuleViolation).details).toMatchObject({ cap: 100, used: 90, left: 10, month: '2026-12' });
    }
  });

  it('applies the cap of the terms in force that day', () => {
    const tighter = shop({ terms: { pointsPerYuan: 5, monthlyCapPoints: 50, effectiveFrom: '2026-12-20' } });
    const history = [awarded('e-1', 1000), redeemed('r-1', 45, '2026-12-10')];
    spec
      .given(history)
      .when(redeem('r-2', 6, '2026-12-21', tighter))
      .thenThrows(DomainRuleViolation, /45 of 50/);
    spec
      .given(history)
      .when(redeem('r-2', 5, '2026-12-21', tighter))
      .then((events) =>
        expect(events[0].data).toMatchObject({ pointsPerYuan: 5, yuanValue: 100, termsFrom: '2026-12-20' }),
      );
  });

  it('reverses a redemption once, by the compensating posting: the points come back and leave the cap', () => {
    const history = [awarded('e-1', 200), redeemed('r-1', 100)];
    spec
      .given(history)
      .when({ type: 'ReverseRedemption', memberId: 'm-1', redemptionId: 'r-1', reason: '商户未给折扣' })
      .then([
        {
          type: 'members.PointsRedemptionReversed',
          data: {
            memberId: 'm-1',
            redemptionId: 'r-1',
            merchantId: 'shop',
            points: 100,
            yuanValue: 1000,
            reason: '商户未给折扣',
            posting: {
              postingId: 'r-1:reversal',
              legs: [
                { accountId: 'member_points:m-1', kind: 'member_points', ownerOrgId: null, amount: 100 },
                { accountId: 'merchant:shop', kind: 'merchant', ownerOrgId: 'street-1', amount: -100 },
              ],
            },
          },
        },
      ]);
    const reversed = [
      ...history,
      ...ledgerDecider.decide(
        { type: 'ReverseRedemption', memberId: 'm-1', redemptionId: 'r-1', reason: 'x' },
        history.reduce(ledgerDecider.evolve, ledgerDecider.initialState()),
      ),
    ];
    expect(reversed.reduce(ledgerDecider.evolve, ledgerDecider.initialState()).balance).toBe(200);
    spec
      .given(reversed)
      .when({ type: 'ReverseRedemption', memberId: 'm-1', redemptionId: 'r-1', reason: 'again' })
      .thenThrows(InvalidStateTransition, /already reversed/);
    // the cap counts the redemptions that stand
    spec
      .given(reversed)
      .when(redeem('r-2', 100))
      .then((events) => expect(events).toHaveLength(1));
    spec
      .given(history)
      .when({ type: 'ReverseRedemption', memberId: 'm-1', redemptionId: 'nope', reason: 'x' })
      .thenThrows(NotFound);
  });

  it('folds a redemption of before the alliance (free-text merchant): it lowers the balance, is not reversible', () => {
    const old: LedgerEvent = {
      type: 'members.PointsRedeemed',
      data: { memberId: 'm-1', redemptionId: 'r-0', points: 20, merchant: '老街超市' },
    };
    const state = [awarded('e-1', 50), old].reduce(ledgerDecider.evolve, ledgerDecider.initialState());
    expect(state.balance).toBe(30);
    spec
      .given([awarded('e-1', 50), old])
      .when({ type: 'ReverseRedemption', memberId: 'm-1', redemptionId: 'r-0', reason: 'x' })
      .thenThrows(DomainRuleViolation, /cannot be reversed/);
  });

  it('never lets the balance go below zero, whatever the sequence of awards, redeliveries and redemptions', () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('award' as const),
        source: fc.integer({ min: 0, max: 5 }),
        points: fc.integer({ min: 1, max: 50 }),
      }),
      fc.record({ kind: fc.constant('redeem' as const), points: fc.integer({ min: 1, max: 80 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state = ledgerDecider.initialState();
        const seen = new Map<string, number>();
        let redeemed = 0;
        steps.forEach((s, i) => {
          const command =
            s.kind === 'award'
              ? { type: 'AwardPoints' as const, award: award(`e-${s.source}`, s.points) }
              : redeem(
                  `r-${i}`,
                  s.points,
                  '2026-12-15',
                  shop({ terms: { pointsPerYuan: 1, monthlyCapPoints: 1e6, effectiveFrom: '2026-01-01' } }),
                );
          let events: LedgerEvent[] = [];
          try {
            events = ledgerDecider.decide(command, state);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainRuleViolation);
          }
          for (const e of events) {
            if (e.type === 'members.PointsAwarded') seen.set(e.data.source.eventId, e.data.points);
            if (e.type === 'members.PointsRedeemed') redeemed += e.data.points;
            state = ledgerDecider.evolve(state, e);
          }
          expect(state.balance).toBeGreaterThanOrEqual(0);
        });
        // each source counted once, with the points of its first delivery
        expect(state.balance).toBe([...seen.values()].reduce((a, b) => a + b, 0) - redeemed);
      }),
    );
  });
});
