import { MEMBER_EVENTS } from '@gongjian/contracts';
import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { matchingMembersProjection } from './members.projection';

const stream = 'members.member-m1';
const registered = (employerUnitId: string | null) => ({
  type: MEMBER_EVENTS.registered,
  streamId: stream,
  data: {
    memberId: 'm1',
    name: '李明',
    branchId: 'grid-1',
    joinedPartyOn: '2001-07-01',
    employerUnitId,
    personal: { alg: 'A256GCM', keyId: 'member-m1', data: 'c2VhbGVk' },
  },
});
const reported = (communityId: string) => ({
  type: MEMBER_EVENTS.reportedToCommunity,
  streamId: stream,
  data: { memberId: 'm1', communityId, reportedOn: '2026-12-01' },
});
const withdrawn = (communityId: string) => ({
  type: MEMBER_EVENTS.reportWithdrawn,
  streamId: stream,
  data: { memberId: 'm1', communityId },
});
const spec = projectionSpecification(matchingMembersProjection);

describe('matching members projection', () => {
  it('a registered member is active in their branch, with their employer unit, reported nowhere; no name is copied', async () => {
    await spec
      .given([registered('unit-9')])
      .then([
        { _id: 'm1', version: 0, branchId: 'grid-1', employerUnitId: 'unit-9', reportedTo: null, status: 'active' },
      ]);
    const [member] = await spec.given([registered(null)]).documents();
    expect(member).toEqual({
      _id: 'm1',
      version: 0,
      branchId: 'grid-1',
      employerUnitId: null,
      reportedTo: null,
      status: 'active',
    });
  });

  it('follows a transfer to the new branch', async () => {
    await spec
      .given([
        registered(null),
        {
          type: MEMBER_EVENTS.transferred,
          streamId: stream,
          data: { memberId: 'm1', fromBranchId: 'grid-1', toBranchId: 'unit-9' },
        },
      ])
      .then([{ _id: 'm1', branchId: 'unit-9' }]);
  });

  it('records the community reported to (双报到); a withdrawal clears it, a new report replaces it', async () => {
    await spec.given([registered('unit-9'), reported('c1')]).then([{ _id: 'm1', reportedTo: 'c1' }]);
    await spec.given([registered('unit-9'), reported('c1'), withdrawn('c1')]).then([{ _id: 'm1', reportedTo: null }]);
    await spec
      .given([registered('unit-9'), reported('c1'), withdrawn('c1'), reported('c2')])
      .then([{ _id: 'm1', reportedTo: 'c2' }]);
  });

  it('keeps a newer report when the withdrawal names another community', async () => {
    await spec
      .given([registered('unit-9'), reported('c2'), withdrawn('c1')])
      .then([{ _id: 'm1', version: 2, reportedTo: 'c2' }]);
  });

  it('marks an erased member, who keeps branch and report (ids only) but earns nothing more', async () => {
    await spec
      .given([
        registered('unit-9'),
        reported('c1'),
        { type: MEMBER_EVENTS.erased, streamId: stream, data: { memberId: 'm1' } },
      ])
      .then([{ _id: 'm1', status: 'erased', branchId: 'grid-1', reportedTo: 'c1' }]);
  });

  it('ignores the events of a member it never saw registered, the members service’s own steps, and a redelivery', async () => {
    await spec.given([reported('c1'), withdrawn('c1')]).then([]);
    await spec
      .given([
        registered(null),
        {
          type: MEMBER_EVENTS.statusChanged,
          streamId: stream,
          data: { memberId: 'm1', from: 'normal', to: 'floating', reason: '外出务工' },
        },
      ])
      .then([{ _id: 'm1', version: 0, status: 'active' }]);
    const [first, second] = envelopes([registered('unit-9'), reported('c1')]);
    // a registration folded again would clear the report
    await spec.given([first, second, first]).then([{ _id: 'm1', version: 1, reportedTo: 'c1' }]);
  });
});
