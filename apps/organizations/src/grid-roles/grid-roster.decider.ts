import {
  type ConformsToContracts,
  GRID_EVENTS,
  GRID_STAFF_ROLE_CODES,
  type GridWorkerAssignedV1,
  type GridWorkerReleasedV1,
} from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import type { PlaceFacts } from '../party-organizations/party-organization.decider';

/** Who holds a role: a registered member (by id; the name is the members service's) or a resident by name. */
export type Holder = { kind: 'member'; memberId: string } | { kind: 'resident'; name: string };

/** A login account as the roster takes it (null: unknown). */
export interface AccountFacts {
  id: string;
  role: string;
  orgId: string | null;
  disabled: boolean;
}

export type GridRosterCommand =
  | {
      type: 'AssignGridRole';
      assignmentId: string;
      grid: PlaceFacts;
      role: string;
      /** the role's Chinese when assigned (网格长, 网格员, or the district's list) */
      roleName: string | null;
      holder: Holder;
      /** whether the members service registered the member holder */
      holderKnown: boolean;
      /** the account named (undefined: none named; null: named but unknown) */
      account?: AccountFacts | null;
      accountIdGiven?: string;
      startsOn: string;
      endsOn: string | null;
    }
  | { type: 'EndGridRole'; assignmentId: string; endsOn: string };

export interface GridRoleAssignedData {
  assignmentId: string;
  gridId: string;
  role: string;
  roleName: string;
  holder: Holder;
  accountId: string | null;
  startsOn: string;
  endsOn: string | null;
}
export interface GridRoleEndedData {
  assignmentId: string;
  gridId: string;
  endsOn: string;
}

export type GridRosterEvent =
  | { type: 'organizations.GridRoleAssigned'; data: GridRoleAssignedData }
  | { type: 'organizations.GridRoleEnded'; data: GridRoleEndedData }
  | { type: typeof GRID_EVENTS.gridWorkerAssigned; data: GridWorkerAssignedV1 }
  | { type: typeof GRID_EVENTS.gridWorkerReleased; data: GridWorkerReleasedV1 };

export interface Term {
  assignmentId: string;
  role: string;
  holder: Holder;
  accountId: string | null;
  startsOn: string;
  endsOn: string | null;
}

export interface GridRosterState {
  gridId: string | null;
  terms: Term[];
}

export const gridRosterStreamId = (gridId: string) => `organizations.gridroster-${gridId}`;

const isStaff = (role: string) => (GRID_STAFF_ROLE_CODES as readonly string[]).includes(role);

/** Whether two terms share a day (an open end runs for ever). */
export function overlaps(a: Pick<Term, 'startsOn' | 'endsOn'>, b: Pick<Term, 'startsOn' | 'endsOn'>): boolean {
  return a.startsOn <= (b.endsOn ?? '9999-12-31') && b.startsOn <= (a.endsOn ?? '9999-12-31');
}

const sameHolder = (a: Holder, b: Holder) =>
  a.kind === b.kind &&
  (a.kind === 'member' ? a.memberId === (b as typeof a).memberId : a.name === (b as typeof a).name);

/** The account a 网格长 or 网格员 term may name: a grid worker of the grid's community, enabled. */
function checkAccount(command: Extract<GridRosterCommand, { type: 'AssignGridRole' }>): string | null {
  if (command.account === undefined) return null;
  const field = 'accountId';
  if (!isStaff(command.role))
    throw new DomainRuleViolation('only a 网格长 or 网格员 term names a login account', 'account_not_staff', { field });
  const account = command.account;
  if (!account)
    throw new DomainRuleViolation(`${command.accountIdGiven} is not a known account`, 'unknown_account', { field });
  if (account.role !== 'grid_worker')
    throw new DomainRuleViolation(`the account ${account.id} is not a grid worker's`, 'not_grid_worker', { field });
  if (account.disabled)
    throw new DomainRuleViolation(`the account ${account.id} is disabled`, 'account_disabled', { field });
  if (account.orgId !== command.grid.parentId)
    throw new DomainRuleViolation(
      "a grid worker's account belongs to the grid's community",
      'account_outside_community',
      { field },
    );
  return account.id;
}

