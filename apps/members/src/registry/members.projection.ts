import type { EventEnvelope } from '@gongjian/eventing';
import {
  MEMBER_EVENTS,
  type MemberAccountLinkedV1,
  type MemberRegisteredV1,
  type MemberReportedToCommunityV1,
  type MemberStatus,
  type MemberStatusChangedV1,
  type MemberTransferredV1,
  type SealedV1,
} from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/** A member as the registry shows it. Personal data stays sealed here; it is opened on read. */
export interface MemberDocument extends ReadModelDocument {
  name: string;
  branchId: string;
  /** every branch the member belonged to, oldest first (组织关系转接 keeps the history) */
  branchHistory: Array<{ branchId: string; since: string }>;
  joinedPartyOn: string;
  employerUnitId: string | null;
  status: MemberStatus;
  statusHistory: Array<{ status: MemberStatus; since: string; reason: string }>;
  reportedTo: string | null;
  reportedOn: string | null;
  /** the `member` account of the member themself, if linked */
  accountId?: string | null;
  personal: SealedV1 | null;
  erased: boolean;
  registeredAt: string;
}

export const MEMBERS_COLLECTION = 'members.members';

export const membersProjection: Projection<MemberDocument> = {
  name: 'members',
  collection: MEMBERS_COLLECTION,
  handles: Object.values(MEMBER_EVENTS).filter((t) => !/Points|ServiceEvaluated/.test(t)),
  indexes: [
    { fields: { branchId: 1 } },
    { fields: { accountId: 1 } },
    { fields: { reportedTo: 1 } },
    { fields: { employerUnitId: 1 } },
  ],
  apply(doc, event: EventEnvelope) {
    if (event.type === MEMBER_EVENTS.registered) {
      const d = event.data as MemberRegisteredV1;
      return {
        _id: d.memberId,
        name: d.name,
        branchId: d.branchId,
        branchHistory: [{ branchId: d.branchId, since: event.occurredAt }],
        joinedPartyOn: d.joinedPartyOn,
        employerUnitId: d.employerUnitId,
        status: 'normal',
        statusHistory: [{ status: 'normal', since: event.occurredAt, reason: '' }],
        reportedTo: null,
        reportedOn: null,
        accountId: null,
        personal: d.personal,
        erased: false,
        registeredAt: event.occurredAt,
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case MEMBER_EVENTS.transferred: {
        const { toBranchId } = event.data as MemberTransferredV1;
        return {
          ...doc,
          branchId: toBranchId,
          branchHistory: [...doc.branchHistory, { branchId: toBranchId, since: event.occurredAt }],
        };
      }
      case MEMBER_EVENTS.statusChanged: {
        const { to, reason } = event.data as MemberStatusChangedV1;
        return {
          ...doc,
          status: to,
          statusHistory: [...doc.statusHistory, { status: to, since: event.occurredAt, reason }],
        };
      }
      case MEMBER_EVENTS.reportedToCommunity: {
        const { communityId, reportedOn } = event.data as MemberReportedToCommunityV1;
        return { ...doc, reportedTo: communityId, reportedOn };
      }
      case MEMBER_EVENTS.reportWithdrawn:
        return { ...doc, reportedTo: null, reportedOn: null };
      case MEMBER_EVENTS.accountLinked:
        return { ...doc, accountId: (event.data as MemberAccountLinkedV1).accountId };
      case MEMBER_EVENTS.erased:
        return { ...doc, personal: null, erased: true };
      default:
        return null;
    }
  },
};
