import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import { SqliteDocumentStore } from '@gongjian/read-models/sqlite.document-store';
import { type Platform, startPlatform } from '../apps/platform/src/platform';
import { client, ROOT } from './support/platform';

/**
 * The embedded platform's read models across a restart (docs/ops/read-model-snapshots.md): the
 * clean shutdown writes their snapshot, the next start loads it and catches up, and every read
 * model then equals a rebuild of the log from zero; a snapshot that does not verify is ignored and
 * the read models are rebuilt.
 */
describe('read models: snapshots of the embedded platform', () => {
  let dataDir: string;
  let platform: Platform | null = null;

  const start = async () => {
    platform = await startPlatform({ dataDir, port: 0, adminUser: ROOT.username, adminPassword: ROOT.password }, false);
    return platform;
  };
  const stop = async () => {
    await platform?.app.close();
    platform = null;
  };
  const root = async () => {
    const res = await client(platform!).post('/auth/login').send(ROOT).expect(200);
    return client(platform!, res.body.accessToken);
  };
  const createDistrict = async (name: string) =>
    (await (await root()).post('/organizations').send({ name, kind: 'district' }).expect(201)).body.id as string;
  /** every read model of the running platform equals a rebuild of its log into an empty store */
  const expectReadModelsEqualTheLog = async () => {
    const { inspect } = platform!;
    const fresh = new MemoryDocumentStore();
    await new ProjectionRunner(fresh, inspect.projections).rebuild(inspect.store);
    for (const p of inspect.projections) {
      const sorted = { sort: { _id: 1 as const } };
      expect({ [p.collection]: await inspect.documents.collection(p.collection).find({}, sorted) }).toEqual({
        [p.collection]: await fresh.collection(p.collection).find({}, sorted),
      });
    }
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongjian-snapshots-'));
  });
  afterEach(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts from the snapshot, catches up what was appended after it, and equals a rebuild', async () => {
    await start();
    await createDistrict('利津县');
    await stop();
    await start();
    expect(platform!.rebuild).toMatchObject({ from: 'snapshot', events: 0 });
    await expectReadModelsEqualTheLog();
    // a snapshot behind the head: written, then more appended (a crash before the next one)
    const snapshot = readFileSync(join(dataDir, 'read-models.snapshot'));
    await createDistrict('滨州市');
    await stop();
    writeFileSync(join(dataDir, 'read-models.snapshot'), snapshot);
    await start();
    expect(platform!.rebuild?.from).toBe('snapshot');
    expect(platform!.rebuild?.events).toBeGreaterThan(0);
    await expectReadModelsEqualTheLog();
  });

  it('rebuilds from the log when the snapshot was tampered with', async () => {
    await start();
    await createDistrict('利津县');
    await stop();
    const file = join(dataDir, 'read-models.snapshot');
    writeFileSync(file, readFileSync(file, 'utf8').replace('利津县', '滨州市'));
    await start();
    expect(platform!.rebuild?.from).toBe('log');
    await expectReadModelsEqualTheLog();
  });

  describe('the audit index on disk (read-models.sqlite)', () => {
    const disk = () => join(dataDir, 'read-models.sqlite');
    /** the disk tier's files as they are now (the store is closed: no -wal to carry) */
    const copyDisk = (to: string) => copyFileSync(disk(), to);
    const editDisk = (edit: (store: SqliteDocumentStore) => void) => {
      const store = new SqliteDocumentStore(disk());
      edit(store);
      void store.close();
    };

    it('keeps it on disk, out of the snapshot, and starts from its checkpoint without folding it again', async () => {
      await start();
      await createDistrict('利津县');
      await stop();
      expect(statSync(disk()).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(dataDir, 'read-models.snapshot'), 'utf8')).not.toContain('"audit.events"');
      await start();
      expect(platform!.rebuild).toMatchObject({ from: 'snapshot', events: 0 });
      expect(platform!.rebuild?.diskPosition).toBe(platform!.rebuild?.snapshotPosition);
      expect(platform!.rebuild?.documents['audit.events']).toBeGreaterThan(0);
      await expectReadModelsEqualTheLog();
    });

    it('folds only the memory tier from the log when the snapshot is gone, and only the disk tier when it is', async () => {
      await start();
      await createDistrict('利津县');
      await stop();
      rmSync(join(dataDir, 'read-models.snapshot'));
      await start();
      expect(platform!.rebuild?.from).toBe('log');
      expect(platform!.rebuild?.diskPosition).toBeGreaterThan(0);
      await expectReadModelsEqualTheLog();
      await stop();
      rmSync(disk());
      await start();
      expect(platform!.rebuild).toMatchObject({ from: 'snapshot', diskPosition: 0 });
      await expectReadModelsEqualTheLog();
    });

    it('catches up a disk tier behind the snapshot, and one ahead of it', async () => {
      await start();
      await createDistrict('利津县');
      await stop();
      const older = join(dataDir, 'older.sqlite');
      copyDisk(older);
      const olderSnapshot = readFileSync(join(dataDir, 'read-models.snapshot'));
      await start();
      await createDistrict('滨州市');
      await stop();
      // the disk tier as it was before 滨州市: folded alone up to the snapshot, then both to the head
      copyFileSync(older, disk());
      await start();
      expect(platform!.rebuild?.diskPosition).toBeLessThan(platform!.rebuild!.snapshotPosition!);
      await expectReadModelsEqualTheLog();
      await stop();
      // the snapshot as it was before 滨州市, the disk tier at the head
      writeFileSync(join(dataDir, 'read-models.snapshot'), olderSnapshot);
      await start();
      expect(platform!.rebuild?.diskPosition).toBeGreaterThan(platform!.rebuild!.snapshotPosition!);
      await expectReadModelsEqualTheLog();
    });

    it('empties and folds it again when its checkpoint names another event or its projection changed', async () => {
      await start();
      await createDistrict('利津县');
      await stop();
      editDisk((store) => {
        const checkpoint = JSON.parse(store.meta('checkpoint')!) as { eventId: string };
        store.setMeta('checkpoint', JSON.stringify({ ...checkpoint, eventId: '00000000-0000-7000-8000-000000000000' }));
        // a document no event made: gone after the fold from the start
        void store.collection('audit.events').putIfNewer({ _id: 'forged', version: 0, type: 'x' });
      });
      await start();
      expect(platform!.rebuild).toMatchObject({ from: 'snapshot', diskPosition: 0 });
      expect(await platform!.inspect.documents.collection('audit.events').get('forged')).toBeNull();
      await expectReadModelsEqualTheLog();
      await stop();
      editDisk((store) => store.setMeta('projections', '{"audit.events":"an older fold"}'));
      await start();
      expect(platform!.rebuild?.diskPosition).toBe(0);
      await expectReadModelsEqualTheLog();
      expect(existsSync(disk())).toBe(true);
    });
  });
});
