import type { ConformsToContracts } from '@gongjian/contracts';
import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import type { UnitRegisteredV1, UnitSector } from '@gongjian/contracts';

/** 驻区单位 / 社会组织 — a unit located in a community or street. */
export type UnitCommand = {
  type: 'RegisterUnit';
  unitId: string;
  name: string;
  sector: UnitSector;
  location: { id: string; kind: string; status: string } | null;
  /** 编码, when the office gave one */
  code?: string | null;
};
export type UnitEvent = { type: 'organizations.UnitRegistered'; data: UnitRegisteredV1 };
export type UnitState = { exists: false } | { exists: true; unit: UnitRegisteredV1 };

export const unitStreamId = (unitId: string) => `organizations.unit-${unitId}`;

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (state.exists) throw new InvalidStateTransition('unit already registered');
    const { location } = command;
    if (!location)
      throw new DomainRuleViolation('the location does not exist', 'unknown_organisation', { field: 'locatedIn' });
    if (location.kind !== 'community' && location.kind !== 'street') {
      throw new DomainRuleViolation('a unit is located in a community or a street', 'invalid_location', {
        field: 'locatedIn',
      });
    }
    if (location.status !== 'active') {
      throw new DomainRuleViolation('the location is dissolved', 'organisation_dissolved', { field: 'locatedIn' });
    }
    const data = {
      unitId: command.unitId,
      name: command.name,
      sector: command.sector,
      locatedIn: location.id,
      ...(command.code ? { code: command.code } : {}),
    };
    return [{ type: 'organizations.UnitRegistered', data }];
  },
  evolve: (_state, event) => ({ exists: true, unit: event.data }),
};

/** 驻区单位 — a unit, bound once to its stream. */
export const unitAggregate = defineAggregate({ name: 'unit', decider: unitDecider, streamId: unitStreamId });

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const unitEventsConform: ConformsToContracts<UnitEvent> = true;
