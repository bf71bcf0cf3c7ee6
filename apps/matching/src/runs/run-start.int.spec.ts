import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CommandContext,
  type EventStore,
  EventStoreUnavailable,
  type ExpectedRevision,
  InvalidStateTransition,
  KeyedRequest,
  type ProposedEvent,
} from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { Commands, type LocalReadModels } from '@gongjian/runtime';
import { generateDistrict } from '../../../../bench/district';
import { DEFAULT_WEIGHTS } from '../engine/scoring';
import type { MatchingReadModels } from '../read-models';
import { RunFlow } from './run-flow';
import {
  joinRunInputs,
  runAggregate,
  type RunInputsRecorded,
  type RunStarted,
  runStreamId,
  splitRunInputs,
} from './run.decider';

/** The bytes of an append as EventStoreDB counts them: each event's data and metadata, UTF-8. */
const appendBytes = (events: ProposedEvent[]) =>
  events.reduce(
    (n, { data, ...metadata }) => n + Buffer.byteLength(JSON.stringify(data) + JSON.stringify(metadata)),
    0,
  );

/** SQLite, remembering the largest append of each stream; `outageAt`: the n-th append (0…) fails. */
function measured(store: EventStore, outageAt = Infinity) {
  const largest = new Map<string, number>();
  let appends = 0;
  const append = async (streamId: string, events: ProposedEvent[], expected: ExpectedRevision) => {
    if (appends++ === outageAt) throw new EventStoreUnavailable('no answer within the retry window');
    largest.set(streamId, Math.max(largest.get(streamId) ?? 0, appendBytes(events)));
    return store.append(streamId, events, expected);
  };
  return { store: { ...store, append, readStream: store.readStream.bind(store) } as EventStore, largest };
}

