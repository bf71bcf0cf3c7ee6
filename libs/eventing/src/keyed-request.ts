import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/** The bits of an id given to the counter (12 of rand_a, 18 of rand_b); 44 come from the hash. */
const COUNTER_BITS = 30;
const MAX_COUNTER = 2 ** COUNTER_BITS - 1;

/**
 * A UUIDv7-shaped id (RFC 9562) that is a function of its inputs: the 48-bit millisecond field is
 * `millis`, then a 30-bit counter (so that ids made in one request keep their order), then 44
 * bits of SHA-256 over `parts`. Version 7 and the RFC variant are set, so validators accept it.
 */
export function derivedUuidV7(millis: number, counter: number, parts: readonly string[]): string {
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) throw new RangeError(`counter ${counter}`);
  const hash = createHash('sha256').update(parts.join('\0')).digest();
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(Math.max(0, Math.trunc(millis)) % 2 ** 48, 0, 6);
  bytes[6] = 0x70 | ((counter >>> 26) & 0x0f);
  bytes[7] = (counter >>> 18) & 0xff;
  bytes[8] = 0x80 | ((counter >>> 12) & 0x3f);
  bytes[9] = (counter >>> 4) & 0xff;
  bytes[10] = ((counter & 0x0f) << 4) | (hash[0] & 0x0f);
  hash.copy(bytes, 11, 1, 6);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The event ids of one command execution on one stream (see KeyedRequest.execution). */
export interface KeyedExecution {
  /** Id of the `index`-th event this execution appends. */
  eventId(index: number): string;
  /** Called once the execution is done (appended, found already appended, or decided nothing). */
  done(): void;
}

/**
 * What makes the effect of a write carrying an `Idempotency-Key` a function of the key, so that
 * running it again — after a crash, an outage or a lost response — finds its effect in the log
 * instead of producing a second one (docs/ops/idempotency.md):
 * - the ids it creates (`newId`) are derived from (scope, key, n-th id of the request), with the
 *   time the key was first claimed as their timestamp (ids stay time-ordered for pagination);
 * - the event ids of its n-th execution of a command type on a stream are derived from (scope,
 *   key, stream, command type, n, event index): handleCommand finds them in the stream it reads
 *   and does not append again, and EventStoreDB's own event-id deduplication holds as well.
 * Requests without a key (and reactors, the SYSTEM actor) have no KeyedRequest: random ids.
 */
export class KeyedRequest {
  private ids: number;
  private readonly executions = new Map<string, number>();
  /** Set before this attempt's first append: whatever its outcome, the key may have an effect. */
  touched = false;

  constructor(
    readonly scope: string,
    readonly key: string,
    /** Epoch milliseconds of the key's first claim (kept by the idempotency record). */
    readonly firstClaimedAt: number,
    /**
     * The counter of the first id it creates: requests that share a key's time (the rows of one
     * import) start apart, so their ids keep the order of the rows.
     */
    firstId = 0,
  ) {
    this.ids = firstId;
  }

  /** The next id this request creates (a need id, an offer id…). */
  newId(): string {
    return derivedUuidV7(this.firstClaimedAt, this.ids++, ['id', this.scope, this.key]);
  }

  /**
   * The ids of the next execution of `commandType` on `streamId`. The count advances only when
   * the execution is `done`: an attempt lost to a concurrent writer (and decided again by
   * `executeWithRetry`) keeps its ids.
   */
  execution(streamId: string, commandType: string): KeyedExecution {
    const name = `${streamId}\0${commandType}`;
    const n = this.executions.get(name) ?? 0;
    const parts = ['event', this.scope, this.key, streamId, commandType, String(n)];
    return {
      eventId: (index) => derivedUuidV7(this.firstClaimedAt, index, parts),
      done: () => {
        if ((this.executions.get(name) ?? 0) === n) this.executions.set(name, n + 1);
      },
    };
  }
}

/**
 * A new id for what a command creates: derived from the request's Idempotency-Key when it has
 * one (KeyedRequest.newId), else a random UUIDv7.
 */
export function newId(context: { request?: KeyedRequest }): string {
  return context.request?.newId() ?? uuidv7();
}
