import { assertAdminFor, type Directory, forbid, seesMemberIdsOf } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import type { PersonRef, VolunteerRef } from './activities/attendance';
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
  /** the resident a `resident` account is (`residentOf`), in the lists that hold residents */
  resident?: string | null;
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

/**
 * Whether `actor` is a grid worker (网格长/网格员) whose running term covers the grid that
 * organises `activity` (seed 001: 网格员 organise in their grid). An activity of a community, or
 * of another grid, is not theirs (docs/DECISIONS.md 71).
 */
export async function gridWorkerOrganises(
  actor: Actor,
  activity: { orgId: string },
  directory: Directory,
): Promise<boolean> {
  if (actor.role !== 'grid_worker') return false;
  return (await directory.gridsOf(actor)).includes(activity.orgId);
}

/**
 * Who organises an activity on the day (shows its check-in code, confirms hours): the admins over
 * the grid or community that published it, and the grid workers of that grid. Not the auditor,
 * who reads everything but does nothing; nobody else (403).
 */
export async function assertOrganises(actor: Actor, activity: { orgId: string }, directory: Directory): Promise<void> {
  if (actor.role === 'auditor') forbid('only the organisers of the activity do this');
  if (actor.role === 'grid_worker') {
    if (await gridWorkerOrganises(actor, activity, directory)) return;
    forbid("a grid worker organises the activities of the grids of its running terms, no one else's");
  }
  await assertAdminFor(actor, activity.orgId, directory);
}

/**
 * Who posts a micro-wish: the admins over its community; a grid worker for a grid of its running
 * terms (a resident of the grid told it, seed 003's 社情民意联络员), never without one — the
 * community keeps its own wishes (docs/DECISIONS.md 72).
 */
export async function assertPostsWish(
  actor: Actor,
  communityId: string,
  gridId: string | null,
  directory: Directory,
): Promise<void> {
  if (actor.role === 'grid_worker') {
    if (gridId && (await directory.gridsOf(actor)).includes(gridId)) return;
    forbid("a grid worker posts the wishes of the grids of its running terms, no one else's");
  }
  await assertAdminFor(actor, communityId, directory);
}

/** The viewer of an activity's lists of people: its organisers (`viewerOf`), and the grid workers of its grid. */
export async function activityViewerOf(
  actor: Actor,
  activity: { orgId: string },
  self: string | null,
  directory: Directory,
): Promise<MemberIdsViewer> {
  if (await gridWorkerOrganises(actor, activity, directory)) return { full: true, self };
  return viewerOf(actor, activity.orgId, self, directory);
}

/** The member a `member` account is linked to, as volunteering knows it (null otherwise). */
export async function selfOf(actor: Actor, readModels: VolunteeringReadModels): Promise<string | null> {
  if (actor.role !== 'member') return null;
  const [member] = await readModels.members.find({ accountId: actor.accountId });
  return member?._id ?? null;
}

/** The quarter (`2027Q1`) an instant falls in, in China's time (UTC+8), as rotations are published. */
export function quarterOf(instant: string): string {
  const local = new Date(Date.parse(instant) + 8 * 3_600_000);
  return `${local.getUTCFullYear()}Q${Math.floor(local.getUTCMonth() / 3) + 1}`;
}

/**
 * A member may serve in an activity where they may serve in its community (`mayServeIn`), or
 * where the quarter's rotation sends their team (季度轮值): to the activity's grid, or to the
 * activity itself (`rotation`). The rule for who may serve where follows the rotation.
 */
export async function mayServeActivity(
  memberId: string,
  activity: { _id: string; orgId: string; communityId: string; startsAt: string },
  readModels: VolunteeringReadModels,
  directory: Directory,
): Promise<Eligibility> {
  const eligibility = await mayServeIn(memberId, activity.communityId, readModels, directory);
  if (eligibility.ok || eligibility.reason !== 'not_in_community') return eligibility;
  const rotations = await readModels.rotations.find({
    quarter: quarterOf(activity.startsAt),
    $or: [{ 'assignments.gridId': activity.orgId }, { 'activityAssignments.activityId': activity._id }],
  });
  const teamIds = rotations.flatMap((r) => [
    ...r.assignments.filter((a) => a.gridId === activity.orgId).map((a) => a.teamId),
    ...(r.activityAssignments ?? []).filter((a) => a.activityId === activity._id).map((a) => a.teamId),
  ]);
  if (teamIds.length === 0) return eligibility;
  const teams = await readModels.teams.find({ _id: { $in: teamIds }, memberIds: memberId });
  return teams.length > 0 ? { ok: true, reason: 'rotation' } : eligibility;
}

