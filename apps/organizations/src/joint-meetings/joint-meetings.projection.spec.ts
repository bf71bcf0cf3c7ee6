import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { jointMeetingsProjection } from './joint-meetings.projection';

const stream = 'organizations.jointMeeting-c1';
const proposed = (unitId: string, proposedBy: 'organization' | 'unit', joinedOn?: string) => ({
  type: 'organizations.JointMeetingMembershipProposed',
  streamId: stream,
  data: { orgId: 'c1', unitId, proposedBy, proposedOn: '2026-12-01', ...(joinedOn ? { joinedOn } : {}) },
});
const joined = (unitId: string, joinedOn: string) => ({
  type: 'organizations.JointMeetingMemberJoined',
  streamId: stream,
  data: { orgId: 'c1', unitId, joinedOn },
});
const left = (unitId: string, leftOn: string) => ({
  type: 'organizations.JointMeetingMemberLeft',
  streamId: stream,
  data: { orgId: 'c1', unitId, leftOn },
});
const closed = (type: 'Declined' | 'Withdrawn', unitId: string) => ({
  type: `organizations.JointMeetingMembership${type}`,
  streamId: stream,
  data: { orgId: 'c1', unitId, on: '2026-12-03' },
});
const appointed = (appointmentId: string, unitId: string, personName: string) => ({
  type: 'organizations.PartTimeMemberAppointed',
  streamId: stream,
  data: {
    orgId: 'c1',
    unitId,
    appointmentId,
    personName,
    position: '兼职委员',
    term: { from: '2027-01-01', to: '2029-12-31' },
  },
});
const spec = projectionSpecification(jointMeetingsProjection);

describe('joint meetings projection (联席会议 and 兼职委员 of a street or community)', () => {
  it('an invitation or application awaits the other side: pending, not a member', async () => {
    const [meeting] = await spec
      .given([proposed('unit-9', 'organization'), proposed('unit-7', 'unit', '2027-01-01')])
      .documents();
    expect(meeting).toEqual({
      _id: 'c1',
      version: 1,
      members: [],
      pending: [
        { unitId: 'unit-9', proposedBy: 'organization', proposedOn: '2026-12-01', joinedOn: null },
        { unitId: 'unit-7', proposedBy: 'unit', proposedOn: '2026-12-01', joinedOn: '2027-01-01' },
      ],
      partTimeMembers: [],
    });
  });

  it('a confirmed membership makes the unit a member and settles its proposal; a decline or withdrawal only settles it', async () => {
    await spec
      .given([proposed('unit-9', 'organization'), proposed('unit-7', 'unit'), joined('unit-9', '2026-12-02')])
      .then([
        {
          _id: 'c1',
          members: [{ unitId: 'unit-9', joinedOn: '2026-12-02', leftOn: null }],
          pending: [{ unitId: 'unit-7' }],
        },
      ]);
    await spec
      .given([
        proposed('unit-9', 'organization'),
        proposed('unit-7', 'unit'),
        closed('Declined', 'unit-9'),
        closed('Withdrawn', 'unit-7'),
      ])
      .then([{ _id: 'c1', members: [], pending: [] }]);
  });

  it('an account over both sides makes a member at once', async () => {
    await spec
      .given([joined('unit-9', '2026-12-01')])
      .then([
        { _id: 'c1', version: 0, members: [{ unitId: 'unit-9', joinedOn: '2026-12-01', leftOn: null }], pending: [] },
      ]);
  });

  it('a unit that leaves stays in the history with the day it left; rejoining adds a new membership', async () => {
    await spec
      .given([
        joined('unit-9', '2026-12-01'),
        joined('unit-7', '2026-12-01'),
        left('unit-9', '2027-06-30'),
        joined('unit-9', '2028-01-01'),
      ])
      .then([
        {
          _id: 'c1',
          members: [
            { unitId: 'unit-9', joinedOn: '2026-12-01', leftOn: '2027-06-30' },
            { unitId: 'unit-7', joinedOn: '2026-12-01', leftOn: null },
            { unitId: 'unit-9', joinedOn: '2028-01-01', leftOn: null },
          ],
        },
      ]);
    await spec
      .given([
        joined('unit-9', '2026-12-01'),
        left('unit-9', '2027-06-30'),
        joined('unit-9', '2028-01-01'),
        left('unit-9', '2028-12-31'),
      ])
      .then([
        {
          _id: 'c1',
          members: [
            { unitId: 'unit-9', leftOn: '2027-06-30' },
            { unitId: 'unit-9', leftOn: '2028-12-31' },
          ],
        },
      ]);
  });

  it('keeps the appointments of part-time committee members (兼职委员) for their term; an ended one keeps its day', async () => {
    await spec
      .given([
        joined('unit-9', '2026-12-01'),
        appointed('ap1', 'unit-9', '张伟'),
        appointed('ap2', 'unit-9', '刘洋'),
        {
          type: 'organizations.PartTimeMemberAppointmentEnded',
          streamId: stream,
          data: { orgId: 'c1', appointmentId: 'ap1', endedOn: '2027-09-30' },
        },
      ])
      .then([
        {
          _id: 'c1',
          partTimeMembers: [
            {
              appointmentId: 'ap1',
              unitId: 'unit-9',
              personName: '张伟',
              position: '兼职委员',
              term: { from: '2027-01-01', to: '2029-12-31' },
              endedOn: '2027-09-30',
            },
            { appointmentId: 'ap2', personName: '刘洋', endedOn: null },
          ],
        },
      ]);
    const [meeting] = await spec.given([appointed('ap1', 'unit-9', '张伟')]).documents();
    expect(meeting.partTimeMembers[0]).not.toHaveProperty('orgId');
  });

  it('starts the document of an organisation at its first event, whichever it is', async () => {
    await spec
      .given([appointed('ap1', 'unit-9', '张伟')])
      .then([{ _id: 'c1', members: [], pending: [], partTimeMembers: [{ appointmentId: 'ap1' }] }]);
    await spec.given([left('unit-9', '2027-06-30')]).then([{ _id: 'c1', members: [], pending: [] }]);
  });

  it('ignores a redelivered membership (one membership, not two)', async () => {
    const [first, second] = envelopes([joined('unit-9', '2026-12-01'), joined('unit-7', '2026-12-01')]);
    await spec
      .given([first, second, second])
      .then([{ _id: 'c1', version: 1, members: [{ unitId: 'unit-9' }, { unitId: 'unit-7' }] }]);
  });

  it('a street meeting marked a branch (分会) of the district council keeps the council', async () => {
    const marked = {
      type: 'organizations.JointMeetingBranchMarked',
      streamId: stream,
      data: { orgId: 'c1', councilOrgId: 'd1' },
    };
    await spec.given([joined('unit-9', '2026-12-02'), marked]).then([{ _id: 'c1', branchOf: 'd1' }]);
  });
});
