import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { membersProjection } from './members.projection';
import { MEMBER_EVENTS } from '../member-events';

const stream = 'members.member-m1';
const gridAdmin = { accountId: 'wangge-admin', role: 'community_admin', orgId: 'grid-1' };
const unitContact = { accountId: 'yiyuan-lianluo', role: 'unit_contact', orgId: 'unit-9' };
const personal = { alg: 'A256GCM' as const, keyId: 'member-m1', data: 'aXYgY2lwaGVydGV4dCB0YWc=' };
const registered = {
  type: MEMBER_EVENTS.registered,
  streamId: stream,
  actor: gridAdmin,
  data: {
    memberId: 'm1',
    name: '李明',
    branchId: 'grid-1',
    joinedPartyOn: '2001-07-01',
    employerUnitId: 'unit-9',
    personal,
  },
};
const requested = (direction: 'out' | 'in', actor = gridAdmin) => ({
  type: MEMBER_EVENTS.transferRequested,
  streamId: stream,
  actor,
  data: { memberId: 'm1', fromBranchId: 'grid-1', toBranchId: 'unit-9', direction },
});
const transferred = (actor = unitContact) => ({
  type: MEMBER_EVENTS.transferred,
  streamId: stream,
  actor,
  data: { memberId: 'm1', fromBranchId: 'grid-1', toBranchId: 'unit-9' },
});
const event = (type: string, data: Record<string, unknown>, actor = gridAdmin) => ({
  type,
  streamId: stream,
  actor,
  data: { memberId: 'm1', ...data },
});
const spec = projectionSpecification(membersProjection);

