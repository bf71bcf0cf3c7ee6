import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { InProcessBroker, InProcessEventBus } from '@gongjian/messaging';
import { SqliteCheckpointStore } from '@gongjian/messaging/sqlite.checkpoint-store';
import { MemoryDocumentStore, type Projection } from '@gongjian/read-models';
import type { RuntimeConfig } from './config';
import { LocalReadModels } from './local-read-models';
import { ProjectionRegistry } from './projection-registry';
import { ReadModelSnapshots, SNAPSHOT_EVERY_EVENTS, snapshotFile, type StartReport } from './read-model-snapshots';
import { Runtime } from './runtime';
import { countedEvent } from '@gongjian/eventing/testing/counted-event';

const counted = countedEvent;

/** One document per stream: the last n counted, and how many. */
const counters = (version?: number): Projection => ({
  name: 'counters',
  collection: 'test.counters',
  handles: ['test.Counted'],
  version,
  apply: (doc, event) => ({
    _id: event.streamId,
    n: (event.data as { n: number }).n,
    times: ((doc?.times as number | undefined) ?? 0) + 1,
  }),
});

/** One document per event (like the audit index). */
const entries: Projection = {
  name: 'entries',
  collection: 'test.entries',
  handles: ['*'],
  documentId: (event) => event.eventId,
  apply: (_doc, event) => ({ _id: event.eventId, streamId: event.streamId, position: event.globalPosition }),
};

interface Started {
  runtime: Runtime;
  documents: MemoryDocumentStore;
  report: StartReport | null;
}

