import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import type { Side, Sides } from '../relation-sides';
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
  existing: null,
  by: 'both',
  today: '2026-05-01',
  ...overrides,
});
const established: PairingEvent = {
  type: 'organizations.PairingEstablished',
  data: { pairingId: 'p', unitId: 'u', orgId: 'g', establishedOn: '2026-05-01' },
};
const proposed = (proposedBy: Side): PairingEvent => ({
  type: 'organizations.PairingProposed',
  data: { pairingId: 'p', unitId: 'u', orgId: 'g', proposedBy, proposedOn: '2026-05-01' },
});
const declined: PairingEvent = {
  type: 'organizations.PairingDeclined',
  data: { pairingId: 'p', unitId: 'u', orgId: 'g', on: '2026-05-02' },
};
const withdrawn: PairingEvent = { type: 'organizations.PairingWithdrawn', data: declined.data };
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
  it('pairs an active unit with an active grid or community at once, asked by an account over both sides', () => {
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
    ['an unknown unit', null, 'unknown_unit', /unit does not exist/],
    [
      'an organisation instead of a unit',
      { id: 'c', kind: 'community', status: 'active' },
      'unknown_unit',
      /unit does not exist/,
    ],
    [
      'a unit that is not active',
      { id: 'u', kind: 'unit', status: 'dissolved' },
      'organisation_dissolved',
      /dissolved/,
    ],
  ])('refuses %s (422 %s)', (_, unitFacts, code, message) => {
    spec
      .given([])
      .when(establish({ unit: unitFacts }))
      .thenThrows(DomainRuleViolation, message);
    expect(refusal([], establish({ unit: unitFacts }))).toMatchObject({ code, details: { field: 'unitId' } });
  });

  it.each([
    ['an unknown organisation', null, 'unknown_organisation', /does not exist/],
    [
      'a street',
      { id: 's', kind: 'street', status: 'active' },
      'invalid_pairing',
      /grid, a community or a party branch/,
    ],
    [
      'a district',
      { id: 'd', kind: 'district', status: 'active' },
      'invalid_pairing',
      /grid, a community or a party branch/,
    ],
    [
      'a building',
      { id: 'b', kind: 'building', status: 'active' },
      'invalid_pairing',
      /grid, a community or a party branch/,
    ],
    [
      'another unit',
      { id: 'u2', kind: 'unit', status: 'active' },
      'invalid_pairing',
      /grid, a community or a party branch/,
    ],
    ['a dissolved grid', { id: 'g', kind: 'grid', status: 'dissolved' }, 'organisation_dissolved', /dissolved/],
    [
      'a dissolved community',
      { id: 'c', kind: 'community', status: 'dissolved' },
      'organisation_dissolved',
      /dissolved/,
    ],
  ])('refuses to pair with %s (422 %s)', (_, orgFacts, code, message) => {
    spec
      .given([])
      .when(establish({ org: orgFacts }))
      .thenThrows(DomainRuleViolation, message);
    expect(refusal([], establish({ org: orgFacts }))).toMatchObject({ code, details: { field: 'orgId' } });
  });

  it('refuses a second active or proposed pairing of the same unit and organisation (422)', () => {
    spec
      .given([])
      .when(establish({ existing: 'active' }))
      .thenThrows(DomainRuleViolation, /already paired/);
    expect(refusal([], establish({ existing: 'active' }))).toMatchObject({ code: 'already_paired' });
    spec
      .given([])
      .when(establish({ existing: 'proposed', by: 'unit' }))
      .thenThrows(DomainRuleViolation, /awaits confirmation/);
    expect(refusal([], establish({ existing: 'proposed' }))).toMatchObject({ code: 'already_proposed' });
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
    const ids = { pairingId: 'p', unitId: 'u', orgId: 'g' };
    expect(fold(pairingDecider, [])).toEqual({ exists: false });
    expect(fold(pairingDecider, [established])).toEqual({ exists: true, ...ids, status: 'active', proposedBy: null });
    expect(fold(pairingDecider, [established, ended])).toMatchObject({ status: 'ended' });
    expect(fold(pairingDecider, [proposed('unit')])).toEqual({
      exists: true,
      ...ids,
      status: 'proposed',
      proposedBy: 'unit',
    });
    expect(fold(pairingDecider, [proposed('unit'), established])).toMatchObject({
      status: 'active',
      proposedBy: 'unit',
    });
    expect(fold(pairingDecider, [proposed('unit'), declined])).toMatchObject({ status: 'declined' });
    expect(fold(pairingDecider, [proposed('organization'), withdrawn])).toMatchObject({ status: 'withdrawn' });
  });
});

