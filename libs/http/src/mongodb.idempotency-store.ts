import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';
import type { IdempotencyBegin, IdempotencyStore } from './idempotency';

interface IdempotencyDoc {
  /** `<scope>\n<key>`: neither a scope (actor, method, path) nor a header value holds a newline */
  _id: string;
  fingerprint: string;
  /** null while the claiming request runs */
  status: number | null;
  /** the response body as JSON text: bodies may hold keys MongoDB does not store ($, .) */
  body: string | null;
  createdAt: Date;
  /** who the response is about (a member id), for eraseSubject; absent on older records */
  subject?: string | null;
  /** set by eraseSubject: body and fingerprint blanked */
  erased?: boolean;
}

/** Marks that one request took over an abandoned claim (see `reclaim`). */
interface ReclaimToken {
  _id: string;
  createdAt: Date;
}

export interface MongoIdempotencyStoreOptions {
  /** A claim not completed within this time is considered abandoned (its process died). */
  staleClaimMillis?: number;
  writeConcern?: 'majority' | number;
}

/**
 * Idempotency records in MongoDB, with the semantics of SqliteIdempotencyStore. Every decision
 * that two requests may race for is an insert, atomic on `_id` — on FerretDB v1 too, where an
 * update is "query, then write by _id" and two conditional updates can both succeed.
 */
export class MongoIdempotencyStore implements IdempotencyStore {
  static readonly collectionName = '_idempotency';
  private readonly staleClaimMillis: number;
  private readonly w: 'majority' | number;

  /** `collection`: `_idempotency` (MongoIdempotencyStore.collectionName) on the service's database. */
  constructor(
    private readonly collection: Collection<IdempotencyDoc>,
    options: MongoIdempotencyStoreOptions = {},
  ) {
    this.staleClaimMillis = options.staleClaimMillis ?? 60_000;
    this.w = options.writeConcern ?? 'majority';
  }

  async begin(scope: string, key: string, fingerprint: string): Promise<IdempotencyBegin> {
    const _id = `${scope}\n${key}`;
    // a record released between our failed claim and our read is gone: claim again
    for (let attempt = 1; attempt <= 3; attempt++) {
      const claim = { _id, fingerprint, status: null, body: null, createdAt: new Date() };
      if (await this.insert(this.collection, claim)) return { state: 'new' };
      const row = await this.collection.findOne({ _id });
      if (row) return this.existing(row, fingerprint);
    }
    return { state: 'in_progress' };
  }

  async complete(scope: string, key: string, status: number, body: unknown, subject?: string): Promise<void> {
    const json = body === undefined ? null : JSON.stringify(body);
    await this.collection.updateOne(
      { _id: `${scope}\n${key}`, erased: { $ne: true } },
      { $set: { status, body: json, subject: subject ?? null } },
      { writeConcern: { w: this.w } },
    );
  }

  async eraseSubject(subject: string): Promise<number> {
    const result = await this.collection.updateMany(
      { subject, erased: { $ne: true } },
      { $set: { body: null, fingerprint: '', erased: true } },
      { writeConcern: { w: this.w } },
    );
    return result.modifiedCount;
  }

  async release(scope: string, key: string): Promise<void> {
    await this.collection.deleteOne({ _id: `${scope}\n${key}`, status: null }, { writeConcern: { w: this.w } });
  }

  private async existing(row: IdempotencyDoc, fingerprint: string): Promise<IdempotencyBegin> {
    if (row.erased) return { state: 'erased' };
    if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
    if (row.status !== null) {
      return { state: 'completed', status: row.status, body: row.body === null ? undefined : JSON.parse(row.body) };
    }
    const stale = Date.now() - row.createdAt.getTime() > this.staleClaimMillis;
    return { state: stale && (await this.reclaim(row)) ? 'new' : 'in_progress' };
  }

  /**
   * Takes over a claim whose process died mid-request. Of several requests racing for it, the
   * one that inserts the token named after this very claim (its id and creation time) wins; the
   * claim is then renewed. Tokens stay: there is one per abandoned claim, and removing it would
   * let a late racer that read the same stale claim win a second time.
   */
  private async reclaim(row: IdempotencyDoc): Promise<boolean> {
    const token = { _id: `${row._id}\nreclaimed ${row.createdAt.getTime()}`, createdAt: new Date() };
    if (!(await this.insert(this.collection as unknown as Collection<ReclaimToken>, token))) return false;
    const renewed = await this.collection.updateOne(
      { _id: row._id, status: null, createdAt: row.createdAt },
      { $set: { createdAt: new Date() } },
      { writeConcern: { w: this.w } },
    );
    return renewed.modifiedCount === 1;
  }

  /** Inserts `doc`; false when its `_id` exists. */
  private async insert<D extends Document>(into: Collection<D>, doc: OptionalUnlessRequiredId<D>): Promise<boolean> {
    try {
      await into.insertOne(doc, { writeConcern: { w: this.w } });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  }
}
