import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { type CommandContext, handleCommandAt, type ProposedEvent, type StreamAt } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import {
  balanceAsOf,
  balanceIn,
  balanceOf,
  type BookDocument,
  booksCollection,
  ledgerProjections,
  transfer,
} from '@gongjian/ledger';
import { MemoryDocumentStore, ProjectionRunner, readOnly } from '@gongjian/read-models';
import { POSTING_EVENTS } from '../apps/funds/src/funds-events';
import { fundAccounts, type FundState, fundDecider, fundStreamId } from '../apps/funds/src/funds/fund.decider';
import { median } from './measure';

/**
 * Issue 19: the ledger at a million postings. One fund's book (`funds.fund-<id>`) takes
 * BENCH_LEDGER_POSTINGS 认捐 postings (default 1,000,000), each a command through the fund decider
 * (decide: check the posting against the book; append at the held revision; evolve: fold it into
 * the book) with handleCommandAt, so the writer never re-reads the stream and the run is O(n) —
 * beside bare appends of the same events (same data, same sizes) to the same store without the
 * decider. Then the balance of the fund's account three ways: the book state the writer holds,
 * the `funds.ledger-books` read model once its projection has caught up with the log (and how long
 * the catch-up took), and as of a moment halfway through, summed from the log (balanceAsOf).
 *
 * Both sides append one event per transaction with `synchronous=NORMAL` (WAL): the figure is the
 * work of the ledger (decide, hash chain, JSON, SQLite), not the disk's fsync, which
 * `sqlite.bench.ts` measures. Medians of BENCH_LEDGER_REPEAT runs (default 1: a run of a million
 * takes minutes), each on a fresh database file.
 */
const POSTINGS = Number(process.env.BENCH_LEDGER_POSTINGS ?? 1_000_000);
const REPEAT = Number(process.env.BENCH_LEDGER_REPEAT ?? 1);
/** the units that give: the book holds their contribution accounts beside the fund's */
const UNITS = 50;
const AMOUNT = 100; // fen

const context = (): CommandContext => ({
  actor: { accountId: 'bench', role: 'street_admin', orgId: 'street-1' },
  correlationId: uuidv7(),
});

function openStore(file: string): SqliteEventStore {
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  const store = new SqliteEventStore({ filename: file });
  store.db.pragma('synchronous = NORMAL');
  return store;
}

/** The fund, opened: the state and revision its writer holds from then on. */
async function openFund(store: SqliteEventStore, fundId: string): Promise<StreamAt<FundState>> {
  const fund = {
    fundId,
    name: '区级共建基金',
    kind: 'district_cobuild' as const,
    year: 2026,
    ownerOrgId: 'street-1',
    grantorOrgId: 'district-1',
    yearlyAmount: 30_000_000,
  };
  const opened = await handleCommandAt(
    store,
    fundStreamId(fundId),
    fundDecider,
    { type: 'OpenFund', fund, postingId: uuidv7() },
    context(),
    { state: fundDecider.initialState(), revision: -1 },
  );
  return { state: opened.state, revision: opened.version };
}

const contribution = (i: number) => ({
  contributionId: uuidv7(),
  unitId: `unit-${i % UNITS}`,
  allocationId: null,
  amount: AMOUNT,
  note: `认捐 ${i}`,
});

/** `count` 认捐 through the decider, each at the revision the writer holds. */
async function throughDecider(store: SqliteEventStore, fundId: string, count: number) {
  let at = await openFund(store, fundId);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const command = { type: 'RecordContribution' as const, contribution: contribution(i), postingId: uuidv7() };
    const result = await handleCommandAt(store, fundStreamId(fundId), fundDecider, command, context(), at);
    at = { state: result.state, revision: result.version };
  }
  return { millis: performance.now() - started, at };
}

/** The same events, built without the decider (same data and sizes), appended at known revisions. */
async function bare(store: SqliteEventStore, fundId: string, count: number) {
  const opened = await openFund(store, fundId);
  const streamId = fundStreamId(fundId);
  const ofFund = { fundId, fundOwnerOrgId: 'street-1', year: 2026 };
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const data = contribution(i);
    const posting = transfer(
      uuidv7(),
      fundAccounts.contribution(fundId, data.unitId),
      fundAccounts.fund(fundId, 'street-1'),
      AMOUNT,
    );
    const { actor, correlationId } = context();
    const event: ProposedEvent = {
      eventId: uuidv7(),
      type: 'funds.ContributionRecorded',
      schemaVersion: 1,
      occurredAt: new Date().toISOString(),
      actor,
      correlationId,
      causationId: null,
      data: { ...ofFund, ...data, posting },
    };
    await store.append(streamId, [event], opened.revision + i);
  }
  return performance.now() - started;
}

