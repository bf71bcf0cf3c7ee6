import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * One document per stream of every service (issue 17): what an auditor knows it by — the title of
 * a need, offer, project, activity or wish, the name of an organisation, unit, member, team or
 * account, as its latest event says — and the ids its events name, so a search by a name finds
 * the subject's stream and the streams about it (a unit's pairings, offers and projects, a need's
 * proposals, a member's ledger). Built from the log like the index; personal data is never in it
 * (a member's name is, as the member registry shows it to those who may see the member).
 */
export interface AuditStream extends ReadModelDocument {
  /** the stream's kind: its id up to the subject's id (`matching.need`, `members.member`) */
  kind: string;
  /** the id after the kind: the need's, the member's… */
  subjectId: string;
  /** the title or name its events give it, the latest; null for streams without one (proposals, ledgers) */
  label: string | null;
  /** the ids of organisations, units, members, needs, offers, projects… its events name */
  relatedIds: string[];
  /** a member's branch (the scope of who may see the member's name); null for other kinds */
  branchId: string | null;
  events: number;
  firstAt: string;
  lastAt: string;
  lastType: string;
}

export const AUDIT_STREAMS_COLLECTION = 'audit.streams';

/** The kinds of stream whose subject has a name of its own, and the fields of event data that give it. */
export const NAMED_KINDS = [
  'organizations.org',
  'organizations.unit',
  'organizations.account',
  'organizations.serviceSite',
  'matching.need',
  'matching.offer',
  'matching.project',
  'members.member',
  'volunteering.activity',
  'volunteering.wish',
  'volunteering.team',
];
const LABEL_FIELDS = ['title', 'name', 'displayName'];

/** Fields of event data that name another subject (one id, or a list of ids). */
const RELATED_FIELDS = [
  'orgId',
  'communityId',
  'gridId',
  'unitId',
  'branchId',
  'fromBranchId',
  'toBranchId',
  'employerUnitId',
  'locatedIn',
  'parentId',
  'toParentId',
  'scopeOrgId',
  'memberId',
  'needId',
  'offerId',
  'proposalId',
  'projectId',
  'activityId',
  'wishId',
  'teamId',
  'accountId',
  'subjectId',
  'memberIds',
  'participantMemberIds',
];
/** At most this many related ids per stream: a long-lived activity names every member who signed up. */
const MAX_RELATED = 500;

/** `matching.need-0190…` → kind `matching.need`, subject `0190…` (a stream without a dash: all kind). */
export function splitStreamId(streamId: string): { kind: string; subjectId: string } {
  const dash = streamId.indexOf('-');
  return dash < 0
    ? { kind: streamId, subjectId: streamId }
    : { kind: streamId.slice(0, dash), subjectId: streamId.slice(dash + 1) };
}

function relatedIdsOf(data: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const field of RELATED_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value) ids.push(value);
    else if (Array.isArray(value)) ids.push(...value.filter((v): v is string => typeof v === 'string' && v !== ''));
  }
  return ids;
}

function labelOf(kind: string, data: Record<string, unknown>): string | null {
  if (!NAMED_KINDS.includes(kind)) return null;
  for (const field of LABEL_FIELDS) if (typeof data[field] === 'string' && data[field]) return data[field] as string;
  return null;
}

export const auditStreamsProjection: Projection<AuditStream> = {
  name: 'audit.streams',
  collection: AUDIT_STREAMS_COLLECTION,
  handles: ['*'],
  indexes: [
    { fields: { kind: 1 } },
    { fields: { subjectId: 1 } },
    { fields: { relatedIds: 1 } },
    { fields: { label: 1 } },
  ],
  documentId: (event) => event.streamId,
  apply(doc, event: EventEnvelope) {
    const { kind, subjectId } = splitStreamId(event.streamId);
    const data = (event.data ?? {}) as Record<string, unknown>;
    const related = new Set(doc?.relatedIds ?? []);
    for (const id of relatedIdsOf(data)) if (id !== subjectId && related.size < MAX_RELATED) related.add(id);
    let branchId = doc?.branchId ?? null;
    if (kind === 'members.member') {
      if (typeof data.branchId === 'string') branchId = data.branchId;
      if (typeof data.toBranchId === 'string' && event.type === 'members.MemberTransferred') branchId = data.toBranchId;
    }
    return {
      _id: event.streamId,
      kind,
      subjectId,
      label: labelOf(kind, data) ?? doc?.label ?? null,
      relatedIds: [...related],
      branchId,
      events: (doc?.events ?? 0) + 1,
      firstAt: doc?.firstAt ?? event.occurredAt,
      lastAt: event.occurredAt,
      lastType: event.type,
    };
  },
};
