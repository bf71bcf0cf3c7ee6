import fc from 'fast-check';
import { DomainRuleViolation } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type LedgerEvent, ledgerDecider } from './ledger.decider';
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
      .when({ type: 'RedeemPoints', memberId: 'm-1', redemptionId: 'r-1', points: 31, merchant: '超市' })
      .thenThrows(DomainRuleViolation, /balance is 30/);
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
              : {
                  type: 'RedeemPoints' as const,
                  memberId: 'm-1',
                  redemptionId: `r-${i}`,
                  points: s.points,
                  merchant: '超市',
                };
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
