import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { serviceSitesProjection } from './service-sites.projection';

const stream = 'organizations.serviceSite-s1';
const streetAdmin = { accountId: 'jiedao-admin', role: 'street_admin', orgId: 'street-1' };
const opened = {
  type: 'organizations.ServiceSiteOpened',
  streamId: stream,
  data: { siteId: 's1', orgId: 'c1', name: '幸福里党群服务站', level: 'station', address: '幸福路 8 号' },
};
const rated = (year: number, stars: number, reason = '') => ({
  type: 'organizations.ServiceSiteRated',
  streamId: stream,
  actor: streetAdmin,
  data: { siteId: 's1', year, stars, reason },
});
const spec = projectionSpecification(serviceSitesProjection);

describe('service sites projection (党群服务中心/站/点 and their yearly stars)', () => {
  it('an opened site belongs to its organisation, at its level and address, not yet rated', async () => {
    const [site] = await spec.given([opened]).documents();
    expect(site).toEqual({
      _id: 's1',
      version: 0,
      orgId: 'c1',
      name: '幸福里党群服务站',
      level: 'station',
      address: '幸福路 8 号',
      unitIds: [],
      ratings: [],
      currentStars: null,
    });
  });

  it('keeps every yearly rating with its reason and who rated it; the current stars are the latest year’s', async () => {
    await spec.given([opened, rated(2025, 3, '服务时间不足'), rated(2026, 5, '群众满意度高')]).then([
      {
        _id: 's1',
        ratings: [
          { year: 2025, stars: 3, reason: '服务时间不足', ratedBy: 'jiedao-admin', checklist: null, items: [] },
          { year: 2026, stars: 5, reason: '群众满意度高', ratedBy: 'jiedao-admin', checklist: null, items: [] },
        ],
        currentStars: 5,
      },
    ]);
  });

  it('a year rated late (an earlier year after a later one) goes in its place and leaves the current stars', async () => {
    await spec.given([opened, rated(2026, 4), rated(2024, 2)]).then([
      {
        _id: 's1',
        ratings: [
          { year: 2024, stars: 2 },
          { year: 2026, stars: 4 },
        ],
        currentStars: 4,
      },
    ]);
  });

  it('ignores ratings of a site it never saw opened, and a redelivered rating', async () => {
    await spec.given([{ ...rated(2026, 4), streamRevision: 1 }]).then([]);
    const [first, second] = envelopes([opened, rated(2026, 4)]);
    await spec.given([first, second, second]).then([{ _id: 's1', version: 1, ratings: [{ year: 2026 }] }]);
  });

  it('keeps the units running a site, and a rating’s checklist version and answers (issue 20)', async () => {
    const ofUnits = { ...opened, data: { ...opened.data, unitIds: ['u1', 'u2'] } };
    const items = [
      { itemId: 'head', name: '一名点长', met: true, note: '点长到岗' },
      { itemId: 'funds', name: '一笔工作经费', met: false, note: '' },
    ];
    const withChecklist = {
      ...rated(2026, 2, '经费未到位'),
      data: { ...rated(2026, 2).data, reason: '经费未到位', checklist: { level: 'point', version: 3 }, items },
    };
    await spec.given([ofUnits, withChecklist]).then([
      {
        _id: 's1',
        unitIds: ['u1', 'u2'],
        ratings: [{ year: 2026, stars: 2, checklist: { level: 'point', version: 3 }, items }],
        currentStars: 2,
      },
    ]);
  });
});
