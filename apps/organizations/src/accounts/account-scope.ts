import { ADMIN_ROLES, assertAdminFor, type Directory, forbid, isAdmin, type Role } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';

/**
 * May `actor` disable, enable or reset the password of `target`? An administrator manages the
 * accounts of its subtree, and only those below it: a peer administrator of the same
 * organisation (or a district or auditor account) only a district admin; never its own account
 * (a password is changed with POST /auth/password); never the bootstrap administrator, whose
 * password the operator sets with GONGJIAN_ADMIN_PASSWORD.
 */
export async function assertManagesAccount(
  actor: Actor,
  target: { _id: string; role: string; orgId: string | null },
  directory: Directory,
): Promise<void> {
  if (!isAdmin(actor)) forbid('only administrators manage accounts');
  if (actor.accountId === target._id) forbid('an administrator does not do this to its own account');
  if (target.orgId === null)
    forbid('the bootstrap administrator is managed by the operator (GONGJIAN_ADMIN_USER / GONGJIAN_ADMIN_PASSWORD)');
  if ((target.role === 'district_admin' || target.role === 'auditor') && actor.role !== 'district_admin')
    forbid(`only a district admin manages ${target.role} accounts`);
  await assertAdminFor(actor, target.orgId, directory);
  if (ADMIN_ROLES.includes(target.role as Role) && target.orgId === actor.orgId && actor.role !== 'district_admin')
    forbid('an administrator of the same organisation is managed from above');
}

/** Who may list accounts and read their login throttle: administrators in scope and auditors. */
export async function assertReadsAccountsOf(actor: Actor, orgId: string, directory: Directory): Promise<void> {
  if (actor.role === 'auditor') return;
  if (!isAdmin(actor)) forbid('only administrators and auditors list accounts');
  await assertAdminFor(actor, orgId, directory);
}

/** Only a district admin creates district admin and auditor accounts. */
export function assertMayGrant(actor: Actor, role: Role): void {
  if ((role === 'auditor' || role === 'district_admin') && actor.role !== 'district_admin')
    forbid(`only a district admin creates ${role} accounts`);
}

/** Failed logins by address: district admins and auditors only (the scope is checked on the account). */
export function assertSeesLoginAttempts(actor: Actor): void {
  if (actor.role !== 'district_admin' && actor.role !== 'auditor')
    forbid('only district admins and auditors see login attempts');
}

/** Clearing the login throttle: a district admin in scope (the bootstrap admin's, one with no organisation). */
export async function assertUnlocks(actor: Actor, target: { orgId: string | null }, directory: Directory) {
  if (actor.role !== 'district_admin') forbid('only a district admin unlocks');
  if (target.orgId) await assertAdminFor(actor, target.orgId, directory);
  else if (actor.orgId !== null) forbid('outside the scope of this account');
}
