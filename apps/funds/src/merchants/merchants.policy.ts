import { assertAdminFor, type Directory, forbid, isAdmin } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';

/**
 * Who may do what with the merchant alliance (红色联盟, issue 19; docs/DECISIONS.md 75):
 * - a merchant is registered, its terms changed, suspended and reinstated by the admins of its
 *   alliance organisation (the street or community that registered it) or above;
 * - every signed-in account reads the merchants (members choose where to spend, as with service
 *   sites); the contact person's name and phone only administrators and the auditor;
 * - a monthly statement is read by the admins of the alliance organisation (or above) and the
 *   auditor, and confirmed (reconciled) by those admins; the auditor writes nothing.
 */
export async function assertManagesMerchant(actor: Actor, merchant: { orgId: string }, directory: Directory) {
  await assertAdminFor(actor, merchant.orgId, directory);
}

export const seesContact = (actor: Actor): boolean =>
  isAdmin(actor) || actor.role === 'auditor' || actor.role === 'system';

export async function assertReadsStatement(actor: Actor, merchant: { orgId: string }, directory: Directory) {
  if (actor.role === 'auditor' || actor.role === 'system') return;
  if (!isAdmin(actor)) forbid(`the role ${actor.role} does not read merchant statements`);
  await assertAdminFor(actor, merchant.orgId, directory);
}
