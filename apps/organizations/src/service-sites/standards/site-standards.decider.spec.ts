import { DomainRuleViolation, fold, InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { DEFAULT_CHECKLISTS } from './default-checklists';
import {
  type ChecklistItemInput,
  defaultStandards,
  type SiteStandardsCommand,
  siteStandardsDecider,
  type SiteStandardsEvent,
} from './site-standards.decider';

const spec = deciderSpecification(siteStandardsDecider);
const district = { id: 'd', kind: 'district', status: 'active', parentId: null };
const edit = (items: ChecklistItemInput[], level = 'point'): SiteStandardsCommand => ({
  type: 'EditSiteChecklist',
  districtId: 'd',
  district,
  level: level as 'point',
  items,
});
const authority = (districtStars: number): SiteStandardsCommand => ({
  type: 'SetSiteRatingAuthority',
  districtId: 'd',
  district,
  districtStars,
});
const points = DEFAULT_CHECKLISTS.point;
const edited = (version: number, items = points.slice(0, 4)): SiteStandardsEvent => ({
  type: 'organizations.SiteChecklistEdited',
  data: { districtId: 'd', level: 'point', version, items },
});

const refusal = (given: SiteStandardsEvent[], command: SiteStandardsCommand): unknown => {
  try {
    siteStandardsDecider.decide(command, fold(siteStandardsDecider, given));
  } catch (error) {
    return error;
  }
  throw new Error('the command was not refused');
};

describe('site standards decider (星级考评标准 of a district)', () => {
  it('starts from the defaults: 七个一 for stations, 五个一 for points, at version 1; four stars and up by the district', () => {
    const state = fold(siteStandardsDecider, []);
    expect(state).toEqual(defaultStandards());
    expect(state.checklists.station.items).toHaveLength(7);
    expect(state.checklists.point.items).toHaveLength(5);
    expect(state.checklists.station.version).toBe(1);
    expect(state.districtStars).toBe(4);
  });

  it('each edit of a checklist is the next version of that level', () => {
    spec
      .given([])
      .when(edit(points.slice(0, 4)))
      .then([edited(2)]);
    spec
      .given([edited(2)])
      .when(edit(points))
      .then([edited(3, points)]);
    expect(fold(siteStandardsDecider, [edited(2)]).checklists.station.version).toBe(1);
  });

  it('gives new items the next free id and keeps the ids it is given', () =>
    spec
      .given([])
      .when(
        edit([
          { name: '新增一', description: '' },
          { id: 'item_1', name: '已有', description: 'x' },
          { name: '新增二', description: '' },
        ]),
      )
      .then((events) =>
        expect((events[0].data as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual([
          'item_2',
          'item_1',
          'item_3',
        ]),
      ));

  it.each([
    ['a name twice', [points[0], { ...points[1], name: points[0].name }], 'items.1.name'],
    ['an id twice', [points[0], { ...points[1], id: points[0].id }], 'items.1.id'],
  ])('refuses a checklist naming %s (422 duplicate_item)', (_, items, field) =>
    expect(refusal([], edit(items))).toMatchObject({ code: 'duplicate_item', details: { field } }),
  );

  it('refuses an edit that changes nothing, and an unknown level', () => {
    expect(refusal([], edit(points))).toMatchObject({ code: 'unchanged', details: { field: 'items' } });
    expect(refusal([], edit(points, 'hall'))).toMatchObject({ code: 'invalid_level', details: { field: 'level' } });
  });

  it('an edit with the same items is unchanged whatever the order of their keys (the log may hand them back sorted)', () => {
    const sorted = (items: readonly object[]) =>
      items.map((item) => Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1))));
    const reversed = (items: readonly object[]) =>
      items.map((item) => Object.fromEntries(Object.entries(item).reverse()));
    const recorded = edited(2, sorted(points.slice(0, 4)) as typeof points);
    expect(refusal([recorded], edit(reversed(points.slice(0, 4)) as ChecklistItemInput[]))).toMatchObject({
      code: 'unchanged',
      details: { field: 'items' },
    });
    // the items' order is content: the same items in another order are an edit
    spec
      .given([recorded])
      .when(edit(points.slice(0, 4).reverse()))
      .then([edited(3, points.slice(0, 4).reverse())]);
  });

  it('sets who gives which stars, remembering the rule it replaced', () => {
    spec
      .given([])
      .when(authority(5))
      .then([
        { type: 'organizations.SiteRatingAuthoritySet', data: { districtId: 'd', districtStars: 5, previous: 4 } },
      ]);
    expect(refusal([], authority(4))).toMatchObject({ code: 'unchanged', details: { field: 'districtStars' } });
  });

  it('is a district’s to set: refuses another organisation, an unknown one, a dissolved district', () => {
    const street = { ...district, kind: 'street' };
    spec
      .given([])
      .when({ ...authority(5), district: street })
      .thenThrows(DomainRuleViolation, /not a known district/);
    expect(refusal([], { ...authority(5), district: null })).toMatchObject({ code: 'unknown_district' });
    spec
      .given([])
      .when({ ...edit(points.slice(1)), district: { ...district, status: 'dissolved' } })
      .thenThrows(InvalidStateTransition, /dissolved/);
  });
});
