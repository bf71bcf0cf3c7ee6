import { DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type OfferDetails, type OfferEvent, offerDecider } from './offer.decider';

const details: OfferDetails = {
  unitId: 'u-1',
  title: '医护志愿者',
  description: '',
  category: 'health',
  tags: ['义诊'],
  capacity: { amount: 40, unit: 'person_hours' },
  window: { from: '2026-11-01', to: '2027-01-31' },
  serviceArea: ['c-1'],
};
const posted: OfferEvent = { type: 'matching.OfferPosted', data: { offerId: 'o-1', ...details } };
const reserved: OfferEvent = {
  type: 'matching.OfferReserved',
  data: { proposalId: 'p-1', quantity: { amount: 10, unit: 'person_hours' } },
};
const now = '2026-11-25T08:00:00Z';
const spec = deciderSpecification(offerDecider);

describe('offer decider', () => {
  it('posts an offer unless its window has ended', () => {
    spec.given([]).when({ type: 'PostOffer', offerId: 'o-1', details, now }).then([posted]);
    spec
      .given([])
      .when({ type: 'PostOffer', offerId: 'o-1', details, now: '2027-02-01T00:00:00Z' })
      .thenThrows(DomainRuleViolation, /ended/);
  });

  it('edits an open offer, never its unit of capacity, never once something is reserved', () => {
    spec
      .given([posted])
      .when({ type: 'EditOffer', changes: { capacity: { amount: 60, unit: 'person_hours' } }, now })
      .then([{ type: 'matching.OfferEdited', data: { capacity: { amount: 60, unit: 'person_hours' } } }]);
    spec.given([posted]).when({ type: 'EditOffer', changes: {}, now }).then([]);
    spec
      .given([posted])
      .when({ type: 'EditOffer', changes: { capacity: { amount: 60, unit: 'yuan' } }, now })
      .thenThrows(DomainRuleViolation, /unit/);
    spec
      .given([posted])
      .when({ type: 'EditOffer', changes: { window: { from: '2026-11-01', to: '2026-11-02' } }, now })
      .thenThrows(DomainRuleViolation, /ended/);
    spec
      .given([posted, reserved])
      .when({ type: 'EditOffer', changes: { title: 'x' }, now })
      .thenThrows(InvalidStateTransition);
    spec
      .given([])
      .when({ type: 'EditOffer', changes: { title: 'x' }, now })
      .thenThrows(NotFound);
  });

  it('an edit resets the remaining capacity to the new capacity', () => {
    const state = [
      posted,
      { type: 'matching.OfferEdited', data: { capacity: { amount: 60, unit: 'person_hours' } } } as OfferEvent,
    ].reduce(offerDecider.evolve, offerDecider.initialState());
    expect(state).toMatchObject({ status: 'open', remaining: { amount: 60 } });
  });

  it('expires only unreserved capacity after the window, once', () => {
    const after = '2027-02-01T00:00:00Z';
    const expired: OfferEvent = {
      type: 'matching.OfferExpired',
      data: { windowTo: '2027-01-31', unreserved: { amount: 30, unit: 'person_hours' } },
    };
    spec.given([posted, reserved]).when({ type: 'ExpireOffer', now: '2027-01-31T12:00:00Z' }).then([]);
    spec.given([posted, reserved]).when({ type: 'ExpireOffer', now: after }).then([expired]);
    spec.given([posted, reserved, expired]).when({ type: 'ExpireOffer', now: after }).then([]);
    spec
      .given([posted, { type: 'matching.OfferWithdrawn', data: { reason: '' } }])
      .when({ type: 'ExpireOffer', now: after })
      .then([]);
    spec
      .given([posted, expired])
      .when({ type: 'ReserveOffer', proposalId: 'p-2', quantity: { amount: 1, unit: 'person_hours' } })
      .thenThrows(InvalidStateTransition, /expired/);
    spec.given([posted, expired]).when({ type: 'WithdrawOffer', reason: '' }).thenThrows(InvalidStateTransition);
  });
});