const dir = mkdtempSync(join(tmpdir(), 'gongjian-run-start-'));
let sqlite: SqliteEventStore;
beforeAll(() => (sqlite = new SqliteEventStore({ filename: join(dir, 'events.db') })));
afterAll(async () => {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx: CommandContext = {
  actor: { accountId: 'acc-admin', role: 'district_admin', orgId: 'd' },
  correlationId: 'corr-1',
};
const readModels = { catchUp: async () => undefined } as unknown as LocalReadModels;

function flowOn(store: EventStore) {
  return new RunFlow(new Commands(store, readModels), {} as MatchingReadModels);
}

function runOf(runId: string, inputs: RunInputsRecorded[], partBytes: number): RunStarted {
  return {
    runId,
    scopeOrgId: 'd',
    weights: DEFAULT_WEIGHTS,
    startedAt: 1_780_000_000_000,
    partBytes,
    inputParts: inputs.length,
  };
}

const KIB = 1024;

describe("a matching run's start and the event store's limit of one append", () => {
  it('records the start of the bench district (20,000 needs × 5,000 offers) in appends of at most 256 KiB of inputs', async () => {
    const { needs, offers } = generateDistrict({ needs: 20_000, offers: 5_000, communities: 300 });
    const runId = '0190dddd-0000-7000-8000-000000000001';
    const inputs = splitRunInputs(runId, { needs, offers, supersedes: [] }, 256 * KIB);
    const all = inputs.reduce((n, p) => n + Buffer.byteLength(JSON.stringify(p)), 0);
    expect(all).toBeGreaterThan(6 * 1024 * KIB); // one append of it all: six times EventStoreDB's limit
    const { store, largest } = measured(sqlite);

    const started = await flowOn(store).start(runOf(runId, inputs, 256 * KIB), inputs, ctx);

    // a part of 256 KiB of inputs and the envelope: a quarter of the limit
    expect(largest.get(runStreamId(runId))).toBeLessThanOrEqual(256 * KIB + 4 * KIB);
    expect(started.events!.map((e) => e.type)).toEqual([
      'matching.RunStarted',
      ...inputs.map(() => 'matching.RunInputsRecorded'),
    ]);
    const stored = await sqlite.readStream(runStreamId(runId));
    const back = joinRunInputs(stored.slice(1).map((e) => e.data as RunInputsRecorded));
    expect(back.needs).toHaveLength(20_000);
    expect(back.offers).toHaveLength(5_000);
    // the other parts are caused by the start, as the flow's steps
    expect(stored.slice(2).every((e) => e.causationId === stored[0].eventId)).toBe(true);
  });

  it('records a run of many parts to its end, no append over its budget', async () => {
    const { needs, offers } = generateDistrict({ needs: 300, offers: 80, communities: 6 }, 11);
    const runId = '0190dddd-0000-7000-8000-000000000002';
    const inputs = splitRunInputs(runId, { needs, offers, supersedes: [] }, 8 * KIB);
    expect(inputs.length).toBeGreaterThan(5);
    const { store, largest } = measured(sqlite);
    const flow = flowOn(store);

    const started = await flow.start(runOf(runId, inputs, 8 * KIB), inputs, ctx);
    const recorded = await flow.record(runId, started.events);

    expect(recorded.proposals.length).toBeGreaterThan(0);
    expect(recorded.stats.needs).toBe(300);
    const types = (await sqlite.readStream(runStreamId(runId))).map((e) => e.type);
    expect(types.filter((t) => t === 'matching.RunPartRecorded').length).toBeGreaterThan(1);
    expect(types[types.length - 1]).toBe('matching.RunCompleted');
    expect(Math.max(...largest.values())).toBeLessThanOrEqual(8 * KIB + 4 * KIB);
  });

  it('does not record a run whose start was cut short between its appends: no proposal is made on part of its inputs', async () => {
    const { needs, offers } = generateDistrict({ needs: 300, offers: 80, communities: 6 }, 12);
    const runId = '0190dddd-0000-7000-8000-000000000003';
    const inputs = splitRunInputs(runId, { needs, offers, supersedes: [] }, 8 * KIB);
    const { store, largest } = measured(sqlite);
    const flow = flowOn(store);
    // the request died after the start's first append
    await new Commands(store, readModels)
      .for(runAggregate)
      .execute(runId, { type: 'StartRun', run: runOf(runId, inputs, 8 * KIB), inputs: [inputs[0]] }, ctx);

    await expect(flow.record(runId)).rejects.toThrow(InvalidStateTransition);
    await expect(flow.record(runId)).rejects.toMatchObject({ code: 'run_start_incomplete' });
    expect([...largest.keys()]).toEqual([runStreamId(runId)]);
  });

  describe('an Idempotency-Key retry of a start cut short by an outage', () => {
    const keyed = (): CommandContext => ({
      ...ctx,
      request: new KeyedRequest('matching.runs', 'key-1', 1_780_000_000_000),
    });
    const district = generateDistrict({ needs: 300, offers: 80, communities: 6 }, 13);

    async function cutShort(runId: string) {
      const inputs = splitRunInputs(runId, { ...district, supersedes: [] }, 8 * KIB);
      // the third append (the second after the start's) finds the event store gone
      await expect(
        flowOn(measured(sqlite, 2).store).start(runOf(runId, inputs, 8 * KIB), inputs, keyed()),
      ).rejects.toThrow(EventStoreUnavailable);
      const stored = await sqlite.readStream(runStreamId(runId));
      expect(stored.filter((e) => e.type === 'matching.RunInputsRecorded')).toHaveLength(2);
      return inputs;
    }

    it('appends the parts the start lacks when the retry read the same inputs, and the run is recorded', async () => {
      const runId = '0190dddd-0000-7000-8000-000000000004';
      const inputs = await cutShort(runId);
      const flow = flowOn(sqlite);
      // the retry: another attempt of the same request, a moment later
      const retried = await flow.start(
        { ...runOf(runId, inputs, 8 * KIB), startedAt: 1_780_000_009_000 },
        inputs,
        keyed(),
      );
      expect(retried.replayed).toBe(true);
      const parts = (await sqlite.readStream(runStreamId(runId))).filter(
        (e) => e.type === 'matching.RunInputsRecorded',
      );
      expect(parts.map((e) => (e.data as RunInputsRecorded).part)).toEqual(inputs.map((_, i) => i));
      const recorded = await flow.record(runId);
      expect(recorded.stats.needs).toBe(300);
    });

    it('recognises the same inputs whatever the order of their keys (the log hands its data back with keys sorted)', async () => {
      const runId = '0190dddd-0000-7000-8000-000000000006';
      const inputs = await cutShort(runId);
      // every object with its keys the other way round: the same content, other JSON text
      const reversed = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.map(reversed)
          : typeof value === 'object' && value !== null
            ? Object.fromEntries(
                Object.entries(value)
                  .reverse()
                  .map(([k, v]) => [k, reversed(v)]),
              )
            : value;
      const again = reversed(inputs) as RunInputsRecorded[];
      expect(JSON.stringify(again)).not.toBe(JSON.stringify(inputs));
      const flow = flowOn(sqlite);
      await flow.start({ ...runOf(runId, inputs, 8 * KIB), startedAt: 1_780_000_009_000 }, again, keyed());
      const parts = (await sqlite.readStream(runStreamId(runId))).filter(
        (e) => e.type === 'matching.RunInputsRecorded',
      );
      expect(parts.map((e) => (e.data as RunInputsRecorded).part)).toEqual(inputs.map((_, i) => i));
      expect((await flow.record(runId)).stats.needs).toBe(300);
    });

    it('leaves the start cut short when the retry read other inputs (a need posted meanwhile)', async () => {
      const runId = '0190dddd-0000-7000-8000-000000000005';
      await cutShort(runId);
      const other = splitRunInputs(runId, { ...district, needs: district.needs.slice(1), supersedes: [] }, 8 * KIB);
      const flow = flowOn(sqlite);
      await flow.start(runOf(runId, other, 8 * KIB), other, keyed());
      await expect(flow.record(runId)).rejects.toMatchObject({ code: 'run_start_incomplete' });
    });
  });
});
