import type { EventEnvelope } from '@gongjian/eventing';
import {
  type MemberAccountLinkedV1,
  type MemberRegisteredV1,
  type MemberReportedToCommunityV1,
  type MemberStatus,
  type MemberStatusChangedV1,
  type MemberTransferredV1,
  type SealedV1,
} from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import {
  type CommunityReportDeclinedV1,
  type CommunityReportRequestedV1,
  MEMBER_EVENTS,
  type MemberAccountLinkProposedV1,
  type MemberTransferDeclinedV1,
  type MemberTransferRequestedV1,
  type TransferDirection,
} from '../member-events';

/** One 组织关系转接: who asked and when, who decided and when (both sides stay in the history). */
export interface TransferRecord {
  fromBranchId: string;
  toBranchId: string;
  /** `direct`: by an admin over both sides, at once */
  direction: TransferDirection | 'direct';
  status: 'pending' | 'completed' | 'declined' | 'cancelled';
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string;
}

/**
 * One 双报到: asked (by the member or their branch) and confirmed, declined or cancelled; `direct`
 * when made at once (by an admin over both sides, or before requests existed); `withdrawn` once ended.
 */
export interface CommunityReportRecord {
  communityId: string;
  direct: boolean;
  status: 'pending' | 'confirmed' | 'declined' | 'cancelled' | 'withdrawn';
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string;
}

