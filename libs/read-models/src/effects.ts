import { type EventEnvelope, sameJson as sameContent } from '@gongjian/eventing';
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
  // a replay compares every document with its live twin, and nearly all are equal
  if (before && after && sameJson(before, after)) return [];
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of [...keys].sort()) {
    if (!prefix && key === 'version') continue;
    const a = before?.[key];
    const b = after?.[key];
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlain(a) && isPlain(b)) changes.push(...diffDocuments(a, b, path));
    else if (!sameContent(a, b)) changes.push({ field: path, before: a ?? null, after: b ?? null });
  }
  return changes;
}

/**
 * Whether two values are the same JSON text: the same primitives, arrays of the same items,
 * objects with the same keys in the same order holding the same values. Errs on "not the same"
 * (NaN, undefined members, anything not plain) so that `diffDocuments` then looks field by field.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (
    Array.isArray(b) ||
    Object.getPrototypeOf(a) !== Object.prototype ||
    Object.getPrototypeOf(b) !== Object.prototype
  )
    return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const x = (a as Plain)[keys[i]];
    if (keys[i] !== others[i] || x === undefined || !sameJson(x, (b as Plain)[keys[i]])) return false;
  }
  return true;
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
