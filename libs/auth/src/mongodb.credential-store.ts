import type { Collection } from 'mongodb';
import type { CredentialStore } from './credentials';

/** Credentials in MongoDB, for the distributed runtime. */
export class MongoCredentialStore implements CredentialStore {
  static readonly collectionName = '_credentials';

  /** `collection`: `_credentials` (MongoCredentialStore.collectionName) on the service's database. */
  constructor(private readonly collection: Collection<{ _id: string; passwordHash: string }>) {}

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
