import { toProposed } from '@gongjian/eventing';
import type { Client, TestPlatform } from './platform';

/**
 * What the assessment service counts, appended straight to the log as the services that own these
 * public events would (`occurredAt`: when it happened — a past or coming quarter).
 */
export async function appendPublic(
  t: TestPlatform,
  streamId: string,
  type: string,
  data: unknown,
  occurredAt = new Date().toISOString(),
): Promise<void> {
  const event = toProposed(
    { type, data },
    { actor: { accountId: 'system', role: 'system', orgId: null }, correlationId: `c-${streamId}` },
  );
  await t.platform.inspect.store.append(streamId, [{ ...event, occurredAt }], 'any');
}

let serial = 0;

/** Verified volunteer hours of a member (an activity of the community's grid). */
export const hours = (t: TestPlatform, memberId: string, orgId: string, amount: number, occurredAt?: string) =>
  appendPublic(
    t,
    `volunteering.activity-assess${++serial}`,
    'volunteering.VolunteerHoursVerified',
    {
      activityId: `assess${serial}`,
      memberId,
      orgId,
      category: 'elderly_care',
      hours: amount,
      pointsPerHour: 10,
      verifiedAt: occurredAt ?? new Date().toISOString(),
    },
    occurredAt,
  );

/** A micro-wish a member fulfilled. */
export const wish = (t: TestPlatform, memberId: string, communityId: string, occurredAt?: string) =>
  appendPublic(
    t,
    `volunteering.wish-assess${++serial}`,
    'volunteering.MicroWishFulfilled',
    { wishId: `assess${serial}`, communityId, memberId, title: '微心愿', confirmedAt: new Date().toISOString() },
    occurredAt,
  );

/** A co-build project a unit completed with a member serving in it (created, then completed). */
export async function project(
  t: TestPlatform,
  memberId: string,
  unitId: string,
  communityId: string,
  occurredAt?: string,
): Promise<void> {
  const projectId = `assess${++serial}`;
  const created = {
    projectId,
    proposalId: `proposal-${projectId}`,
    needId: `need-${projectId}`,
    offerId: `offer-${projectId}`,
    communityId,
    unitId,
    title: '共建项目',
    quantity: { amount: 10, unit: 'person_hours' },
  };
  await appendPublic(t, `matching.project-${projectId}`, 'matching.ProjectCreated', created, occurredAt);
  await appendPublic(
    t,
    `matching.project-${projectId}`,
    'matching.ProjectCompleted',
    { ...created, report: '已完成', participantMemberIds: [memberId] },
    occurredAt,
  );
}

/** A joint meeting's session (organizations.JointMeetingSessionHeld) with its attendance. */
export const session = (
  t: TestPlatform,
  orgId: string,
  unitIds: string[],
  partTimeMemberIds: string[],
  occurredAt?: string,
) =>
  appendPublic(
    t,
    `organizations.joint-meeting-assess${++serial}`,
    'organizations.JointMeetingSessionHeld',
    {
      sessionId: `assess${serial}`,
      orgId,
      heldOn: (occurredAt ?? new Date().toISOString()).slice(0, 10),
      unitIds,
      partTimeMemberIds,
      decisions: 1,
    },
    occurredAt,
  );

/** Waits until `check` holds (the service folds the log behind the append). */
export async function until(check: () => Promise<boolean>, what = 'the condition'): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A member of a branch, registered by `as`. */
export async function memberOf(as: Client, branchId: string, name: string): Promise<string> {
  const res = await as
    .post('/members')
    .send({ name, phone: '13900000000', branchId, joinedPartyOn: '2010-07-01' })
    .expect(201);
  return res.body.id;
}

/** Polls a what-if until it finishes. */
export async function finished(as: Client, id: string): Promise<Record<string, any>> {
  for (let i = 0; i < 500; i++) {
    const res = await as.get(`/assessment/what-ifs/${id}`).expect(200);
    if (res.body.status !== 'running') return res.body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the what-if did not finish');
}
