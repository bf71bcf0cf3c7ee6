import type { Account, AccountRecord, Role } from '../../api';
import { isAdmin } from '../../session';

/**
 * Who may do what to an account, as the server decides it (apps/organizations/src/accounts/
 * account-scope.ts); the console offers only these, the server has the last word. The lists an
 * account reads are its own subtree's, so every target listed is in scope.
 */

/** The roles an administrator may give: district admin and auditor accounts only a district admin. */
export function grantableRoles(actor: Account): Role[] {
  if (!isAdmin(actor)) return [];
  const all: Role[] = [
    'district_admin',
    'street_admin',
    'community_admin',
    'unit_contact',
    'member',
    'auditor',
    'grid_worker',
  ];
  const below: Record<string, Role[]> = {
    district_admin: all,
    street_admin: ['street_admin', 'community_admin', 'unit_contact', 'member', 'grid_worker'],
    community_admin: ['community_admin', 'unit_contact', 'member', 'grid_worker'],
  };
  return below[actor.role] ?? [];
}

/** The kinds of place an account of each role belongs to (libs/auth ROLE_ORG_KINDS). */
export const ROLE_PLACES: Record<Role, Array<'district' | 'street' | 'community' | 'grid' | 'building' | 'unit'>> = {
  district_admin: ['district'],
  street_admin: ['street'],
  community_admin: ['community'],
  unit_contact: ['unit'],
  member: ['district', 'street', 'community', 'grid', 'building', 'unit'],
  auditor: ['district'],
  resident: ['community', 'grid'],
  /** 网格员: an account of the community that hires it; its grids are its terms' (issue 18) */
  grid_worker: ['community'],
};

/** Disable, enable, reset the password: an admin above the account (never its own, never the bootstrap admin). */
export function mayManage(actor: Account, target: AccountRecord): boolean {
  if (!isAdmin(actor) || actor.id === target.id || target.orgId === null) return false;
  if ((target.role === 'district_admin' || target.role === 'auditor') && actor.role !== 'district_admin') return false;
  const adminRole = ['district_admin', 'street_admin', 'community_admin'].includes(target.role);
  return !(adminRole && target.orgId === actor.orgId && actor.role !== 'district_admin');
}

/** Clearing failed sign-ins: a district admin. */
export const mayUnlock = (actor: Account) => actor.role === 'district_admin';

/** The failures by address: district admins and auditors. */
export const maySeeAttempts = (actor: Account) => actor.role === 'district_admin' || actor.role === 'auditor';
