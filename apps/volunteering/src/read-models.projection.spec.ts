import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { activitiesProjection, rotationsProjection, teamsProjection, wishesProjection } from './read-models';
import { VOLUNTEERING_EVENTS as V } from './volunteering-events';

describe('activities projection (招募令)', () => {
  const stream = 'volunteering.activity-a1';
  const details = {
    activityId: 'a1',
    orgId: 'grid-1',
    communityId: 'c1',
    title: '社区环境整治',
    description: '清理楼道堆物',
    category: 'environment',
    place: '幸福里 3 栋',
    startsAt: '2026-12-05T01:00:00.000Z',
    endsAt: '2026-12-05T04:00:00.000Z',
    slots: 3,
    pointsPerHour: 10,
  };
  const published = { type: V.activityPublished, streamId: stream, data: details };
  const signedUp = (memberId: string) => ({ type: V.signedUp, streamId: stream, data: { activityId: 'a1', memberId } });
  const signUpCancelled = (memberId: string) => ({
    type: V.signUpCancelled,
    streamId: stream,
    data: { activityId: 'a1', memberId },
  });
  const verified = (memberId: string, hours: number, verifiedAt: string) => ({
    type: V.hoursVerified,
    streamId: stream,
    data: {
      activityId: 'a1',
      memberId,
      orgId: 'grid-1',
      category: 'environment',
      hours,
      pointsPerHour: 10,
      verifiedAt,
      title: '社区环境整治',
    },
  });
  const spec = projectionSpecification(activitiesProjection);

  it('a published activity has all of its places open, nobody signed up, nothing verified', async () => {
    const [event] = envelopes([published]);
    const { activityId: _id, ...rest } = details;
    const [activity] = await spec.given([event]).documents();
    expect(activity).toEqual({
      _id: 'a1',
      version: 0,
      ...rest,
      openTo: ['members'],
      hoursVerification: 'organiser',
      cancelled: false,
      cancelReason: null,
      signedUp: [],
      attendance: [],
      residents: [],
      residentAttendance: [],
      organisations: [],
      organisationAttendance: [],
      checkIns: [],
      openSlots: 3,
      publishedAt: event.occurredAt,
    });
  });

  it('residents take a place each, a social organisation its headcount; each check-out measures its hours', async () => {
    const event = (type: string, data: Record<string, unknown>) => ({
      type,
      streamId: stream,
      data: { activityId: 'a1', ...data },
    });
    const residentIn = event(V.checkedIn, { kind: 'resident', volunteerId: 'r1', at: '2026-12-05T00:45:00.000Z' });
    await spec
      .given([
        { ...published, data: { ...details, slots: 10, openTo: ['residents', 'organisations'] } },
        event(V.residentSignedUp, { residentId: 'r1' }),
        event(V.organisationSignedUp, { unitId: 'u1', headcount: 6 }),
        residentIn,
        event(V.checkedOut, { kind: 'resident', volunteerId: 'r1', at: '2026-12-05T02:50:00.000Z', hours: 1.75 }),
        event(V.residentHoursVerified, { residentId: 'r1', hours: 1.75, verifiedAt: '2026-12-05T02:50:00.000Z' }),
        event(V.organisationHoursVerified, {
          unitId: 'u1',
          headcount: 5,
          hours: 3,
          verifiedAt: '2026-12-05T04:00:00.000Z',
        }),
      ])
      .then([
        {
          _id: 'a1',
          residents: ['r1'],
          organisations: [{ unitId: 'u1', headcount: 6 }],
          openSlots: 3,
          checkIns: [
            {
              kind: 'resident',
              volunteerId: 'r1',
              checkedInAt: '2026-12-05T00:45:00.000Z',
              checkedOutAt: '2026-12-05T02:50:00.000Z',
              hours: 1.75,
            },
          ],
          residentAttendance: [{ residentId: 'r1', hours: 1.75, verifiedAt: '2026-12-05T02:50:00.000Z' }],
          organisationAttendance: [{ unitId: 'u1', headcount: 5, hours: 3, verifiedAt: '2026-12-05T04:00:00.000Z' }],
        },
      ]);
    await spec
      .given([
        { ...published, data: { ...details, slots: 10, openTo: ['residents', 'organisations'] } },
        event(V.organisationSignedUp, { unitId: 'u1', headcount: 6 }),
        event(V.organisationSignUpCancelled, { unitId: 'u1' }),
      ])
      .then([{ _id: 'a1', organisations: [], openSlots: 10 }]);
  });

  it('each sign-up takes a place, each cancelled sign-up gives it back', async () => {
    await spec
      .given([published, signedUp('m1'), signedUp('m2')])
      .then([{ _id: 'a1', signedUp: ['m1', 'm2'], openSlots: 1 }]);
    await spec.given([published, signedUp('m1'), signedUp('m2'), signedUp('m3')]).then([{ _id: 'a1', openSlots: 0 }]);
    await spec
      .given([published, signedUp('m1'), signedUp('m2'), signUpCancelled('m1')])
      .then([{ _id: 'a1', signedUp: ['m2'], openSlots: 2 }]);
    await spec
      .given([published, signedUp('m1'), signedUp('m2'), signUpCancelled('m1'), signedUp('m3')])
      .then([{ _id: 'a1', signedUp: ['m2', 'm3'], openSlots: 1 }]);
  });

  it('keeps each member’s verified hours with the time the organiser recorded them; they stay signed up', async () => {
    await spec
      .given([
        published,
        signedUp('m1'),
        signedUp('m2'),
        verified('m1', 3, '2026-12-05T04:10:00.000Z'),
        verified('m2', 1.5, '2026-12-05T04:12:00.000Z'),
      ])
      .then([
        {
          _id: 'a1',
          signedUp: ['m1', 'm2'],
          openSlots: 1,
          attendance: [
            { memberId: 'm1', hours: 3, verifiedAt: '2026-12-05T04:10:00.000Z' },
            { memberId: 'm2', hours: 1.5, verifiedAt: '2026-12-05T04:12:00.000Z' },
          ],
        },
      ]);
  });

  it('a cancelled activity says why; its sign-ups and places stay as they were', async () => {
    await spec
      .given([
        published,
        signedUp('m1'),
        { type: V.activityCancelled, streamId: stream, data: { activityId: 'a1', reason: '暴雨预警' } },
      ])
      .then([{ _id: 'a1', cancelled: true, cancelReason: '暴雨预警', signedUp: ['m1'], openSlots: 2 }]);
  });

  it('ignores the events of an activity it never saw published, and a redelivered sign-up', async () => {
    await spec.given([{ ...signedUp('m1'), streamRevision: 1 }]).then([]);
    const [first, second] = envelopes([published, signedUp('m1')]);
    await spec.given([first, second, second]).then([{ _id: 'a1', version: 1, signedUp: ['m1'], openSlots: 2 }]);
  });
});