/** The `funds.ledger-books` read model folded from the log, and the fund's balance read from it. */
async function readModelBalance(store: SqliteEventStore, accountId: string) {
  const documents = new MemoryDocumentStore();
  const books = ledgerProjections('funds', POSTING_EVENTS)[1];
  const started = performance.now();
  await new ProjectionRunner(documents, [books]).rebuild(store);
  const caughtUp = performance.now() - started;
  const readStarted = performance.now();
  const balance = await balanceOf(readOnly(documents.collection<BookDocument>(booksCollection('funds'))), accountId);
  return { caughtUpMillis: Math.round(caughtUp), readMillis: round(performance.now() - readStarted), balance };
}

const round = (n: number) => Math.round(n * 100) / 100;
const rate = (count: number, millis: number) => Math.round(count / (millis / 1000));

export async function ledgerBenchmarks(dir: string, count = POSTINGS, repeat = REPEAT) {
  const decided: number[] = [];
  const bareRuns: number[] = [];
  let last: Awaited<ReturnType<typeof throughDecider>> | null = null;
  let store: SqliteEventStore | null = null;
  let fundId = '';
  // warm-up of both paths (the JIT), so that neither side's first run pays for it
  const warmUp = Math.min(1_000, count);
  for (const [file, work] of [
    ['ledger-warm-bare.db', bare],
    ['ledger-warm.db', throughDecider],
  ] as const) {
    const warm = openStore(join(dir, file));
    await work(warm, uuidv7(), warmUp);
    await warm.close();
  }
  for (let run = 0; run < repeat; run++) {
    const bareStore = openStore(join(dir, `ledger-bare-${run}.db`));
    bareRuns.push(await bare(bareStore, uuidv7(), count));
    await bareStore.close();
    rmSync(join(dir, `ledger-bare-${run}.db`), { force: true });
    store?.close();
    fundId = uuidv7();
    store = openStore(join(dir, `ledger-${run}.db`));
    last = await throughDecider(store, fundId, count);
    decided.push(last.millis);
  }
  const fundAccount = fundAccounts.fund(fundId, 'street-1').id;
  const expected = 30_000_000 + count * AMOUNT;
  const bookBalance = balanceIn(last!.at.state.exists ? last!.at.state.book : { balances: new Map() }, fundAccount);
  const readModel = await readModelBalance(store!, fundAccount);
  // as of the moment of the middle posting: the log up to it, summed (the fund's stream, read whole)
  const middle = (
    await store!.readStream(fundStreamId(fundId), { fromRevision: Math.floor(count / 2), maxCount: 1 })
  )[0];
  const asOfStarted = performance.now();
  const log = await store!.readStream(fundStreamId(fundId));
  const readMillis = Math.round(performance.now() - asOfStarted);
  const asOf = balanceAsOf(log, fundAccount, middle.occurredAt);
  const asOfMillis = Math.round(performance.now() - asOfStarted);
  await store!.close();
  const gongjian = median(decided);
  const baseline = median(bareRuns);
  return {
    name: `ledger: ${count} 认捐 postings to one book (synchronous=NORMAL, one event per append)`,
    postings: count,
    throughDecider: {
      rate: rate(count, gongjian),
      unit: 'postings/s',
      millis: Math.round(gongjian),
      runs: decided.map(Math.round),
    },
    bareAppends: {
      rate: rate(count, baseline),
      unit: 'events/s',
      millis: Math.round(baseline),
      runs: bareRuns.map(Math.round),
      what: 'SqliteEventStore.append of the same events at known revisions, no decider',
    },
    /** decider rate / bare rate, from the medians */
    ratio: Number((baseline / gongjian).toFixed(3)),
    balance: {
      expected,
      book: bookBalance,
      readModel: readModel.balance.balance,
      /** the books projection folding the whole log from position 0 (one process, in memory) */
      catchUpMillis: readModel.caughtUpMillis,
      readMillis: readModel.readMillis,
      ok: bookBalance === expected && readModel.balance.balance === expected,
    },
    asOf: {
      at: middle.occurredAt,
      revision: middle.streamRevision,
      balance: asOf.balance,
      postings: asOf.postings,
      /** reading the fund's stream from the store and summing it (balanceAsOf) */
      millis: asOfMillis,
      readMillis,
      sumMillis: asOfMillis - readMillis,
      what: 'balanceAsOf: the fund account summed from the log (its whole stream read) up to the middle posting',
    },
  };
}

/** `node dist/bench/ledger.bench.js [count]`: the ledger bench alone, JSON on stdout. */
if (require.main === module) {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-ledger-'));
  const count = process.argv[2] ? Number(process.argv[2]) : POSTINGS;
  ledgerBenchmarks(dir, count)
    .then((result) => {
      console.log(JSON.stringify(result, null, 2));
      if (!result.balance.ok) process.exitCode = 1;
    })
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}
