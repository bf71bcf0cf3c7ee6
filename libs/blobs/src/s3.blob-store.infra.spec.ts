import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { blobStoreConfig } from './blob-store.config';
import { blobStoreContract } from './blob-store.contract';
import { S3BlobStore, type S3BlobStoreOptions } from './s3.blob-store';

/**
 * The S3 adapter against a real S3-compatible server (MinIO, a cloud's object storage), configured
 * as a deployment would be: S3_URL, S3_BUCKET (which must exist), S3_REGION, S3_ACCESS_KEY_ID and
 * S3_SECRET_ACCESS_KEY. Every run writes under a prefix of its own. Without S3_URL it is skipped;
 * s3.blob-store.int.spec.ts runs the same contract on s3rver in every `npm test`.
 */
const configured = Boolean(process.env.S3_URL && process.env.S3_BUCKET);
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!configured)
  process.stderr.write('S3_URL or S3_BUCKET not set: S3 blob-store suite against a real server skipped\n');

(configured ? describe : describe.skip)('S3BlobStore (S3_URL)', () => {
  const options = (): S3BlobStoreOptions => {
    const config = blobStoreConfig(
      { dataDir: '.', readStore: 'memory' },
      { ...process.env, GONGJIAN_BLOB_STORE: 's3' },
    );
    if (config.kind !== 's3') throw new Error('not an S3 configuration');
    return { ...config, prefix: `contract-${Date.now()}-${Math.random().toString(36).slice(2, 8)}/` };
  };

  blobStoreContract(`s3 ${process.env.S3_URL}`, async () => {
    const settings = options();
    return {
      store: await S3BlobStore.open(settings),
      tamper: async (sha256, bytes) => {
        const client = new S3Client({ ...settings, forcePathStyle: true });
        await client.send(
          new PutObjectCommand({ Bucket: settings.bucket, Key: `${settings.prefix}${sha256}`, Body: bytes }),
        );
        client.destroy();
      },
      reopen: () => S3BlobStore.open(settings),
    };
  });
});
