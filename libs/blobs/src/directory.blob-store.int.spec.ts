import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenPermissions } from '@gongjian/runtime';
import { blobStoreContract } from './blob-store.contract';
import { sha256Of } from './blob-store.port';
import { DirectoryBlobStore } from './directory.blob-store';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-blobs-'));
  dirs.push(dir);
  return join(dir, 'data');
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const fileOf = (store: DirectoryBlobStore, sha256: string) => join(store.root, sha256.slice(0, 2), sha256);

blobStoreContract('directory', async () => {
  const dir = dataDir();
  const store = new DirectoryBlobStore({ dataDir: dir });
  return {
    store,
    tamper: async (sha256, bytes) => writeFileSync(fileOf(store, sha256), bytes),
    reopen: async () => new DirectoryBlobStore({ dataDir: dir }),
  };
});

const mode = (path: string) => statSync(path).mode & 0o777;
const posix = process.platform !== 'win32';

describe('DirectoryBlobStore', () => {
  it('lays blobs out as <data>/blobs/<aa>/<sha256> with a .json record, private, no temporary file left', async () => {
    const store = new DirectoryBlobStore({ dataDir: dataDir() });
    const bytes = Buffer.from('%PDF-1.7 a receipt');
    const { sha256 } = await store.put(bytes, 'application/pdf');
    const folder = join(store.root, sha256.slice(0, 2));
    expect(readdirSync(folder).sort()).toEqual([sha256, `${sha256}.json`]);
    if (posix) {
      expect(mode(store.root)).toBe(0o700);
      expect(mode(folder)).toBe(0o700);
      expect(mode(join(folder, sha256))).toBe(0o600);
      expect(mode(join(folder, `${sha256}.json`))).toBe(0o600);
    }
  });

  (posix ? it : it.skip)('refuses a blob folder open to other users, as the rest of the data directory', () => {
    const dir = dataDir();
    new DirectoryBlobStore({ dataDir: dir });
    chmodSync(join(dir, 'blobs'), 0o755);
    expect(() => new DirectoryBlobStore({ dataDir: dir })).toThrow(OpenPermissions);
    expect(() => new DirectoryBlobStore({ dataDir: dir, allowOpenPermissions: true })).not.toThrow();
  });

  it('completes a put that stopped between the bytes and their record (a crash), and knows nothing before', async () => {
    const store = new DirectoryBlobStore({ dataDir: dataDir() });
    const bytes = Buffer.from('\x89PNG\r\n\x1a\n half written', 'latin1');
    const { sha256 } = await store.put(bytes, 'image/png');
    unlinkSync(join(store.root, sha256.slice(0, 2), `${sha256}.json`));
    expect(await store.info(sha256)).toBeNull();
    expect(await store.put(bytes, 'image/png')).toEqual({ sha256, size: bytes.length, contentType: 'image/png' });
    expect((await store.get(sha256))?.bytes.equals(bytes)).toBe(true);
  });

  it('refuses a blob whose record is damaged, and one whose bytes are gone', async () => {
    const store = new DirectoryBlobStore({ dataDir: dataDir() });
    const a = await store.put(Buffer.from('a'), 'image/png');
    writeFileSync(join(store.root, a.sha256.slice(0, 2), `${a.sha256}.json`), '{"sha256":');
    await expect(store.info(a.sha256)).rejects.toThrow(/is corrupt: its record .* is not JSON/);
    const b = await store.put(Buffer.from('b'), 'image/png');
    unlinkSync(fileOf(store, b.sha256));
    await expect(store.get(b.sha256)).rejects.toThrow(/is corrupt: its file .* is missing/);
    const c = await store.put(Buffer.from('c'), 'image/png');
    writeFileSync(fileOf(store, c.sha256), 'cc');
    await expect(store.get(c.sha256)).rejects.toThrow(/is corrupt: 2 bytes in .*, 1 recorded/);
    expect(sha256Of(Buffer.from('c'))).toBe(c.sha256);
  });
});
