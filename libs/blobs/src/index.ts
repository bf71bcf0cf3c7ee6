export * from './blob-store.port';
export * from './blob-store.config';
export * from './directory.blob-store';
export * from './receipt-file';
// The GridFS and S3 adapters are imported from '@gongjian/blobs/gridfs.blob-store' and
// '@gongjian/blobs/s3.blob-store' (createBlobStore loads them only when chosen).
export * from './receipt-http';
