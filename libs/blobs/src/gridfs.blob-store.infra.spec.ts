import { Binary, MongoClient } from 'mongodb';
import { blobStoreConfig, createBlobStore } from './blob-store.config';
import { blobStoreContract } from './blob-store.contract';
import { sha256Of } from './blob-store.port';
import { GridFsBlobStore } from './gridfs.blob-store';

const url = process.env.MONGODB_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url) process.stderr.write('MONGODB_URL not set: GridFS blob-store suites skipped (deploy/ci/ferretdb.sh start)\n');

/** A bucket of its own per run, so that the suite can run against a server that holds other data. */
const bucketName = () => `contract_blobs_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;

(url ? describe : describe.skip)('GridFsBlobStore (MONGODB_URL)', () => {
  let client: MongoClient;
  beforeAll(async () => {
    client = await MongoClient.connect(url!);
  });
  afterAll(() => client.close());

  blobStoreContract(`gridfs ${url}`, async () => {
    const name = bucketName();
    const store = await GridFsBlobStore.connect(url!, { bucketName: name });
    return {
      store,
      tamper: async (sha256, bytes) => {
        const db = client.db(store.db.databaseName);
        const file = await db.collection(`${name}.files`).findOne({ filename: sha256 });
        await db.collection(`${name}.chunks`).deleteMany({ files_id: file!._id });
        await db.collection(`${name}.chunks`).insertOne({ files_id: file!._id, n: 0, data: new Binary(bytes) });
      },
      reopen: () => GridFsBlobStore.connect(url!, { bucketName: name }),
    };
  });

  it('keeps one file per blob, named by its hash, the content type in its metadata', async () => {
    const name = bucketName();
    const store = await GridFsBlobStore.connect(url!, { bucketName: name });
    try {
      const bytes = Buffer.from('%PDF-1.4 receipt');
      await Promise.all(Array.from({ length: 6 }, () => store.put(bytes, 'application/pdf')));
      await store.put(bytes, 'application/pdf');
      const files = await client.db(store.db.databaseName).collection(`${name}.files`).find({}).toArray();
      // racing uploads of the same bytes remove themselves; a same-millisecond tie may leave two
      expect(files.length).toBeGreaterThanOrEqual(1);
      expect(files.length).toBeLessThanOrEqual(2);
      for (const file of files) {
        expect(file).toMatchObject({ filename: sha256Of(bytes), length: bytes.length });
        expect(file.metadata).toEqual({ contentType: 'application/pdf' });
      }
    } finally {
      await store.close();
    }
  });

  it('refuses a blob whose chunks are gone as corrupt', async () => {
    const name = bucketName();
    const store = await GridFsBlobStore.connect(url!, { bucketName: name });
    try {
      const { sha256 } = await store.put(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), 'image/png');
      await client.db(store.db.databaseName).collection(`${name}.chunks`).deleteMany({});
      await expect(store.get(sha256)).rejects.toThrow(new RegExp(`blob ${sha256} is corrupt: .*GridFS bucket ${name}`));
    } finally {
      await store.close();
    }
  });

  it('is the default store of a process whose read store is MongoDB', async () => {
    const config = blobStoreConfig({ dataDir: '.', readStore: 'mongodb', mongodbUrl: url! }, {});
    const store = await createBlobStore({ ...config, bucketName: bucketName() } as typeof config);
    try {
      expect(store).toBeInstanceOf(GridFsBlobStore);
      const { sha256 } = await store.put(Buffer.from('\xff\xd8\xff', 'latin1'), 'image/jpeg');
      expect((await store.get(sha256))?.info).toEqual({ sha256, size: 3, contentType: 'image/jpeg' });
    } finally {
      await store.close();
    }
  });
});
