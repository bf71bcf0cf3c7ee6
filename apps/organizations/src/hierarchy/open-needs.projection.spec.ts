import { MATCHING_EVENTS } from '@gongjian/contracts';
import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { openNeedsProjection } from './open-needs.projection';

const posted = (needId: string, communityId: string) => ({
  type: MATCHING_EVENTS.needPosted,
  streamId: `matching.need-${needId}`,
  data: {
    needId,
    communityId,
    gridId: null,
    title: '独居老人助餐',
    description: '每周三次送餐上门',
    category: 'elderly_care',
    tags: [],
    quantity: { amount: 40, unit: 'person_hours' },
    window: { from: '2026-12-01', to: '2027-03-31' },
    urgency: 'high',
  },
});
const cancelled = (needId: string) => ({
  type: MATCHING_EVENTS.needCancelled,
  streamId: `matching.need-${needId}`,
  data: { reason: '已由街道解决' },
});
const expired = (needId: string) => ({
  type: MATCHING_EVENTS.needExpired,
  streamId: `matching.need-${needId}`,
  data: { windowTo: '2027-03-31', unmatched: { amount: 40, unit: 'person_hours' } },
});
const spec = projectionSpecification(openNeedsProjection);

describe('open needs projection (what keeps a community from being dissolved)', () => {
  it('a posted need is open in its community; only the community and openness are kept', async () => {
    const [need] = await spec.given([posted('n1', 'c1')]).documents();
    expect(need).toEqual({ _id: 'n1', version: 0, communityId: 'c1', open: true });
  });

  it('a cancelled or expired need is no longer open (the document stays)', async () => {
    await spec
      .given([posted('n1', 'c1'), posted('n2', 'c1'), posted('n3', 'c2'), cancelled('n1'), expired('n3')])
      .then([
        { _id: 'n1', version: 1, communityId: 'c1', open: false },
        { _id: 'n2', version: 0, communityId: 'c1', open: true },
        { _id: 'n3', version: 1, communityId: 'c2', open: false },
      ]);
  });

  it('a need matched, reserved or served stays open here (only cancellation and expiry close it)', async () => {
    expect([...openNeedsProjection.handles].sort()).toEqual(
      [MATCHING_EVENTS.needCancelled, MATCHING_EVENTS.needExpired, MATCHING_EVENTS.needPosted].sort(),
    );
    await spec
      .given([posted('n1', 'c1'), { ...cancelled('n1'), streamRevision: 5 }])
      .then([{ _id: 'n1', version: 5, open: false }]);
  });

  it('ignores the closing of a need it never saw posted, and a redelivered posting after the closing', async () => {
    await spec
      .given([
        { ...cancelled('n1'), streamRevision: 1 },
        { ...expired('n2'), streamRevision: 3 },
      ])
      .then([]);
    const [first, second] = envelopes([posted('n1', 'c1'), cancelled('n1')]);
    await spec.given([first, second, first]).then([{ _id: 'n1', version: 1, open: false }]);
  });
});