describe('members projection (the registry)', () => {
  it('a registered member is normal in their branch since registration, personal data sealed, nothing linked', async () => {
    const [e] = envelopes([registered]);
    const [member] = await spec.given([e]).documents();
    expect(member).toEqual({
      _id: 'm1',
      version: 0,
      name: '李明',
      branchId: 'grid-1',
      branchHistory: [{ branchId: 'grid-1', since: e.occurredAt, by: 'wangge-admin' }],
      transfers: [],
      pendingTransferTo: null,
      joinedPartyOn: '2001-07-01',
      employerUnitId: 'unit-9',
      status: 'normal',
      statusHistory: [{ status: 'normal', since: e.occurredAt, reason: '' }],
      reportedTo: null,
      reportedOn: null,
      pendingReportTo: null,
      communityReports: [],
      accountId: null,
      proposedAccountId: null,
      personal,
      erased: false,
      registeredAt: e.occurredAt,
    });
  });

  it('双报到: a request waits for its community; confirmed, it stands; declined, it carries the reason; an old report without a request is direct', async () => {
    const member = { accountId: 'li', role: 'member', orgId: 'grid-1' };
    const community = { accountId: 'shequ-admin', role: 'community_admin', orgId: 'c-1' };
    const asked = event(
      MEMBER_EVENTS.communityReportRequested,
      { communityId: 'c-1', requestedOn: '2026-12-06' },
      member,
    );
    const confirmed = event(
      MEMBER_EVENTS.reportedToCommunity,
      { communityId: 'c-1', reportedOn: '2026-12-07' },
      community,
    );
    const declined = event(
      MEMBER_EVENTS.communityReportDeclined,
      { communityId: 'c-1', reason: '不住本社区' },
      community,
    );
    const withdrawn = event(MEMBER_EVENTS.reportWithdrawn, { communityId: 'c-1' }, member);
    const pending = envelopes([registered, asked]);
    await spec.given(pending).then([
      {
        _id: 'm1',
        reportedTo: null,
        pendingReportTo: 'c-1',
        communityReports: [
          { communityId: 'c-1', direct: false, status: 'pending', requestedBy: 'li', decidedBy: null },
        ],
      },
    ]);
    const effective = envelopes([registered, asked, confirmed, withdrawn]);
    await spec.given(effective.slice(0, 3)).then([
      {
        _id: 'm1',
        reportedTo: 'c-1',
        reportedOn: '2026-12-07',
        pendingReportTo: null,
        communityReports: [
          { status: 'confirmed', requestedBy: 'li', decidedBy: 'shequ-admin', decidedAt: effective[2].occurredAt },
        ],
      },
    ]);
    await spec
      .given(effective)
      .then([{ _id: 'm1', reportedTo: null, communityReports: [{ status: 'withdrawn', decidedBy: 'shequ-admin' }] }]);
    await spec.given(envelopes([registered, asked, declined])).then([
      {
        _id: 'm1',
        reportedTo: null,
        pendingReportTo: null,
        communityReports: [{ status: 'declined', reason: '不住本社区' }],
      },
    ]);
    await spec.given(envelopes([registered, { ...confirmed, actor: gridAdmin }])).then([
      {
        _id: 'm1',
        reportedTo: 'c-1',
        communityReports: [{ communityId: 'c-1', direct: true, status: 'confirmed', requestedBy: 'wangge-admin' }],
      },
    ]);
  });

  it('a transfer by an admin over both sides is made at once: a direct transfer, completed, in the history', async () => {
    const events = envelopes([
      registered,
      transferred({ accountId: 'jiedao-admin', role: 'street_admin', orgId: 'street-1' }),
    ]);
    const at = events[1].occurredAt;
    await spec.given(events).then([
      {
        _id: 'm1',
        branchId: 'unit-9',
        branchHistory: [{ branchId: 'grid-1' }, { branchId: 'unit-9', since: at, by: 'jiedao-admin' }],
        pendingTransferTo: null,
        transfers: [
          {
            fromBranchId: 'grid-1',
            toBranchId: 'unit-9',
            direction: 'direct',
            status: 'completed',
            requestedBy: 'jiedao-admin',
            requestedAt: at,
            decidedBy: 'jiedao-admin',
            decidedAt: at,
            reason: '',
          },
        ],
      },
    ]);
  });

  it('a transfer asked by one side is pending for the destination; accepted, it completes the same record', async () => {
    const events = envelopes([registered, requested('out'), transferred()]);
    await spec.given(events.slice(0, 2)).then([
      {
        _id: 'm1',
        branchId: 'grid-1',
        pendingTransferTo: 'unit-9',
        transfers: [
          {
            direction: 'out',
            status: 'pending',
            requestedBy: 'wangge-admin',
            requestedAt: events[1].occurredAt,
            decidedBy: null,
            decidedAt: null,
          },
        ],
      },
    ]);
    await spec.given(events).then([
      {
        _id: 'm1',
        branchId: 'unit-9',
        pendingTransferTo: null,
        branchHistory: [{ branchId: 'grid-1' }, { branchId: 'unit-9', by: 'yiyuan-lianluo' }],
        transfers: [
          {
            direction: 'out',
            status: 'completed',
            requestedBy: 'wangge-admin',
            decidedBy: 'yiyuan-lianluo',
            decidedAt: events[2].occurredAt,
          },
        ],
      },
    ]);
  });

  it('a declined transfer keeps its reason, a cancelled one none; the member stays, and may be asked for again', async () => {
    const declined = event(
      MEMBER_EVENTS.transferDeclined,
      { fromBranchId: 'grid-1', toBranchId: 'unit-9', reason: '人事关系未转' },
      unitContact,
    );
    await spec.given([registered, requested('out'), declined]).then([
      {
        _id: 'm1',
        branchId: 'grid-1',
        pendingTransferTo: null,
        branchHistory: [{ branchId: 'grid-1' }],
        transfers: [{ status: 'declined', decidedBy: 'yiyuan-lianluo', reason: '人事关系未转' }],
      },
    ]);
    const cancelled = event(MEMBER_EVENTS.transferCancelled, { fromBranchId: 'grid-1', toBranchId: 'unit-9' });
    await spec.given([registered, requested('in', unitContact), cancelled, requested('out'), transferred()]).then([
      {
        _id: 'm1',
        branchId: 'unit-9',
        transfers: [
          {
            direction: 'in',
            status: 'cancelled',
            requestedBy: 'yiyuan-lianluo',
            decidedBy: 'wangge-admin',
            reason: '',
          },
          { direction: 'out', status: 'completed' },
        ],
      },
    ]);
  });

  it('keeps every status with its reason since when (流动党员, 失联党员)', async () => {
    const events = envelopes([
      registered,
      event(MEMBER_EVENTS.statusChanged, { from: 'normal', to: 'floating', reason: '外出务工' }),
      event(MEMBER_EVENTS.statusChanged, { from: 'floating', to: 'normal', reason: '返乡' }),
    ]);
    await spec.given(events).then([
      {
        _id: 'm1',
        status: 'normal',
        statusHistory: [
          { status: 'normal', reason: '' },
          { status: 'floating', since: events[1].occurredAt, reason: '外出务工' },
          { status: 'normal', since: events[2].occurredAt, reason: '返乡' },
        ],
      },
    ]);
  });

  it('records the community reported to (双报到) and its day; a withdrawal clears both', async () => {
    const reported = event(MEMBER_EVENTS.reportedToCommunity, { communityId: 'c2', reportedOn: '2026-12-01' });
    await spec.given([registered, reported]).then([{ _id: 'm1', reportedTo: 'c2', reportedOn: '2026-12-01' }]);
    await spec
      .given([registered, reported, event(MEMBER_EVENTS.reportWithdrawn, { communityId: 'c2' })])
      .then([{ _id: 'm1', reportedTo: null, reportedOn: null }]);
  });

  it('an account an admin proposes waits for its confirmation; confirmed, it is the member’s account', async () => {
    const proposed = event(MEMBER_EVENTS.accountLinkProposed, { accountId: 'li-ming' });
    await spec.given([registered, proposed]).then([{ _id: 'm1', accountId: null, proposedAccountId: 'li-ming' }]);
    await spec
      .given([registered, proposed, event(MEMBER_EVENTS.accountLinked, { accountId: 'li-ming' })])
      .then([{ _id: 'm1', accountId: 'li-ming', proposedAccountId: null }]);
  });

  it('erasure drops the sealed personal data and keeps the name, branch and history', async () => {
    await spec
      .given([registered, transferred(), event(MEMBER_EVENTS.erased, {})])
      .then([{ _id: 'm1', personal: null, erased: true, name: '李明', branchId: 'unit-9', branchHistory: [{}, {}] }]);
  });

  it('ignores the events of a member it never saw registered, the points ledger, and a redelivered event', async () => {
    await spec.given([requested('out'), transferred()]).then([]);
    expect(membersProjection.handles).not.toContain(MEMBER_EVENTS.pointsAwarded);
    expect(membersProjection.handles).not.toContain(MEMBER_EVENTS.serviceEvaluated);
    const [first, second] = envelopes([
      registered,
      event(MEMBER_EVENTS.statusChanged, { from: 'normal', to: 'lost_contact', reason: '' }),
    ]);
    await spec
      .given([first, second, second])
      .then([{ _id: 'm1', version: 1, statusHistory: [{ status: 'normal' }, { status: 'lost_contact' }] }]);
  });
});
