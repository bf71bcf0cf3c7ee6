import type { Collection } from 'mongodb';
import type { IdempotencyBegin, IdempotencyStore } from './idempotency';

interface IdempotencyDoc {
  _id: string;
  fingerprint: string;
  status: number | null;
  /** the response body as JSON text: bodies may hold keys MongoDB does not store ($, .) */
  body: string | null;
  createdAt: Date;
}

const STALE_CLAIM_MILLIS = 60_000;

/** Idempotency records in MongoDB; the claim is an insert, atomic on `_id`. */
export class MongoIdempotencyStore implements IdempotencyStore {
  constructor(private readonly collection: Collection<IdempotencyDoc>) {}

  private id(scope: string, key: string): string {
    return `${scope}\n${key}`;
  }

  async begin(scope: string, key: string, fingerprint: string): Promise<IdempotencyBegin> {
    const _id = this.id(scope, key);
    try {
      await this.collection.insertOne(
        { _id, fingerprint, status: null, body: null, createdAt: new Date() },
        { writeConcern: { w: 'majority' } },
      );
      return { state: 'new' };
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
    const row = await this.collection.findOne({ _id });
    if (!row) return this.begin(scope, key, fingerprint);
    if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
    if (row.status === null) {
      if (Date.now() - row.createdAt.getTime() <= STALE_CLAIM_MILLIS) return { state: 'in_progress' };
      const reclaimed = await this.collection.updateOne(
        { _id, status: null, createdAt: row.createdAt },
        { $set: { createdAt: new Date() } },
      );
      return { state: reclaimed.modifiedCount === 1 ? 'new' : 'in_progress' };
    }
    return { state: 'completed', status: row.status, body: row.body === null ? undefined : JSON.parse(row.body) };
  }

  async complete(scope: string, key: string, status: number, body: unknown): Promise<void> {
    const json = body === undefined ? null : JSON.stringify(body);
    await this.collection.updateOne(
      { _id: this.id(scope, key) },
      { $set: { status, body: json } },
      { writeConcern: { w: 'majority' } },
    );
  }

  async release(scope: string, key: string): Promise<void> {
    await this.collection.deleteOne({ _id: this.id(scope, key), status: null });
  }
}
