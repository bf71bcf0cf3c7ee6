import type { ConformsToContracts } from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import type { UnitEditedV1, UnitRegisteredV1, UnitSector } from '@gongjian/contracts';

/** A location as the handler found it in the directory (null: unknown). */
type Location = { id: string; kind: string; status: string } | null;

/** 驻区单位 / 社会组织 — a unit located in a community or street. */
export type UnitCommand =
  | {
      type: 'RegisterUnit';
      unitId: string;
      name: string;
      sector: UnitSector;
      location: Location;
      /** 编码, when the office gave one */
      code?: string | null;
    }
  /** what the edit names, the rest kept; `location` only when it moves */
  | { type: 'EditUnit'; name?: string; sector?: UnitSector; location?: Location };
export type UnitEvent =
  | { type: 'organizations.UnitRegistered'; data: UnitRegisteredV1 }
  | { type: 'organizations.UnitEdited'; data: UnitEditedV1 };
export type UnitState = { exists: false } | { exists: true; unit: UnitRegisteredV1 };

export const unitStreamId = (unitId: string) => `organizations.unit-${unitId}`;

/** A unit lies in an active community or street (`locatedIn`). */
function checkLocation(location: Location): string {
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
  return location.id;
}

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (command.type === 'RegisterUnit') {
      if (state.exists) throw new InvalidStateTransition('unit already registered');
      const locatedIn = checkLocation(command.location);
      const data = {
        unitId: command.unitId,
        name: command.name,
        sector: command.sector,
        locatedIn,
        ...(command.code ? { code: command.code } : {}),
      };
      return [{ type: 'organizations.UnitRegistered', data }];
    }
    if (!state.exists) throw new NotFound('unit not found');
    const { unit } = state;
    const locatedIn = command.location === undefined ? unit.locatedIn : checkLocation(command.location);
    const data = { ...unit, name: command.name ?? unit.name, sector: command.sector ?? unit.sector, locatedIn };
    if (data.name === unit.name && data.sector === unit.sector && data.locatedIn === unit.locatedIn) return [];
    return [{ type: 'organizations.UnitEdited', data }];
  },
  evolve: (_state, event) => ({ exists: true, unit: event.data }),
};

/** 驻区单位 — a unit, bound once to its stream. */
export const unitAggregate = defineAggregate({ name: 'unit', decider: unitDecider, streamId: unitStreamId });

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const unitEventsConform: ConformsToContracts<UnitEvent> = true;
