import { MEMBER_EVENTS } from '@gongjian/contracts';
import { projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { memberBranchesProjection } from './member-branches.projection';

const registered = (memberId: string, branchId: string) => ({
  type: MEMBER_EVENTS.registered,
  streamId: `members.member-${memberId}`,
  data: {
    memberId,
    name: '张红梅',
    branchId,
    joinedPartyOn: '2001-07-01',
    employerUnitId: null,
    personal: { alg: 'A256GCM', keyId: memberId, data: 'sealed' },
  },
});
const transferred = (memberId: string, fromBranchId: string, toBranchId: string, reason?: 'branch_formed') => ({
  type: MEMBER_EVENTS.transferred,
  streamId: `members.member-${memberId}`,
  data: { memberId, fromBranchId, toBranchId, ...(reason ? { reason } : {}) },
});
const spec = projectionSpecification(memberBranchesProjection);

describe('member branches projection (members counted in the tree)', () => {
  it('keeps the branch and the public name of a registered member: nothing personal', async () => {
    const [member] = await spec.given([registered('m1', 'g1')]).documents();
    expect(member).toEqual({ _id: 'm1', version: 0, branchId: 'g1', name: '张红梅' });
  });

  it('forgets the name when the member is erased', async () => {
    const erased = { type: MEMBER_EVENTS.erased, streamId: 'members.member-m1', data: { memberId: 'm1' } };
    const [member] = await spec.given([registered('m1', 'g1'), erased]).documents();
    expect(member).toMatchObject({ branchId: 'g1', name: null });
  });

  it('keeps the grid or building a member was migrated from (issue 18), until a transfer proper', async () => {
    const migrated = [registered('m1', 'b1'), transferred('m1', 'b1', 'br1', 'branch_formed')];
    const [member] = await spec.given(migrated).documents();
    expect(member).toMatchObject({ branchId: 'br1', legacyBranchId: 'b1' });
    const [moved] = await spec.given([...migrated, transferred('m1', 'br1', 'u1')]).documents();
    expect(moved).toMatchObject({ branchId: 'u1', legacyBranchId: null });
  });

  it('follows a transfer to the new branch', async () => {
    const [member] = await spec.given([registered('m1', 'g1'), transferred('m1', 'g1', 'u1')]).documents();
    expect(member).toMatchObject({ _id: 'm1', branchId: 'u1' });
  });
});
