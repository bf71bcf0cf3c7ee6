import type { Collection } from 'mongodb';
import type { CheckpointStore } from './checkpoint-store.port';

interface CheckpointDoc {
  _id: string;
  position: number;
}

/**
 * Checkpoints in MongoDB (distributed runtime). A save only moves forward: two relays racing
 * cannot move a checkpoint back, because the upsert is conditioned on the stored position.
 */
export class MongoCheckpointStore implements CheckpointStore {
  constructor(private readonly collection: Collection<CheckpointDoc>) {}

  async load(name: string): Promise<number> {
    return (await this.collection.findOne({ _id: name }))?.position ?? 0;
  }

  async save(name: string, position: number): Promise<void> {
    try {
      await this.collection.updateOne(
        { _id: name, position: { $lt: position } },
        { $set: { position } },
        { upsert: true, writeConcern: { w: 'majority' } },
      );
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error; // already at or past `position`
    }
  }
}
