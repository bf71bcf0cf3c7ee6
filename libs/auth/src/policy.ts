import { ForbiddenException } from '@nestjs/common';
import type { Actor } from '@gongjian/eventing';
import { ADMIN_ROLES, type Role } from './roles';
import type { OrgTree } from './org-tree';

function forbid(message: string): never {
  throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message });
}

export function isAdmin(actor: Actor): boolean {
  return ADMIN_ROLES.includes(actor.role as Role);
}

/**
 * May `actor` change things that belong to `targetId` (an organisation or a unit)? DESIGN §4: an
 * admin acts only inside the subtree of its organisation (the bootstrap admin, with no
 * organisation, everywhere), a unit contact only for its unit, an auditor reads and never writes.
 */
export async function assertMayActFor(actor: Actor, targetId: string, tree: OrgTree): Promise<void> {
  if (actor.role === 'system') return;
  if (actor.role === 'auditor') forbid('auditors read everything and write nothing');
  if (actor.role === 'unit_contact') {
    if (actor.orgId === targetId) return;
    forbid('a unit contact acts only for its own unit');
  }
  if (!isAdmin(actor)) forbid(`the role ${actor.role} may not do this`);
  if (actor.orgId === null) return;
  if (await tree.isWithin(targetId, actor.orgId)) return;
  forbid(`${targetId} is outside the organisation scope of this account`);
}

/** Only admins (in scope) may do this; unit contacts and members may not. */
export async function assertAdminFor(actor: Actor, targetId: string, tree: OrgTree): Promise<void> {
  if (actor.role === 'unit_contact') forbid('only administrators may do this');
  await assertMayActFor(actor, targetId, tree);
}
