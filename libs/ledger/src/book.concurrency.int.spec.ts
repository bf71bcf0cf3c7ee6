import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  ConcurrencyConflict,
  DomainRuleViolation,
  type EventStore,
  handleCommand,
  SYSTEM_ACTOR,
} from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { account } from './accounts';
import { balanceIn } from './book';
import { bookAggregate, bookDecider } from './book.decider';
import { transfer } from './posting';

/**
 * No account of a non-negative kind goes below zero under any interleaving of concurrent commands
 * (issue 19): spends race on one book in a real SQLite event store, fast-check's scheduler orders
 * every read and append of theirs, each retries on a conflict as the services do
 * (`executeWithRetry`). The model: a budget of B fen and n spends of a fen each record exactly
 * min(n, ⌊B / a⌋) of them, whatever the order.
 */
const budget = account('budget', 'b', 'community');
const expense = account('expense', 'b', 'community');
const grant = account('grant', 'g', 'street');

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ledger-race-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
/** conflicts met: the interleavings did make racers read the same revision */
let conflicts = 0;

/** The store, with every read and append of the racers passed through the scheduler. */
function scheduled(store: EventStore, s: fc.Scheduler): EventStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'append' && key !== 'readStream') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => s.schedule(Promise.resolve(), String(key)).then(() => value.apply(target, args));
    },
  });
}

const context = () => ({ actor: SYSTEM_ACTOR, correlationId: 'race' });

async function post(store: EventStore, id: string, posting: ReturnType<typeof transfer>) {
  for (;;) {
    try {
      return await handleCommand(store, bookAggregate.streamId(id), bookDecider, { type: 'Post', posting }, context());
    } catch (error) {
      if (!(error instanceof ConcurrencyConflict)) throw error;
      conflicts += 1;
    }
  }
}

it('concurrent spends against one budget never overdraw it, in any interleaving', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.scheduler(),
      fc.integer({ min: 0, max: 2_000 }),
      fc.integer({ min: 1, max: 500 }),
      fc.integer({ min: 1, max: 12 }),
      async (s, funded, amount, racers) => {
        const store = new SqliteEventStore({ filename: join(dir, `race-${++runs}.db`) });
        try {
          const id = `b${runs}`;
          if (funded > 0) await post(store, id, transfer('fund', grant, budget, funded));
          const racing = scheduled(store, s);
          const outcomes = Array.from({ length: racers }, (_, i) =>
            post(racing, id, transfer(`spend-${i}`, budget, expense, amount)).then(
              () => 'recorded' as const,
              (error) => {
                if (error instanceof DomainRuleViolation && error.code === 'insufficient_funds')
                  return 'refused' as const;
                throw error;
              },
            ),
          );
          await s.waitFor(Promise.all(outcomes));
          const results = await Promise.all(outcomes);
          const recorded = results.filter((r) => r === 'recorded').length;
          expect(recorded).toBe(Math.min(racers, Math.floor(funded / amount)));
          const { state } = await handleCommand(
            store,
            bookAggregate.streamId(id),
            { ...bookDecider, decide: () => [] },
            { type: 'Post', posting: transfer('none', budget, expense, 1) },
            context(),
          );
          expect(balanceIn(state, budget.id)).toBe(funded - recorded * amount);
          expect(balanceIn(state, budget.id)).toBeGreaterThanOrEqual(0);
        } finally {
          await store.close();
        }
      },
    ),
    { numRuns: 40 },
  );
  expect(conflicts).toBeGreaterThan(0);
});
