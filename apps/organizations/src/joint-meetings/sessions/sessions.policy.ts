import { assertAdminFor, type Directory, forbid } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import type { ReadModel } from '@gongjian/read-models';
import type { JointMeetingDocument } from '../joint-meetings.projection';

/**
 * Who reads the sessions of the joint meeting of `orgId`: the admins over its organisation, the
 * auditor, and the contacts of the units that are members now or have a part-time member (兼职委员)
 * serving now — read only. An admin of another street, or of a level below, is refused (403).
 */
export async function assertMayReadSessions(
  actor: Actor,
  orgId: string,
  directory: Directory,
  meetings: ReadModel<JointMeetingDocument>,
): Promise<void> {
  if (actor.role === 'auditor') return;
  if (actor.role === 'unit_contact') {
    const doc = await meetings.get(orgId);
    const unitId = actor.orgId;
    const member = doc?.members.some((m) => m.unitId === unitId && m.leftOn === null);
    const appointed = doc?.partTimeMembers.some((p) => p.unitId === unitId && p.endedOn === null);
    if (member || appointed) return;
    forbid('a unit contact reads the sessions of the joint meetings its unit belongs to');
  }
  await assertAdminFor(actor, orgId, directory);
}

/** Convening, attendance, minutes, decisions and action items: the admins over the meeting's organisation. */
export function assertMayRunSessions(actor: Actor, orgId: string, directory: Directory): Promise<void> {
  return assertAdminFor(actor, orgId, directory);
}

/** The member units and the running appointments of the meeting on `day` (YYYY-MM-DD). */
export function meetingOnDay(doc: JointMeetingDocument | null, day: string) {
  const membersOnDay = (doc?.members ?? [])
    .filter((m) => m.joinedOn.slice(0, 10) <= day && (m.leftOn === null || m.leftOn.slice(0, 10) >= day))
    .map((m) => m.unitId);
  const appointmentsOnDay = (doc?.partTimeMembers ?? [])
    .filter(
      (p) =>
        p.term.from.slice(0, 10) <= day &&
        p.term.to.slice(0, 10) >= day &&
        (p.endedOn === null || p.endedOn.slice(0, 10) >= day),
    )
    .map((p) => p.appointmentId);
  return { membersOnDay, appointmentsOnDay };
}
