import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blobStoreContract } from './blob-store.contract';
import { S3BlobStore, type S3BlobStoreOptions } from './s3.blob-store';

// s3rver ships no types; what is used of it
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
};

/**
 * The S3 adapter against s3rver, a fake S3 server in this process (a devDependency), on a port of
 * its own and a temporary directory. s3rver checks request signatures with its fixed credentials.
 * A real S3-compatible server: s3.blob-store.infra.spec.ts (S3_URL).
 */
describe('S3BlobStore on s3rver', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'receipts' }],
  });
  let options: S3BlobStoreOptions;

  beforeAll(async () => {
    const { port } = await server.run();
    options = {
      endpoint: `http://127.0.0.1:${port}`,
      bucket: 'receipts',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    };
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  blobStoreContract('s3 (s3rver)', async () => ({
    store: await S3BlobStore.open(options),
    tamper: async (sha256, bytes) => {
      const client = new S3Client({ ...options, region: 'us-east-1', forcePathStyle: true });
      await client.send(new PutObjectCommand({ Bucket: options.bucket, Key: `blobs/${sha256}`, Body: bytes }));
      client.destroy();
    },
    reopen: () => S3BlobStore.open(options),
  }));

  it('refuses to open on a bucket that does not exist, naming it', async () => {
    await expect(S3BlobStore.open({ ...options, bucket: 'no-such-bucket' })).rejects.toThrow(
      /the S3 bucket "no-such-bucket" at http:\/\/127\.0\.0\.1:\d+ does not exist/,
    );
  });

  it('refuses to open when nothing answers at the endpoint', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(S3BlobStore.open({ ...options, endpoint: `http://127.0.0.1:${port}` })).rejects.toThrow(
      new RegExp(`the S3 bucket "receipts" at http://127.0.0.1:${port} cannot be reached`),
    );
  });
});
