import type { Directory, OrgRef } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import type { ReadModel } from '@gongjian/read-models';
import { assertMayAnswer, type Sides, sidesOf } from '../relation-sides';
import type { JointMeetingDocument } from './joint-meetings.projection';

/**
 * The caller's sides for the pending membership of `unitId` in the joint meeting of `orgId`,
 * refused (403) unless on the side that may act on it: the other side confirms or declines
 * (`other`), the proposer withdraws (`proposer`). Without a pending proposal, either side hears
 * the decider's 404.
 */
export async function answeringSides(
  actor: Actor,
  { orgId, unitId }: { orgId: string; unitId: string },
  whose: 'other' | 'proposer',
  what: string,
  directory: Directory,
  meetings: ReadModel<JointMeetingDocument>,
): Promise<Sides> {
  const sides = await sidesOf(actor, orgId, unitId, directory);
  const proposer = (await meetings.get(orgId))?.pending?.find((p) => p.unitId === unitId)?.proposedBy;
  return assertMayAnswer(sides, proposer, whose, `${what} this membership`);
}

/**
 * The street or community and the unit as the decider takes them; the decider checks the
 * organisation (the route's `:id`) first, then the unit, with requireActive's codes.
 */
export function meetingParties(
  directory: Directory,
  orgId: string,
  unitId: string,
): Promise<[OrgRef | null, OrgRef | null]> {
  return Promise.all([directory.ref(orgId), directory.ref(unitId)]);
}
