import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { pairingsProjection, toPairingResource } from './pairings.projection';

const stream = 'organizations.pairing-pr1';
const parties = { pairingId: 'pr1', unitId: 'unit-9', orgId: 'grid-1' };
const proposed = (proposedBy: 'organization' | 'unit') => ({
  type: 'organizations.PairingProposed',
  streamId: stream,
  data: { ...parties, proposedBy, proposedOn: '2026-12-01' },
});
const established = (establishedOn = '2026-12-05') => ({
  type: 'organizations.PairingEstablished',
  streamId: stream,
  data: { ...parties, establishedOn },
});
const closed = (type: 'Declined' | 'Withdrawn') => ({
  type: `organizations.Pairing${type}`,
  streamId: stream,
  data: { ...parties, on: '2026-12-03' },
});
const ended = { type: 'organizations.PairingEnded', streamId: stream, data: { ...parties, endedOn: '2027-12-31' } };
const spec = projectionSpecification(pairingsProjection);

describe('organizations pairings projection (结对共建)', () => {
  it('a proposal of one side is proposed, by that side, on its day; nothing established or ended', async () => {
    const [pairing] = await spec.given([proposed('unit')]).documents();
    expect(pairing).toEqual({
      _id: 'pr1',
      version: 0,
      unitId: 'unit-9',
      orgId: 'grid-1',
      status: 'proposed',
      proposedBy: 'unit',
      proposedOn: '2026-12-01',
      establishedOn: null,
      endedOn: null,
      history: [{ step: 'proposed', at: expect.any(String), by: expect.any(String) }],
    });
  });

  it('keeps every step of the relation, with when and by whom (its history)', async () => {
    const events = envelopes([proposed('unit'), established(), ended]);
    const [pairing] = await spec.given(events).documents();
    expect(pairing.history).toEqual(
      events.map((e, i) => ({
        step: ['proposed', 'established', 'ended'][i],
        at: e.occurredAt,
        by: e.actor.accountId,
      })),
    );
  });

  it('confirmed by the other side, it is active and keeps who proposed it', async () => {
    await spec.given([proposed('organization'), established()]).then([
      {
        _id: 'pr1',
        version: 1,
        status: 'active',
        proposedBy: 'organization',
        proposedOn: '2026-12-01',
        establishedOn: '2026-12-05',
        endedOn: null,
      },
    ]);
  });

  it('established at once by an account over both sides, it was proposed by nobody', async () => {
    await spec
      .given([established('2026-12-01')])
      .then([
        { _id: 'pr1', version: 0, status: 'active', proposedBy: null, proposedOn: null, establishedOn: '2026-12-01' },
      ]);
  });

  it('a declined or withdrawn proposal ends on the day of the answer, never established', async () => {
    await spec
      .given([proposed('unit'), closed('Declined')])
      .then([{ _id: 'pr1', status: 'declined', establishedOn: null, endedOn: '2026-12-03' }]);
    await spec
      .given([proposed('unit'), closed('Withdrawn')])
      .then([{ _id: 'pr1', status: 'withdrawn', proposedBy: 'unit', endedOn: '2026-12-03' }]);
  });

  it('an ended pairing keeps when it was proposed and established, and the day it ended', async () => {
    await spec.given([proposed('unit'), established(), ended]).then([
      {
        _id: 'pr1',
        status: 'ended',
        proposedBy: 'unit',
        proposedOn: '2026-12-01',
        establishedOn: '2026-12-05',
        endedOn: '2027-12-31',
      },
    ]);
    expect(toPairingResource((await spec.given([established(), ended]).documents())[0])).toMatchObject({
      id: 'pr1',
      status: 'ended',
    });
  });

  it('ignores answers to a pairing it never saw proposed, and a redelivered proposal after the confirmation', async () => {
    await spec
      .given([
        { ...closed('Declined'), streamRevision: 1 },
        { ...ended, streamRevision: 1 },
      ])
      .then([]);
    const [first, second] = envelopes([proposed('unit'), established()]);
    await spec.given([first, second, first]).then([{ _id: 'pr1', version: 1, status: 'active', proposedBy: 'unit' }]);
  });
});