/** A resident serves in their own community, while their consent stands. */
export async function residentMayServe(
  residentId: string,
  communityId: string,
  readModels: VolunteeringReadModels,
): Promise<Eligibility> {
  const resident = await readModels.residents.get(residentId);
  if (!resident) return { ok: false, reason: 'unknown_resident' };
  if (resident.consentWithdrawnAt) return { ok: false, reason: 'consent_withdrawn' };
  if (resident.communityId !== communityId) return { ok: false, reason: 'not_in_community' };
  return { ok: true, reason: 'community' };
}

/** A social organisation (a unit of the sector 社会组织, active) takes an activity on as a whole. */
export async function organisationMayServe(unitId: string, directory: Directory): Promise<Eligibility> {
  const unit = await directory.get(unitId);
  if (!unit || unit.kind !== 'unit') return { ok: false, reason: 'unknown_unit' };
  if (unit.status !== 'active') return { ok: false, reason: 'organisation_dissolved' };
  if (unit.sector !== 'social_organization') return { ok: false, reason: 'not_a_social_organisation' };
  return { ok: true, reason: 'social_organisation' };
}

/** The resident a `resident` account registered as itself (null otherwise). */
export async function residentOf(actor: Actor, readModels: VolunteeringReadModels): Promise<string | null> {
  if (actor.role !== 'resident') return null;
  const [resident] = await readModels.residents.find({ accountId: actor.accountId });
  return resident?._id ?? null;
}

/**
 * Who acts for a volunteer in an activity (sign up, cancel): the admins over the activity's
 * organiser; a member account for its own member, a resident account for its own resident, a
 * unit contact for its own unit — never for anyone else (a member never for another member).
 */
export async function assertActsForVolunteer(
  actor: Actor,
  volunteer: VolunteerRef,
  activity: { orgId: string },
  readModels: VolunteeringReadModels,
  directory: Directory,
): Promise<void> {
  if (actor.role === 'member') {
    if (volunteer.kind === 'member' && volunteer.id === (await selfOf(actor, readModels))) return;
    forbid('a member account acts only for its own member record');
  }
  if (actor.role === 'resident') {
    if (volunteer.kind === 'resident' && volunteer.id === (await residentOf(actor, readModels))) return;
    forbid('a resident account acts only for itself');
  }
  if (actor.role === 'unit_contact') {
    if (volunteer.kind === 'organisation' && volunteer.id === actor.orgId) return;
    forbid('a unit contact acts only for its own unit');
  }
  await assertAdminFor(actor, activity.orgId, directory);
}

/**
 * Who acts for the claimer of a micro-wish (微心愿: claim, release, mark done): the admins over
 * the wish's community; a member account for its own member only — it claims for itself, and
 * releases or marks done only a wish it claimed itself (`memberId`: the claimer named or standing;
 * null, an unclaimed wish: the decider answers). Confirming stays the community's.
 */
export async function assertActsForClaimer(
  actor: Actor,
  memberId: string | null,
  wish: { communityId: string },
  readModels: VolunteeringReadModels,
  directory: Directory,
): Promise<void> {
  if (actor.role === 'member') {
    const self = await selfOf(actor, readModels);
    if (!self) forbid('this member account is not linked to a member record yet');
    if (memberId === null || memberId === self) return;
    forbid('a member account acts only for its own member record');
  }
  await assertAdminFor(actor, wish.communityId, directory);
}

/**
 * The person a volunteer's own account is (check-in and check-out): its member, or its resident.
 * Nobody checks in for another: an administrator's account is not a volunteer.
 */
export async function personOf(actor: Actor, readModels: VolunteeringReadModels): Promise<PersonRef> {
  if (actor.role === 'member') {
    const memberId = await selfOf(actor, readModels);
    if (memberId) return { kind: 'member', id: memberId };
    forbid('this member account is not linked to a member record yet');
  }
  if (actor.role === 'resident') {
    const residentId = await residentOf(actor, readModels);
    if (residentId) return { kind: 'resident', id: residentId };
    forbid('register as a resident volunteer first (POST /residents/me)');
  }
  forbid('a volunteer checks in with their own member or resident account');
}

/** Who reads a resident's record: the admins over their community, the auditor, and the resident. */
export async function assertMayReadResident(
  actor: Actor,
  resident: { _id: string; communityId: string; accountId: string | null },
  directory: Directory,
): Promise<void> {
  if (actor.role === 'auditor') return;
  if (actor.role === 'resident') {
    if (resident.accountId === actor.accountId) return;
    forbid('a resident account reads only its own record');
  }
  await assertAdminFor(actor, resident.communityId, directory);
}

/** Who acts for a resident (withdraws their consent): the resident, or the admins over their community. */
export async function assertActsForResident(
  actor: Actor,
  resident: { communityId: string; accountId: string | null },
  directory: Directory,
): Promise<void> {
  if (actor.role === 'resident') {
    if (resident.accountId === actor.accountId) return;
    forbid('a resident account acts only for itself');
  }
  await assertAdminFor(actor, resident.communityId, directory);
}
