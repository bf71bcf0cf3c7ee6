import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidConfiguration, RUNTIME_CONFIG, unknownVariables } from '@gongjian/runtime';
import { blobStoreConfig, provideBlobStore } from './blob-store.config';
import { BLOB_STORE, type BlobStore } from './blob-store.port';
import { DirectoryBlobStore } from './directory.blob-store';

const embedded = { dataDir: '/srv/gongjian', allowOpenPermissions: false, readStore: 'memory' as const };
const distributed = { ...embedded, readStore: 'mongodb' as const, mongodbUrl: 'mongodb://db:27017/gongjian' };

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfiguration);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('choosing the blob store (GONGJIAN_BLOB_STORE)', () => {
  it('keeps blobs in the data directory when the read store is in memory, in GridFS when it is MongoDB', () => {
    expect(blobStoreConfig(embedded, {})).toEqual({
      kind: 'directory',
      dataDir: '/srv/gongjian',
      allowOpenPermissions: false,
    });
    expect(blobStoreConfig(distributed, {})).toEqual({ kind: 'gridfs', mongodbUrl: 'mongodb://db:27017/gongjian' });
    expect(blobStoreConfig(distributed, { GONGJIAN_BLOB_STORE: 'directory' }).kind).toBe('directory');
  });

  it('reads the S3 settings, region us-east-1 by default, credentials only as a pair', () => {
    const env = { GONGJIAN_BLOB_STORE: 's3', S3_URL: 'http://minio:9000', S3_BUCKET: 'gongjian-receipts' };
    expect(blobStoreConfig(embedded, env)).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'gongjian-receipts',
      region: 'us-east-1',
      credentials: undefined,
    });
    const keyed = { ...env, S3_REGION: 'cn-north-1', S3_ACCESS_KEY_ID: 'AK', S3_SECRET_ACCESS_KEY: 'SK' };
    expect(blobStoreConfig(embedded, keyed)).toMatchObject({
      region: 'cn-north-1',
      credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
    });
  });

  it('names what a choice lacks, every problem at once', () => {
    expect(refusal(() => blobStoreConfig(embedded, { GONGJIAN_BLOB_STORE: 'gridfs' }))).toContain(
      'GONGJIAN_BLOB_STORE=gridfs needs MONGODB_URL',
    );
    const message = refusal(() => blobStoreConfig(embedded, { GONGJIAN_BLOB_STORE: 's3', S3_ACCESS_KEY_ID: 'AK' }));
    expect(message).toContain('GONGJIAN_BLOB_STORE=s3 needs S3_URL and S3_BUCKET');
    expect(message).toContain('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are given together or not at all');
  });

  it.each([
    [{ GONGJIAN_BLOB_STORE: 'minio' }, 'GONGJIAN_BLOB_STORE="minio": must be one of directory, gridfs, s3'],
    [{ S3_URL: 'minio:9000' }, 'S3_URL="minio:9000": must be an http:// or https:// URL'],
    [{ S3_BUCKET: 'Receipts_2026' }, 'S3_BUCKET="Receipts_2026": must be a bucket name'],
    [{ S3_REGION: 'us east' }, 'S3_REGION="us east": must be a region name'],
  ])('refuses %j, naming the variable (the start check, environment.ts)', (env, message) => {
    expect(refusal(() => blobStoreConfig(embedded, env))).toContain(message);
  });

  it('never prints the S3 credentials, and knows its variables (no typo warning)', () => {
    const env = { S3_SECRET_ACCESS_KEY: 'hunter2', S3_ACCESS_KEY_ID: 'AKIA', GONGJIAN_BLOB_STORE: 'ftp' };
    expect(refusal(() => blobStoreConfig(embedded, env))).not.toMatch(/hunter2|AKIA/);
    expect(unknownVariables({ GONGJIAN_BLOB_STORE: 's3', GONGJIAN_BLOB_STORES: 's3' })).toEqual([
      'GONGJIAN_BLOB_STORES',
    ]);
  });
});

describe('provideBlobStore()', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongjian-blobs-provider-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('provides BLOB_STORE from RUNTIME_CONFIG and closes it with the application', async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [{ provide: RUNTIME_CONFIG, useValue: { ...embedded, dataDir: dir } }, provideBlobStore()],
    }).compile();
    const store = moduleRef.get<BlobStore>(BLOB_STORE);
    expect(store).toBeInstanceOf(DirectoryBlobStore);
    const { sha256 } = await store.put(Buffer.from('%PDF-'), 'application/pdf');
    expect((store as DirectoryBlobStore).root).toBe(join(dir, 'blobs'));
    const close = jest.spyOn(store, 'close');
    await moduleRef.close();
    expect(close).toHaveBeenCalledTimes(1);
    expect(await new DirectoryBlobStore({ dataDir: dir }).info(sha256)).toMatchObject({ size: 5 });
  });
});
