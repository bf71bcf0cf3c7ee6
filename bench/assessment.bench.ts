import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { ProposedEvent } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { DEFAULT_SETS, type IndicatorSet } from '../apps/assessment/src/scoring/indicator-set';
import { compareRankings, rankingOf, subjectsOf } from '../apps/assessment/src/scoring/score';
import { REPLAY_BATCH, replayLog, storeHistory } from '../apps/assessment/src/what-if/replay';

/**
 * Issue 20: the what-if of an indicator set over a log of BENCH_ASSESSMENT_EVENTS events (default
 * 1,000,000) — a district's two years: members registered in branches over grids, paired units,
 * needs posted, then verified hours, fulfilled wishes, co-build projects completed and evaluated
 * and joint-meeting sessions, with internal events of other kinds between them (a third of the log,
 * which the replay reads and skips). Beside it, in the same run, reading the same log through the
 * same port (`readAll` in batches of REPLAY_BATCH, nothing folded): the what-if's events/s as a
 * ratio of the store's. Then the two rankings of a quarter (published, draft) and their comparison.
 * Medians of BENCH_ASSESSMENT_REPEAT runs (default 1), `synchronous=NORMAL`.
 */
const EVENTS = Number(process.env.BENCH_ASSESSMENT_EVENTS ?? 1_000_000);
const REPEAT = Number(process.env.BENCH_ASSESSMENT_REPEAT ?? 1);
const MEMBERS = 20_000;
const BRANCHES = 400;
const UNITS = 700;
const NEEDS = 10_000;
/** events per append (one transaction) while the log is written… */
const WRITE_BATCH = 1_000;
/**
 * …and bytes of them (data and metadata, UTF-8): 1,000 of the project's evaluations made 434 kB,
 * where the event stores refuse 1 MiB and the platform keeps appends to a quarter of it (DECISIONS 85)
 */
const WRITE_BATCH_BYTES = 256 * 1024;

const actor = { accountId: 'bench', role: 'system', orgId: null };
const START = Date.parse('2025-01-01T00:00:00Z');
const SPAN = 2 * 365 * 86_400_000;

