import { MEMBER_EVENTS } from '@gongjian/contracts';
import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { volunteerMembersProjection } from './members.projection';

const stream = 'members.member-m1';
const registered = {
  type: MEMBER_EVENTS.registered,
  streamId: stream,
  data: {
    memberId: 'm1',
    name: '李明',
    branchId: 'grid-1',
    joinedPartyOn: '2001-07-01',
    employerUnitId: 'unit-9',
    personal: { alg: 'A256GCM', keyId: 'member-m1', data: 'c2VhbGVk' },
  },
};
const event = (type: string, data: Record<string, unknown>) => ({
  type,
  streamId: stream,
  data: { memberId: 'm1', ...data },
});
const reported = event(MEMBER_EVENTS.reportedToCommunity, { communityId: 'c2', reportedOn: '2026-12-01' });
const spec = projectionSpecification(volunteerMembersProjection);

describe('volunteering members projection (who may serve where)', () => {
  it('a registered member serves in their branch, reported nowhere, no account linked; ids only', async () => {
    const [member] = await spec.given([registered]).documents();
    expect(member).toEqual({ _id: 'm1', version: 0, branchId: 'grid-1', reportedTo: null, accountId: null });
  });

  it('follows a transfer to the new branch', async () => {
    await spec
      .given([registered, event(MEMBER_EVENTS.transferred, { fromBranchId: 'grid-1', toBranchId: 'grid-2' })])
      .then([{ _id: 'm1', branchId: 'grid-2' }]);
  });

  it('may also serve in the community reported to (双报到), until the report is withdrawn', async () => {
    await spec.given([registered, reported]).then([{ _id: 'm1', reportedTo: 'c2' }]);
    await spec
      .given([registered, reported, event(MEMBER_EVENTS.reportWithdrawn, { communityId: 'c2' })])
      .then([{ _id: 'm1', reportedTo: null }]);
  });

  it('knows the member’s own account once the link is confirmed; a newer link replaces it', async () => {
    const linked = (accountId: string) => event(MEMBER_EVENTS.accountLinked, { accountId });
    await spec.given([registered, linked('li-ming')]).then([{ _id: 'm1', accountId: 'li-ming' }]);
    await spec
      .given([registered, linked('li-ming'), linked('li-ming-2')])
      .then([{ _id: 'm1', accountId: 'li-ming-2' }]);
    expect(volunteerMembersProjection.handles).not.toContain('members.MemberAccountLinkProposed');
  });

  // as matching does (a project refuses them as a participant): an erased member serves no more
  it('marks an erased member, who then signs up and claims nothing more', async () => {
    await spec
      .given([registered, reported, event(MEMBER_EVENTS.erased, {})])
      .then([{ _id: 'm1', version: 2, branchId: 'grid-1', reportedTo: 'c2', erased: true }]);
  });

  it('ignores the events of a member it never saw registered, and a redelivered registration', async () => {
    await spec.given([{ ...reported, streamRevision: 1 }]).then([]);
    const [first, second] = envelopes([registered, reported]);
    await spec.given([first, second, first]).then([{ _id: 'm1', version: 1, reportedTo: 'c2' }]);
  });
});
