import type { OrgKind } from '@gongjian/contracts';

export const ROLES = [
  'district_admin',
  'street_admin',
  'community_admin',
  'unit_contact',
  'member',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ADMIN_ROLES: readonly Role[] = ['district_admin', 'street_admin', 'community_admin'];

/** The kind of organisation an account of each role belongs to (DESIGN §4). */
export const ROLE_ORG_KINDS: Record<Role, ReadonlyArray<OrgKind | 'unit'>> = {
  district_admin: ['district'],
  street_admin: ['street'],
  community_admin: ['community'],
  unit_contact: ['unit'],
  member: ['district', 'street', 'community', 'grid', 'building', 'unit'],
  auditor: ['district'],
};
