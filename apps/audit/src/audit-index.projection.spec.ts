import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { auditIndexProjection, toAuditEvent } from './audit-index.projection';

const streetAdmin = { accountId: 'jiedao-admin', role: 'street_admin', orgId: 'street-1' };
const districtAdmin = { accountId: 'quwei-admin', role: 'district_admin', orgId: 'district' };
const needPosted = {
  type: 'matching.NeedPosted',
  streamId: 'matching.need-n1',
  actor: streetAdmin,
  data: {
    needId: 'n1',
    communityId: 'c1',
    gridId: null,
    title: '独居老人助餐',
    description: '每周三次送餐上门',
    category: 'elderly_care',
    tags: ['助餐'],
    quantity: { amount: 40, unit: 'person_hours' },
    window: { from: '2026-12-01', to: '2027-03-31' },
    urgency: 'high',
  },
};
const spec = projectionSpecification(auditIndexProjection);

describe('audit index projection', () => {
  it('keeps one entry per event: who, what, when and why, with its service, chain hashes and data as text', async () => {
    const [event] = envelopes([needPosted]);
    const chained = { ...event, causationId: 'event-0', prevHash: '0'.repeat(64), hash: 'ab'.repeat(32) };
    await spec.given([chained]).then([
      {
        _id: event.eventId,
        version: 0,
        type: 'matching.NeedPosted',
        service: 'matching',
        streamId: 'matching.need-n1',
        streamRevision: 0,
        globalPosition: 1,
        occurredAt: event.occurredAt,
        recordedAt: event.recordedAt,
        actor: streetAdmin,
        correlationId: event.correlationId,
        causationId: 'event-0',
        prevHash: '0'.repeat(64),
        hash: 'ab'.repeat(32),
        dataJson: JSON.stringify(needPosted.data),
      },
    ]);
  });

  it('folds every event of every service, each of a stream its own entry', async () => {
    const documents = await spec
      .given([
        needPosted,
        { type: 'matching.NeedCancelled', streamId: 'matching.need-n1', data: { reason: '已由街道解决' } },
        {
          type: 'volunteering.TeamFormed',
          streamId: 'volunteering.team-t1',
          data: { teamId: 't1', orgId: 'c1', name: '红马甲' },
        },
        {
          type: 'organizations.LoginFailed',
          streamId: 'organizations.account-li',
          data: { accountId: 'li', failures: 1 },
        },
      ])
      .documents();
    expect(documents.map((d) => [d.service, d.streamId, d.streamRevision]).sort()).toEqual([
      ['matching', 'matching.need-n1', 0],
      ['matching', 'matching.need-n1', 1],
      ['organizations', 'organizations.account-li', 0],
      ['volunteering', 'volunteering.team-t1', 0],
    ]);
  });

  it('names the organisations an event concerns: the actor’s and each organisation or unit its data names, once', async () => {
    await spec.given([needPosted]).then([{ _id: 'event-1', orgIds: ['street-1', 'c1'] }]);
    await spec
      .given([
        {
          type: 'members.MemberTransferRequested',
          streamId: 'members.member-m1',
          actor: { accountId: 'wangge-admin', role: 'community_admin', orgId: 'grid-1' },
          data: { memberId: 'm1', fromBranchId: 'grid-1', toBranchId: 'unit-9', direction: 'out' },
        },
      ])
      .then([{ _id: 'event-1', orgIds: ['grid-1', 'unit-9'] }]);
    await spec
      .given([
        {
          type: 'organizations.OrganizationMoved',
          streamId: 'organizations.org-g1',
          actor: { accountId: 'admin', role: 'district_admin', orgId: null },
          data: { orgId: 'g1', fromParentId: 'c1', toParentId: 'c2' },
        },
      ])
      .then([{ _id: 'event-1', orgIds: ['g1', 'c1', 'c2'] }]);
  });

  it('looks only at the top level of the data, and at strings (a null grid is no organisation)', async () => {
    await spec
      .given([
        {
          type: 'volunteering.RotationPublished',
          streamId: 'volunteering.rotation-c1_2027Q1',
          actor: { accountId: 'system', role: 'system', orgId: null },
          data: { orgId: 'c1', quarter: '2027Q1', assignments: [{ gridId: 'g1', teamId: 't1' }], loads: { t1: 1 } },
        },
      ])
      .then([{ _id: 'event-1', orgIds: ['c1'] }]);
  });

  // Surprising: an event whose data names no organisation is found under its actor's organisation
  // only. A need of community c1 cancelled by a district administrator is not in c1's subtree
  // (`GET /audit/events?orgId=c1` lists its posting, not its cancellation); the same holds for
  // MemberStatusChanged, MemberErased, ServiceSiteRated, TeamMemberAdded, ProposalAccepted…
  it('indexes an event whose data names no organisation under its actor’s organisation alone', async () => {
    await spec
      .given([
        needPosted,
        {
          type: 'matching.NeedCancelled',
          streamId: 'matching.need-n1',
          actor: districtAdmin,
          data: { reason: '已由街道解决' },
        },
      ])
      .then([
        { _id: 'event-1', orgIds: ['street-1', 'c1'] },
        { _id: 'event-2', orgIds: ['district'] },
      ]);
    await spec
      .given([
        {
          type: 'members.MemberErased',
          streamId: 'members.member-m1',
          actor: { accountId: 'admin', role: 'district_admin', orgId: null },
          data: { memberId: 'm1' },
        },
      ])
      .then([{ _id: 'event-1', orgIds: [] }]);
  });

  it('keeps sealed personal data sealed: the text is the event’s data as it was appended', async () => {
    const personal = { alg: 'A256GCM', keyId: 'member-m1', data: 'c2VhbGVkIGJ5dGVz' };
    const registered = {
      type: 'members.MemberRegistered',
      streamId: 'members.member-m1',
      data: {
        memberId: 'm1',
        name: '李明',
        branchId: 'grid-1',
        joinedPartyOn: '2001-07-01',
        employerUnitId: null,
        personal,
      },
    };
    const [entry] = await spec.given([registered]).documents();
    expect(JSON.parse(entry.dataJson)).toEqual(registered.data);
    expect(toAuditEvent(entry)).toMatchObject({ eventId: 'event-1', data: { personal } });
    expect(toAuditEvent(entry)).not.toHaveProperty('version');
    expect(toAuditEvent(entry)).not.toHaveProperty('dataJson');
  });

  it('ignores a redelivered event (one entry, as first indexed)', async () => {
    const [posted, cancelled] = envelopes([
      needPosted,
      { type: 'matching.NeedCancelled', streamId: 'matching.need-n1', data: { reason: '重复' } },
    ]);
    // the copy is marked so that a rewrite would show
    const redelivered = { ...posted, actor: districtAdmin };
    await spec.given([posted, cancelled, redelivered]).then([
      { _id: 'event-1', version: 0, actor: streetAdmin },
      { _id: 'event-2', version: 1 },
    ]);
  });
});