/** A member as the registry shows it. Personal data stays sealed here; it is opened on read. */
export interface MemberDocument extends ReadModelDocument {
  name: string;
  branchId: string;
  /** every branch the member belonged to, oldest first (组织关系转接 keeps the history) */
  branchHistory: Array<{ branchId: string; since: string; by: string }>;
  /** every transfer asked or made, oldest first */
  transfers: TransferRecord[];
  /** the destination branch of the pending transfer (indexed: the destination side lists its requests) */
  pendingTransferTo: string | null;
  joinedPartyOn: string;
  employerUnitId: string | null;
  status: MemberStatus;
  statusHistory: Array<{ status: MemberStatus; since: string; reason: string }>;
  reportedTo: string | null;
  reportedOn: string | null;
  /** the community a 双报到 request waits on (indexed: the community lists what is addressed to it) */
  pendingReportTo?: string | null;
  /** every 双报到 asked or made, oldest first (absent in documents built before requests) */
  communityReports?: CommunityReportRecord[];
  /** the `member` account of the member themself, if linked */
  accountId?: string | null;
  /** an account an admin proposed, until it confirms (GET /members/me/account-proposals) */
  proposedAccountId?: string | null;
  personal: SealedV1 | null;
  erased: boolean;
  registeredAt: string;
  /** 编码 — the office's own code (党员编号), when it gave one */
  code?: string;
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
    { fields: { pendingTransferTo: 1 } },
    { fields: { proposedAccountId: 1 } },
    { fields: { pendingReportTo: 1 } },
  ],
  apply(doc, event: EventEnvelope) {
    if (event.type === MEMBER_EVENTS.registered) {
      const d = event.data as MemberRegisteredV1;
      return {
        _id: d.memberId,
        name: d.name,
        branchId: d.branchId,
        branchHistory: [{ branchId: d.branchId, since: event.occurredAt, by: event.actor.accountId }],
        transfers: [],
        pendingTransferTo: null,
        joinedPartyOn: d.joinedPartyOn,
        employerUnitId: d.employerUnitId,
        status: 'normal',
        statusHistory: [{ status: 'normal', since: event.occurredAt, reason: '' }],
        reportedTo: null,
        reportedOn: null,
        pendingReportTo: null,
        communityReports: [],
        accountId: null,
        proposedAccountId: null,
        personal: d.personal,
        erased: false,
        registeredAt: event.occurredAt,
        ...(d.code ? { code: d.code } : {}),
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case MEMBER_EVENTS.transferred: {
        const { fromBranchId, toBranchId } = event.data as MemberTransferredV1;
        const by = event.actor.accountId;
        const transfers = doc.transfers ?? [];
        const pending = transfers.at(-1)?.status === 'pending';
        const decided = { status: 'completed' as const, decidedBy: by, decidedAt: event.occurredAt };
        return {
          ...doc,
          branchId: toBranchId,
          branchHistory: [...doc.branchHistory, { branchId: toBranchId, since: event.occurredAt, by }],
          pendingTransferTo: null,
          transfers: pending
            ? [...transfers.slice(0, -1), { ...transfers.at(-1)!, ...decided }]
            : [
                ...transfers,
                {
                  fromBranchId,
                  toBranchId,
                  direction: 'direct',
                  requestedBy: by,
                  requestedAt: event.occurredAt,
                  reason: '',
                  ...decided,
                },
              ],
        };
      }
      case MEMBER_EVENTS.transferRequested: {
        const { fromBranchId, toBranchId, direction } = event.data as MemberTransferRequestedV1;
        const request: TransferRecord = {
          fromBranchId,
          toBranchId,
          direction,
          status: 'pending',
          requestedBy: event.actor.accountId,
          requestedAt: event.occurredAt,
          decidedBy: null,
          decidedAt: null,
          reason: '',
        };
        return { ...doc, pendingTransferTo: toBranchId, transfers: [...(doc.transfers ?? []), request] };
      }
      case MEMBER_EVENTS.transferDeclined:
      case MEMBER_EVENTS.transferCancelled: {
        const transfers = doc.transfers ?? [];
        const last = transfers.at(-1);
        if (!last) return doc;
        const decided: TransferRecord = {
          ...last,
          status: event.type === MEMBER_EVENTS.transferDeclined ? 'declined' : 'cancelled',
          decidedBy: event.actor.accountId,
          decidedAt: event.occurredAt,
          reason: (event.data as Partial<MemberTransferDeclinedV1>).reason ?? '',
        };
        return { ...doc, pendingTransferTo: null, transfers: [...transfers.slice(0, -1), decided] };
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
        const decided = { status: 'confirmed' as const, decidedBy: event.actor.accountId, decidedAt: event.occurredAt };
        const reports = doc.communityReports ?? [];
        const pending = reports.at(-1)?.status === 'pending' ? reports.at(-1)! : null;
        const record: CommunityReportRecord = pending
          ? { ...pending, ...decided }
          : {
              communityId,
              direct: true,
              requestedBy: decided.decidedBy,
              requestedAt: event.occurredAt,
              reason: '',
              ...decided,
            };
        const communityReports = pending ? [...reports.slice(0, -1), record] : [...reports, record];
        return { ...doc, reportedTo: communityId, reportedOn, pendingReportTo: null, communityReports };
      }
      case MEMBER_EVENTS.reportWithdrawn:
        return {
          ...doc,
          reportedTo: null,
          reportedOn: null,
          communityReports: lastReport(doc, 'confirmed', { status: 'withdrawn' }),
        };
      case MEMBER_EVENTS.communityReportRequested: {
        const { communityId } = event.data as CommunityReportRequestedV1;
        const request: CommunityReportRecord = {
          communityId,
          direct: false,
          status: 'pending',
          requestedBy: event.actor.accountId,
          requestedAt: event.occurredAt,
          decidedBy: null,
          decidedAt: null,
          reason: '',
        };
        return { ...doc, pendingReportTo: communityId, communityReports: [...(doc.communityReports ?? []), request] };
      }
      case MEMBER_EVENTS.communityReportDeclined:
      case MEMBER_EVENTS.communityReportCancelled: {
        const step = {
          status: event.type === MEMBER_EVENTS.communityReportDeclined ? ('declined' as const) : ('cancelled' as const),
          decidedBy: event.actor.accountId,
          decidedAt: event.occurredAt,
          reason: (event.data as Partial<CommunityReportDeclinedV1>).reason ?? '',
        };
        return { ...doc, pendingReportTo: null, communityReports: lastReport(doc, 'pending', step) };
      }
      case MEMBER_EVENTS.accountLinkProposed:
        return { ...doc, proposedAccountId: (event.data as MemberAccountLinkProposedV1).accountId };
      case MEMBER_EVENTS.accountLinked:
        return { ...doc, accountId: (event.data as MemberAccountLinkedV1).accountId, proposedAccountId: null };
      case MEMBER_EVENTS.erased:
        return { ...doc, personal: null, erased: true };
      default:
        return null;
    }
  },
};

/** The reports with the last one, if it stands `status`, changed by `change`. */
function lastReport(
  doc: MemberDocument,
  status: CommunityReportRecord['status'],
  change: Partial<CommunityReportRecord>,
): CommunityReportRecord[] {
  const reports = doc.communityReports ?? [];
  const last = reports.at(-1);
  return last?.status === status ? [...reports.slice(0, -1), { ...last, ...change }] : reports;
}
