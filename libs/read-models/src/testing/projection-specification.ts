import { type Actor, ALWAYS_READ, type EventEnvelope } from '@gongjian/eventing';
import type { ReadModelDocument } from '../document-store.port';
import { MemoryDocumentStore } from '../memory.document-store';
import type { Projection } from '../projection';
import { ProjectionRunner } from '../projection-runner';

/** An event as a projection spec writes it: its type, stream and data; the rest is filled in. */
export interface GivenEvent {
  type: string;
  streamId: string;
  data: unknown;
  occurredAt?: string;
  actor?: Actor;
  /** default: the next revision of its stream among the given events */
  streamRevision?: number;
}

const ACTOR: Actor = { accountId: 'admin', role: 'district_admin', orgId: null };

/** Envelopes for `given`: revisions per stream in order, positions and times increasing. */
export function envelopes(events: GivenEvent[]): EventEnvelope[] {
  const revisions = new Map<string, number>();
  const start = Date.parse('2026-12-01T08:00:00.000Z');
  return events.map((event, i) => {
    const revision = event.streamRevision ?? (revisions.get(event.streamId) ?? -1) + 1;
    revisions.set(event.streamId, revision);
    const at = event.occurredAt ?? new Date(start + i * 60_000).toISOString();
    return {
      eventId: `event-${i + 1}`,
      type: event.type,
      schemaVersion: 1,
      streamId: event.streamId,
      streamRevision: revision,
      globalPosition: i + 1,
      occurredAt: at,
      recordedAt: at,
      actor: event.actor ?? ACTOR,
      correlationId: `correlation-${i + 1}`,
      causationId: null,
      data: event.data,
      prevHash: '',
      hash: '',
    };
  });
}

/**
 * Given/then for projections, as deciderSpecification is for deciders: the events go through the
 * ProjectionRunner into an in-memory store (so redeliveries are skipped by revision, as in
 * production), and the documents of the projection's collection are what the spec checks.
 *   await projectionSpecification(needsProjection).given([posted, cancelled]).then([{ _id, status }])
 */
export function projectionSpecification<D extends ReadModelDocument>(...projections: [Projection<D>, ...Projection[]]) {
  const [projection] = projections;
  return {
    given(events: GivenEvent[] | EventEnvelope[]) {
      const folded = (async () => {
        const store = new MemoryDocumentStore();
        const runner = new ProjectionRunner(store, projections.map(heldToFreshness));
        const given =
          events.length > 0 && 'eventId' in events[0] ? (events as EventEnvelope[]) : envelopes(events as GivenEvent[]);
        for (const event of given) await runner.project(event);
        const documents = await store.collection<D>(projection.collection).find({});
        // projections that say what they read (Projection.reads) fold the same from only that
        const fields = runner.fieldsRead();
        if (fields) expect(await foldsWithOnly(projections, given, fields)).toEqual(documents);
        return documents;
      })();
      return {
        /** The documents, compared with toMatchObject (parts of each, deeply) in `_id` order. */
        async then(expected: ({ _id: string } & Record<string, unknown>)[]): Promise<void> {
          const documents = [...(await folded)].sort((a, b) => a._id.localeCompare(b._id));
          expect(documents).toMatchObject([...expected].sort((a, b) => String(a._id).localeCompare(String(b._id))));
        },
        /** The documents, for checks of their own. */
        documents: () => folded,
      };
    },
  };
}

/**
 * The documents of the first projection folded from `events` of which only `fields` (and those
 * every read gives, `ALWAYS_READ`) can be read: reading any other field of an envelope throws,
 * naming it. A projection whose `reads` leaves out a field it reads fails its spec (DECISIONS 100).
 */
export async function foldsWithOnly(
  projections: Projection<any>[],
  events: EventEnvelope[],
  fields: readonly string[],
): Promise<ReadModelDocument[]> {
  const readable = new Set<string>([...ALWAYS_READ, ...fields]);
  const only = (event: EventEnvelope) =>
    new Proxy(event, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key in target && !readable.has(key))
          throw new Error(`${projections.map((p) => p.name).join(', ')} read ${key}, which its reads do not name`);
        return Reflect.get(target, key, receiver) as unknown;
      },
      ownKeys: (target) => Reflect.ownKeys(target).filter((key) => typeof key !== 'string' || readable.has(key)),
    });
  const store = new MemoryDocumentStore();
  const runner = new ProjectionRunner(store, projections);
  for (const event of events) await runner.project(only(event));
  return store.collection(projections[0].collection).find({});
}

/**
 * A projection that says its `apply` returns a new object every time (`returnsFresh`), made to
 * fail when it does not: a result that is the document it was given, an object reachable from the
 * event, or an object it returned before (DECISIONS 100).
 */
function heldToFreshness<P extends Projection<any>>(projection: P): P {
  if (!projection.returnsFresh) return projection;
  const returned = new WeakSet<object>();
  return {
    ...projection,
    apply(doc: ReadModelDocument | null, event: EventEnvelope) {
      const next = projection.apply(doc, event) as object | null;
      if (next === null) return null;
      const held = new Set<unknown>([doc]);
      const reach = (value: unknown): void => {
        if (typeof value !== 'object' || value === null || held.has(value)) return;
        held.add(value);
        for (const v of Object.values(value)) reach(v);
      };
      reach(event);
      if (held.has(next) || returned.has(next))
        throw new Error(`${projection.name} says it returns a new object, but returned one held elsewhere`);
      returned.add(next);
      return next;
    },
  };
}