describe('pairing decider: one side proposes, the other confirms', () => {
  const confirm = (by: Sides, overrides: { unit?: Facts; org?: Facts } = {}): PairingCommand => ({
    type: 'ConfirmPairing',
    unit,
    org: grid,
    by,
    today: '2026-05-03',
    ...overrides,
  });
  const confirmed: PairingEvent = { ...established, data: { ...established.data, establishedOn: '2026-05-03' } };

  it.each(['organization', 'unit'] as const)('records a pairing proposed by the %s side, not established', (side) =>
    spec
      .given([])
      .when(establish({ by: side }))
      .then([proposed(side)]),
  );

  it('establishes the pairing when the other side confirms (the public PairingEstablished)', () => {
    spec
      .given([proposed('organization')])
      .when(confirm('unit'))
      .then([confirmed]);
    spec
      .given([proposed('unit')])
      .when(confirm('organization'))
      .then([confirmed]);
    spec
      .given([proposed('unit')])
      .when(confirm('both'))
      .then([confirmed]);
  });

  it('refuses the proposing side answering its own proposal (409)', () => {
    spec
      .given([proposed('unit')])
      .when(confirm('unit'))
      .thenThrows(InvalidStateTransition, /cannot answer itself/);
    spec
      .given([proposed('organization')])
      .when({ type: 'DeclinePairing', by: 'organization', today: '2026-05-03' })
      .thenThrows(InvalidStateTransition, /cannot answer itself/);
  });

  it('refuses to confirm when a party is no longer active (422)', () =>
    expect(
      refusal([proposed('unit')], confirm('organization', { org: { id: 'g', kind: 'grid', status: 'dissolved' } })),
    ).toMatchObject({ code: 'organisation_dissolved', details: { field: 'orgId' } }));

  it('lets the other side decline, and only the proposer withdraw', () => {
    spec
      .given([proposed('unit')])
      .when({ type: 'DeclinePairing', by: 'organization', today: '2026-05-02' })
      .then([declined]);
    spec
      .given([proposed('organization')])
      .when({ type: 'WithdrawPairing', by: 'organization', today: '2026-05-02' })
      .then([withdrawn]);
    spec
      .given([proposed('organization')])
      .when({ type: 'WithdrawPairing', by: 'unit', today: '2026-05-02' })
      .thenThrows(InvalidStateTransition, /only the side that proposed/);
  });

  it('answers only a proposal: not an active, ended, declined or withdrawn pairing (409), nor none (404)', () => {
    for (const given of [
      [established],
      [established, ended],
      [proposed('unit'), declined],
      [proposed('unit'), withdrawn],
    ]) {
      spec
        .given(given)
        .when(confirm('both'))
        .thenThrows(InvalidStateTransition, /not proposed/);
      spec
        .given(given)
        .when({ type: 'WithdrawPairing', by: 'both', today: '2026-05-02' })
        .thenThrows(InvalidStateTransition, /not proposed/);
    }
    spec
      .given([])
      .when(confirm('both'))
      .thenThrows(NotFound, /not found/);
  });

  it('ends only an active pairing: a proposal is withdrawn or declined (409)', () => {
    spec
      .given([proposed('unit')])
      .when({ type: 'EndPairing', today: '2026-05-02' })
      .thenThrows(InvalidStateTransition, /withdrawn or declined, not ended/);
    spec
      .given([proposed('unit'), established])
      .when({ type: 'EndPairing', today: '2026-09-30' })
      .then([ended]);
  });
});
