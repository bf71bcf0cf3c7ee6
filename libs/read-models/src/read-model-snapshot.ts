import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ReadModelDocument } from './document-store.port';
import type { Projection } from './projection';

export const SNAPSHOT_FORMAT = 'gongjian.read-models.snapshot/1';

/** The event of the log a snapshot reflects: everything up to it is folded in. */
export interface SnapshotCheckpoint {
  position: number;
  eventId: string;
  /** that event's hash: with the hash chain, proof that the log up to there is the one folded */
  hash: string;
}

export interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  service: string;
  checkpoint: SnapshotCheckpoint;
  /** fingerprint per projection name (projectionFingerprint): a changed projection is rebuilt */
  projections: Record<string, string>;
  writtenAt: string;
}

export interface Snapshot {
  header: SnapshotHeader;
  collections: Map<string, ReadModelDocument[]>;
}

/** Why a snapshot file cannot be used (the start logs it and rebuilds from the log). */
export class SnapshotRefused extends Error {}

/**
 * A projection's identity for snapshots: its name, collection, the events it folds, its declared
 * `version` and the source of its fold. A change to any of them makes a snapshot's documents of
 * that projection stale; a change in a helper the fold calls is not seen, which is what `version`
 * is for.
 */
export function projectionFingerprint(projection: Projection<any>): string {
  const identity = JSON.stringify([
    projection.name,
    projection.collection,
    [...projection.handles],
    projection.version ?? 0,
    projection.apply.toString(),
    projection.documentId?.toString() ?? null,
  ]);
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

const CHUNK = 1 << 20;

/**
 * Writes a snapshot atomically: JSON lines (the header, then per collection a line naming it and
 * its count followed by one line per document) into a temporary file beside `file`, a last line
 * with the SHA-256 of everything before it, fsync, rename over `file`, fsync of the directory.
 * Serialised in chunks of about 1 MiB with a write between them, so requests are served meanwhile;
 * `collections` must not change under it (MemoryDocumentStore.dump gives documents that never do).
 */
export async function writeSnapshot(
  file: string,
  header: SnapshotHeader,
  collections: Array<[string, ReadModelDocument[]]>,
  mode = 0o600,
): Promise<{ bytes: number; documents: number }> {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', mode);
  const hash = createHash('sha256');
  let bytes = 0;
  let documents = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async () => {
    const buffer = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    hash.update(buffer);
    bytes += buffer.length;
    await handle.write(buffer);
  };
  const line = async (value: unknown) => {
    const text = JSON.stringify(value) + '\n';
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength >= CHUNK) await flush();
  };
  try {
    await line(header);
    for (const [name, docs] of collections) {
      await line({ collection: name, documents: docs.length });
      for (const doc of docs) await line(doc);
      documents += docs.length;
    }
    await flush();
    const trailer = Buffer.from(JSON.stringify({ sha256: hash.digest('hex'), bytes }) + '\n', 'utf8');
    await handle.write(trailer);
    await handle.sync();
    await handle.close();
    await rename(temporary, file);
    await syncDirectory(dirname(file));
    return { bytes: bytes + trailer.length, documents };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Reads a snapshot file whole, checking its format and its checksum (SnapshotRefused says why
 * not). Does not look at the log or the projections: the caller compares the header with them.
 * Lines are cut from the file's bytes as read (no readline: a fifth of the time at a million
 * lines), each hashed as it is, the last one (the checksum) excepted.
 */
export async function readSnapshot(file: string): Promise<Snapshot> {
  const reader = new SnapshotReader();
  let rest: Buffer | null = null;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
    const data: Buffer = rest ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    const start = reader.lines(data);
    rest = start < data.length ? data.subarray(start) : null;
  }
  if (rest) throw new SnapshotRefused('the file is cut short (its last line is incomplete)');
  return reader.end();
}

const NEWLINE = 0x0a;

class SnapshotReader {
  private readonly hash = createHash('sha256');
  private header: SnapshotHeader | null = null;
  private readonly collections = new Map<string, ReadModelDocument[]>();
  private current: { docs: ReadModelDocument[]; left: number } | null = null;
  private trailer: { sha256: string; bytes?: unknown } | null = null;
  private bytes = 0;

  /**
   * The whole lines of `data`; returns where the incomplete last one starts. A collection's
   * document lines are parsed together, as one JSON array (a raw newline is never inside a JSON
   * text, so the lines joined by commas are the array's items): one `JSON.parse` per chunk
   * instead of one per document, the most of reading a large snapshot (DECISIONS 92).
   */
  lines(data: Buffer): number {
    let start = 0;
    while (start < data.length) {
      if (this.current) {
        let end = start;
        let count = 0;
        for (
          let at = data.indexOf(NEWLINE, end);
          at !== -1 && count < this.current.left;
          at = data.indexOf(NEWLINE, end)
        ) {
          end = at + 1;
          count++;
        }
        if (count === 0) return start;
        this.documents(data, start, end, count);
        start = end;
        continue;
      }
      const end = data.indexOf(NEWLINE, start);
      if (end === -1) return start;
      this.line(data.subarray(start, end + 1));
      start = end + 1;
    }
    return start;
  }

  /** `count` document lines of the current collection, `data[start, end)` with their newlines. */
  private documents(data: Buffer, start: number, end: number, count: number): void {
    if (this.trailer) throw new SnapshotRefused('lines after its checksum');
    const raw = data.subarray(start, end);
    this.hash.update(raw);
    this.bytes += raw.length;
    const text = raw.toString('utf8', 0, raw.length - 1);
    const docs = parseLine(`[${count === 1 ? text : text.replaceAll('\n', ',')}]`);
    if (!Array.isArray(docs) || docs.length !== count) throw new SnapshotRefused('a line is not JSON');
    const current = this.current!;
    for (const doc of docs) current.docs.push(doc as ReadModelDocument);
    current.left -= count;
    if (current.left === 0) this.current = null;
  }

  /** One line with its newline (a header, a collection's, the checksum). */
  private line(raw: Buffer): void {
    if (this.trailer) throw new SnapshotRefused('lines after its checksum');
    const value = parseLine(raw.toString('utf8', 0, raw.length - 1));
    if (this.header && isTrailer(value)) {
      this.trailer = value;
      return;
    }
    this.hash.update(raw);
    this.bytes += raw.length;
    if (!this.header) {
      this.header = value as SnapshotHeader;
      if (this.header?.format !== SNAPSHOT_FORMAT)
        throw new SnapshotRefused(`not a snapshot of format ${SNAPSHOT_FORMAT}`);
    } else {
      const { collection, documents } = (value ?? {}) as { collection?: unknown; documents?: unknown };
      if (typeof collection !== 'string' || typeof documents !== 'number')
        throw new SnapshotRefused('a collection line is malformed');
      const docs: ReadModelDocument[] = [];
      this.collections.set(collection, docs);
      if (documents > 0) this.current = { docs, left: documents };
    }
  }

  end(): Snapshot {
    if (!this.header) throw new SnapshotRefused('the file is empty');
    if (!this.trailer) throw new SnapshotRefused('the file is cut short (no checksum line)');
    if (this.trailer.sha256 !== this.hash.digest('hex') || this.trailer.bytes !== this.bytes)
      throw new SnapshotRefused('its checksum does not match its content');
    return { header: this.header, collections: this.collections };
  }
}

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SnapshotRefused('a line is not JSON');
  }
}

function isTrailer(value: unknown): value is { sha256: string } {
  return typeof value === 'object' && value !== null && typeof (value as { sha256?: unknown }).sha256 === 'string';
}
