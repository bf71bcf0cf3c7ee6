import {
  type Db,
  GridFSBucket,
  type GridFSFile,
  MongoClient,
  MongoGridFSChunkError,
  MongoRuntimeError,
  type ObjectId,
} from 'mongodb';
import { reconnectOptions } from '@gongjian/read-models/mongodb.document-store';
import {
  type BlobInfo,
  type BlobStore,
  CorruptBlob,
  isSha256,
  normalizeContentType,
  sha256Of,
  verifyBlob,
} from './blob-store.port';

export interface GridFsBlobStoreOptions {
  /** The GridFS bucket: collections `<name>.files` and `<name>.chunks` (default `blobs`). */
  bucketName?: string;
}

/**
 * The distributed blob store: a GridFS bucket of the MongoDB database the read models use (works
 * on FerretDB, which CI runs). A blob is a GridFS file named by its SHA-256, its content type in
 * `metadata.contentType`.
 *
 * GridFS has no "create unless present": a put looks first, and two puts of the same bytes that
 * race may both upload. Then the earliest finished upload (uploadDate, then _id) is the blob and a
 * later one removes itself; should both survive (a tie in the same millisecond), reads take the
 * earliest and the copies hold the same bytes anyway.
 */
export class GridFsBlobStore implements BlobStore {
  private readonly bucket: GridFSBucket;
  private readonly bucketName: string;

  static async connect(url: string, options: GridFsBlobStoreOptions = {}): Promise<GridFsBlobStore> {
    const client = await MongoClient.connect(url, reconnectOptions(url));
    return new GridFsBlobStore(client.db(), options, client);
  }

  /** On `db`; closing the store closes `client` when it is given (the store's own connection). */
  constructor(
    readonly db: Db,
    options: GridFsBlobStoreOptions = {},
    private readonly client?: MongoClient,
  ) {
    this.bucketName = options.bucketName ?? 'blobs';
    this.bucket = new GridFSBucket(db, { bucketName: this.bucketName, writeConcern: { w: 'majority' } });
  }

  async put(bytes: Buffer, contentType: string): Promise<BlobInfo> {
    const type = normalizeContentType(contentType);
    const sha256 = sha256Of(bytes);
    const known = await this.info(sha256);
    if (known) return known;
    const upload = this.bucket.openUploadStream(sha256, { metadata: { contentType: type } });
    await new Promise<void>((resolve, reject) => {
      upload.once('finish', resolve);
      upload.once('error', reject);
      upload.end(bytes);
    });
    const [first] = await this.filesOf(sha256);
    if (!first) return { sha256, size: bytes.length, contentType: type };
    if (!first._id.equals(upload.id)) await this.bucket.delete(upload.id as ObjectId).catch(() => undefined);
    return this.infoOf(first);
  }

  async get(sha256: string): Promise<{ info: BlobInfo; bytes: Buffer } | null> {
    if (!isSha256(sha256)) return null;
    const [file] = await this.filesOf(sha256);
    if (!file) return null;
    const info = this.infoOf(file);
    const where = `GridFS bucket ${this.bucketName}, file ${file._id.toHexString()}`;
    const bytes = await this.download(file, where);
    verifyBlob(info, bytes, where);
    return { info, bytes };
  }

  async info(sha256: string): Promise<BlobInfo | null> {
    if (!isSha256(sha256)) return null;
    const [file] = await this.filesOf(sha256);
    return file ? this.infoOf(file) : null;
  }

  async close(): Promise<void> {
    await this.client?.close();
  }

  private filesOf(sha256: string): Promise<GridFSFile[]> {
    return this.bucket.find({ filename: sha256 }, { sort: { uploadDate: 1, _id: 1 } }).toArray();
  }

  private infoOf(file: GridFSFile): BlobInfo {
    const contentType = file.metadata?.contentType;
    return {
      sha256: file.filename,
      size: Number(file.length),
      contentType: typeof contentType === 'string' ? contentType : 'application/octet-stream',
    };
  }

  /** The file's bytes; a missing or misnumbered chunk is corruption, as changed bytes are. */
  private async download(file: GridFSFile, where: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    try {
      for await (const part of this.bucket.openDownloadStream(file._id)) parts.push(part as Buffer);
    } catch (error) {
      if (
        error instanceof MongoGridFSChunkError ||
        (error instanceof MongoRuntimeError && /chunk/i.test(error.message))
      )
        throw new CorruptBlob(file.filename, `${where}: ${error.message}`);
      throw error;
    }
    return Buffer.concat(parts);
  }
}
