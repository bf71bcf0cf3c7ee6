import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { offersProjection } from './offers.projection';

const stream = 'matching.offer-o1';
const unitContact = { accountId: 'yiyuan-lianluo', role: 'unit_contact', orgId: 'unit-9' };
const posted = {
  type: 'matching.OfferPosted',
  streamId: stream,
  actor: unitContact,
  data: {
    offerId: 'o1',
    unitId: 'unit-9',
    title: '义诊服务',
    description: '每月两次社区义诊',
    category: 'health',
    tags: ['义诊', '老人'],
    capacity: { amount: 30, unit: 'person_hours' },
    window: { from: '2026-12-01', to: '2027-06-30' },
    serviceArea: ['street-1'],
  },
};
const reserved = (proposalId: string, amount: number) => ({
  type: 'matching.OfferReserved',
  streamId: stream,
  data: { proposalId, quantity: { amount, unit: 'person_hours' } },
});
const released = (proposalId: string, amount: number) => ({
  type: 'matching.OfferReservationReleased',
  streamId: stream,
  data: { proposalId, quantity: { amount, unit: 'person_hours' } },
});
const spec = projectionSpecification(offersProjection);

describe('offers projection', () => {
  it('a posted offer is open with all of its capacity remaining, posted by the actor at the time', async () => {
    const [event] = envelopes([posted]);
    await spec.given([event]).then([
      {
        _id: 'o1',
        version: 0,
        status: 'open',
        unitId: 'unit-9',
        title: '义诊服务',
        serviceArea: ['street-1'],
        capacity: { amount: 30, unit: 'person_hours' },
        remaining: { amount: 30, unit: 'person_hours' },
        postedAt: event.occurredAt,
        postedBy: 'yiyuan-lianluo',
        updatedAt: event.occurredAt,
      },
    ]);
    const [offer] = await spec.given([event]).documents();
    expect(offer).not.toHaveProperty('offerId');
  });

  it('reservations take from what remains (partially reserved, then reserved); a release gives it back', async () => {
    await spec
      .given([posted, reserved('p1', 12.5)])
      .then([{ _id: 'o1', status: 'partially_reserved', remaining: { amount: 17.5 } }]);
    await spec
      .given([posted, reserved('p1', 12.5), reserved('p2', 17.5)])
      .then([{ _id: 'o1', status: 'reserved', remaining: { amount: 0 } }]);
    await spec
      .given([posted, reserved('p1', 12.5), reserved('p2', 17.5), released('p2', 17.5)])
      .then([{ _id: 'o1', status: 'partially_reserved', remaining: { amount: 17.5 } }]);
    await spec
      .given([posted, reserved('p1', 12.5), released('p1', 12.5)])
      .then([{ _id: 'o1', status: 'open', remaining: { amount: 30 } }]);
  });

  it('keeps amounts exact to the cent', async () => {
    await spec
      .given([posted, reserved('p1', 0.1), reserved('p2', 0.2), reserved('p3', 29.7)])
      .then([{ _id: 'o1', status: 'reserved', remaining: { amount: 0 } }]);
    await spec
      .given([posted, reserved('p1', 0.1), reserved('p2', 0.2)])
      .then([{ _id: 'o1', remaining: { amount: 29.7 } }]);
  });

  it('an edit replaces the details it names and resets what remains to the new capacity', async () => {
    const edited = {
      type: 'matching.OfferEdited',
      streamId: stream,
      data: { title: '义诊（每周）', capacity: { amount: 60, unit: 'person_hours' }, tags: ['义诊'] },
    };
    const events = envelopes([posted, edited]);
    await spec.given(events).then([
      {
        _id: 'o1',
        status: 'open',
        title: '义诊（每周）',
        description: '每月两次社区义诊',
        tags: ['义诊'],
        capacity: { amount: 60 },
        remaining: { amount: 60 },
        postedAt: events[0].occurredAt,
        updatedAt: events[1].occurredAt,
      },
    ]);
    await spec
      .given([
        posted,
        { type: 'matching.OfferEdited', streamId: stream, data: { window: { from: '2027-01-01', to: '2027-06-30' } } },
      ])
      .then([{ _id: 'o1', window: { from: '2027-01-01' }, remaining: { amount: 30 } }]);
  });

  it('withdrawal and expiry are final: a later release gives capacity back but leaves the status', async () => {
    await spec
      .given([posted, { type: 'matching.OfferWithdrawn', streamId: stream, data: { reason: '医院人手调整' } }])
      .then([{ _id: 'o1', status: 'withdrawn', withdrawReason: '医院人手调整' }]);
    const events = envelopes([
      posted,
      reserved('p1', 10),
      {
        type: 'matching.OfferExpired',
        streamId: stream,
        data: { windowTo: '2027-06-30', unreserved: { amount: 20, unit: 'person_hours' } },
      },
      released('p1', 10),
    ]);
    await spec.given(events).then([
      {
        _id: 'o1',
        status: 'expired',
        expiredAt: events[2].occurredAt,
        remaining: { amount: 30 },
        updatedAt: events[3].occurredAt,
      },
    ]);
  });

  it('ignores events of an offer it never saw posted, and a redelivered event', async () => {
    await spec.given([reserved('p1', 10), released('p1', 10)]).then([]);
    const [first, second] = envelopes([posted, reserved('p1', 10)]);
    await spec.given([first, second, second]).then([{ _id: 'o1', version: 1, remaining: { amount: 20 } }]);
  });
});
