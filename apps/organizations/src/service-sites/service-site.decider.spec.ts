import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type ServiceSiteCommand, serviceSiteDecider, type ServiceSiteEvent } from './service-site.decider';

const spec = deciderSpecification(serviceSiteDecider);
type Facts = { id: string; kind: string; status: string } | null;
const open = (org: Facts): Extract<ServiceSiteCommand, { type: 'OpenServiceSite' }> => ({
  type: 'OpenServiceSite',
  siteId: 'site',
  org,
  name: '东城街道党群服务中心',
  level: 'centre',
  address: '利津路1号',
});
const opened: ServiceSiteEvent = {
  type: 'organizations.ServiceSiteOpened',
  data: { siteId: 'site', orgId: 's', name: '东城街道党群服务中心', level: 'centre', address: '利津路1号' },
};
const rate = (year: number, currentYear = 2026): ServiceSiteCommand => ({
  type: 'RateServiceSite',
  year,
  stars: 4,
  reason: '服务规范',
  currentYear,
});
const rated = (year: number): ServiceSiteEvent => ({
  type: 'organizations.ServiceSiteRated',
  data: { siteId: 'site', year, stars: 4, reason: '服务规范' },
});

/** The error a refused command throws, so its code and details can be checked as well. */
const refusal = (given: ServiceSiteEvent[], command: ServiceSiteCommand): unknown => {
  try {
    serviceSiteDecider.decide(command, fold(serviceSiteDecider, given));
  } catch (error) {
    return error;
  }
  throw new Error('the command was not refused');
};

describe('service site decider', () => {
  it('opens a site at an active organisation', () => {
    spec
      .given([])
      .when(open({ id: 's', kind: 'street', status: 'active' }))
      .then([opened]);
    spec
      .given([])
      .when({ ...open({ id: 'g', kind: 'grid', status: 'active' }), name: '一网格党群服务点', level: 'point' })
      .then([
        {
          type: 'organizations.ServiceSiteOpened',
          data: { siteId: 'site', orgId: 'g', name: '一网格党群服务点', level: 'point', address: '利津路1号' },
        },
      ]);
  });

  it.each(['district', 'street', 'community', 'grid', 'building'])('accepts an organisation of kind %s', (kind) =>
    spec
      .given([])
      .when(open({ id: 'o', kind, status: 'active' }))
      .then((events) => expect(events).toEqual([{ ...opened, data: { ...opened.data, orgId: 'o' } }])),
  );

  it.each([
    ['an unknown organisation', null, 'unknown_organisation', /does not exist/],
    ['a unit', { id: 'u', kind: 'unit', status: 'active' }, 'invalid_org', /not a unit/],
    [
      'a dissolved organisation',
      { id: 's', kind: 'street', status: 'dissolved' },
      'organisation_dissolved',
      /dissolved/,
    ],
  ])('refuses to open a site at %s (422 %s)', (_, org, code, message) => {
    spec.given([]).when(open(org)).thenThrows(DomainRuleViolation, message);
    expect(refusal([], open(org))).toMatchObject({ code, details: { field: 'orgId' } });
  });

  it('refuses to open the same site twice (409)', () => {
    const again = open({ id: 's', kind: 'street', status: 'active' });
    spec
      .given([opened])
      .when(again)
      .thenThrows(InvalidStateTransition, /already opened/);
    expect(refusal([opened], again)).toMatchObject({ code: 'invalid_state_transition' });
    expect(refusal([opened], open(null))).toMatchObject({ code: 'invalid_state_transition' });
  });

  it('rates the current year and past years', () => {
    spec
      .given([opened])
      .when(rate(2026))
      .then([rated(2026)]);
    spec
      .given([opened])
      .when(rate(2024))
      .then([rated(2024)]);
    spec
      .given([opened, rated(2025)])
      .when({ type: 'RateServiceSite', year: 2026, stars: 5, reason: '群众满意', currentYear: 2026 })
      .then([
        { type: 'organizations.ServiceSiteRated', data: { siteId: 'site', year: 2026, stars: 5, reason: '群众满意' } },
      ]);
  });

  it('refuses to rate a year that has not begun (422 future_year)', () => {
    spec
      .given([opened])
      .when(rate(2027))
      .thenThrows(DomainRuleViolation, /before it begins/);
    expect(refusal([opened], rate(2027))).toMatchObject({ code: 'future_year', details: { field: 'year' } });
  });

  it('refuses a second rating for the same year (409)', () => {
    spec
      .given([opened, rated(2025), rated(2026)])
      .when(rate(2025))
      .thenThrows(InvalidStateTransition, /already has a rating for 2025/);
    expect(refusal([opened, rated(2025)], rate(2025))).toMatchObject({
      code: 'invalid_state_transition',
      details: { field: 'year' },
    });
  });

  it('refuses to rate a site that does not exist (404)', () => {
    spec
      .given([])
      .when(rate(2026))
      .thenThrows(NotFound, /not found/);
    expect(refusal([], rate(2026))).toMatchObject({ code: 'not_found' });
    expect(refusal([], rate(2030))).toMatchObject({ code: 'not_found' });
  });

  it('remembers the site, its organisation and the years it was rated', () => {
    expect(fold(serviceSiteDecider, [])).toEqual({ exists: false });
    expect(fold(serviceSiteDecider, [opened, rated(2024), rated(2026)])).toEqual({
      exists: true,
      siteId: 'site',
      orgId: 's',
      ratedYears: [2024, 2026],
    });
  });
});