/** Every collection, documents sorted by id. */
const contents = (documents: MemoryDocumentStore) =>
  Object.fromEntries(
    documents
      .dump()
      .map(([name, docs]) => [name, [...docs].sort((a, b) => a._id.localeCompare(b._id))] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/** Rewrites a snapshot's lines with `change` and gives it the checksum of its new content. */
function rewrite(file: string, change: (lines: string[]) => void): void {
  const lines = readFileSync(file, 'utf8').split('\n').slice(0, -2);
  change(lines);
  const body = lines.map((l) => l + '\n').join('');
  const sha256 = createHash('sha256').update(body).digest('hex');
  writeFileSync(file, body + JSON.stringify({ sha256, bytes: Buffer.byteLength(body) }) + '\n');
}

/**
 * Snapshots of the read models in memory (read-model-snapshots.ts): a start from one equals a
 * rebuild from zero; one that does not verify is refused with a warning naming why and the rebuild
 * runs; one behind the head is caught up.
 */
describe('read models: snapshots', () => {
  let dataDir: string;
  let logFile: string;
  let running: Runtime | null = null;
  let warnings: string[] = [];

  const start = async (options: { rebuild?: boolean; projections?: Projection[] } = {}): Promise<Started> => {
    const config = {
      service: 'platform',
      dataDir,
      eventStore: 'sqlite',
      readStore: 'memory',
      rebuildReadModels: options.rebuild ?? false,
      maxConsumerLag: 1000,
    } as unknown as RuntimeConfig;
    const store = new SqliteEventStore({ filename: logFile });
    const checkpoints = new SqliteCheckpointStore(store.db);
    const documents = new MemoryDocumentStore();
    const registry = new ProjectionRegistry();
    registry.register(...(options.projections ?? [counters(), entries]));
    const readModels = new LocalReadModels(config, store, documents, registry);
    const runtime = new Runtime(
      config,
      store,
      documents,
      new InProcessEventBus(new InProcessBroker()),
      checkpoints,
      registry,
      readModels,
    );
    const report = await runtime.prepare();
    await runtime.startRelay();
    await runtime.settle();
    running = runtime;
    return { runtime, documents, report };
  };
  /** A clean shutdown: writes the snapshot. */
  const stop = async () => {
    await running?.onApplicationShutdown();
    running = null;
  };
  const append = async (file: string, streams: number, perStream: number) => {
    const store = new SqliteEventStore({ filename: file });
    for (let s = 0; s < streams; s++)
      await store.append(
        `test.counter-${uuidv7()}`,
        Array.from({ length: perStream }, (_, k) => counted(k)),
        'no_stream',
      );
    await store.close();
  };
  /** What a rebuild from zero of this log gives. */
  const rebuilt = async () => {
    const { documents, report } = await start({ rebuild: true });
    expect(report?.from).toBe('log');
    const state = contents(documents);
    await stop();
    return state;
  };

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongjian-snapshots-'));
    logFile = join(dataDir, 'events.db');
    warnings = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
    await append(logFile, 20, 5);
    // the first start rebuilds; its shutdown writes the snapshot
    await start();
    await stop();
    expect(existsSync(snapshotFile({ dataDir, service: 'platform' }))).toBe(true);
    warnings = [];
  });
  afterEach(async () => {
    await stop();
    jest.restoreAllMocks();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts from the snapshot with read models equal to a rebuild from zero, every collection', async () => {
    const { documents, report } = await start();
    expect(report).toMatchObject({ from: 'snapshot', events: 0, snapshotPosition: 100 });
    const fromSnapshot = contents(documents);
    await stop();
    expect(Object.keys(fromSnapshot)).toEqual(
      expect.arrayContaining(['platform.log-checkpoint', 'test.counters', 'test.entries']),
    );
    expect(fromSnapshot['test.entries']).toHaveLength(100);
    expect(fromSnapshot).toEqual(await rebuilt());
    expect(warnings).toEqual([expect.stringContaining('GONGJIAN_REBUILD_READ_MODELS=1')]);
  });

  it('catches a snapshot behind the head up with the log', async () => {
    await append(logFile, 3, 4);
    const { documents, report } = await start();
    expect(report).toMatchObject({ from: 'snapshot', events: 12, snapshotPosition: 100 });
    const caughtUp = contents(documents);
    await stop();
    expect(caughtUp['test.counters']).toHaveLength(23);
    expect(warnings).toEqual([]);
    expect(caughtUp).toEqual(await rebuilt());
  });

  it('refuses a snapshot whose document was changed (checksum), and rebuilds', async () => {
    const file = snapshotFile({ dataDir, service: 'platform' });
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"times":5', '"times":6'));
    const { documents, report } = await start();
    expect(report?.from).toBe('log');
    expect(warnings).toEqual([
      expect.stringMatching(/snapshot .* is not used: its checksum does not match its content/),
    ]);
    const state = contents(documents);
    await stop();
    expect(state).toEqual(await rebuilt());
  });

  it('refuses a snapshot with the right checksum but another hash at its position, and rebuilds', async () => {
    rewrite(snapshotFile({ dataDir, service: 'platform' }), (lines) => {
      const header = JSON.parse(lines[0]) as { checkpoint: { hash: string } };
      header.checkpoint.hash = 'f'.repeat(64);
      lines[0] = JSON.stringify(header);
      // and a document changed to match: only the log can tell
      const i = lines.findIndex((l) => l.includes('"times":5'));
      lines[i] = lines[i].replace('"times":5', '"times":50');
    });
    const { documents, report } = await start();
    expect(report?.from).toBe('log');
    expect(warnings).toEqual([expect.stringContaining('the event at its position 100 has another hash in the log')]);
    expect(Object.values(contents(documents)['test.counters']).every((d) => d.times === 5)).toBe(true);
  });

  it('refuses the snapshot of another log (another event at its position, or a log behind it), and rebuilds', async () => {
    const snapshot = readFileSync(snapshotFile({ dataDir, service: 'platform' }));
    rmSync(logFile);
    await append(logFile, 25, 4);
    let { report } = await start();
    expect(report?.from).toBe('log');
    expect(warnings).toEqual([expect.stringContaining('the log has another event at its position 100 (another log)')]);
    await stop();

    warnings = [];
    writeFileSync(snapshotFile({ dataDir, service: 'platform' }), snapshot);
    rmSync(logFile);
    await append(logFile, 2, 4);
    ({ report } = await start());
    expect(report?.from).toBe('log');
    expect(warnings).toEqual([expect.stringContaining('the log has no event at its position 100')]);
  });

  it('refuses a snapshot made by another version of a projection, and rebuilds', async () => {
    const { report } = await start({ projections: [counters(2), entries] });
    expect(report?.from).toBe('log');
    expect(warnings).toEqual([expect.stringContaining('projections changed since it was written: counters')]);
  });

  it('removes what a write cut short by a crash left (its temporary file), and uses the snapshot', async () => {
    const file = snapshotFile({ dataDir, service: 'platform' });
    writeFileSync(`${file}.12345.tmp`, '{"format":');
    const { report } = await start();
    expect(report?.from).toBe('snapshot');
    expect(existsSync(`${file}.12345.tmp`)).toBe(false);
  });

  it('is due while running once the follower is SNAPSHOT_EVERY_EVENTS past the last one', async () => {
    const store = new SqliteEventStore({ filename: logFile });
    const config = { service: 'platform', dataDir, eventStore: 'sqlite', readStore: 'memory' } as RuntimeConfig;
    const snapshots = new ReadModelSnapshots(config, store, new MemoryDocumentStore(), () => []);
    expect(snapshots.due(SNAPSHOT_EVERY_EVENTS - 1)).toBe(false);
    expect(snapshots.due(SNAPSHOT_EVERY_EVENTS)).toBe(true);
    snapshots.lastPosition = SNAPSHOT_EVERY_EVENTS;
    expect(snapshots.due(SNAPSHOT_EVERY_EVENTS + 1)).toBe(false);
    await store.close();
  });

  it('refuses a snapshot cut short, and rebuilds', async () => {
    const file = snapshotFile({ dataDir, service: 'platform' });
    copyFileSync(file, `${file}.whole`);
    writeFileSync(file, readFileSync(`${file}.whole`).subarray(0, 2000));
    const { report } = await start();
    expect(report?.from).toBe('log');
    expect(warnings).toEqual([expect.stringMatching(/is not used: the file is cut short/)]);
  });
});
