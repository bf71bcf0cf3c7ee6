import { type Actor, DomainRuleViolation, Forbidden } from '@gongjian/eventing';
import { ADMIN_ROLES, type Role } from './roles';
import type { Directory } from './directory';
import type { DirectoryEntry } from './org-directory.projection';

/** Refuses with 403 and the rule in words (the one way policies refuse). */
export function forbid(message: string, details?: Record<string, unknown>): never {
  throw new Forbidden(message, details);
}

export function isAdmin(actor: Actor): boolean {
  return ADMIN_ROLES.includes(actor.role as Role);
}

/**
 * May `actor` change things that belong to `targetId` (an organisation or a unit)? DESIGN §4: an
 * admin acts only inside the subtree of its organisation (the bootstrap admin, with no
 * organisation, everywhere), a unit contact only for its unit, an auditor reads and never writes.
 */
export async function assertMayActFor(actor: Actor, targetId: string, directory: Directory): Promise<void> {
  if (actor.role === 'system') return;
  if (actor.role === 'auditor') forbid('auditors read everything and write nothing');
  if (actor.role === 'unit_contact') {
    if (actor.orgId === targetId) return;
    forbid('a unit contact acts only for its own unit');
  }
  if (!isAdmin(actor)) forbid(`the role ${actor.role} may not do this`);
  if (actor.orgId === null) return;
  if (await directory.isWithin(targetId, actor.orgId)) return;
  forbid(`${targetId} is outside the organisation scope of this account`);
}

/** Only admins (in scope) may do this; unit contacts and members may not. */
export async function assertAdminFor(actor: Actor, targetId: string, directory: Directory): Promise<void> {
  if (actor.role === 'unit_contact') forbid('only administrators may do this');
  await assertMayActFor(actor, targetId, directory);
}

type Kind = DirectoryEntry['kind'];

/**
 * The organisation a command names, which must be known, of one of `kinds`, and active — one rule,
 * one code each, whatever the service (422 with `details.field`):
 * - `unknown_<kind>` (`unknown_community`, `unknown_unit`; `unknown_organisation` when several
 *   kinds would do): no such organisation of that kind;
 * - `organisation_dissolved`: it was dissolved.
 */
export async function requireActive(
  directory: Directory,
  id: string,
  kinds: Kind | readonly Kind[],
  field: string,
): Promise<DirectoryEntry> {
  const allowed: readonly Kind[] = typeof kinds === 'string' ? [kinds] : kinds;
  const entry = await directory.get(id);
  if (!entry || !allowed.includes(entry.kind)) {
    const kind = allowed.length === 1 ? allowed[0] : 'organisation';
    throw new DomainRuleViolation(`${id} is not a known ${allowed.join(' or ')}`, `unknown_${kind}`, { field });
  }
  if (entry.status !== 'active')
    throw new DomainRuleViolation(`the ${entry.kind} ${id} is dissolved`, 'organisation_dissolved', { field });
  return entry;
}
