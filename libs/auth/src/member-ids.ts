import type { Actor } from '@gongjian/eventing';
import type { Directory } from './directory';
import { isAdmin } from './policy';

/**
 * Whether `actor` may see the member ids (and through them the names) in the lists a place keeps
 * — sign-ups, attendance, project participants, wish claimers, team rosters (issue 16 item 5):
 * the auditor, the admins over any of `orgIds` (their subtree holds it), and a unit contact when
 * one of `orgIds` is its own unit. Everyone else sees counts; a self-acting account sees itself
 * (the service decides how it knows the account's member).
 */
export async function seesMemberIdsOf(actor: Actor, orgIds: string[], directory: Directory): Promise<boolean> {
  if (actor.role === 'auditor' || actor.role === 'system') return true;
  if (actor.role === 'unit_contact') return actor.orgId !== null && orgIds.includes(actor.orgId);
  if (!isAdmin(actor)) return false;
  if (actor.orgId === null) return true;
  for (const id of orgIds) if (await directory.isWithin(id, actor.orgId)) return true;
  return false;
}
