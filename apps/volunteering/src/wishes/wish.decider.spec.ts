import fc from 'fast-check';
import { DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type WishCommand, wishDecider, type WishDetails, type WishEvent, type WishState } from './wish.decider';

const details: WishDetails = { wishId: 'w-1', communityId: 'c-1', title: '帮独居老人修水龙头', description: '' };
const posted: WishEvent = { type: 'volunteering.MicroWishPosted', data: details };
const claimed = (memberId: string): WishEvent => ({
  type: 'volunteering.MicroWishClaimed',
  data: { wishId: 'w-1', memberId },
});
const released = (memberId: string): WishEvent => ({
  type: 'volunteering.MicroWishReleased',
  data: { wishId: 'w-1', memberId },
});
const done = (memberId: string): WishEvent => ({
  type: 'volunteering.MicroWishMarkedDone',
  data: { wishId: 'w-1', memberId, note: '' },
});
const ok = { ok: true, reason: 'branch' };
const now = '2026-12-01T09:00:00.000Z';
const spec = deciderSpecification(wishDecider);

describe('micro-wish decider', () => {
  it('posts a wish once', () => {
    spec.given([]).when({ type: 'PostWish', details }).then([posted]);
    spec.given([posted]).when({ type: 'PostWish', details }).thenThrows(InvalidStateTransition);
    spec.given([]).when({ type: 'ClaimWish', memberId: 'm-1', eligibility: ok }).thenThrows(InvalidStateTransition);
    // of a grid (a grid worker collected it there, issue 18): the grid travels with the wish
    const ofGrid = { ...details, gridId: 'g-1' };
    spec
      .given([])
      .when({ type: 'PostWish', details: ofGrid })
      .then([{ ...posted, data: ofGrid }]);
  });

  it('lets one eligible member at a time claim it; a released wish can be claimed again', () => {
    spec
      .given([posted])
      .when({ type: 'ClaimWish', memberId: 'm-1', eligibility: ok })
      .then([claimed('m-1')]);
    spec
      .given([posted, claimed('m-1')])
      .when({ type: 'ClaimWish', memberId: 'm-2', eligibility: ok })
      .thenThrows(InvalidStateTransition, /already claimed by m-1/);
    spec
      .given([posted])
      .when({ type: 'ClaimWish', memberId: 'm-1', eligibility: { ok: false, reason: 'not_in_community' } })
      .thenThrows(DomainRuleViolation);
    spec
      .given([posted, claimed('m-1')])
      .when({ type: 'ReleaseWish' })
      .then([released('m-1')]);
    spec.given([posted]).when({ type: 'ReleaseWish' }).thenThrows(InvalidStateTransition);
    spec
      .given([posted, claimed('m-1'), released('m-1')])
      .when({ type: 'ClaimWish', memberId: 'm-2', eligibility: ok })
      .then([claimed('m-2')]);
  });

  it('refuses to fulfil an unclaimed wish, and confirms only what the claimer fulfilled → MicroWishFulfilled', () => {
    spec
      .given([posted])
      .when({ type: 'MarkDone', note: '' })
      .thenThrows(InvalidStateTransition, /nobody has claimed/);
    spec
      .given([posted, claimed('m-1'), released('m-1')])
      .when({ type: 'MarkDone', note: '' })
      .thenThrows(InvalidStateTransition);
    spec
      .given([posted, claimed('m-1')])
      .when({ type: 'MarkDone', note: '' })
      .then([done('m-1')]);
    spec
      .given([posted, claimed('m-1')])
      .when({ type: 'ConfirmWish', now })
      .thenThrows(InvalidStateTransition, /not fulfilled/);
    spec
      .given([posted, claimed('m-1'), done('m-1')])
      .when({ type: 'ConfirmWish', now })
      .then([
        {
          type: 'volunteering.MicroWishFulfilled',
          data: { wishId: 'w-1', communityId: 'c-1', memberId: 'm-1', title: details.title, confirmedAt: now },
        },
      ]);
  });

  it('whatever the commands, at most one MicroWishFulfilled, naming the member who claimed and fulfilled it', () => {
    const command: fc.Arbitrary<WishCommand> = fc.oneof(
      fc
        .constantFrom('m-1', 'm-2', 'm-3')
        .map((memberId) => ({ type: 'ClaimWish' as const, memberId, eligibility: ok })),
      fc.constant({ type: 'ReleaseWish' as const }),
      fc.constant({ type: 'MarkDone' as const, note: '' }),
      fc.constant({ type: 'ConfirmWish' as const, now }),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        let state: WishState = wishDecider.evolve(wishDecider.initialState(), posted);
        const log: WishEvent[] = [];
        for (const c of commands) {
          let events: WishEvent[];
          try {
            events = wishDecider.decide(c, state);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidStateTransition);
            continue;
          }
          for (const e of events) state = wishDecider.evolve(state, e);
          log.push(...events);
        }
        const fulfilled = log.flatMap((e) => (e.type === 'volunteering.MicroWishFulfilled' ? [e.data] : []));
        expect(fulfilled.length).toBeLessThanOrEqual(1);
        if (fulfilled.length === 1) {
          const marked = log.flatMap((e) => (e.type === 'volunteering.MicroWishMarkedDone' ? [e.data] : []));
          expect(marked).toHaveLength(1);
          expect(fulfilled[0].memberId).toBe(marked[0].memberId);
        }
      }),
    );
  });
});
