import type Database from 'better-sqlite3';
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;

/** scrypt with N=2^15, r=8, p=1 (OWASP's minimum is 2^17 for interactive; this is ~50 ms here). */
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** `scrypt$N$r$p$salt$hash`, all base64 — self-describing so parameters can grow later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFKC'), salt, 32, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/**
 * Password hashes live outside the event log (the log is immutable and exported for audits; a
 * changed password must not stay readable there).
 */
export interface CredentialStore {
  get(accountId: string): Promise<string | null>;
  set(accountId: string, passwordHash: string): Promise<void>;
}

export const CREDENTIAL_STORE = Symbol('CREDENTIAL_STORE');

export class SqliteCredentialStore implements CredentialStore {
  private readonly getStatement;
  private readonly setStatement;

  constructor(db: Database.Database) {
    db.exec(
      'CREATE TABLE IF NOT EXISTS credentials (account_id TEXT PRIMARY KEY, password_hash TEXT NOT NULL) WITHOUT ROWID',
    );
    this.getStatement = db.prepare<[string], { password_hash: string }>(
      'SELECT password_hash FROM credentials WHERE account_id = ?',
    );
    this.setStatement = db.prepare(
      'INSERT INTO credentials (account_id, password_hash) VALUES (?, ?) ON CONFLICT (account_id) DO UPDATE SET password_hash = excluded.password_hash',
    );
  }

  get(accountId: string): Promise<string | null> {
    return Promise.resolve(this.getStatement.get(accountId)?.password_hash ?? null);
  }

  set(accountId: string, passwordHash: string): Promise<void> {
    this.setStatement.run(accountId, passwordHash);
    return Promise.resolve();
  }
}

/** Credentials in MongoDB, for the distributed runtime. */
export class MongoCredentialStore implements CredentialStore {
  static readonly collectionName = '_credentials';

  /** `collection`: `_credentials` (MongoCredentialStore.collectionName) on the service's database. */
  constructor(private readonly collection: import('mongodb').Collection<{ _id: string; passwordHash: string }>) {}

  async get(accountId: string): Promise<string | null> {
    return (await this.collection.findOne({ _id: accountId }))?.passwordHash ?? null;
  }

  async set(accountId: string, passwordHash: string): Promise<void> {
    const upsert = () =>
      this.collection.updateOne(
        { _id: accountId },
        { $set: { passwordHash } },
        { upsert: true, writeConcern: { w: 'majority' } },
      );
    try {
      await upsert();
    } catch (error) {
      // two first sets of one account raced and both inserted (FerretDB v1 answers E11000 then;
      // MongoDB retries such an upsert itself): the document exists now, so this one updates
      if ((error as { code?: number }).code !== 11000) throw error;
      await upsert();
    }
  }
}
