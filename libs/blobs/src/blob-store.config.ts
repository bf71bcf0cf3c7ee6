import type { Provider } from '@nestjs/common';
import { InvalidConfiguration, RUNTIME_CONFIG, type RuntimeConfig, validateEnvironment } from '@gongjian/runtime';
import { BLOB_STORE, type BlobStore } from './blob-store.port';
import { DirectoryBlobStore, type DirectoryBlobStoreOptions } from './directory.blob-store';
import type { GridFsBlobStoreOptions } from './gridfs.blob-store';
import type { S3BlobStoreOptions } from './s3.blob-store';

/** Which adapter keeps the blobs, and its settings. */
export type BlobStoreConfig =
  | ({ kind: 'directory' } & DirectoryBlobStoreOptions)
  | ({ kind: 'gridfs'; mongodbUrl: string } & GridFsBlobStoreOptions)
  | ({ kind: 's3' } & S3BlobStoreOptions);

/** What of the runtime configuration the choice depends on. */
export type BlobRuntimeSettings = Pick<RuntimeConfig, 'dataDir' | 'allowOpenPermissions' | 'readStore' | 'mongodbUrl'>;

/**
 * The blob store the environment names (GONGJIAN_BLOB_STORE, S3_*; declared and checked one by one
 * in libs/runtime/src/environment.ts): by default the data directory when the read store is in
 * memory (embedded, one process), GridFS beside the read models when it is MongoDB (services
 * apart must share their files as they share their reads). Throws InvalidConfiguration naming
 * what a choice lacks.
 */
export function blobStoreConfig(runtime: BlobRuntimeSettings, env: NodeJS.ProcessEnv = process.env): BlobStoreConfig {
  const v = validateEnvironment(env);
  const kind = v.GONGJIAN_BLOB_STORE ?? (runtime.readStore === 'mongodb' ? 'gridfs' : 'directory');
  const problems: string[] = [];
  if (Boolean(v.S3_ACCESS_KEY_ID) !== Boolean(v.S3_SECRET_ACCESS_KEY))
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are given together or not at all');
  if (kind === 'gridfs' && !runtime.mongodbUrl) problems.push('GONGJIAN_BLOB_STORE=gridfs needs MONGODB_URL');
  if (kind === 's3' && (!v.S3_URL || !v.S3_BUCKET)) problems.push('GONGJIAN_BLOB_STORE=s3 needs S3_URL and S3_BUCKET');
  if (problems.length > 0) throw new InvalidConfiguration(problems);
  if (kind === 'gridfs') return { kind, mongodbUrl: runtime.mongodbUrl! };
  if (kind === 's3')
    return {
      kind,
      endpoint: v.S3_URL!,
      bucket: v.S3_BUCKET!,
      region: v.S3_REGION ?? 'us-east-1',
      credentials: v.S3_ACCESS_KEY_ID
        ? { accessKeyId: v.S3_ACCESS_KEY_ID, secretAccessKey: v.S3_SECRET_ACCESS_KEY! }
        : undefined,
    };
  return { kind, dataDir: runtime.dataDir, allowOpenPermissions: runtime.allowOpenPermissions };
}

/**
 * Opens the store `config` names. The GridFS and S3 adapters are loaded only when chosen, so that
 * an embedded process loads neither the MongoDB driver's GridFS nor the AWS SDK.
 */
export async function createBlobStore(config: BlobStoreConfig): Promise<BlobStore> {
  switch (config.kind) {
    case 'directory':
      return new DirectoryBlobStore(config);
    case 'gridfs': {
      const { GridFsBlobStore } = await import('./gridfs.blob-store');
      return GridFsBlobStore.connect(config.mongodbUrl, config);
    }
    case 's3': {
      const { S3BlobStore } = await import('./s3.blob-store');
      return S3BlobStore.open(config);
    }
  }
}

/**
 * The BLOB_STORE provider of a service module: the store the runtime configuration and the
 * environment name (`blobStoreConfig`), or `config` when given (tests), closed when the
 * application closes.
 */
export function provideBlobStore(config?: BlobStoreConfig): Provider {
  return {
    provide: BLOB_STORE,
    inject: [RUNTIME_CONFIG],
    useFactory: async (runtime: RuntimeConfig) => {
      const store = await createBlobStore(config ?? blobStoreConfig(runtime));
      // Nest calls the hook on a provider's value: the store's connection ends with the application
      return Object.assign(store, { onApplicationShutdown: () => store.close() });
    },
  };
}
