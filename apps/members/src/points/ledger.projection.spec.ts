import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { balancesProjection, ledgerEntriesProjection, quarterOf } from './ledger.projection';
import { MEMBER_EVENTS, type PointsAwardedV1 } from '../member-events';

const stream = 'members.ledger-m1';
const hoursSource = {
  eventId: 'vol-event-1',
  type: 'volunteering.VolunteerHoursVerified',
  streamId: 'volunteering.activity-a1',
};
const hoursAward: PointsAwardedV1 = {
  memberId: 'm1',
  points: 25,
  rule: 'volunteer_hours',
  source: hoursSource,
  hours: 2.5,
  subjectId: 'a1',
  title: '社区环境整治',
  orgId: 'grid-1',
};
const awarded = (data: Partial<PointsAwardedV1> = {}) => ({
  type: MEMBER_EVENTS.pointsAwarded,
  streamId: stream,
  data: { ...hoursAward, ...data },
});
const wishAward = awarded({
  points: 20,
  rule: 'micro_wish',
  hours: 0,
  subjectId: 'w1',
  title: '帮独居老人修水管',
  orgId: 'c1',
  source: { eventId: 'wish-event-1', type: 'volunteering.MicroWishFulfilled', streamId: 'volunteering.wish-w1' },
});
const redeemed = (points: number, redemptionId = 'x1') => ({
  type: MEMBER_EVENTS.pointsRedeemed,
  streamId: stream,
  data: { memberId: 'm1', redemptionId, points, merchant: '社区超市' },
});
const evaluatedSource = { eventId: 'eval-event-1', type: 'matching.ProjectEvaluated', streamId: 'matching.project-j1' };
const evaluated = (orgId?: string) => ({
  type: MEMBER_EVENTS.serviceEvaluated,
  streamId: stream,
  data: { memberId: 'm1', projectId: 'j1', score: 5, source: evaluatedSource, ...(orgId ? { orgId } : {}) },
});

const balances = projectionSpecification(balancesProjection);
const entries = projectionSpecification(ledgerEntriesProjection);

describe('balances projection (the points a member holds)', () => {
  it('awards add to the balance and to what was awarded', async () => {
    await balances
      .given([awarded(), wishAward])
      .then([{ _id: 'm1', version: 1, memberId: 'm1', balance: 45, awarded: 45, redeemed: 0 }]);
  });

  it('redemptions take from the balance and add to what was redeemed', async () => {
    await balances
      .given([awarded(), wishAward, redeemed(30)])
      .then([{ _id: 'm1', balance: 15, awarded: 45, redeemed: 30 }]);
    await balances
      .given([awarded(), redeemed(10, 'x1'), redeemed(15, 'x2')])
      .then([{ _id: 'm1', balance: 0, awarded: 25, redeemed: 25 }]);
  });

  it('an evaluation earns no points: the balance skips its revision', async () => {
    await balances
      .given([awarded(), evaluated('c1'), wishAward])
      .then([{ _id: 'm1', version: 2, balance: 45, awarded: 45 }]);
  });

  it('ignores a redelivered award (points count once)', async () => {
    const [first, second] = envelopes([awarded(), redeemed(10)]);
    await balances
      .given([first, second, first, second])
      .then([{ _id: 'm1', version: 1, balance: 15, awarded: 25, redeemed: 10 }]);
  });
});

describe('ledger entries projection (what each point was for)', () => {
  it('an award is an entry with its rule, source event, subject, hours and where the service was done', async () => {
    const [event] = envelopes([awarded()]);
    const [entry] = await entries.given([event]).documents();
    expect(entry).toEqual({
      _id: event.eventId,
      version: 0,
      memberId: 'm1',
      kind: 'award',
      points: 25,
      rule: 'volunteer_hours',
      source: hoursSource,
      subjectId: 'a1',
      title: '社区环境整治',
      hours: 2.5,
      score: null,
      merchant: null,
      orgId: 'grid-1',
      recordedAt: event.occurredAt,
      quarter: '2026Q4',
    });
  });

  it('a redemption is a negative entry with its merchant and no source', async () => {
    await entries.given([awarded(), redeemed(10)]).then([
      { _id: 'event-1', kind: 'award', points: 25 },
      {
        _id: 'event-2',
        version: 1,
        kind: 'redemption',
        points: -10,
        merchant: '社区超市',
        rule: null,
        source: null,
        subjectId: null,
        hours: 0,
        orgId: null,
      },
    ]);
  });

  it('an evaluation is an entry of no points with its score, the project and its community', async () => {
    await entries.given([evaluated('c1')]).then([
      {
        _id: 'event-1',
        kind: 'evaluation',
        points: 0,
        score: 5,
        subjectId: 'j1',
        source: evaluatedSource,
        rule: null,
        title: null,
        orgId: 'c1',
      },
    ]);
  });

  it('an event written before entries named their organisation has none', async () => {
    const { orgId: _orgId, ...old } = hoursAward;
    await entries.given([{ type: MEMBER_EVENTS.pointsAwarded, streamId: stream, data: old }, evaluated()]).then([
      { _id: 'event-1', orgId: null },
      { _id: 'event-2', orgId: null },
    ]);
  });

  // Surprising: the quarter is that of the ledger event, in UTC — not that of the service, and not
  // the calendar of Beijing time. An award appended at 04:00 on 1 January in Beijing (20:00 UTC on
  // 31 December) counts in the old year's fourth quarter; the pioneer index and currentQuarter()
  // use the same UTC rule, so they agree with each other.
  it('files each entry under the UTC quarter in which it was recorded', async () => {
    await entries
      .given([
        { ...awarded(), occurredAt: '2026-12-31T20:00:00.000Z' },
        { ...wishAward, occurredAt: '2027-01-01T00:00:00.000Z' },
        { ...redeemed(5), occurredAt: '2027-03-31T23:59:59.999Z' },
        { ...evaluated('c1'), occurredAt: '2027-04-01T00:00:00.000Z' },
      ])
      .then([
        { _id: 'event-1', quarter: '2026Q4' },
        { _id: 'event-2', quarter: '2027Q1' },
        { _id: 'event-3', quarter: '2027Q1' },
        { _id: 'event-4', quarter: '2027Q2' },
      ]);
    expect(['2027-01-15', '2027-05-01', '2027-08-31', '2027-10-01'].map(quarterOf)).toEqual([
      '2027Q1',
      '2027Q2',
      '2027Q3',
      '2027Q4',
    ]);
  });

  it('ignores a redelivered entry', async () => {
    const [first, second] = envelopes([awarded(), redeemed(10)]);
    const documents = await entries.given([first, second, second]).documents();
    expect(documents.map((d) => [d._id, d.version, d.points])).toEqual([
      ['event-1', 0, 25],
      ['event-2', 1, -10],
    ]);
  });
});
