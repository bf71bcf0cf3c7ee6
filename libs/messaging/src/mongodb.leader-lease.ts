import type { Collection } from 'mongodb';
import type { LeaderLease } from './leader-lease.port';

interface TermDoc {
  /** `<name>#<term>`: the unique key that decides who gets a term */
  _id: string;
  name: string;
  term: number;
  holder: string;
  expiresAt: Date;
}

/**
 * The lease in MongoDB (the EventStoreDB deployment, whose side stores live there), as a series of
 * terms: each taking or renewal inserts the lease's next term, `{_id: '<name>#<term>'}`, after
 * reading the latest one (free, run out, or the caller's own). Of several replicas inserting the
 * same term, the unique `_id` lets one in and refuses the others (E11000), and a caller that read
 * a stale latest term collides with the newer one the same way. Only inserts decide, never a
 * conditional update: FerretDB v1 runs an update as a query and then a write, so two updates of
 * one document can both match (see MongoCheckpointStore), while its `_id` is a unique index. The
 * terms before the one just taken are deleted.
 *
 * Time is the replicas' clocks: they must agree to well within the lease's length (NTP does).
 */
export class MongoLeaderLease implements LeaderLease {
  static readonly collectionName = '_leases';
  private indexed: Promise<unknown> | null = null;

  constructor(
    private readonly collection: Collection<TermDoc>,
    private readonly now: () => number = Date.now,
  ) {}

  async acquire(name: string, holder: string, ttlMillis: number): Promise<boolean> {
    const current = await this.latest(name);
    const now = this.now();
    if (current && current.holder !== holder && current.expiresAt.getTime() > now) return false;
    const term = (current?.term ?? 0) + 1;
    try {
      await this.collection.insertOne(
        { _id: `${name}#${term}`, name, term, holder, expiresAt: new Date(now + ttlMillis) },
        { writeConcern: { w: 'majority' } },
      );
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
    await this.collection.deleteMany({ name, term: { $lt: term } });
    return true;
  }

  async release(name: string, holder: string): Promise<void> {
    const current = await this.latest(name);
    if (current?.holder !== holder) return;
    await this.collection.updateOne(
      { _id: current._id, holder },
      { $set: { expiresAt: new Date(0) } },
      { writeConcern: { w: 'majority' } },
    );
  }

  async holder(name: string): Promise<string | null> {
    const current = await this.latest(name);
    return current && current.expiresAt.getTime() > this.now() ? current.holder : null;
  }

  private async latest(name: string): Promise<TermDoc | null> {
    this.indexed ??= this.collection.createIndex({ name: 1, term: -1 }).catch((error: unknown) => {
      this.indexed = null;
      throw error;
    });
    await this.indexed;
    return this.collection.find({ name }).sort({ term: -1 }).limit(1).next();
  }
}
