import { ACCOUNT_ROLE_CODES, type AccountRoleV1, type OrgKind } from '@gongjian/contracts';

/** The roles of login accounts: the code list of libs/contracts. */
export const ROLES = ACCOUNT_ROLE_CODES;
export type Role = AccountRoleV1;

export const ADMIN_ROLES: readonly Role[] = ['district_admin', 'street_admin', 'community_admin'];

/** The kind of organisation an account of each role belongs to (DESIGN §4). */
export const ROLE_ORG_KINDS: Record<Role, ReadonlyArray<OrgKind | 'unit'>> = {
  district_admin: ['district'],
  street_admin: ['street'],
  community_admin: ['community'],
  unit_contact: ['unit'],
  member: ['district', 'street', 'community', 'grid', 'building', 'unit'],
  auditor: ['district'],
  /** a resident volunteer lives in a community (or one of its grids) and acts only for itself */
  resident: ['community', 'grid'],
};
