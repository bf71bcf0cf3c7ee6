import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ensurePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, type PermissionPolicy } from '@gongjian/runtime';
import {
  type BlobInfo,
  type BlobStore,
  CorruptBlob,
  isSha256,
  normalizeContentType,
  sha256Of,
  verifyBlob,
} from './blob-store.port';

export interface DirectoryBlobStoreOptions extends PermissionPolicy {
  /** The data directory: blobs live in its `blobs/` folder. */
  dataDir: string;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * The embedded blob store: `<dataDir>/blobs/<aa>/<sha256>` holds the bytes and
 * `<sha256>.json` beside it what the store knows of them (size, content type), `aa` being the
 * hash's first two digits so that no folder holds more than 1/256 of the files.
 *
 * Each file is written whole to a temporary file (0600, fsynced) in the same folder and then
 * hard-linked to its name, which fails when the name exists: a reader never sees half a file,
 * and the first put of some bytes is the one kept, even when puts race. The bytes are linked
 * before the sidecar, and the sidecar is what makes a blob known: a crash in between leaves bytes
 * that the next put of them completes. Folders are 0700, like the rest of the data directory
 * (libs/runtime/src/private-files.ts): receipts name payees.
 */
export class DirectoryBlobStore implements BlobStore {
  readonly root: string;

  constructor(options: DirectoryBlobStoreOptions) {
    this.root = join(options.dataDir, 'blobs');
    ensurePrivateDir(options.dataDir, options);
    ensurePrivateDir(this.root, options);
  }

  async put(bytes: Buffer, contentType: string): Promise<BlobInfo> {
    const type = normalizeContentType(contentType);
    const sha256 = sha256Of(bytes);
    const known = await this.info(sha256);
    if (known) return known;
    const dir = this.folderOf(sha256);
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    await this.createOnce(dir, sha256, bytes);
    const info: BlobInfo = { sha256, size: bytes.length, contentType: type };
    await this.createOnce(dir, `${sha256}.json`, Buffer.from(JSON.stringify(info)));
    // another put of the same bytes may have linked its sidecar first: its content type is kept
    return (await this.info(sha256)) ?? info;
  }

  async get(sha256: string): Promise<{ info: BlobInfo; bytes: Buffer } | null> {
    const info = await this.info(sha256);
    if (!info) return null;
    const file = join(this.folderOf(sha256), sha256);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if (code(error) === 'ENOENT') throw new CorruptBlob(sha256, `its file ${file} is missing`);
      throw error;
    }
    verifyBlob(info, bytes, file);
    return { info, bytes };
  }

  async info(sha256: string): Promise<BlobInfo | null> {
    if (!isSha256(sha256)) return null;
    const file = join(this.folderOf(sha256), `${sha256}.json`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (code(error) === 'ENOENT') return null;
      throw error;
    }
    return parseSidecar(sha256, text, file);
  }

  async close(): Promise<void> {
    // nothing held open between calls
  }

  private folderOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2));
  }

  /** Writes `name` in `dir` whole, unless it exists already (then leaves it as it is). */
  private async createOnce(dir: string, name: string, bytes: Buffer): Promise<void> {
    const temporary = join(dir, `.${name}.${randomUUID()}.tmp`);
    const handle = await open(temporary, 'wx', PRIVATE_FILE_MODE);
    try {
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await link(temporary, join(dir, name)).catch((error: unknown) => {
        if (code(error) !== 'EEXIST') throw error;
      });
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
  }
}

function parseSidecar(sha256: string, text: string, file: string): BlobInfo {
  let parsed: Partial<BlobInfo>;
  try {
    parsed = JSON.parse(text) as Partial<BlobInfo>;
  } catch {
    throw new CorruptBlob(sha256, `its record ${file} is not JSON`);
  }
  const { size, contentType } = parsed;
  if (parsed.sha256 !== sha256 || !Number.isSafeInteger(size) || typeof contentType !== 'string')
    throw new CorruptBlob(sha256, `its record ${file} does not describe it`);
  return { sha256, size: size!, contentType };
}
