import type { Directory } from '@gongjian/auth';
import type { ReadModel } from '@gongjian/read-models';
import type { MatchingMember } from '../members.projection';
import type { ParticipantCheck, ParticipantReason, ProjectCreated } from './project.decider';

/**
 * On which side of `project` a member could have served (the facts the project decider rules on):
 * the unit's side — employed by the unit, or the unit is their branch —, the community's side —
 * their branch lies in the project's community —, or reported to that community (双报到).
 */
export function participantReason(
  member: MatchingMember | null,
  project: Pick<ProjectCreated, 'unitId' | 'communityId'>,
  branchInCommunity: boolean,
): ParticipantReason {
  if (!member) return 'unknown_member';
  if (member.status === 'erased') return 'erased';
  if (member.employerUnitId === project.unitId || member.branchId === project.unitId) return 'unit';
  if (branchInCommunity) return 'community';
  if (member.reportedTo === project.communityId) return 'reported';
  return 'not_of_project';
}

/** The check of each named member (duplicates named once), from matching's copy of the registry. */
export async function checkParticipants(
  memberIds: string[],
  project: Pick<ProjectCreated, 'unitId' | 'communityId'>,
  members: ReadModel<MatchingMember>,
  directory: Directory,
): Promise<ParticipantCheck[]> {
  const ids = [...new Set(memberIds)];
  const known = await members.find({ _id: { $in: ids } });
  const byId = new Map(known.map((m) => [m._id, m]));
  return Promise.all(
    ids.map(async (memberId) => {
      const member = byId.get(memberId) ?? null;
      const inCommunity = member ? await directory.isWithin(member.branchId, project.communityId) : false;
      return { memberId, reason: participantReason(member, project, inCommunity) };
    }),
  );
}
