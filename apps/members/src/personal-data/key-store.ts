import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Collection } from 'mongodb';
import { preparePrivateSqliteFile, type RuntimeConfig } from '@gongjian/runtime';
import type { MongoDocumentStore } from '@gongjian/read-models/mongodb.document-store';
import type { DocumentStore } from '@gongjian/read-models';

/**
 * One AES-256 key per member, kept outside the event log (DESIGN §6). Deleting the key is the
 * erasure: the sealed fields in every event, read model and export become unreadable at once.
 */
export interface MemberKeyStore {
  /** A new random key for the member (one per member; a second call returns the first key). */
  create(memberId: string): Promise<Buffer>;
  get(memberId: string): Promise<Buffer | null>;
  destroy(memberId: string): Promise<void>;
  close(): Promise<void>;
}

export const MEMBER_KEY_STORE = Symbol('MEMBER_KEY_STORE');

/**
 * Embedded: its own SQLite file (`member-keys.db`, in GONGJIAN_KEY_DIR or the data dir), with `secure_delete`
 * so a destroyed key's bytes are overwritten in the file, not just unlinked from the b-tree.
 */
export class SqliteMemberKeyStore implements MemberKeyStore {
  private readonly db: Database.Database;

  constructor(filename: string) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = DELETE');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('synchronous = FULL');
    this.db.exec('CREATE TABLE IF NOT EXISTS member_keys (member_id TEXT PRIMARY KEY, key BLOB NOT NULL)');
  }

  async create(memberId: string): Promise<Buffer> {
    this.db.prepare('INSERT OR IGNORE INTO member_keys (member_id, key) VALUES (?, ?)').run(memberId, randomBytes(32));
    return (await this.get(memberId))!;
  }

  async get(memberId: string): Promise<Buffer | null> {
    const row = this.db.prepare('SELECT key FROM member_keys WHERE member_id = ?').get(memberId) as
      { key: Buffer } | undefined;
    return row?.key ?? null;
  }

  async destroy(memberId: string): Promise<void> {
    this.db.prepare('DELETE FROM member_keys WHERE member_id = ?').run(memberId);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Distributed: a collection of its own (`members._keys`) beside the read models. */
export class MongoMemberKeyStore implements MemberKeyStore {
  static readonly collectionName = 'members._keys';

  constructor(private readonly keys: Collection<{ _id: string; key: Buffer }>) {}

  async create(memberId: string): Promise<Buffer> {
    try {
      await this.keys.updateOne(
        { _id: memberId },
        { $setOnInsert: { key: randomBytes(32) } },
        { upsert: true, writeConcern: { w: 'majority' } },
      );
    } catch (error) {
      // a concurrent create of the same member inserted first (FerretDB v1 answers E11000 where
      // MongoDB retries the upsert itself): its key is the member's key
      if ((error as { code?: number }).code !== 11000) throw error;
    }
    return (await this.get(memberId))!;
  }

  async get(memberId: string): Promise<Buffer | null> {
    const doc = await this.keys.findOne({ _id: memberId });
    if (!doc) return null;
    const key = doc.key as unknown as Buffer | { buffer: Buffer };
    return Buffer.isBuffer(key) ? key : Buffer.from(key.buffer);
  }

  async destroy(memberId: string): Promise<void> {
    await this.keys.deleteOne({ _id: memberId }, { writeConcern: { w: 'majority' } });
  }

  async close(): Promise<void> {
    // the connection belongs to the document store
  }
}

export function createMemberKeyStore(config: RuntimeConfig, documents: DocumentStore): MemberKeyStore {
  // a MongoDocumentStore (looked at, not imported: the embedded platform does not load mongoose)
  if (config.readStore === 'mongodb' && 'collectionHandle' in documents)
    return new MongoMemberKeyStore(
      (documents as MongoDocumentStore).collectionHandle(MongoMemberKeyStore.collectionName),
    );
  // GONGJIAN_KEY_DIR: on other storage than the log and its backups (docs/security/storage.md)
  const dir = config.keyDir ?? config.dataDir;
  const file = join(dir, 'member-keys.db');
  preparePrivateSqliteFile(dir, file, config);
  return new SqliteMemberKeyStore(file);
}
