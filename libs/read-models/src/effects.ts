import type { EventEnvelope } from '@gongjian/eventing';
import type { ReadModelDocument } from './document-store.port';
import { defaultDocumentId, type Projection } from './projection';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What one event did to one read-model document. */
export interface Effect {
  projection: string;
  documentId: string;
  change: 'created' | 'updated' | 'deleted' | 'unchanged';
  fields: FieldChange[];
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Field-level differences between two versions of a document, by dotted path (arrays compared
 * whole). `version` (the stream revision the document reflects) is bookkeeping, not content.
 */
export function diffDocuments(before: Plain | null, after: Plain | null, prefix = ''): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of [...keys].sort()) {
    if (!prefix && key === 'version') continue;
    const a = before?.[key];
    const b = after?.[key];
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlain(a) && isPlain(b)) changes.push(...diffDocuments(a, b, path));
    else if (JSON.stringify(a) !== JSON.stringify(b))
      changes.push({ field: path, before: a ?? null, after: b ?? null });
  }
  return changes;
}

/**
 * Folds the events of one stream, oldest first, through every projection that handles them, and
 * says what each event changed. Read models are fed by one stream per document, so this is exactly
 * how the live read models evolved (DESIGN §6: "each event's effect on the state").
 */
export function foldStream(
  events: EventEnvelope[],
  projections: Projection<any>[],
): { effects: Effect[][]; state: Record<string, Record<string, ReadModelDocument>> } {
  const state: Record<string, Record<string, ReadModelDocument>> = {};
  const effects = events.map((event) => {
    const out: Effect[] = [];
    for (const projection of projections) {
      if (projection.handles.includes('*') || !projection.handles.includes(event.type)) continue;
      const id = projection.documentId?.(event) ?? defaultDocumentId(event);
      const docs = (state[projection.name] ??= {});
      const before = docs[id] ?? null;
      const next = projection.apply(before, event);
      const after = next ? ({ ...next, _id: id, version: event.streamRevision } as ReadModelDocument) : before;
      if (after) docs[id] = after;
      const fields = diffDocuments(before, after);
      const change = !before && after ? 'created' : fields.length === 0 ? 'unchanged' : 'updated';
      out.push({ projection: projection.name, documentId: id, change, fields });
    }
    return out;
  });
  return { effects, state };
}