describe('micro-wishes projection (微心愿)', () => {
  const stream = 'volunteering.wish-w1';
  const posted = {
    type: V.wishPosted,
    streamId: stream,
    data: { wishId: 'w1', communityId: 'c1', title: '帮独居老人修水管', description: '厨房水管漏水' },
  };
  const claimed = (memberId: string) => ({ type: V.wishClaimed, streamId: stream, data: { wishId: 'w1', memberId } });
  const released = (memberId: string) => ({ type: V.wishReleased, streamId: stream, data: { wishId: 'w1', memberId } });
  const done = { type: V.wishMarkedDone, streamId: stream, data: { wishId: 'w1', memberId: 'm2', note: '已更换水管' } };
  const fulfilled = {
    type: V.microWishFulfilled,
    streamId: stream,
    data: {
      wishId: 'w1',
      communityId: 'c1',
      memberId: 'm2',
      title: '帮独居老人修水管',
      confirmedAt: '2026-12-09T10:00:00.000Z',
    },
  };
  const spec = projectionSpecification(wishesProjection);

  it('a posted wish is open in its community, claimed by nobody', async () => {
    const [event] = envelopes([posted]);
    const [wish] = await spec.given([event]).documents();
    expect(wish).toEqual({
      _id: 'w1',
      version: 0,
      communityId: 'c1',
      // posted without a grid (before issue 18, or for the whole community)
      gridId: null,
      title: '帮独居老人修水管',
      description: '厨房水管漏水',
      status: 'open',
      claimedBy: null,
      note: null,
      postedAt: event.occurredAt,
      fulfilledAt: null,
    });
    // of a grid: a grid worker collected it there
    const ofGrid = { ...posted, data: { ...posted.data, gridId: 'g1' } };
    await spec.given([ofGrid]).then([{ _id: 'w1', gridId: 'g1', status: 'open' }]);
  });

  it('one member at a time takes it on; released, it is open again for another', async () => {
    await spec.given([posted, claimed('m1')]).then([{ _id: 'w1', status: 'claimed', claimedBy: 'm1' }]);
    await spec.given([posted, claimed('m1'), released('m1')]).then([{ _id: 'w1', status: 'open', claimedBy: null }]);
    await spec
      .given([posted, claimed('m1'), released('m1'), claimed('m2')])
      .then([{ _id: 'w1', status: 'claimed', claimedBy: 'm2' }]);
  });

  it('done by its claimer (with a note), then fulfilled when the community confirms, at the confirmation time', async () => {
    await spec
      .given([posted, claimed('m2'), done])
      .then([{ _id: 'w1', status: 'done', claimedBy: 'm2', note: '已更换水管', fulfilledAt: null }]);
    await spec.given([posted, claimed('m2'), done, { ...fulfilled, occurredAt: '2026-12-09T10:00:01.000Z' }]).then([
      {
        _id: 'w1',
        status: 'fulfilled',
        claimedBy: 'm2',
        note: '已更换水管',
        fulfilledAt: '2026-12-09T10:00:00.000Z',
      },
    ]);
  });

  it('ignores the events of a wish it never saw posted, and a redelivered claim after a release', async () => {
    await spec
      .given([
        { ...claimed('m1'), streamRevision: 1 },
        { ...fulfilled, streamRevision: 4 },
      ])
      .then([]);
    const [first, second, third] = envelopes([posted, claimed('m1'), released('m1')]);
    await spec.given([first, second, third, second]).then([{ _id: 'w1', version: 2, status: 'open', claimedBy: null }]);
  });
});

