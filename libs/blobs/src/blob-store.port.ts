import { createHash } from 'node:crypto';

/** What the store knows of a blob: its content address, its length in bytes and its media type. */
export interface BlobInfo {
  /** SHA-256 of the bytes, lowercase hex (64 characters): the blob's name and its proof. */
  sha256: string;
  size: number;
  contentType: string;
}

/**
 * A content-addressed store of files (issue 19: the receipt of a spending is kept here, its hash in
 * the event). Adapters: a directory (embedded), MongoDB GridFS (distributed), an S3-compatible
 * bucket. Every adapter passes blob-store.contract.ts.
 *
 * - `put` is idempotent: the same bytes give the same `sha256` and are stored once. The first
 *   put's content type is the one kept; a later put of the same bytes returns it unchanged.
 * - `get` hashes what it read and throws `CorruptBlob` when the bytes are not the ones named:
 *   a hash in the log must never be answered with other bytes.
 * - An unknown (or malformed) hash is `null`, not an error.
 */
export interface BlobStore {
  put(bytes: Buffer, contentType: string): Promise<BlobInfo>;
  get(sha256: string): Promise<{ info: BlobInfo; bytes: Buffer } | null>;
  info(sha256: string): Promise<BlobInfo | null>;
  close(): Promise<void>;
}

export const BLOB_STORE = Symbol('BLOB_STORE');

/** Stored bytes whose hash is not their name (a damaged disk, an object changed behind the store). */
export class CorruptBlob extends Error {
  override readonly name = 'CorruptBlob';
  constructor(
    readonly sha256: string,
    detail: string,
  ) {
    super(`blob ${sha256} is corrupt: ${detail}`);
  }
}

/** A content type the store will not record (not `type/subtype`): it ends up in headers and metadata. */
export class InvalidContentType extends Error {
  override readonly name = 'InvalidContentType';
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** Whether `value` is a SHA-256 as the store names blobs: 64 lowercase hex digits. */
export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The content type as stored: lowercase, parameters dropped (`image/PNG; x=y` → `image/png`).
 * Throws InvalidContentType for anything that is not `type/subtype`.
 */
export function normalizeContentType(contentType: string): string {
  const essence = String(contentType).split(';')[0].trim().toLowerCase();
  if (!CONTENT_TYPE.test(essence)) throw new InvalidContentType(`not a content type: ${JSON.stringify(contentType)}`);
  return essence;
}

/** Throws CorruptBlob unless `bytes` are `info.size` long and hash to `info.sha256`. */
export function verifyBlob(info: BlobInfo, bytes: Uint8Array, where: string): void {
  if (bytes.length !== info.size)
    throw new CorruptBlob(info.sha256, `${bytes.length} bytes in ${where}, ${info.size} recorded`);
  const actual = sha256Of(bytes);
  if (actual !== info.sha256) throw new CorruptBlob(info.sha256, `its bytes in ${where} hash to ${actual}`);
}
