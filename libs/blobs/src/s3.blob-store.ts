import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { type BlobInfo, type BlobStore, isSha256, normalizeContentType, sha256Of, verifyBlob } from './blob-store.port';

export interface S3BlobStoreOptions {
  /** The server's URL (`https://s3.example.cn`, `http://127.0.0.1:9000`): buckets are addressed by path. */
  endpoint: string;
  bucket: string;
  /** Default `us-east-1`, which S3-compatible servers that have no regions accept. */
  region?: string;
  /** Without them, the AWS SDK's own chain (AWS_ACCESS_KEY_ID…, a profile, an instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Prepended to the hash to make the object's key (default `blobs/`). */
  prefix?: string;
}

const statusOf = (error: unknown) =>
  error instanceof S3ServiceException
    ? error.$metadata.httpStatusCode
    : (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;

/**
 * The blob store on an S3-compatible bucket (MinIO, a cloud's object storage): the object
 * `<prefix><sha256>`, its content type as the object's. Path-style addressing, which every
 * S3-compatible server understands. A put sends the SHA-256 for the server to check
 * (`x-amz-checksum-sha256`, where it supports it) and asks it not to replace an object that
 * exists (`If-None-Match: *`, where it supports it; where not, a racing put of the same bytes
 * rewrites the same bytes). A put answers what it wrote, not a HEAD after it: a server that
 * writes objects in place (s3rver) shows a racing put's half-written object meanwhile, which `get`
 * would refuse as corrupt rather than serve.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  /** A store on a bucket that exists and answers (else the start fails, saying which). */
  static async open(options: S3BlobStoreOptions): Promise<S3BlobStore> {
    const store = new S3BlobStore(options);
    try {
      await store.client.send(new HeadBucketCommand({ Bucket: options.bucket }));
    } catch (error) {
      await store.close();
      const reason = statusOf(error) === 404 ? 'does not exist' : `cannot be reached (${(error as Error).name})`;
      throw new Error(`the S3 bucket "${options.bucket}" at ${options.endpoint} ${reason}`);
    }
    return store;
  }

  constructor(options: S3BlobStoreOptions) {
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? 'blobs/';
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region ?? 'us-east-1',
      credentials: options.credentials,
      forcePathStyle: true,
    });
  }

  async put(bytes: Buffer, contentType: string): Promise<BlobInfo> {
    const type = normalizeContentType(contentType);
    const sha256 = sha256Of(bytes);
    const stored: BlobInfo = { sha256, size: bytes.length, contentType: type };
    const known = await this.info(sha256);
    // another length under this hash is an object still being written (a server that writes in
    // place) or a damaged one: these bytes replace it
    if (known?.size === bytes.length) return known;
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.keyOf(sha256),
          Body: bytes,
          ContentType: type,
          ContentLength: bytes.length,
          ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
          ...(known ? {} : { IfNoneMatch: '*' }),
        }),
      );
      return stored;
    } catch (error) {
      // 412: another put of these bytes created the object first; 409: one is being created now
      if (statusOf(error) !== 412 && statusOf(error) !== 409) throw error;
      return (await this.info(sha256)) ?? stored;
    }
  }

  async get(sha256: string): Promise<{ info: BlobInfo; bytes: Buffer } | null> {
    if (!isSha256(sha256)) return null;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
      const array = await object.Body!.transformToByteArray();
      const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
      const info = this.infoOf(sha256, object.ContentLength, object.ContentType);
      verifyBlob(info, bytes, `S3 bucket ${this.bucket}, key ${this.keyOf(sha256)}`);
      return { info, bytes };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  async info(sha256: string): Promise<BlobInfo | null> {
    if (!isSha256(sha256)) return null;
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
      return this.infoOf(sha256, head.ContentLength, head.ContentType);
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  private keyOf(sha256: string): string {
    return `${this.prefix}${sha256}`;
  }

  private infoOf(sha256: string, size: number | undefined, contentType: string | undefined): BlobInfo {
    return { sha256, size: size ?? 0, contentType: contentType ?? 'application/octet-stream' };
  }
}
