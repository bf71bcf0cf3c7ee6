import { projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { auditStreamsProjection, splitStreamId } from './audit-streams.projection';

const spec = projectionSpecification(auditStreamsProjection);
const need = 'matching.need-n1';
const member = 'members.member-m1';

describe('audit streams projection: what a search by name finds', () => {
  it('labels a need by its latest title and keeps the ids its events name', async () => {
    await spec
      .given([
        {
          type: 'matching.NeedPosted',
          streamId: need,
          data: { needId: 'n1', communityId: 'c1', gridId: 'g1', title: '助餐' },
        },
        { type: 'matching.NeedEdited', streamId: need, data: { title: '独居老人助餐' } },
        { type: 'matching.NeedReserved', streamId: need, data: { proposalId: 'p1', quantity: { amount: 2 } } },
      ])
      .then([
        {
          _id: need,
          kind: 'matching.need',
          subjectId: 'n1',
          label: '独居老人助餐',
          relatedIds: ['c1', 'g1', 'p1'],
          branchId: null,
          events: 3,
          lastType: 'matching.NeedReserved',
        },
      ]);
  });

  it("follows a member's branch through a transfer (not a request), and names a ledger by nobody", async () => {
    await spec
      .given([
        {
          type: 'members.MemberRegistered',
          streamId: member,
          data: { memberId: 'm1', name: '王秀英', branchId: 'g1' },
        },
        {
          type: 'members.MemberTransferRequested',
          streamId: member,
          data: { memberId: 'm1', fromBranchId: 'g1', toBranchId: 'g2' },
        },
        {
          type: 'members.MemberTransferred',
          streamId: member,
          data: { memberId: 'm1', fromBranchId: 'g1', toBranchId: 'g3' },
        },
        {
          type: 'members.PointsAwarded',
          streamId: 'members.ledger-m1',
          data: { memberId: 'm1', title: '送餐', subjectId: 'a1' },
        },
      ])
      .then([
        // the ledger's subject is the member: found beside it by its subject id
        { _id: 'members.ledger-m1', kind: 'members.ledger', subjectId: 'm1', label: null, relatedIds: ['a1'] },
        { _id: member, label: '王秀英', branchId: 'g3', relatedIds: ['g1', 'g2', 'g3'] },
      ]);
  });

  it('splits a stream id at its first dash', () => {
    expect(splitStreamId('organizations.serviceSite-0190-aa')).toEqual({
      kind: 'organizations.serviceSite',
      subjectId: '0190-aa',
    });
    expect(splitStreamId('x')).toEqual({ kind: 'x', subjectId: 'x' });
  });
});
