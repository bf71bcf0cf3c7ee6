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
const transferred = (memberId: string, fromBranchId: string, toBranchId: string) => ({
  type: MEMBER_EVENTS.transferred,
  streamId: `members.member-${memberId}`,
  data: { memberId, fromBranchId, toBranchId },
});
const spec = projectionSpecification(memberBranchesProjection);

describe('member branches projection (members counted in the tree)', () => {
  it('keeps only the branch of a registered member: nothing personal', async () => {
    const [member] = await spec.given([registered('m1', 'g1')]).documents();
    expect(member).toEqual({ _id: 'm1', version: 0, branchId: 'g1' });
  });

  it('follows a transfer to the new branch', async () => {
    const [member] = await spec.given([registered('m1', 'g1'), transferred('m1', 'g1', 'u1')]).documents();
    expect(member).toMatchObject({ _id: 'm1', branchId: 'u1' });
  });
});
