import type { Actor } from '@gongjian/eventing';
import { forbid } from './policy';

/**
 * Who may audit: auditors and district administrators read the whole history; nobody else does
 * (a street's or community's history is read through the services' own lists). Auditors write
 * nothing except replays into shadows; swapping a shadow in takes a district administrator.
 */
export function assertMayAudit(actor: Actor): void {
  if (actor.role === 'auditor' || actor.role === 'district_admin' || actor.role === 'system') return;
  forbid('only auditors and district administrators read the audit trail');
}

export function assertMaySwap(actor: Actor): void {
  if (actor.role === 'district_admin' || actor.role === 'system') return;
  forbid('only a district administrator may replace a live read model');
}
