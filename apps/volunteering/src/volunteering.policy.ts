import { type Directory, seesMemberIdsOf } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import type { Eligibility } from './eligibility';
import type { VolunteeringReadModels } from './read-models';

/**
 * The volunteering service's own rules over the organisation tree and its copy of the members
 * (plain functions over the `Directory` and `VolunteeringReadModels`; libs/auth/src/policy.ts has
 * the rules every service shares).
 */

/**
 * A member may serve in `communityId` when their branch lies in it, or they reported to it (双报到).
 * A member the service does not know (yet, or at all) may not, nor one whose data was erased.
 */
export async function mayServeIn(
  memberId: string,
  communityId: string,
  readModels: VolunteeringReadModels,
  directory: Directory,
): Promise<Eligibility> {
  const member = await readModels.members.get(memberId);
  if (!member) return { ok: false, reason: 'unknown_member' };
  if (member.erased) return { ok: false, reason: 'member_erased' };
  if (member.reportedTo === communityId) return { ok: true, reason: 'reported' };
  if (await directory.isWithin(member.branchId, communityId)) return { ok: true, reason: 'branch' };
  return { ok: false, reason: 'not_in_community' };
}

/** Who reads the member ids of a list (sign-ups, attendance, claimer, roster), see `viewerOf`. */
export interface MemberIdsViewer {
  full: boolean;
  self: string | null;
}

/**
 * Who reads the member ids of a list kept by `orgId`: `full` for its organisers (admins over it)
 * and the auditor; otherwise counts only, and `self` — the member a `member` account is linked to
 * (`selfOf`, asked once per request) — so that account sees itself (issue 16 item 5).
 */
export async function viewerOf(
  actor: Actor,
  orgId: string,
  self: string | null,
  directory: Directory,
): Promise<MemberIdsViewer> {
  return { full: await seesMemberIdsOf(actor, [orgId], directory), self };
}

/** The member a `member` account is linked to, as volunteering knows it (null otherwise). */
export async function selfOf(actor: Actor, readModels: VolunteeringReadModels): Promise<string | null> {
  if (actor.role !== 'member') return null;
  const [member] = await readModels.members.find({ accountId: actor.accountId });
  return member?._id ?? null;
}
