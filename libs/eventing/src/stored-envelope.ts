import type { Actor, EventEnvelope } from './envelope';

/**
 * An event as the SQLite store reads it: the columns of its SELECT, in their order (rows come out
 * as arrays, which better-sqlite3 makes at less cost than objects keyed by column name).
 */
export type EventRow = [
  globalPosition: number,
  eventId: string,
  type: string,
  schemaVersion: number,
  streamId: string,
  streamRevision: number,
  occurredAt: string,
  recordedAt: string,
  actor: string,
  correlationId: string,
  causationId: string | null,
  data: string,
  prevHash: string,
  hash: string,
  /** 1 when actor and data are stored as the canonical text the hash covers (`StoredText.hashed`) */
  textHashed: number,
];

/**
 * An envelope read from a row, which keeps the row's JSON text of actor and data when that text is
 * the canonical text its hash covers: a verifier hashes it as it is (`storedTextOf`), without
 * parsing or re-serialising anything (DECISIONS 100). The text is a private field, so that nothing
 * else sees it: a copy (spread, structuredClone), a comparison (jest's toEqual) or JSON of the
 * envelope has exactly the envelope's fields. A copy with its data changed has no text, and is
 * verified from its values; what the text vouches for is the row as it was read.
 */
export class StoredEnvelope implements EventEnvelope {
  eventId: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  streamRevision: number;
  globalPosition: number;
  occurredAt: string;
  recordedAt: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  data: unknown;
  prevHash: string;
  hash: string;
  readonly #actorText: string | null;
  readonly #dataText: string | null;

  /**
   * `actors`: the actors parsed for the rows read with this one (by their text): the events of a
   * page that share an actor's text share one frozen object, parsed once (most rows of a page
   * repeat a few actors; parsing them was nearly half of the JSON a replay parsed).
   */
  constructor(row: EventRow, actors?: Map<string, Actor>) {
    this.eventId = row[1];
    this.type = row[2];
    this.schemaVersion = row[3];
    this.streamId = row[4];
    this.streamRevision = row[5];
    this.globalPosition = row[0];
    this.occurredAt = row[6];
    this.recordedAt = row[7];
    // null: a read of some fields (ReadAllOptions.fields) left the actor out
    this.actor =
      row[8] === null ? (null as unknown as Actor) : actors ? actorOf(row[8], actors) : (JSON.parse(row[8]) as Actor);
    this.correlationId = row[9];
    this.causationId = row[10];
    this.data = JSON.parse(row[11]) as unknown;
    this.prevHash = row[12];
    this.hash = row[13];
    const hashed = row[14] === 1;
    this.#actorText = hashed ? row[8] : null;
    this.#dataText = hashed ? row[11] : null;
  }

  /**
   * The stored text of `event`'s actor and data when its hash covers that text as it is: both, or
   * null for an envelope that carries none (built elsewhere, copied, or read from an older row).
   */
  static actorTextOf(event: EventEnvelope): string | null {
    return #actorText in event ? event.#actorText : null;
  }

  static dataTextOf(event: EventEnvelope): string | null {
    return #dataText in event ? event.#dataText : null;
  }
}

function actorOf(text: string, actors: Map<string, Actor>): Actor {
  // most rows repeat the actor of the row before: one comparison instead of hashing the text
  if (text === lastText && lastActors === actors) return lastActor;
  let actor = actors.get(text);
  if (actor === undefined) {
    actor = Object.freeze(JSON.parse(text) as Actor);
    actors.set(text, actor);
  }
  lastText = text;
  lastActors = actors;
  lastActor = actor;
  return actor;
}

let lastText: string | null = null;
let lastActors: Map<string, Actor> | null = null;
let lastActor: Actor = null as unknown as Actor;
