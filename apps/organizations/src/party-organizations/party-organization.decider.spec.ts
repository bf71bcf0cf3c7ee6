import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import {
  type CoveredFacts,
  type PartyOrganizationCommand,
  partyOrganizationDecider,
  type PartyOrganizationEvent,
  type PlaceFacts,
} from './party-organization.decider';

const spec = deciderSpecification(partyOrganizationDecider);
const community: PlaceFacts = { id: 'c', kind: 'community', status: 'active', parentId: 's' };
const grid = (id: string, parentId = 'c'): CoveredFacts => ({
  id,
  area: { id, kind: 'grid', status: 'active', parentId },
  takenBy: null,
});
const building = (id: string, gridId: string): CoveredFacts => ({
  id,
  area: { id, kind: 'building', status: 'active', parentId: gridId },
  takenBy: null,
});
const form = (over: Partial<Extract<PartyOrganizationCommand, { type: 'FormPartyOrganization' }>> = {}) =>
  ({
    type: 'FormPartyOrganization',
    partyOrgId: 'br',
    kind: 'branch',
    name: '第一网格党支部',
    parent: community,
    parentIdGiven: 'c',
    covers: [grid('g1')],
    ...over,
  }) as PartyOrganizationCommand;
const formed = (covers: string[] = ['g1']): PartyOrganizationEvent => ({
  type: 'organizations.PartyOrganizationFormed',
  data: { partyOrgId: 'br', kind: 'branch', name: '第一网格党支部', parentId: 'c', covers },
});
const branchFacts: PlaceFacts = { id: 'br', kind: 'branch', status: 'active', parentId: 'c', covers: ['g1', 'g2'] };
const groupFormed: PartyOrganizationEvent = {
  type: 'organizations.PartyOrganizationFormed',
  data: { partyOrgId: 'pg', kind: 'party_group', name: '1号楼党小组', parentId: 'br', covers: ['b1'] },
};

/** The error a refused command throws, so its code and field can be checked too. */
const refusal = (given: PartyOrganizationEvent[], command: PartyOrganizationCommand) => {
  try {
    partyOrganizationDecider.decide(command, fold(partyOrganizationDecider, given));
  } catch (error) {
    return error as DomainRuleViolation;
  }
  throw new Error('the command was not refused');
};

