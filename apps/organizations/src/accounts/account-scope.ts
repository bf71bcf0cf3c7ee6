import { ForbiddenException } from '@nestjs/common';
import { ADMIN_ROLES, assertAdminFor, isAdmin, type OrgTree, type Role } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';

function forbid(message: string): never {
  throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message });
}

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
  tree: OrgTree,
): Promise<void> {
  if (!isAdmin(actor)) forbid('only administrators manage accounts');
  if (actor.accountId === target._id) forbid('an administrator does not do this to its own account');
  if (target.orgId === null)
    forbid('the bootstrap administrator is managed by the operator (GONGJIAN_ADMIN_USER / GONGJIAN_ADMIN_PASSWORD)');
  if ((target.role === 'district_admin' || target.role === 'auditor') && actor.role !== 'district_admin')
    forbid(`only a district admin manages ${target.role} accounts`);
  await assertAdminFor(actor, target.orgId, tree);
  if (ADMIN_ROLES.includes(target.role as Role) && target.orgId === actor.orgId && actor.role !== 'district_admin')
    forbid('an administrator of the same organisation is managed from above');
}

/** Who may list accounts and read their login throttle: administrators in scope and auditors. */
export async function assertReadsAccountsOf(actor: Actor, orgId: string, tree: OrgTree): Promise<void> {
  if (actor.role === 'auditor') return;
  if (!isAdmin(actor)) forbid('only administrators and auditors list accounts');
  await assertAdminFor(actor, orgId, tree);
}
