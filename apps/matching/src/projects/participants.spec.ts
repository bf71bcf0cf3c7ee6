import { MEMBER_EVENTS } from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import { type MatchingMember, matchingMembersProjection } from '../members.projection';
import { participantReason } from './participants';

const project = { unitId: 'u-1', communityId: 'c-1' };
const event = (type: string, data: Record<string, unknown>, revision: number) =>
  ({ type, data, streamId: 'members.member-m-1', streamRevision: revision }) as unknown as EventEnvelope;
const fold = (events: EventEnvelope[]) =>
  events.reduce<MatchingMember | null>(
    (doc, e) => (matchingMembersProjection.apply(doc, e) as MatchingMember | null) ?? doc,
    null,
  );
const registered = event(
  MEMBER_EVENTS.registered,
  { memberId: 'm-1', name: '李红', branchId: 'g-9', employerUnitId: 'u-9', joinedPartyOn: '2001-07-01' },
  0,
);

describe("matching's copy of the member registry", () => {
  it('keeps ids, the branch, the employer, the report and whether erased — no name', () => {
    expect(fold([registered])).toEqual({
      _id: 'm-1',
      branchId: 'g-9',
      employerUnitId: 'u-9',
      reportedTo: null,
      status: 'active',
    });
    const later = fold([
      registered,
      event(MEMBER_EVENTS.transferred, { memberId: 'm-1', fromBranchId: 'g-9', toBranchId: 'g-1' }, 1),
      event(MEMBER_EVENTS.reportedToCommunity, { memberId: 'm-1', communityId: 'c-1', reportedOn: '2026-12-01' }, 2),
    ]);
    expect(later).toMatchObject({ branchId: 'g-1', reportedTo: 'c-1', status: 'active' });
    const withdrawn = fold([
      registered,
      event(MEMBER_EVENTS.reportedToCommunity, { memberId: 'm-1', communityId: 'c-1', reportedOn: '2026-12-01' }, 1),
      event(MEMBER_EVENTS.reportWithdrawn, { memberId: 'm-1', communityId: 'c-1' }, 2),
      event(MEMBER_EVENTS.erased, { memberId: 'm-1' }, 3),
    ]);
    expect(withdrawn).toMatchObject({ reportedTo: null, status: 'erased' });
  });

  it('ignores events of a member it never saw registered', () => {
    const { apply } = matchingMembersProjection;
    expect(apply(null, event(MEMBER_EVENTS.erased, { memberId: 'm-1' }, 3))).toBeNull();
  });
});

describe('on which side of a project a member could have served', () => {
  const member = (over: Partial<MatchingMember>): MatchingMember => ({
    _id: 'm-1',
    version: 0,
    branchId: 'g-9',
    employerUnitId: null,
    reportedTo: null,
    status: 'active',
    ...over,
  });

  it.each([
    ['employed by the unit', member({ employerUnitId: 'u-1' }), false, 'unit'],
    ['in the unit’s own branch', member({ branchId: 'u-1' }), false, 'unit'],
    ['branch inside the community', member({ branchId: 'g-1' }), true, 'community'],
    ['reported to the community (双报到)', member({ reportedTo: 'c-1' }), false, 'reported'],
    ['reported to another community', member({ reportedTo: 'c-2' }), false, 'not_of_project'],
    ['of another unit and place', member({ employerUnitId: 'u-2' }), false, 'not_of_project'],
    ['erased, even on the unit’s side', member({ employerUnitId: 'u-1', status: 'erased' }), false, 'erased'],
    ['unknown to matching', null, false, 'unknown_member'],
  ] as const)('%s → %s', (_, m, inCommunity, reason) => {
    expect(participantReason(m, project, inCommunity)).toBe(reason);
  });
});