describe('party organisation decider (党支部, 党小组)', () => {
  it('forms a branch over one grid of its community (单独建) or several (联合建)', () => {
    spec.given([]).when(form()).then([formed()]);
    spec
      .given([])
      .when(form({ covers: [grid('g1'), grid('g2'), grid('g3')], code: 'LJ-01' }))
      .then([
        {
          type: 'organizations.PartyOrganizationFormed',
          data: {
            partyOrgId: 'br',
            kind: 'branch',
            name: '第一网格党支部',
            parentId: 'c',
            covers: ['g1', 'g2', 'g3'],
            code: 'LJ-01',
          },
        },
      ]);
  });

  it('refuses a branch without a grid, over a grid of another community, or one another branch covers', () => {
    expect(refusal([], form({ covers: [] }))).toMatchObject({ code: 'no_coverage', details: { field: 'covers' } });
    expect(refusal([], form({ covers: [grid('g1'), grid('gx', 'c2')] }))).toMatchObject({
      code: 'outside_parent',
      details: { field: 'covers.1' },
    });
    expect(refusal([], form({ covers: [{ ...grid('g1'), takenBy: 'other' }] }))).toMatchObject({
      code: 'already_covered',
      details: { field: 'covers.0', coveredBy: 'other' },
    });
    const notGrid = { id: 'b', area: { id: 'b', kind: 'building', status: 'active', parentId: 'g1' }, takenBy: null };
    expect(refusal([], form({ covers: [notGrid] }))).toMatchObject({ code: 'unknown_grid' });
    expect(refusal([], form({ covers: [{ id: 'nope', area: null, takenBy: null }] }))).toMatchObject({
      code: 'unknown_grid',
    });
    const dissolved = { ...grid('g1'), area: { ...grid('g1').area!, status: 'dissolved' } };
    expect(refusal([], form({ covers: [dissolved] }))).toMatchObject({ code: 'organisation_dissolved' });
  });

  it('hangs a branch under an active community, a party group under an active branch', () => {
    expect(refusal([], form({ parent: null }))).toMatchObject({
      code: 'unknown_community',
      details: { field: 'parentId' },
    });
    expect(refusal([], form({ parent: { ...community, kind: 'street' } }))).toMatchObject({ code: 'invalid_parent' });
    expect(refusal([], form({ parent: { ...community, status: 'dissolved' } }))).toMatchObject({
      code: 'organisation_dissolved',
    });
    const group = form({ kind: 'party_group', partyOrgId: 'pg', parent: community, covers: [] });
    expect(refusal([], group)).toMatchObject({ code: 'invalid_parent' });
  });

  it("forms a party group over buildings of its branch's grids, or none (a functional group)", () => {
    const group = (covers: CoveredFacts[]) =>
      form({
        kind: 'party_group',
        partyOrgId: 'pg',
        name: '1号楼党小组',
        parent: branchFacts,
        parentIdGiven: 'br',
        covers,
      });
    spec
      .given([])
      .when(group([building('b1', 'g2')]))
      .then([{ ...groupFormed, data: { ...groupFormed.data, covers: ['b1'] } }]);
    spec
      .given([])
      .when(group([]))
      .then([{ ...groupFormed, data: { ...groupFormed.data, covers: [] } }]);
    expect(refusal([], group([building('b9', 'g9')]))).toMatchObject({
      code: 'outside_parent',
      details: { field: 'covers.0' },
    });
  });

  it('changes what it covers, keeping the grids its party groups need', () => {
    const change = (covers: CoveredFacts[], inUse: string[] = []): PartyOrganizationCommand => ({
      type: 'ChangeCoverage',
      parent: community,
      covers,
      inUse,
    });
    spec
      .given([formed()])
      .when(change([grid('g1'), grid('g2')]))
      .then([
        {
          type: 'organizations.PartyOrganizationCoverageChanged',
          data: { partyOrgId: 'br', covers: ['g1', 'g2'], added: ['g2'], removed: [] },
        },
      ]);
    spec
      .given([formed()])
      .when(change([grid('g1')]))
      .then([]);
    expect(refusal([formed(['g1', 'g2'])], change([grid('g2')], ['g1']))).toMatchObject({
      code: 'coverage_in_use',
      details: { gridIds: ['g1'] },
    });
    // its own grid is not "taken" from itself
    spec
      .given([formed(['g1', 'g2'])])
      .when(change([{ ...grid('g1'), takenBy: 'br' }]))
      .then([
        {
          type: 'organizations.PartyOrganizationCoverageChanged',
          data: { partyOrgId: 'br', covers: ['g1'], added: [], removed: ['g2'] },
        },
      ]);
  });

  it('renames (the same name again changes nothing) and dissolves an empty branch only', () => {
    spec
      .given([formed()])
      .when({ type: 'RenamePartyOrganization', name: '一网格党支部' })
      .then([{ type: 'organizations.PartyOrganizationRenamed', data: { partyOrgId: 'br', name: '一网格党支部' } }]);
    spec.given([formed()]).when({ type: 'RenamePartyOrganization', name: '第一网格党支部' }).then([]);
    expect(refusal([formed()], { type: 'DissolvePartyOrganization', members: 3, activeGroups: 1 })).toMatchObject({
      code: 'not_empty',
      details: { members: 3, activeGroups: 1 },
    });
    const dissolved: PartyOrganizationEvent = {
      type: 'organizations.PartyOrganizationDissolved',
      data: { partyOrgId: 'br' },
    };
    spec.given([formed()]).when({ type: 'DissolvePartyOrganization', members: 0, activeGroups: 0 }).then([dissolved]);
    spec
      .given([formed(), dissolved])
      .when({ type: 'RenamePartyOrganization', name: 'x' })
      .thenThrows(InvalidStateTransition);
    spec.given([]).when({ type: 'RenamePartyOrganization', name: 'x' }).thenThrows(NotFound);
    // a party group is dissolved with its seats: its members stay in the branch
    spec
      .given([groupFormed])
      .when({ type: 'DissolvePartyOrganization', members: 0, activeGroups: 0 })
      .then([{ type: 'organizations.PartyOrganizationDissolved', data: { partyOrgId: 'pg' } }]);
  });

  it('seats members of its own branch in a party group, one group each', () => {
    const add = (over: Partial<Extract<PartyOrganizationCommand, { type: 'AddGroupMember' }>> = {}) =>
      ({
        type: 'AddGroupMember',
        memberId: 'm',
        memberBranchId: 'br',
        otherGroupId: null,
        on: '2027-01-05',
        ...over,
      }) as PartyOrganizationCommand;
    const added: PartyOrganizationEvent = {
      type: 'organizations.PartyGroupMemberAdded',
      data: { partyOrgId: 'pg', memberId: 'm', on: '2027-01-05' },
    };
    spec.given([groupFormed]).when(add()).then([added]);
    spec
      .given([groupFormed, added])
      .when(add())
      .thenThrows(InvalidStateTransition, /already sits/);
    expect(refusal([groupFormed], add({ memberBranchId: 'other' }))).toMatchObject({ code: 'not_in_branch' });
    expect(refusal([groupFormed], add({ memberBranchId: null }))).toMatchObject({ code: 'unknown_member' });
    expect(refusal([groupFormed], add({ otherGroupId: 'pg2' }))).toMatchObject({ code: 'already_in_group' });
    expect(refusal([formed()], add())).toMatchObject({ code: 'not_a_party_group' });
    spec
      .given([groupFormed, added])
      .when({ type: 'RemoveGroupMember', memberId: 'm', reason: 'transferred', on: '2027-02-01' })
      .then([
        {
          type: 'organizations.PartyGroupMemberRemoved',
          data: { partyOrgId: 'pg', memberId: 'm', reason: 'transferred', on: '2027-02-01' },
        },
      ]);
    spec
      .given([groupFormed])
      .when({ type: 'RemoveGroupMember', memberId: 'm', reason: 'removed', on: '2027-02-01' })
      .thenThrows(InvalidStateTransition);
  });
});
