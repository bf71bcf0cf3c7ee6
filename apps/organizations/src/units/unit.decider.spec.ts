import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type UnitCommand, unitDecider, type UnitEvent } from './unit.decider';

const spec = deciderSpecification(unitDecider);
const community = { id: 'c', kind: 'community', status: 'active' };
const register = (location: { id: string; kind: string; status: string } | null): UnitCommand => ({
  type: 'RegisterUnit',
  unitId: 'u',
  name: '县供电公司',
  sector: 'state_enterprise',
  location,
});
const registered: UnitEvent = {
  type: 'organizations.UnitRegistered',
  data: { unitId: 'u', name: '县供电公司', sector: 'state_enterprise', locatedIn: 'c' },
};

/** The error a refused command throws, so its code and details can be checked as well. */
const refusal = (given: UnitEvent[], command: UnitCommand): unknown => {
  try {
    unitDecider.decide(command, fold(unitDecider, given));
  } catch (error) {
    return error;
  }
  throw new Error('the command was not refused');
};

describe('unit decider', () => {
  it('registers a unit located in a community or in a street', () => {
    spec.given([]).when(register(community)).then([registered]);
    spec
      .given([])
      .when({ ...register({ id: 's', kind: 'street', status: 'active' }), sector: 'social_organization' })
      .then([
        {
          type: 'organizations.UnitRegistered',
          data: { unitId: 'u', name: '县供电公司', sector: 'social_organization', locatedIn: 's' },
        },
      ]);
  });

  it('keeps the registered unit in its state', () => {
    expect(fold(unitDecider, [registered])).toEqual({ exists: true, unit: registered.data });
    expect(unitDecider.initialState()).toEqual({ exists: false });
  });

  it('refuses to register the same unit twice (409)', () => {
    spec
      .given([registered])
      .when(register(community))
      .thenThrows(InvalidStateTransition, /already registered/);
    expect(refusal([registered], register(community))).toMatchObject({ code: 'invalid_state_transition' });
  });

  it('refuses an unknown location (422 unknown_organisation)', () => {
    spec
      .given([])
      .when(register(null))
      .thenThrows(DomainRuleViolation, /does not exist/);
    expect(refusal([], register(null))).toMatchObject({
      code: 'unknown_organisation',
      details: { field: 'locatedIn' },
    });
  });

  it.each(['district', 'grid', 'building', 'unit'])('refuses a location of kind %s (422 invalid_location)', (kind) => {
    const command = register({ id: 'x', kind, status: 'active' });
    spec
      .given([])
      .when(command)
      .thenThrows(DomainRuleViolation, /community or a street/);
    expect(refusal([], command)).toMatchObject({ code: 'invalid_location', details: { field: 'locatedIn' } });
  });

  it('refuses a dissolved community or street (422 organisation_dissolved)', () => {
    for (const kind of ['community', 'street']) {
      const command = register({ id: 'x', kind, status: 'dissolved' });
      spec
        .given([])
        .when(command)
        .thenThrows(DomainRuleViolation, /dissolved/);
      expect(refusal([], command)).toMatchObject({ code: 'organisation_dissolved', details: { field: 'locatedIn' } });
    }
  });

  it('reports a duplicate before looking at the location', () =>
    spec.given([registered]).when(register(null)).thenThrows(InvalidStateTransition));
});

describe('unit decider: editing', () => {
  const street = { id: 's', kind: 'street', status: 'active' };
  const edited = (data: Partial<UnitEvent['data']>): UnitEvent => ({
    type: 'organizations.UnitEdited',
    data: { ...registered.data, ...data },
  });

  it('changes the name, the sector or the location, keeping what the edit does not name', () => {
    spec
      .given([registered])
      .when({ type: 'EditUnit', name: '国网利津供电公司' })
      .then([edited({ name: '国网利津供电公司' })]);
    spec
      .given([registered])
      .when({ type: 'EditUnit', sector: 'other' })
      .then([edited({ sector: 'other' })]);
    spec
      .given([registered])
      .when({ type: 'EditUnit', location: street })
      .then([edited({ locatedIn: 's' })]);
    expect(fold(unitDecider, [registered, edited({ name: '新名' })])).toEqual({
      exists: true,
      unit: { ...registered.data, name: '新名' },
    });
  });

  it('an edit that changes nothing appends nothing', () => {
    spec
      .given([registered])
      .when({ type: 'EditUnit', name: '县供电公司', sector: 'state_enterprise', location: community })
      .then([]);
  });

  it('moves only into an active community or street (422 with the field)', () => {
    expect(refusal([registered], { type: 'EditUnit', location: null })).toMatchObject({
      code: 'unknown_organisation',
      details: { field: 'locatedIn' },
    });
    expect(
      refusal([registered], { type: 'EditUnit', location: { id: 'g', kind: 'grid', status: 'active' } }),
    ).toMatchObject({ code: 'invalid_location' });
    expect(
      refusal([registered], { type: 'EditUnit', location: { id: 'c2', kind: 'community', status: 'dissolved' } }),
    ).toMatchObject({ code: 'organisation_dissolved' });
  });

  it('refuses to edit a unit never registered (404)', () =>
    spec.given([]).when({ type: 'EditUnit', name: 'x' }).thenThrows(NotFound));
});
