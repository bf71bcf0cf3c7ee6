import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type PairingCommand, pairingDecider, type PairingEvent } from './pairing.decider';

const spec = deciderSpecification(pairingDecider);
type Facts = { id: string; kind: string; status: string } | null;
const unit: Facts = { id: 'u', kind: 'unit', status: 'active' };
const grid: Facts = { id: 'g', kind: 'grid', status: 'active' };
const establish = (overrides: Partial<Extract<PairingCommand, { type: 'EstablishPairing' }>> = {}): PairingCommand => ({
  type: 'EstablishPairing',
  pairingId: 'p',
  unit,
  org: grid,
  alreadyPaired: false,
  today: '2026-05-01',
  ...overrides,
});
const established: PairingEvent = {
  type: 'organizations.PairingEstablished',
  data: { pairingId: 'p', unitId: 'u', orgId: 'g', establishedOn: '2026-05-01' },
};
const ended: PairingEvent = {
  type: 'organizations.PairingEnded',
  data: { pairingId: 'p', unitId: 'u', orgId: 'g', endedOn: '2026-09-30' },
};

/** The error a refused command throws, so its code and details can be checked as well. */
const refusal = (given: PairingEvent[], command: PairingCommand): unknown => {
  try {
    pairingDecider.decide(command, fold(pairingDecider, given));
  } catch (error) {
    return error;
  }
  throw new Error('the command was not refused');
};

describe('pairing decider', () => {
  it('pairs an active unit with an active grid or community', () => {
    spec.given([]).when(establish()).then([established]);
    spec
      .given([])
      .when(establish({ org: { id: 'c', kind: 'community', status: 'active' }, today: '2026-06-01' }))
      .then([
        {
          type: 'organizations.PairingEstablished',
          data: { pairingId: 'p', unitId: 'u', orgId: 'c', establishedOn: '2026-06-01' },
        },
      ]);
  });

  it('refuses to establish a pairing twice, even once it has ended (409)', () => {
    spec
      .given([established])
      .when(establish())
      .thenThrows(InvalidStateTransition, /already established/);
    spec
      .given([established, ended])
      .when(establish())
      .thenThrows(InvalidStateTransition, /already established/);
    expect(refusal([established], establish())).toMatchObject({ code: 'invalid_state_transition' });
  });

  it.each([
    ['an unknown unit', null],
    ['an organisation instead of a unit', { id: 'c', kind: 'community', status: 'active' }],
    ['a unit that is not active', { id: 'u', kind: 'unit', status: 'dissolved' }],
  ])('refuses %s (422 unknown_unit)', (_, unitFacts) => {
    spec
      .given([])
      .when(establish({ unit: unitFacts }))
      .thenThrows(DomainRuleViolation, /unit does not exist/);
    expect(refusal([], establish({ unit: unitFacts }))).toMatchObject({
      code: 'unknown_unit',
      details: { field: 'unitId' },
    });
  });

  it.each([
    ['an unknown organisation', null],
    ['a street', { id: 's', kind: 'street', status: 'active' }],
    ['a district', { id: 'd', kind: 'district', status: 'active' }],
    ['a building', { id: 'b', kind: 'building', status: 'active' }],
    ['another unit', { id: 'u2', kind: 'unit', status: 'active' }],
    ['a dissolved grid', { id: 'g', kind: 'grid', status: 'dissolved' }],
    ['a dissolved community', { id: 'c', kind: 'community', status: 'dissolved' }],
  ])('refuses to pair with %s (422 invalid_pairing)', (_, orgFacts) => {
    spec
      .given([])
      .when(establish({ org: orgFacts }))
      .thenThrows(DomainRuleViolation, /active grid or community/);
    expect(refusal([], establish({ org: orgFacts }))).toMatchObject({
      code: 'invalid_pairing',
      details: { field: 'orgId' },
    });
  });

  it('refuses a second active pairing of the same unit and organisation (422 already_paired)', () => {
    spec
      .given([])
      .when(establish({ alreadyPaired: true }))
      .thenThrows(DomainRuleViolation, /already paired/);
    expect(refusal([], establish({ alreadyPaired: true }))).toMatchObject({ code: 'already_paired' });
  });

  it('checks the unit before the organisation', () =>
    expect(refusal([], establish({ unit: null, org: null }))).toMatchObject({ code: 'unknown_unit' }));

  it('ends a pairing with the unit and organisation it was established with', () =>
    spec.given([established]).when({ type: 'EndPairing', today: '2026-09-30' }).then([ended]));

  it('refuses to end a pairing twice (409) or one that does not exist (404)', () => {
    spec
      .given([established, ended])
      .when({ type: 'EndPairing', today: '2026-10-01' })
      .thenThrows(InvalidStateTransition, /already ended/);
    expect(refusal([established, ended], { type: 'EndPairing', today: '2026-10-01' })).toMatchObject({
      code: 'invalid_state_transition',
    });
    spec
      .given([])
      .when({ type: 'EndPairing', today: '2026-10-01' })
      .thenThrows(NotFound, /not found/);
    expect(refusal([], { type: 'EndPairing', today: '2026-10-01' })).toMatchObject({ code: 'not_found' });
  });

  it('evolves to an established, then ended pairing', () => {
    expect(fold(pairingDecider, [])).toEqual({ exists: false });
    expect(fold(pairingDecider, [established])).toEqual({ exists: true, pairing: established.data, ended: false });
    expect(fold(pairingDecider, [established, ended])).toEqual({
      exists: true,
      pairing: established.data,
      ended: true,
    });
  });
});
