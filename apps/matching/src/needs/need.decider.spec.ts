import { DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type NeedDetails, type NeedEvent, needDecider } from './need.decider';

const details: NeedDetails = {
  communityId: 'c-1',
  gridId: null,
  title: '独居老人助餐',
  description: '',
  category: 'elderly_care',
  tags: ['助餐'],
  quantity: { amount: 40, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2026-12-31' },
  urgency: 'high',
};
const posted: NeedEvent = { type: 'matching.NeedPosted', data: { needId: 'n-1', ...details } };
const spec = deciderSpecification(needDecider);

describe('need decider', () => {
  it('posts a need', () =>
    spec.given([]).when({ type: 'PostNeed', needId: 'n-1', details, now: '2026-11-25T00:00:00Z' }).then([posted]));

  it('refuses a need whose window has already ended', () =>
    spec
      .given([])
      .when({ type: 'PostNeed', needId: 'n-1', details, now: '2027-01-01T00:00:00Z' })
      .thenThrows(DomainRuleViolation, /already ended/));

  it('refuses to post the same need twice', () =>
    spec
      .given([posted])
      .when({ type: 'PostNeed', needId: 'n-1', details, now: '2026-11-25T00:00:00Z' })
      .thenThrows(InvalidStateTransition));

  it('cancels an open need', () =>
    spec
      .given([posted])
      .when({ type: 'CancelNeed', reason: '已由街道解决' })
      .then([{ type: 'matching.NeedCancelled', data: { reason: '已由街道解决' } }]));

  it('refuses to cancel twice or a need that does not exist', () => {
    spec
      .given([posted, { type: 'matching.NeedCancelled', data: { reason: 'x' } }])
      .when({ type: 'CancelNeed', reason: 'y' })
      .thenThrows(InvalidStateTransition);
    spec.given([]).when({ type: 'CancelNeed', reason: 'y' }).thenThrows(NotFound);
  });

  it('edits an open need, never its unit, never once something is reserved', () => {
    const now = '2026-11-25T00:00:00Z';
    spec
      .given([posted])
      .when({ type: 'EditNeed', changes: { urgency: 'critical' }, now })
      .then([{ type: 'matching.NeedEdited', data: { urgency: 'critical' } }]);
    spec
      .given([posted])
      .when({ type: 'EditNeed', changes: { quantity: { amount: 3, unit: 'yuan' } }, now })
      .thenThrows(DomainRuleViolation, /unit/);
    spec
      .given([
        posted,
        { type: 'matching.NeedReserved', data: { proposalId: 'p', quantity: { amount: 5, unit: 'person_hours' } } },
      ])
      .when({ type: 'EditNeed', changes: { title: 'x' }, now })
      .thenThrows(InvalidStateTransition, /only an open need/);
  });
});

describe('need expiry', () => {
  const reserved: NeedEvent = {
    type: 'matching.NeedReserved',
    data: { proposalId: 'p-1', quantity: { amount: 15, unit: 'person_hours' } },
  };
  const expired = (amount: number): NeedEvent => ({
    type: 'matching.NeedExpired',
    data: { windowTo: '2026-12-31', unmatched: { amount, unit: 'person_hours' } },
  });

  it('expires an open or partially matched need only after the last day of its window', () => {
    spec.given([posted]).when({ type: 'ExpireNeed', now: '2026-12-31T23:59:59Z' }).then([]);
    spec
      .given([posted])
      .when({ type: 'ExpireNeed', now: '2027-01-01T00:00:00Z' })
      .then([expired(40)]);
    spec
      .given([posted, reserved])
      .when({ type: 'ExpireNeed', now: '2027-01-01T00:00:00Z' })
      .then([expired(25)]);
  });

  it('leaves matched, cancelled and already expired needs alone', () => {
    const all: NeedEvent = { ...reserved, data: { ...reserved.data, quantity: { amount: 40, unit: 'person_hours' } } };
    const now = '2027-02-01T00:00:00Z';
    spec.given([posted, all]).when({ type: 'ExpireNeed', now }).then([]);
    spec
      .given([posted, { type: 'matching.NeedCancelled', data: { reason: '' } }])
      .when({ type: 'ExpireNeed', now })
      .then([]);
    spec
      .given([posted, expired(40)])
      .when({ type: 'ExpireNeed', now })
      .then([]);
  });

  it('refuses reservations, edits and cancellation once expired; releases do not revive it', () => {
    spec
      .given([posted, expired(40)])
      .when({ type: 'ReserveNeed', proposalId: 'p-2', quantity: { amount: 1, unit: 'person_hours' } })
      .thenThrows(InvalidStateTransition, /expired/);
    spec
      .given([posted, expired(40)])
      .when({ type: 'EditNeed', changes: { title: 'x' }, now: '2026-11-25T00:00:00Z' })
      .thenThrows(InvalidStateTransition);
    spec
      .given([posted, expired(40)])
      .when({ type: 'CancelNeed', reason: '' })
      .thenThrows(InvalidStateTransition);
    const state = [
      posted,
      reserved,
      expired(25),
      { type: 'matching.NeedReservationReleased', data: reserved.data } as NeedEvent,
    ].reduce(needDecider.evolve, needDecider.initialState());
    expect(state).toMatchObject({ status: 'expired', remaining: { amount: 40 } });
  });
});
