import { ORGANIZATION_EVENTS } from '@gongjian/contracts';
import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { directoryCollection, orgDirectoryProjection } from './org-directory.projection';

const registered = (orgId: string, kind: string, parentId: string | null, name: string) => ({
  type: ORGANIZATION_EVENTS.registered,
  streamId: `organizations.org-${orgId}`,
  data: { orgId, name, kind, parentId },
});
const org = (orgId: string, type: string, data: Record<string, unknown>) => ({
  type,
  streamId: `organizations.org-${orgId}`,
  data: { orgId, ...data },
});
const unit = {
  type: ORGANIZATION_EVENTS.unitRegistered,
  streamId: 'organizations.unit-unit-9',
  data: { unitId: 'unit-9', name: '区人民医院', sector: 'public_institution', locatedIn: 'c1' },
};
const tree = [
  registered('district', 'district', null, '城东区'),
  registered('street-1', 'street', 'district', '东湖街道'),
  registered('c1', 'community', 'street-1', '幸福里社区'),
  registered('c2', 'community', 'street-1', '和平社区'),
  registered('g1', 'grid', 'c1', '第一网格'),
];
const spec = projectionSpecification(orgDirectoryProjection('matching'));

describe('org directory projection (each service’s copy of the organisation tree)', () => {
  it('is kept per service, in a collection of its own', () => {
    expect(orgDirectoryProjection('volunteering')).toMatchObject({
      name: 'volunteering.org-directory',
      collection: 'volunteering.org-directory',
    });
    expect(directoryCollection('members')).toBe('members.org-directory');
  });

  it('registered organisations are active under their parents, the district at the root', async () => {
    const events = envelopes(tree);
    await spec.given(events).then([
      { _id: 'c1', version: 0, name: '幸福里社区', kind: 'community', parentId: 'street-1', status: 'active' },
      { _id: 'c2', kind: 'community', parentId: 'street-1' },
      { _id: 'district', kind: 'district', parentId: null, status: 'active', registeredAt: events[0].occurredAt },
      { _id: 'g1', kind: 'grid', parentId: 'c1' },
      { _id: 'street-1', kind: 'street', parentId: 'district' },
    ]);
  });

  it('a unit hangs under the community or street it is located in, with its sector', async () => {
    const [event] = envelopes([unit]);
    const [entry] = await spec.given([event]).documents();
    expect(entry).toEqual({
      _id: 'unit-9',
      version: 0,
      name: '区人民医院',
      kind: 'unit',
      sector: 'public_institution',
      parentId: 'c1',
      status: 'active',
      registeredAt: event.occurredAt,
    });
  });

  it("follows a unit's new name, sector and location", async () => {
    const edited = {
      type: ORGANIZATION_EVENTS.unitEdited,
      streamId: 'organizations.unit-unit-9',
      data: { unitId: 'unit-9', name: '县人民医院', sector: 'public_institution', locatedIn: 'c2' },
    };
    await spec
      .given([unit, edited])
      .then([{ _id: 'unit-9', version: 1, name: '县人民医院', kind: 'unit', parentId: 'c2', status: 'active' }]);
  });

  it('follows a rename and a move to another parent', async () => {
    await spec
      .given([
        ...tree,
        org('g1', ORGANIZATION_EVENTS.renamed, { name: '幸福一网格' }),
        org('g1', ORGANIZATION_EVENTS.moved, { fromParentId: 'c1', toParentId: 'c2' }),
      ])
      .then([
        { _id: 'c1' },
        { _id: 'c2' },
        { _id: 'district' },
        { _id: 'g1', version: 2, name: '幸福一网格', parentId: 'c2', status: 'active' },
        { _id: 'street-1' },
      ]);
  });

  it('a dissolved organisation stays in the tree, dissolved', async () => {
    await spec
      .given([registered('c2', 'community', 'street-1', '和平社区'), org('c2', ORGANIZATION_EVENTS.dissolved, {})])
      .then([{ _id: 'c2', version: 1, name: '和平社区', parentId: 'street-1', status: 'dissolved' }]);
  });

  it('ignores changes to an organisation it never saw registered, and a redelivered registration', async () => {
    await spec
      .given([
        { ...org('g9', ORGANIZATION_EVENTS.renamed, { name: 'x' }), streamRevision: 1 },
        { ...org('g9', ORGANIZATION_EVENTS.dissolved, {}), streamRevision: 2 },
      ])
      .then([]);
    const [first, second] = envelopes([
      registered('g1', 'grid', 'c1', '第一网格'),
      org('g1', ORGANIZATION_EVENTS.dissolved, {}),
    ]);
    await spec.given([first, second, first]).then([{ _id: 'g1', version: 1, status: 'dissolved' }]);
  });
});
