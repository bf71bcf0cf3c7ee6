import { ACCOUNT_ROLE_CODES, type AccountRoleV1, type OrgKind, type PartyOrgKind } from '@gongjian/contracts';

/** The roles of login accounts: the code list of libs/contracts. */
export const ROLES = ACCOUNT_ROLE_CODES;
export type Role = AccountRoleV1;

export const ADMIN_ROLES: readonly Role[] = ['district_admin', 'street_admin', 'community_admin'];

/** The kind of organisation an account of each role belongs to (DESIGN §4). */
export const ROLE_ORG_KINDS: Record<Role, ReadonlyArray<OrgKind | 'unit' | PartyOrgKind>> = {
  district_admin: ['district'],
  street_admin: ['street'],
  community_admin: ['community'],
  unit_contact: ['unit'],
  member: ['district', 'street', 'community', 'grid', 'building', 'unit', 'branch'],
  auditor: ['district'],
  /** a resident volunteer lives in a community (or one of its grids) and acts only for itself */
  resident: ['community', 'grid'],
  /**
   * 网格员 are the community's staff (seed 001: 社区专职网格员): the account belongs to a community,
   * and reads and acts for the grids its terms name (`Directory.gridsOf`), nothing else.
   */
  grid_worker: ['community'],
};