/** A deterministic pseudo-random sequence (the same log every run). */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function* history(count: number): Generator<[string, ProposedEvent]> {
  const rnd = random(20);
  const pick = (n: number) => Math.floor(rnd() * n);
  let i = 0;
  const event = (streamId: string, type: string, data: unknown): [string, ProposedEvent] => {
    const at = new Date(START + Math.floor((i++ / count) * SPAN)).toISOString();
    const proposed = { eventId: uuidv7(), type, schemaVersion: 1, occurredAt: at, actor, correlationId: 'bench' };
    return [streamId, { ...proposed, causationId: null, data }];
  };
  for (let b = 0; b < BRANCHES; b++)
    yield event('organizations.party-org-bench', 'organizations.PartyOrganizationFormed', {
      partyOrgId: `b${b}`,
      kind: 'branch',
      name: `第${b}网格党支部`,
      parentId: `c${b % 40}`,
      covers: [`g${b}`],
    });
  for (let u = 0; u < UNITS; u++)
    yield event('organizations.pairing-bench', 'organizations.PairingEstablished', {
      pairingId: `p${u}`,
      unitId: `u${u}`,
      orgId: `c${u % 40}`,
      establishedOn: '2025-01-01',
    });
  for (let m = 0; m < MEMBERS; m++)
    yield event('members.member-bench', 'members.MemberRegistered', {
      memberId: `m${m}`,
      name: `党员${m}`,
      branchId: m % 10 === 0 ? `u${m % UNITS}` : `b${m % BRANCHES}`,
      joinedPartyOn: '2000-01-01',
      employerUnitId: null,
    });
  for (let n = 0; n < NEEDS; n++)
    yield event('matching.need-bench', 'matching.NeedPosted', {
      needId: `n${n}`,
      communityId: `c${n % 40}`,
      gridId: `g${n % BRANCHES}`,
      title: '需求',
      category: n % 2 ? 'elderly_care' : 'environment',
    });
  while (i < count) {
    const kind = pick(100);
    const member = `m${pick(MEMBERS)}`;
    const participants = [member, `m${pick(MEMBERS)}`, `m${pick(MEMBERS)}`];
    if (kind < 40)
      yield event('volunteering.activity-a', 'volunteering.VolunteerHoursVerified', {
        activityId: 'a',
        memberId: member,
        orgId: `g${pick(BRANCHES)}`,
        category: kind % 2 ? 'elderly_care' : 'environment',
        hours: 1 + pick(4),
        pointsPerHour: 10,
        verifiedAt: '2025-01-01T00:00:00Z',
      });
    else if (kind < 48)
      yield event('volunteering.wish-w', 'volunteering.MicroWishFulfilled', {
        wishId: 'w',
        communityId: 'c1',
        memberId: member,
        title: '微心愿',
        confirmedAt: '2025-01-01T00:00:00Z',
      });
    else if (kind < 55)
      yield event('matching.project-p', 'matching.ProjectCompleted', {
        projectId: 'p',
        proposalId: 'x',
        needId: `n${pick(NEEDS)}`,
        offerId: 'o',
        communityId: 'c1',
        unitId: `u${pick(UNITS)}`,
        title: '项目',
        quantity: { amount: 10, unit: 'person_hours' },
        report: '完成',
        participantMemberIds: participants,
      });
    else if (kind < 62)
      yield event('matching.project-p', 'matching.ProjectEvaluated', {
        projectId: 'p',
        unitId: `u${pick(UNITS)}`,
        communityId: 'c1',
        score: 1 + pick(5),
        comment: '',
        participantMemberIds: participants,
      });
    else if (kind < 66)
      yield event('organizations.joint-meeting-j', 'organizations.JointMeetingSessionHeld', {
        sessionId: 's',
        orgId: `c${pick(40)}`,
        heldOn: '2025-01-01',
        unitIds: [`u${pick(UNITS)}`, `u${pick(UNITS)}`],
        partTimeMemberIds: [`a${member}`],
        decisions: 2,
      });
    // what the replay reads and passes by: the internal events of the other services
    else yield event('matching.need-x', 'matching.NeedEdited', { needId: 'x', title: '需求（修改）', tags: ['助老'] });
  }
}

/** An event's bytes as an event store counts them: its data and its metadata, UTF-8. */
const eventBytes = ({ data, ...metadata }: ProposedEvent) =>
  Buffer.byteLength(JSON.stringify(data)) + Buffer.byteLength(JSON.stringify(metadata));

/**
 * Appends the history in batches of one stream, WRITE_BATCH events and WRITE_BATCH_BYTES at most
 * (one transaction each). A stream seen for the first time flushes every batch held, so what
 * comes first in the history (branches, members, needs) is in the log before what refers to it.
 * Returns the time taken and the largest append's bytes.
 */
async function writeLog(store: SqliteEventStore, count: number): Promise<{ millis: number; largestAppend: number }> {
  const started = performance.now();
  const batches = new Map<string, { events: ProposedEvent[]; bytes: number }>();
  let largestAppend = 0;
  const flush = async (streamId: string) => {
    const batch = batches.get(streamId);
    if (batch?.events.length) await store.append(streamId, batch.events, 'any');
    largestAppend = Math.max(largestAppend, batch?.bytes ?? 0);
    batches.set(streamId, { events: [], bytes: 0 });
  };
  for (const [stream, event] of history(count)) {
    if (!batches.has(stream)) for (const held of [...batches.keys()]) await flush(held);
    const size = eventBytes(event);
    if ((batches.get(stream)?.bytes ?? 0) + size > WRITE_BATCH_BYTES) await flush(stream);
    const batch = batches.get(stream) ?? { events: [], bytes: 0 };
    batches.set(stream, batch);
    batch.events.push(event);
    batch.bytes += size;
    if (batch.events.length >= WRITE_BATCH) await flush(stream);
  }
  for (const held of [...batches.keys()]) await flush(held);
  return { millis: performance.now() - started, largestAppend };
}

