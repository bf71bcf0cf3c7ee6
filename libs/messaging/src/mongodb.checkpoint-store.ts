import type { Collection } from 'mongodb';
import type { Checkpoint, CheckpointStore } from './checkpoint-store.port';

interface CheckpointDoc {
  _id: string;
  position: number;
  /** the id of the event at `position`; absent in checkpoints saved before it was recorded */
  eventId?: string;
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
    return (await this.read(name))?.position ?? 0;
  }

  async read(name: string): Promise<Checkpoint | null> {
    const doc = await this.collection.findOne({ _id: name });
    if (!doc) return null;
    return doc.eventId ? { position: doc.position, eventId: doc.eventId } : { position: doc.position };
  }

  async save(name: string, position: number, eventId?: string): Promise<void> {
    const update = eventId ? { $set: { position, eventId } } : { $set: { position }, $unset: { eventId: '' as const } };
    // the first E11000 may be a lost race between two first saves of `name` (both inserting);
    // retried as an update, a second one means the stored position is already `position` or later
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        await this.collection.updateOne({ _id: name, position: { $lt: position } }, update, {
          upsert: true,
          writeConcern: { w: this.w },
        });
        return;
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
    }
  }

  async reset(name: string, checkpoint: Checkpoint | null): Promise<void> {
    const writeConcern = { w: this.w };
    if (!checkpoint) {
      await this.collection.deleteOne({ _id: name }, { writeConcern });
      return;
    }
    const { position, eventId } = checkpoint;
    await this.collection.replaceOne({ _id: name }, eventId ? { position, eventId } : { position }, {
      upsert: true,
      writeConcern,
    });
  }
}
