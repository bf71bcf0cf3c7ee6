import type { Server } from '@nestjs/microservices';
import type { EventEnvelope } from '@gongjian/eventing';
import { type DeadLetter, dispatchEvent, type OutagePolicy, outageDelay } from './dispatch';

class Outage extends Error {}

/** A server with one `test.*` handler that fails as told, then succeeds. */
function serverFailing(failures: unknown[]) {
  const calls: number[] = [];
  const handler = Object.assign(
    async (_event: EventEnvelope) => {
      calls.push(calls.length + 1);
      const failure = failures.shift();
      if (failure) throw failure;
    },
    { isEventHandler: true },
  );
  const server = { getHandlerByPattern: (p: string) => (p === 'test.*' ? handler : undefined) } as unknown as Server;
  return { server, calls };
}

const event = { type: 'test.Happened', streamId: 'test-1', streamRevision: 0, eventId: 'e1' } as EventEnvelope;
const retry = { attempts: 3, backoffMillis: 1 };

function policy(log: string[]): OutagePolicy {
  return {
    isOutage: (e) => e instanceof Outage,
    backoffMillis: 1,
    maxBackoffMillis: 4,
    waiting: async (error, waits) => void log.push(`waiting ${waits}: ${(error as Error).message}`),
    resumed: () => void log.push('resumed'),
  };
}

describe('dispatchEvent during an outage of the read store', () => {
  it('waits and retries for as long as the outage lasts, then applies the event: no dead letter', async () => {
    // more outage failures than retry.attempts: they are not counted as attempts
    const { server, calls } = serverFailing([1, 2, 3, 4, 5, 6].map(() => new Outage('read store down')));
    const letters: DeadLetter[] = [];
    const log: string[] = [];
    await dispatchEvent(server, event, 'topic', retry, async (l) => void letters.push(l), policy(log));
    expect(calls).toHaveLength(7);
    expect(letters).toEqual([]);
    expect(log).toEqual([1, 2, 3, 4, 5, 6].map((n) => `waiting ${n}: read store down`).concat('resumed'));
  });

  it('still dead-letters an event that fails for its own reasons, outages between not counted', async () => {
    const bad = () => new Error('cannot apply');
    const { server, calls } = serverFailing([bad(), new Outage('down'), new Outage('down'), bad(), bad()]);
    const letters: DeadLetter[] = [];
    await dispatchEvent(server, event, 'topic', retry, async (l) => void letters.push(l), policy([]));
    expect(calls).toHaveLength(5);
    expect(letters).toEqual([expect.objectContaining({ reason: 'cannot apply', attempts: 3 })]);
  });

  it('gives up on the delivery (to be redelivered, nothing committed) when the wait says stop', async () => {
    const { server } = serverFailing([new Outage('down'), new Outage('down')]);
    const letters: DeadLetter[] = [];
    const stopping: OutagePolicy = {
      ...policy([]),
      waiting: async (error, waits) => {
        if (waits === 2) throw error;
      },
    };
    await expect(
      dispatchEvent(server, event, 'topic', retry, async (l) => void letters.push(l), stopping),
    ).rejects.toThrow('down');
    expect(letters).toEqual([]);
  });

  it('without an outage policy an outage is an ordinary failure (the behaviour of issue 24)', async () => {
    const { server } = serverFailing([1, 2, 3].map(() => new Outage('down')));
    const letters: DeadLetter[] = [];
    await dispatchEvent(server, event, 'topic', retry, async (l) => void letters.push(l));
    expect(letters).toHaveLength(1);
  });

  it('backs off doubling up to the cap', () => {
    const p = { backoffMillis: 250, maxBackoffMillis: 5000 };
    expect([1, 2, 3, 4, 5, 6, 50].map((n) => outageDelay(p, n))).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
  });
});
