import type { Collection } from 'mongodb';
import type { CheckpointStore } from './checkpoint-store.port';

interface CheckpointDoc {
  _id: string;
  position: number;
}

/**
 * Checkpoints in MongoDB (distributed runtime), one document per name. A save only moves
 * forward: `updateOne({_id: name, position: {$lt: p}}, {$set: {position: p}}, {upsert: true})`.
 * When the stored position is already p or later the filter misses, the upsert collides on `_id`
 * (E11000) and the save is a no-op. Each relay saves its own name one save at a time; FerretDB v1
 * would not make two concurrent saves of one name atomic (it queries, then writes by `_id`).
 */
export class MongoCheckpointStore implements CheckpointStore {
  static readonly collectionName = '_checkpoints';

  /** `collection`: `_checkpoints` (MongoCheckpointStore.collectionName) on the service's database. */
  constructor(
    private readonly collection: Collection<CheckpointDoc>,
    private readonly w: 'majority' | number = 'majority',
  ) {}

  async load(name: string): Promise<number> {
    return (await this.collection.findOne({ _id: name }))?.position ?? 0;
  }

  async save(name: string, position: number): Promise<void> {
    // the first E11000 may be a lost race between two first saves of `name` (both inserting);
    // retried as an update, a second one means the stored position is already `position` or later
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        await this.collection.updateOne(
          { _id: name, position: { $lt: position } },
          { $set: { position } },
          { upsert: true, writeConcern: { w: this.w } },
        );
        return;
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
    }
  }
}
