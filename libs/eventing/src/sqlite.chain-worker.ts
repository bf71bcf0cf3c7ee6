import Database from 'better-sqlite3';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type ChainCheck, ChainVerifier } from './chain-verifier';
import { eventHashOfText, hashMatches } from './hash-chain';
import { type EventRow, StoredEnvelope } from './stored-envelope';
import { workerOf } from './worker-thread';

interface Job {
  gongjianChainCheck: true;
  filename: string;
  upTo: number;
  columns: string;
}

/**
 * The hash chains of the log in `job.filename` checked on a worker thread, which reads the file
 * itself (read-only: WAL lets it read beside the writer) up to position `job.upTo`. A replay folds on
 * the main thread meanwhile: hashing every event was half of its work, and it needs none of the
 * replay's state, only the rows (DECISIONS 100).
 */
export function checkChainsInWorker(job: Omit<Job, 'gongjianChainCheck'>, signal?: AbortSignal): Promise<ChainCheck> {
  const worker = workerOf(__filename, { gongjianChainCheck: true, ...job } satisfies Job);
  return new Promise((resolve, reject) => {
    worker.once('message', (check: ChainCheck) => resolve(check));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the chain check's worker exited (${code})`)));
    signal?.addEventListener('abort', () => void worker.terminate(), { once: true });
  });
}

/**
 * Rows hashed as they are when they carry the text their hash covers (no parse at all); a row
 * that does not match, or of an earlier version, is verified as an envelope from its values.
 */
function check({ filename, upTo, columns }: Job): ChainCheck {
  const db = new Database(filename, { readonly: true, fileMustExist: true });
  try {
    const page = db
      .prepare<[number, number, number], EventRow>(
        `SELECT ${columns} FROM events WHERE global_position > ? AND global_position <= ?
         ORDER BY global_position LIMIT ?`,
      )
      .raw();
    const verifier = new ChainVerifier();
    for (let position = 0; ;) {
      const rows = page.all(position, upTo, 2000);
      if (rows.length === 0) break;
      for (const row of rows) {
        const fields = fieldsOf(row);
        verifier.link(fields, rowHashMatches(row, fields));
      }
      position = rows[rows.length - 1][0];
    }
    return { checked: verifier.checked, breaks: verifier.breaks };
  } finally {
    db.close();
  }
}

/** The fields of a row the chain check and the hash of its text need, in one object. */
function fieldsOf(row: EventRow) {
  return {
    globalPosition: row[0],
    eventId: row[1],
    type: row[2],
    schemaVersion: row[3],
    streamId: row[4],
    streamRevision: row[5],
    occurredAt: row[6],
    recordedAt: row[7],
    correlationId: row[9],
    causationId: row[10],
    prevHash: row[12],
    hash: row[13],
  };
}

function rowHashMatches(row: EventRow, fields: ReturnType<typeof fieldsOf>): boolean {
  if (row[14] === 1 && eventHashOfText(fields, row[8], row[11]) === row[13]) return true;
  return hashMatches(new StoredEnvelope(row));
}

if (!isMainThread && parentPort && (workerData as Partial<Job> | null)?.gongjianChainCheck === true) {
  parentPort.postMessage(check(workerData as Job));
}
