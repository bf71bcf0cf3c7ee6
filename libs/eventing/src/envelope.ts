/**
 * The event envelope (DESIGN §3). Every event in every store has this shape; the store assigns
 * `globalPosition`, `streamRevision`, `recordedAt`, `prevHash` and `hash` when it appends.
 */
export interface Actor {
  accountId: string;
  role: string;
  orgId: string | null;
}

/** The actor of events the platform itself causes (rebuilds, expiry timers, bootstrap). */
export const SYSTEM_ACTOR: Actor = { accountId: 'system', role: 'system', orgId: null };

export interface EventEnvelope<TType extends string = string, TData = unknown> {
  eventId: string;
  type: TType;
  schemaVersion: number;
  streamId: string;
  streamRevision: number;
  globalPosition: number;
  occurredAt: string;
  recordedAt: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  data: TData;
  prevHash: string;
  hash: string;
  /**
   * Set only on records the store did not write, which only `readAll` / `readStream` with
   * `includeForeign` return (EventStoreDB: a raw event in one of our streams, or another
   * application's event on a shared server). Their actor is empty and their hashes are ''.
   */
  foreign?: true;
}

/** What a caller hands to `EventStore.append`: the envelope without the store-assigned fields. */
export interface ProposedEvent<TType extends string = string, TData = unknown> {
  eventId: string;
  type: TType;
  schemaVersion: number;
  occurredAt: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  data: TData;
}

/** A domain event as deciders see it: a discriminated union member on `type`. */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  type: TType;
  data: TData;
}
