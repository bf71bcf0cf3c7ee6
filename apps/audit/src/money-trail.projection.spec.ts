import { projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { moneyTrailProjection } from './money-trail.projection';

const spec = projectionSpecification(moneyTrailProjection);
const fund = 'funds.fund-f1';

describe('money trail projection: where the audit service finds a spending', () => {
  it("keeps each spending's fund, allocation and stream, and the event that reversed it", async () => {
    await spec
      .given([
        { type: 'funds.FundOpened', streamId: fund, data: { fundId: 'f1' } },
        {
          type: 'funds.SpendingRecorded',
          streamId: fund,
          data: { fundId: 'f1', allocationId: 'a1', spendingId: 's1' },
        },
        {
          type: 'funds.SpendingRecorded',
          streamId: fund,
          data: { fundId: 'f1', allocationId: 'a1', spendingId: 's2' },
        },
        {
          type: 'funds.SpendingReversed',
          streamId: fund,
          data: { fundId: 'f1', allocationId: 'a1', spendingId: 's1' },
        },
      ])
      .then([
        {
          _id: 's1',
          fundId: 'f1',
          allocationId: 'a1',
          streamId: fund,
          recordedEventId: 'event-2',
          reversedEventId: 'event-4',
        },
        {
          _id: 's2',
          fundId: 'f1',
          allocationId: 'a1',
          streamId: fund,
          recordedEventId: 'event-3',
          reversedEventId: null,
        },
      ]);
  });
});
