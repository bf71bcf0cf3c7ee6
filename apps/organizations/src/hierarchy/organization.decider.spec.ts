import { DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { organizationDecider, type OrganizationEvent, type ParentFacts } from './organization.decider';

const spec = deciderSpecification(organizationDecider);
const district: ParentFacts = { id: 'd', kind: 'district', status: 'active', lineage: ['d'] };
const street: ParentFacts = { id: 's', kind: 'street', status: 'active', lineage: ['d', 's'] };
const registered = (kind: 'street' | 'community', parentId: string): OrganizationEvent => ({
  type: 'organizations.OrganizationRegistered',
  data: { orgId: 'x', name: '东城街道', kind, parentId },
});

describe('organization decider', () => {
  it('registers a district without parent and a street under a district', () => {
    spec
      .given([])
      .when({ type: 'RegisterOrganization', orgId: 'd', name: '利津县', kind: 'district', parent: null })
      .then([
        {
          type: 'organizations.OrganizationRegistered',
          data: { orgId: 'd', name: '利津县', kind: 'district', parentId: null },
        },
      ]);
    spec
      .given([])
      .when({ type: 'RegisterOrganization', orgId: 'x', name: '东城街道', kind: 'street', parent: district })
      .then([registered('street', 'd')]);
  });

  it.each([
    ['a street without parent', 'street', null, /must have a district/],
    ['a community under a district', 'community', district, /must be under a street/],
    ['a district with a parent', 'district', district, /has no parent/],
    ['a street under a dissolved district', 'street', { ...district, status: 'dissolved' }, /dissolved/],
  ] as const)('refuses %s', (_, kind, parent, message) =>
    spec
      .given([])
      .when({ type: 'RegisterOrganization', orgId: 'x', name: 'n', kind, parent: parent as ParentFacts | null })
      .thenThrows(DomainRuleViolation, message),
  );

  it('names a dissolved parent with the code of requireActive (422 organisation_dissolved)', () => {
    const command = {
      type: 'RegisterOrganization' as const,
      orgId: 'x',
      name: 'n',
      kind: 'street' as const,
      parent: { ...district, status: 'dissolved' as const },
    };
    expect(() => organizationDecider.decide(command, { exists: false })).toThrow(
      expect.objectContaining({ code: 'organisation_dissolved', details: { field: 'parentId' } }),
    );
  });

  it('renames, and renaming to the same name changes nothing', () => {
    spec
      .given([registered('street', 'd')])
      .when({ type: 'RenameOrganization', name: '西城街道' })
      .then([{ type: 'organizations.OrganizationRenamed', data: { orgId: 'x', name: '西城街道' } }]);
    spec
      .given([registered('street', 'd')])
      .when({ type: 'RenameOrganization', name: '东城街道' })
      .then([]);
  });

  it('moves a community to another street, never under itself', () => {
    spec
      .given([registered('community', 's')])
      .when({ type: 'MoveOrganization', newParent: { ...street, id: 's2', lineage: ['d', 's2'] } })
      .then([{ type: 'organizations.OrganizationMoved', data: { orgId: 'x', fromParentId: 's', toParentId: 's2' } }]);
    spec
      .given([registered('community', 's')])
      .when({ type: 'MoveOrganization', newParent: { ...street, id: 's2', lineage: ['d', 'x', 's2'] } })
      .thenThrows(DomainRuleViolation, /under itself/);
  });

  it('dissolves only when nothing active hangs under it', () => {
    spec
      .given([registered('street', 'd')])
      .when({ type: 'DissolveOrganization', activeChildren: 1, activeUnits: 0, openNeeds: 0 })
      .thenThrows(DomainRuleViolation, /still has/);
    spec
      .given([registered('street', 'd')])
      .when({ type: 'DissolveOrganization', activeChildren: 0, activeUnits: 0, openNeeds: 0 })
      .then([{ type: 'organizations.OrganizationDissolved', data: { orgId: 'x' } }]);
  });

  it('refuses commands on a dissolved or unknown organisation', () => {
    spec
      .given([registered('street', 'd'), { type: 'organizations.OrganizationDissolved', data: { orgId: 'x' } }])
      .when({ type: 'RenameOrganization', name: 'n' })
      .thenThrows(InvalidStateTransition);
    spec.given([]).when({ type: 'RenameOrganization', name: 'n' }).thenThrows(NotFound);
  });
});
