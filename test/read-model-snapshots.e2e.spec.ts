import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
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
});
