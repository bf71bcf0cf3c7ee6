import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import {
  type ChecklistAnswer,
  type ServiceSiteCommand,
  serviceSiteDecider,
  type ServiceSiteEvent,
} from './service-site.decider';

type RateCommand = Extract<ServiceSiteCommand, { type: 'RateServiceSite' }>;

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
  data: {
    siteId: 'site',
    orgId: 's',
    name: '东城街道党群服务中心',
    level: 'centre',
    address: '利津路1号',
    unitIds: [],
  },
};
/** a checklist of three items (version 2 of the centre's) */
const checklist = {
  version: 2,
  items: [
    { id: 'staff', name: '人员配备' },
    { id: 'premises', name: '阵地建设' },
    { id: 'funds', name: '经费投入' },
  ],
};
const allMet = checklist.items.map((i) => ({ itemId: i.id, met: true, note: `${i.name}台账齐全` }));
const rate = (year: number, currentYear = 2026, stars = 4, answers: ChecklistAnswer[] = allMet): RateCommand => ({
  type: 'RateServiceSite',
  year,
  stars,
  reason: '服务规范',
  currentYear,
  checklist,
  answers,
});
const ratedItems = allMet.map((a, i) => ({ ...a, name: checklist.items[i].name }));
const rated = (year: number, stars = 4): ServiceSiteEvent => ({
  type: 'organizations.ServiceSiteRated',
  data: {
    siteId: 'site',
    year,
    stars,
    reason: '服务规范',
    checklist: { level: 'centre', version: 2 },
    items: ratedItems,
  },
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
          data: {
            siteId: 'site',
            orgId: 'g',
            name: '一网格党群服务点',
            level: 'point',
            address: '利津路1号',
            unitIds: [],
          },
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
      .when(rate(2026, 2026, 5))
      .then([rated(2026, 5)]);
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
      level: 'centre',
      ratedYears: [2024, 2026],
    });
  });
});

describe('service site decider: sites of units (点为主、多企联建)', () => {
  const community = { id: 'c', kind: 'community', status: 'active' };
  const unit = (id: string, status = 'active') => ({ id, kind: 'unit', status });
  const ofUnits = (
    units: Array<{ id: string; kind: string; status: string }>,
    level: 'point' | 'centre' = 'point',
  ) => ({
    ...open(community),
    name: '园区联建党群服务点',
    level,
    units,
  });

  it('opens a point run by several units, placed where they lie', () =>
    spec
      .given([])
      .when(ofUnits([unit('u1'), unit('u2')]))
      .then([
        {
          type: 'organizations.ServiceSiteOpened',
          data: {
            siteId: 'site',
            orgId: 'c',
            name: '园区联建党群服务点',
            level: 'point',
            address: '利津路1号',
            unitIds: ['u1', 'u2'],
          },
        },
      ]));

  it.each([
    ['an organisation named as a unit', [community], 'unknown_unit', 'unitIds'],
    ['a dissolved unit', [unit('u1'), unit('u2', 'dissolved')], 'organisation_dissolved', 'unitIds'],
  ])('refuses %s (422 %s)', (_, units, code, field) =>
    expect(refusal([], ofUnits(units))).toMatchObject({ code, details: { field } }),
  );

  it('refuses a centre run by units: units run stations and points', () =>
    expect(refusal([], ofUnits([unit('u1')], 'centre'))).toMatchObject({
      code: 'invalid_level',
      details: { field: 'level' },
    }));
});

describe('service site decider: the stars follow from the checklist', () => {
  const answers = (metIds: string[]) =>
    checklist.items.map((i) => ({ itemId: i.id, met: metIds.includes(i.id), note: metIds.includes(i.id) ? '有' : '' }));

  it('records each item met or not, with its evidence and the checklist version', () => {
    const missed = answers(['staff', 'premises']);
    spec
      .given([opened])
      .when(rate(2026, 2026, 2, missed))
      .then((events) =>
        expect(events).toEqual([
          {
            type: 'organizations.ServiceSiteRated',
            data: {
              siteId: 'site',
              year: 2026,
              stars: 2,
              reason: '服务规范',
              checklist: { level: 'centre', version: 2 },
              items: [
                { itemId: 'staff', name: '人员配备', met: true, note: '有' },
                { itemId: 'premises', name: '阵地建设', met: true, note: '有' },
                { itemId: 'funds', name: '经费投入', met: false, note: '' },
              ],
            },
          },
        ]),
      );
  });

  it.each([
    ['every item met', ['staff', 'premises', 'funds'], [3, 4, 5], [1, 2]],
    ['one item missed', ['staff', 'premises'], [1, 2], [3, 4, 5]],
    ['two items missed', ['staff'], [1], [2, 3]],
    ['nothing met', [], [1], [2, 5]],
  ])('%s allows %j stars, not %j', (_, met, allowed, refused) => {
    for (const stars of allowed)
      expect(() =>
        serviceSiteDecider.decide(rate(2026, 2026, stars, answers(met)), fold(serviceSiteDecider, [opened])),
      ).not.toThrow();
    for (const stars of refused)
      expect(refusal([opened], rate(2026, 2026, stars, answers(met)))).toMatchObject({
        code: 'stars_off_checklist',
        details: { field: 'stars', met: met.length, total: 3 },
      });
  });

  it('refuses answers that do not cover the checklist, each item once (422 checklist_mismatch)', () => {
    const [staff, premises] = allMet;
    expect(refusal([opened], rate(2026, 2026, 4, [staff, premises]))).toMatchObject({
      code: 'checklist_mismatch',
      details: { field: 'items', missing: ['funds'], unknown: [] },
    });
    expect(
      refusal([opened], rate(2026, 2026, 4, [...allMet, { itemId: 'other', met: true, note: 'x' }])),
    ).toMatchObject({
      code: 'checklist_mismatch',
      details: { unknown: ['other'] },
    });
    expect(refusal([opened], rate(2026, 2026, 4, [...allMet, staff]))).toMatchObject({ code: 'checklist_mismatch' });
  });

  it('keeps the hash of an evidence file an answer names', () => {
    const sha = 'ab'.repeat(32);
    const withFile = allMet.map((a) => (a.itemId === 'premises' ? { ...a, fileSha256: sha } : a));
    spec
      .given([opened])
      .when(rate(2026, 2026, 4, withFile))
      .then((events) =>
        expect((events[0].data as { items: unknown[] }).items).toEqual([
          { itemId: 'staff', name: '人员配备', met: true, note: '人员配备台账齐全' },
          { itemId: 'premises', name: '阵地建设', met: true, note: '阵地建设台账齐全', fileSha256: sha },
          { itemId: 'funds', name: '经费投入', met: true, note: '经费投入台账齐全' },
        ]),
      );
  });

  it('refuses an item marked met without evidence (422 evidence_missing)', () =>
    expect(
      refusal(
        [opened],
        rate(
          2026,
          2026,
          4,
          allMet.map((a) => (a.itemId === 'funds' ? { ...a, note: '  ' } : a)),
        ),
      ),
    ).toMatchObject({ code: 'evidence_missing', details: { field: 'items', itemId: 'funds' } }));
});
