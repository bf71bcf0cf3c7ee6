import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { needsProjection } from './needs.projection';

const stream = 'matching.need-n1';
const posted = {
  type: 'matching.NeedPosted',
  streamId: stream,
  data: {
    needId: 'n1',
    communityId: 'c1',
    gridId: null,
    title: '独居老人助餐',
    description: '每周三次送餐上门',
    category: 'elderly_care',
    tags: ['助餐'],
    quantity: { amount: 40, unit: 'person_hours' },
    window: { from: '2026-12-01', to: '2027-03-31' },
    urgency: 'high',
  },
};
const reserved = (proposalId: string, amount: number) => ({
  type: 'matching.NeedReserved',
  streamId: stream,
  data: { proposalId, quantity: { amount, unit: 'person_hours' } },
});
const spec = projectionSpecification(needsProjection);

describe('needs projection', () => {
  it('a posted need is open with all of its quantity remaining, posted by the actor at the time', async () => {
    const [event] = envelopes([posted]);
    await spec.given([event]).then([
      {
        _id: 'n1',
        version: 0,
        status: 'open',
        title: '独居老人助餐',
        remaining: { amount: 40, unit: 'person_hours' },
        postedAt: event.occurredAt,
        postedBy: 'admin',
        updatedAt: event.occurredAt,
      },
    ]);
  });

  it('reservations take from what remains (partially matched, then matched); a release gives it back', async () => {
    await spec
      .given([posted, reserved('p1', 15)])
      .then([{ _id: 'n1', status: 'partially_matched', remaining: { amount: 25 } }]);
    await spec
      .given([posted, reserved('p1', 15), reserved('p2', 25)])
      .then([{ _id: 'n1', status: 'matched', remaining: { amount: 0 } }]);
    await spec
      .given([
        posted,
        reserved('p1', 15),
        {
          type: 'matching.NeedReservationReleased',
          streamId: stream,
          data: { proposalId: 'p1', quantity: { amount: 15, unit: 'person_hours' } },
        },
      ])
      .then([{ _id: 'n1', status: 'open', remaining: { amount: 40 } }]);
  });

  it('served in full is fulfilled; decimals stay exact to the cent', async () => {
    await spec
      .given([
        posted,
        reserved('p1', 39.9),
        {
          type: 'matching.NeedServed',
          streamId: stream,
          data: { projectId: 'j1', quantity: { amount: 39.9, unit: 'person_hours' } },
        },
        {
          type: 'matching.NeedServed',
          streamId: stream,
          data: { projectId: 'j2', quantity: { amount: 0.1, unit: 'person_hours' } },
        },
      ])
      .then([{ _id: 'n1', status: 'fulfilled', served: 40, remaining: { amount: 0.1 } }]);
  });

  it('an edit replaces the details and resets what remains; cancel and expiry are final', async () => {
    const edited = {
      type: 'matching.NeedEdited',
      streamId: stream,
      data: { title: '助餐（改）', quantity: { amount: 20, unit: 'person_hours' } },
    };
    await spec
      .given([posted, edited])
      .then([{ _id: 'n1', title: '助餐（改）', remaining: { amount: 20 }, status: 'open' }]);
    await spec
      .given([posted, { type: 'matching.NeedCancelled', streamId: stream, data: { reason: '已由街道解决' } }])
      .then([{ _id: 'n1', status: 'cancelled', cancelReason: '已由街道解决' }]);
    const events = envelopes([
      posted,
      reserved('p1', 10),
      {
        type: 'matching.NeedExpired',
        streamId: stream,
        data: { windowTo: '2027-03-31', unmatched: { amount: 30, unit: 'person_hours' } },
      },
    ]);
    await spec.given(events).then([{ _id: 'n1', status: 'expired', expiredAt: events[2].occurredAt }]);
  });

  it('ignores events of a need it never saw posted, and a redelivered event', async () => {
    await spec.given([reserved('p1', 10)]).then([]);
    const [first, second] = envelopes([posted, reserved('p1', 10)]);
    await spec.given([first, second, second]).then([{ _id: 'n1', version: 1, remaining: { amount: 30 } }]);
  });
});
