import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * The audit index (DESIGN §6): one document per event of every service — who (the actor), what
 * (type, stream, data), when, why (correlation and causation) — and the organisations it concerns,
 * so administrators can filter by subtree. The event data is kept as JSON text: it is shown, never
 * queried, and personal data in it stays sealed (the audit service never decrypts it).
 */
export interface AuditEntry extends ReadModelDocument, Omit<EventEnvelope, 'eventId' | 'schemaVersion' | 'data'> {
  service: string;
  /** organisations and units named in the data, and the actor's organisation */
  orgIds: string[];
  dataJson: string;
}

export const AUDIT_INDEX_COLLECTION = 'audit.events';

/** Fields of event data that name an organisation or a unit. */
const ORG_FIELDS = [
  'orgId',
  'communityId',
  'gridId',
  'unitId',
  'branchId',
  'fromBranchId',
  'toBranchId',
  'parentId',
  'fromParentId',
  'toParentId',
  'locatedIn',
  'scopeOrgId',
];

export function orgIdsOf(event: EventEnvelope): string[] {
  const ids = new Set<string>();
  if (event.actor.orgId) ids.add(event.actor.orgId);
  const data = (event.data ?? {}) as Record<string, unknown>;
  for (const field of ORG_FIELDS) if (typeof data[field] === 'string') ids.add(data[field]);
  return [...ids];
}

export const auditIndexProjection: Projection<AuditEntry> = {
  name: 'audit.events',
  collection: AUDIT_INDEX_COLLECTION,
  handles: ['*'],
  // one document per event: on disk in the embedded platform, so memory and starts do not grow with the log
  storage: 'disk',
  indexes: [
    { fields: { streamId: 1, streamRevision: 1 } },
    { fields: { type: 1 } },
    { fields: { 'actor.accountId': 1 } },
    // a trace reads the whole correlation and walks causes in it: no index on causationId
    { fields: { correlationId: 1 } },
    { fields: { orgIds: 1 } },
    { fields: { occurredAt: 1 } },
  ],
  documentId: (event) => event.eventId,
  apply(_doc, event) {
    return {
      _id: event.eventId,
      type: event.type,
      service: event.type.slice(0, event.type.indexOf('.')),
      streamId: event.streamId,
      streamRevision: event.streamRevision,
      globalPosition: event.globalPosition,
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
      actor: event.actor,
      correlationId: event.correlationId,
      causationId: event.causationId,
      orgIds: orgIdsOf(event),
      dataJson: JSON.stringify(event.data),
      prevHash: event.prevHash,
      hash: event.hash,
    };
  },
};

/** The API shape of an audit entry. */
export function toAuditEvent({ _id, dataJson, version: _version, ...rest }: AuditEntry) {
  return { eventId: _id, ...rest, data: JSON.parse(dataJson) as unknown };
}
