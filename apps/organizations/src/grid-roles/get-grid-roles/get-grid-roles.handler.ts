import { Injectable } from '@nestjs/common';
import { assertAdminFor, chinaDay, Directory, seesMemberIdsOf } from '@gongjian/auth';
import { DEFAULT_GRID_ROLES, type GridRosterAction, GRID_STAFF_ROLES } from '@gongjian/contracts';
import { type Actor, NotFound } from '@gongjian/eventing';
import { OrganizationsReadModels } from '../../read-models';
import type { GridRoleEntry } from '../grid-role-list.decider';
import type { RosterTerm } from '../grid-roles.projection';

const entries = (list: Record<string, string>): GridRoleEntry[] =>
  Object.entries(list).map(([code, name]) => ({ code, name }));

/** 东大街's 十员 (seed 003): a district's list until it sets its own. */
export const DEFAULT_ROLE_LIST: GridRoleEntry[] = entries(DEFAULT_GRID_ROLES);
const STAFF_ROLES: GridRoleEntry[] = entries(GRID_STAFF_ROLES);

/** A term as a reader sees it: running today or not, the holder's name, ids for those who see them. */
function termView(term: RosterTerm, today: string, names: Map<string, string | null>, seesIds: boolean) {
  const { holder, accountId, ...rest } = term;
  const name = holder.kind === 'member' ? (names.get(holder.memberId) ?? null) : holder.name;
  const memberId = holder.kind === 'member' && seesIds ? holder.memberId : null;
  return {
    ...rest,
    holder: { kind: holder.kind, memberId, name },
    accountId: seesIds ? accountId : null,
    running: term.startsOn <= today && (term.endsOn === null || term.endsOn >= today),
  };
}

/** The roles of a district's grids, and one grid's roster, as every account reads them. */
@Injectable()
export class GetGridRolesHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  /** The 十员 of the district at or above `orgId` (the default while it has set none). */
  async roleList(orgId: string) {
    const org = await this.directory.get(orgId);
    if (!org || org.kind === 'unit') throw new NotFound(`organisation ${orgId} not found`);
    const district = await this.directory.nearest(orgId, 'district');
    const doc = district ? await this.readModels.gridRoleLists.get(district._id) : null;
    return {
      districtId: district?._id ?? null,
      roles: doc?.roles ?? DEFAULT_ROLE_LIST,
      isDefault: !doc,
      staff: STAFF_ROLES,
    };
  }

  /**
   * A grid's 网格长, 网格员 and 十员, past and present. The names are the notice board's (every
   * account reads them); the member and account ids behind them only the admins over the grid
   * and the auditor.
   */
  async roster(gridId: string, actor: Actor) {
    const grid = await this.directory.get(gridId);
    if (!grid || grid.kind !== 'grid') throw new NotFound(`grid ${gridId} not found`);
    const doc = await this.readModels.gridRosters.get(gridId);
    const terms = doc?.terms ?? [];
    const memberIds = terms.flatMap((t) => (t.holder.kind === 'member' ? [t.holder.memberId] : []));
    const members = await this.readModels.memberBranches.find({ _id: { $in: memberIds } });
    const names = new Map(members.map((m) => [m._id, m.name ?? null]));
    const seesIds = await seesMemberIdsOf(actor, [gridId], this.directory);
    const today = chinaDay();
    const { roles, staff } = await this.roleList(gridId);
    const acts =
      grid.status === 'active' &&
      (await assertAdminFor(actor, gridId, this.directory).then(
        () => true,
        () => false,
      ));
    const actions: GridRosterAction[] = acts ? ['assign', 'end'] : [];
    return {
      gridId,
      version: doc?.version ?? -1,
      roles: [...staff, ...roles],
      actions,
      terms: terms.map((t) => termView(t, today, names, seesIds)),
    };
  }

  /** The grid's role codes with their Chinese: what a new term may name. */
  async assignable(gridId: string): Promise<GridRoleEntry[]> {
    const { roles, staff } = await this.roleList(gridId);
    return [...staff, ...roles];
  }
}