describe('teams projection (志愿服务队)', () => {
  const stream = 'volunteering.team-t1';
  const formed = { type: V.teamFormed, streamId: stream, data: { teamId: 't1', orgId: 'c1', name: '红马甲服务队' } };
  const added = (memberId: string) => ({ type: V.teamMemberAdded, streamId: stream, data: { teamId: 't1', memberId } });
  const removed = (memberId: string) => ({
    type: V.teamMemberRemoved,
    streamId: stream,
    data: { teamId: 't1', memberId },
  });
  const spec = projectionSpecification(teamsProjection);

  it('a formed team belongs to its community or street, without members yet', async () => {
    const [event] = envelopes([formed]);
    const [team] = await spec.given([event]).documents();
    expect(team).toEqual({
      _id: 't1',
      version: 0,
      orgId: 'c1',
      name: '红马甲服务队',
      memberIds: [],
      formedAt: event.occurredAt,
    });
  });

  it('members are added in order and removed', async () => {
    await spec
      .given([formed, added('m1'), added('m2'), added('m3')])
      .then([{ _id: 't1', memberIds: ['m1', 'm2', 'm3'] }]);
    await spec
      .given([formed, added('m1'), added('m2'), removed('m1'), added('m1')])
      .then([{ _id: 't1', memberIds: ['m2', 'm1'] }]);
  });

  it('ignores the members of a team it never saw formed, and a redelivered addition', async () => {
    await spec.given([{ ...added('m1'), streamRevision: 1 }]).then([]);
    const [first, second] = envelopes([formed, added('m1')]);
    await spec.given([first, second, second]).then([{ _id: 't1', version: 1, memberIds: ['m1'] }]);
  });
});

describe('rotations projection (季度轮值)', () => {
  const published = (quarter: string, assignments: Array<{ gridId: string; teamId: string }>) => ({
    type: V.rotationPublished,
    streamId: `volunteering.rotation-c1_${quarter}`,
    data: {
      orgId: 'c1',
      quarter,
      assignments,
      loads: Object.fromEntries(['t1', 't2'].map((t) => [t, assignments.filter((a) => a.teamId === t).length])),
    },
  });
  const q1 = published('2027Q1', [
    { gridId: 'g1', teamId: 't2' },
    { gridId: 'g2', teamId: 't1' },
    { gridId: 'g3', teamId: 't2' },
  ]);
  const q2 = published('2027Q2', [
    { gridId: 'g1', teamId: 't1' },
    { gridId: 'g2', teamId: 't2' },
    { gridId: 'g3', teamId: 't1' },
  ]);
  const spec = projectionSpecification(rotationsProjection);

  it('keeps one schedule per organisation and quarter: which team serves which grid, and each team’s load', async () => {
    const events = envelopes([q1, q2]);
    await spec.given(events).then([
      { _id: 'c1_2027Q1', version: 0, ...q1.data, publishedAt: events[0].occurredAt },
      {
        _id: 'c1_2027Q2',
        version: 0,
        orgId: 'c1',
        quarter: '2027Q2',
        loads: { t1: 2, t2: 1 },
        publishedAt: events[1].occurredAt,
      },
    ]);
  });

  it('ignores a redelivered schedule', async () => {
    const [first] = envelopes([q1]);
    const [doc] = await spec.given([first, { ...first, occurredAt: '2027-01-02T00:00:00.000Z' }]).documents();
    expect(doc).toMatchObject({ _id: 'c1_2027Q1', version: 0, publishedAt: first.occurredAt });
  });
});
