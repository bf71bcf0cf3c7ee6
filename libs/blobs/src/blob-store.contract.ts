import { createHash, randomBytes } from 'node:crypto';
import { type BlobStore, CorruptBlob, InvalidContentType } from './blob-store.port';

/** An adapter under test, with the access behind its back that some checks need. */
export interface BlobStoreHarness {
  store: BlobStore;
  /** Overwrites the stored bytes of `sha256` with `bytes`, as a damaged disk or a stray write would. */
  tamper(sha256: string, bytes: Buffer): Promise<void>;
  /** Another store on the same storage (a restart, a second process). */
  reopen(): Promise<BlobStore>;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The contract every BlobStore adapter passes (directory.blob-store.int.spec.ts,
 * s3.blob-store.int.spec.ts, gridfs.blob-store.infra.spec.ts). Every test stores bytes of its own
 * (random), so that the suite can run against a server that holds other data.
 */
export function blobStoreContract(name: string, open: () => Promise<BlobStoreHarness>) {
  describe(`BlobStore contract: ${name}`, () => {
    let harness: BlobStoreHarness;
    let store: BlobStore;
    const unique = (size = 1000) => randomBytes(size);

    beforeAll(async () => {
      harness = await open();
      store = harness.store;
    });
    afterAll(async () => {
      await store.close();
    });

    it('stores bytes under their SHA-256 (lowercase hex) and gives them back with what it knows of them', async () => {
      const bytes = unique();
      const info = await store.put(bytes, 'application/pdf');
      expect(info).toEqual({ sha256: sha256(bytes), size: 1000, contentType: 'application/pdf' });
      expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
      const read = await store.get(info.sha256);
      expect(read?.info).toEqual(info);
      expect(Buffer.isBuffer(read?.bytes)).toBe(true);
      expect(read?.bytes.equals(bytes)).toBe(true);
      expect(await store.info(info.sha256)).toEqual(info);
    });

    it('keeps the same bytes once: a second put returns the first content type', async () => {
      const bytes = unique();
      const first = await store.put(bytes, 'image/png');
      expect(await store.put(Buffer.from(bytes), 'image/png')).toEqual(first);
      expect(await store.put(bytes, 'image/jpeg')).toEqual(first);
      expect((await store.get(first.sha256))?.info.contentType).toBe('image/png');
    });

    it('answers null for a hash it does not hold, and for anything that is not a SHA-256', async () => {
      const absent = sha256(unique());
      expect(await store.get(absent)).toBeNull();
      expect(await store.info(absent)).toBeNull();
      const stored = await store.put(unique(), 'image/jpeg');
      for (const name of ['', 'abc', stored.sha256.toUpperCase(), `../${stored.sha256}`, `${stored.sha256}.json`]) {
        expect(await store.get(name)).toBeNull();
        expect(await store.info(name)).toBeNull();
      }
    });

    it('tells what it holds without reading the bytes', async () => {
      const bytes = unique(4096);
      const info = await store.put(bytes, 'image/jpeg');
      expect(await store.info(sha256(bytes))).toEqual({ sha256: info.sha256, size: 4096, contentType: 'image/jpeg' });
    });

    it('verifies the hash on read: bytes changed behind its back are refused, not served', async () => {
      const bytes = unique();
      const info = await store.put(bytes, 'application/pdf');
      const other = Buffer.from(bytes);
      other[500] ^= 0xff;
      await harness.tamper(info.sha256, other);
      const read = store.get(info.sha256);
      await expect(read).rejects.toThrow(CorruptBlob);
      await expect(store.get(info.sha256)).rejects.toThrow(new RegExp(`blob ${info.sha256} is corrupt`));
    });

    it('stores the same bytes put concurrently once, every put answering alike', async () => {
      const bytes = unique(300_000);
      const infos = await Promise.all(Array.from({ length: 8 }, () => store.put(Buffer.from(bytes), 'image/png')));
      expect([...new Set(infos.map((i) => JSON.stringify(i)))]).toHaveLength(1);
      expect(infos[0]).toEqual({ sha256: sha256(bytes), size: 300_000, contentType: 'image/png' });
      expect((await store.get(sha256(bytes)))?.bytes.equals(bytes)).toBe(true);
    });

    it('stores different bytes put concurrently, each under its own hash', async () => {
      const all = Array.from({ length: 10 }, (_, i) => unique(100 + i));
      const infos = await Promise.all(all.map((bytes) => store.put(bytes, 'application/pdf')));
      for (const [i, bytes] of all.entries()) {
        expect(infos[i].sha256).toBe(sha256(bytes));
        expect((await store.get(infos[i].sha256))?.bytes.equals(bytes)).toBe(true);
      }
    });

    it('keeps binary content intact: every byte value, no bytes at all, several megabytes', async () => {
      const everyByte = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256));
      const empty = Buffer.alloc(0);
      const large = unique(3 * 1024 * 1024 + 17); // past GridFS's 255 kB chunks and multipart thresholds
      for (const bytes of [everyByte, empty, large]) {
        const info = await store.put(bytes, 'application/octet-stream');
        expect(info.size).toBe(bytes.length);
        const read = await store.get(info.sha256);
        expect(read?.bytes.length).toBe(bytes.length);
        expect(read?.bytes.equals(bytes)).toBe(true);
      }
    });

    it('keeps the content type as `type/subtype`, lowercase, and refuses one that is not', async () => {
      const info = await store.put(unique(), 'Image/PNG; charset=binary');
      expect(info.contentType).toBe('image/png');
      const bytes = unique();
      for (const type of ['', 'png', 'image/png\r\nX-Injected: 1', 'image/']) {
        await expect(store.put(bytes, type)).rejects.toThrow(InvalidContentType);
      }
      expect(await store.info(sha256(bytes))).toBeNull();
    });

    it('finds what it stored after a restart', async () => {
      const bytes = unique();
      const info = await store.put(bytes, 'image/jpeg');
      const again = await harness.reopen();
      try {
        expect(await again.info(info.sha256)).toEqual(info);
        expect((await again.get(info.sha256))?.bytes.equals(bytes)).toBe(true);
      } finally {
        await again.close();
      }
    });

    it('closes, and closing twice is harmless', async () => {
      const other = (await open()).store;
      await other.put(unique(), 'image/png');
      await other.close();
      await expect(other.close()).resolves.toBeUndefined();
    });
  });
}