/** The same log read through the same port, nothing folded. */
async function readLog(store: SqliteEventStore): Promise<{ events: number; millis: number }> {
  const started = performance.now();
  let position = 0;
  let events = 0;
  for (;;) {
    const read = await store.readAll({ fromPosition: position, maxCount: REPLAY_BATCH });
    if (read.length === 0) break;
    events += read.length;
    position = read[read.length - 1].globalPosition;
  }
  return { events, millis: performance.now() - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rate = (count: number, millis: number) => Math.round(count / (millis / 1000));

/** A draft that caps hours and weighs projects anew: what the district might try. */
const DRAFT: IndicatorSet = {
  ...DEFAULT_SETS.pioneer,
  setId: 'draft',
  status: 'draft',
  indicators: [
    { measure: 'volunteer_hours', category: 'elderly_care', weight: 3, cap: 60 },
    { measure: 'volunteer_hours', category: null, weight: 1, cap: 40 },
    { measure: 'wishes_fulfilled', category: null, weight: 8, cap: null },
    { measure: 'projects_served', category: null, weight: 12, cap: null },
    { measure: 'evaluation_points', category: null, weight: 4, cap: null },
  ],
};

export async function assessmentBenchmarks(count = EVENTS, repeat = REPEAT) {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-assessment-bench-'));
  try {
    const store = new SqliteEventStore({ filename: join(dir, 'log.db') });
    store.db.pragma('synchronous = NORMAL');
    const written = await writeLog(store, count);
    const reads: number[] = [];
    const replays: number[] = [];
    let last: Awaited<ReturnType<typeof replayLog>> | null = null;
    let progressReports = 0;
    for (let run = 0; run < repeat; run++) {
      reads.push((await readLog(store)).millis);
      last = await replayLog(storeHistory(store), () => progressReports++);
      replays.push(last.millis);
    }
    const { tally, events } = last!;
    const compareStarted = performance.now();
    const subjects = subjectsOf(tally, 'pioneer');
    // the last quarter of the history: every count of events reaches it
    const before = rankingOf(tally, DEFAULT_SETS.pioneer, '2026Q4', subjects);
    const after = rankingOf(tally, DRAFT, '2026Q4', subjects);
    const moves = compareRankings(before, after);
    const compareMillis = performance.now() - compareStarted;
    await store.close();
    const read = median(reads);
    const replay = median(replays);
    return {
      name: `assessment: what-if of an indicator set over ${events} events (SQLite log, batches of ${REPLAY_BATCH})`,
      log: {
        events,
        tallied: tally.folded,
        writtenInMillis: Math.round(written.millis),
        largestAppendBytes: written.largestAppend,
      },
      whatIf: {
        what: 'readAll in batches + fold into a shadow Tally (replayLog, as POST /assessment/indicator-sets/:id/what-if)',
        eventsPerSecond: rate(events, replay),
        millis: Math.round(replay),
        runs: replays.map(Math.round),
        progressReports: Math.round(progressReports / repeat),
      },
      read: {
        what: 'SqliteEventStore.readAll of the same log in the same batches, nothing folded',
        eventsPerSecond: rate(events, read),
        millis: Math.round(read),
        runs: reads.map(Math.round),
      },
      ratio: Math.round((read / replay) * 100) / 100,
      comparison: {
        what: 'rank a quarter by the published set and by the draft, and compare them',
        subjects: subjects.length,
        moved: moves.filter((m) => m.places !== 0).length,
        millis: Math.round(compareMillis),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const count = process.argv[2] ? Number(process.argv[2]) : EVENTS;
  assessmentBenchmarks(count)
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
