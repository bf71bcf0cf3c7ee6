/**
 * Child process of sqlite.crash.int.spec.ts: appends to the store as fast as it can and prints
 * `ack <eventId>` only after `append` has returned — the parent SIGKILLs it mid-stream and
 * checks that every acknowledged event survived.
 */
import { v7 as uuidv7 } from 'uuid';
import { SqliteEventStore } from '../sqlite.event-store';

async function main(): Promise<void> {
  const store = new SqliteEventStore({ filename: process.argv[2] });
  const streams = Array.from({ length: 8 }, (_, i) => `crash.thing-${i}-${process.pid}`);
  const revisions = streams.map(() => -1);
  for (let n = 0; ; n++) {
    const s = n % streams.length;
    const batch = Array.from({ length: 1 + (n % 5) }, () => ({
      eventId: uuidv7(),
      type: 'crash.Written',
      schemaVersion: 1,
      occurredAt: new Date().toISOString(),
      actor: { accountId: 'crash', role: 'system', orgId: null },
      correlationId: uuidv7(),
      causationId: null,
      data: { n, payload: 'x'.repeat(200) },
    }));
    const result = await store.append(streams[s], batch, revisions[s] < 0 ? 'no_stream' : revisions[s]);
    revisions[s] = result.nextExpectedRevision;
    process.stdout.write(batch.map((e) => `ack ${streams[s]} ${e.eventId}\n`).join(''));
  }
}

void main();
