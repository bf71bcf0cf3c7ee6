import { GRID_STAFF_ROLE_CODES } from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  sameJson,
} from '@gongjian/eventing';
import type { PlaceFacts } from '../party-organizations/party-organization.decider';

/** One role of a grid's list: its code (what assignments name) and its Chinese. */
export interface GridRoleEntry {
  code: string;
  name: string;
}

export type GridRoleListCommand = {
  type: 'SetGridRoleList';
  districtId: string;
  district: PlaceFacts | null;
  roles: GridRoleEntry[];
};

export interface GridRoleListSetData {
  districtId: string;
  roles: GridRoleEntry[];
}

export type GridRoleListEvent = { type: 'organizations.GridRoleListSet'; data: GridRoleListSetData };

export type GridRoleListState = { exists: false } | { exists: true; roles: GridRoleEntry[] };

export const gridRoleListStreamId = (districtId: string) => `organizations.gridrolelist-${districtId}`;

/** Refuses a list that names a code or a name twice, or takes the 网格长/网格员 codes. */
function checkRoles(roles: GridRoleEntry[]): void {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const [index, { code, name }] of roles.entries()) {
    if ((GRID_STAFF_ROLE_CODES as readonly string[]).includes(code))
      throw new DomainRuleViolation(`${code} is the 网格长 or 网格员, which every grid has`, 'reserved_role', {
        field: `roles.${index}.code`,
      });
    if (codes.has(code) || names.has(name))
      throw new DomainRuleViolation(`the list names ${codes.has(code) ? code : name} twice`, 'duplicate_role', {
        field: `roles.${index}.${codes.has(code) ? 'code' : 'name'}`,
      });
    codes.add(code);
    names.add(name);
  }
}

/**
 * 十员 — the roles a district's grids fill beside their 网格长 and 网格员 (seed 003: 东大街's ten
 * are the default until a district sets its own). A new list changes what new terms may name;
 * terms already held keep their role and its name.
 */
export const gridRoleListDecider: Decider<GridRoleListCommand, GridRoleListEvent, GridRoleListState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    const { district, districtId } = command;
    if (!district || district.kind !== 'district')
      throw new DomainRuleViolation(`${districtId} is not a known district`, 'unknown_district', { field: 'id' });
    if (district.status !== 'active') throw new InvalidStateTransition('the district is dissolved');
    checkRoles(command.roles);
    if (state.exists && sameJson(state.roles, command.roles)) return [];
    return [{ type: 'organizations.GridRoleListSet', data: { districtId, roles: command.roles } }];
  },
  evolve: (_state, event) => ({ exists: true, roles: event.data.roles }),
};

/** 十员 of a district, bound once to its stream. */
export const gridRoleListAggregate = defineAggregate({
  name: 'grid role list',
  decider: gridRoleListDecider,
  streamId: gridRoleListStreamId,
});