/** A role held once at a time (网格长, each of 十员: one holder; 网格员: several), a holder or account once. */
function checkOverlaps(
  command: Extract<GridRosterCommand, { type: 'AssignGridRole' }>,
  accountId: string | null,
  terms: Term[],
): void {
  const term = { startsOn: command.startsOn, endsOn: command.endsOn };
  for (const other of terms.filter((t) => overlaps(t, term))) {
    if (other.role === command.role && command.role !== 'grid_worker')
      throw new DomainRuleViolation(`the grid's ${command.role} is held in that time`, 'role_taken', {
        field: 'role',
        assignmentId: other.assignmentId,
      });
    if (other.role === command.role && sameHolder(other.holder, command.holder))
      throw new DomainRuleViolation('the holder already holds this role in that time', 'already_held', {
        field: 'holder',
        assignmentId: other.assignmentId,
      });
    if (accountId && other.accountId === accountId)
      throw new DomainRuleViolation('the account already holds a term of this grid in that time', 'already_held', {
        field: 'accountId',
        assignmentId: other.assignmentId,
      });
  }
}

function assign(command: Extract<GridRosterCommand, { type: 'AssignGridRole' }>, state: GridRosterState) {
  const { grid, assignmentId, startsOn, endsOn } = command;
  if (grid.status !== 'active') throw new InvalidStateTransition('the grid is dissolved');
  if (command.roleName === null)
    throw new DomainRuleViolation(`${command.role} is not a role of this district's grids`, 'unknown_role', {
      field: 'role',
    });
  if (endsOn !== null && endsOn < startsOn)
    throw new DomainRuleViolation('the term ends before it starts', 'invalid_term', { field: 'endsOn' });
  if (command.holder.kind === 'member' && !command.holderKnown)
    throw new DomainRuleViolation(`${command.holder.memberId} is not a registered party member`, 'unknown_member', {
      field: 'holder.memberId',
    });
  const accountId = checkAccount(command);
  checkOverlaps(command, accountId, state.terms);
  const data = {
    assignmentId,
    gridId: grid.id,
    role: command.role,
    roleName: command.roleName,
    holder: command.holder,
  };
  const events: GridRosterEvent[] = [
    { type: 'organizations.GridRoleAssigned', data: { ...data, accountId, startsOn, endsOn } },
  ];
  if (accountId)
    events.push({
      type: GRID_EVENTS.gridWorkerAssigned,
      data: { assignmentId, accountId, gridId: grid.id, startsOn, endsOn },
    });
  return events;
}

function end(command: Extract<GridRosterCommand, { type: 'EndGridRole' }>, state: GridRosterState) {
  const term = state.terms.find((t) => t.assignmentId === command.assignmentId);
  if (!term || !state.gridId) throw new NotFound(`term ${command.assignmentId} not found`);
  if (command.endsOn < term.startsOn)
    throw new DomainRuleViolation('the term ends before it starts', 'invalid_term', { field: 'endsOn' });
  if (term.endsOn !== null && term.endsOn <= command.endsOn)
    throw new InvalidStateTransition(`the term already ends on ${term.endsOn}`);
  const { assignmentId, endsOn } = command;
  const events: GridRosterEvent[] = [
    { type: 'organizations.GridRoleEnded', data: { assignmentId, gridId: state.gridId, endsOn } },
  ];
  if (term.accountId)
    events.push({
      type: GRID_EVENTS.gridWorkerReleased,
      data: { assignmentId, accountId: term.accountId, gridId: state.gridId, endsOn },
    });
  return events;
}

/**
 * A grid's roster (issue 18): its 网格长, 网格员 and 十员, each a term (first and last day) held by a
 * member or a resident. A 网格长 or 网格员 term may name a `grid_worker` account, whose scope it is
 * while the term runs (GridWorkerAssigned / GridWorkerReleased, public).
 */
export const gridRosterDecider: Decider<GridRosterCommand, GridRosterEvent, GridRosterState> = {
  initialState: () => ({ gridId: null, terms: [] }),
  decide(command, state) {
    return command.type === 'AssignGridRole' ? assign(command, state) : end(command, state);
  },
  evolve(state, event) {
    switch (event.type) {
      case 'organizations.GridRoleAssigned': {
        const { assignmentId, gridId, role, holder, accountId, startsOn, endsOn } = event.data;
        return { gridId, terms: [...state.terms, { assignmentId, role, holder, accountId, startsOn, endsOn }] };
      }
      case 'organizations.GridRoleEnded': {
        const { assignmentId, endsOn } = event.data;
        return {
          ...state,
          terms: state.terms.map((t) => (t.assignmentId === assignmentId ? { ...t, endsOn } : t)),
        };
      }
      default:
        return state;
    }
  },
};

/** 网格长/网格员/十员 of one grid, bound once to its stream. */
export const gridRosterAggregate = defineAggregate({
  name: 'grid roster',
  decider: gridRosterDecider,
  streamId: gridRosterStreamId,
});

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const gridRosterEventsConform: ConformsToContracts<GridRosterEvent> = true;
