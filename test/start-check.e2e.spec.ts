import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import { ServiceRootModule, startApp, StartRefused } from '@gongjian/runtime';
import { OPEN_NEEDS_COLLECTION } from '../apps/organizations/src/hierarchy/open-needs.projection';
import { OrganizationsModule } from '../apps/organizations/src/organizations.module';
import { type Platform, startPlatform } from '../apps/platform/src/platform';
import { client, ROOT } from './support/platform';

/**
 * The start check (issue 24 item 4, docs/ops/start-check.md) on the embedded platform, with read
 * models that outlive the process (a MemoryDocumentStore kept across starts stands in for MongoDB)
 * and the log in SQLite: a log wiped or restored from an older backup is refused with a message,
 * and GONGJIAN_REBUILD_READ_MODELS rebuilds the read models from it instead.
 */
describe('start check: a log behind its read models', () => {
  let dataDir: string;
  let documents: MemoryDocumentStore;
  let platform: Platform | null = null;
  const log = () => join(dataDir, 'events.db');

  const start = async (rebuildReadModels = false) => {
    platform = await startPlatform(
      {
        dataDir,
        port: 0,
        adminUser: ROOT.username,
        adminPassword: ROOT.password,
        documentStore: documents,
        rebuildReadModels,
      },
      false,
    );
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
  const districts = async () =>
    (
      (await (await root()).get('/organizations').query({ kind: 'district' }).expect(200)).body.items as {
        name: string;
      }[]
    )
      .map((o) => o.name)
      .sort();
  const wipeLog = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(log() + suffix, { force: true });
  };
  /** every read model of the running platform equals a rebuild of its log into an empty store */
  const expectReadModelsEqualTheLog = async () => {
    const { inspect } = platform!;
    const fresh = new MemoryDocumentStore();
    await new ProjectionRunner(fresh, inspect.projections).rebuild(inspect.store);
    for (const p of inspect.projections) {
      const sorted = { sort: { _id: 1 as const } };
      expect({ [p.collection]: await documents.collection(p.collection).find({}, sorted) }).toEqual({
        [p.collection]: await fresh.collection(p.collection).find({}, sorted),
      });
    }
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongjian-start-check-'));
    documents = new MemoryDocumentStore();
  });
  afterEach(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts again on its own log, the read models kept', async () => {
    await start();
    await createDistrict('利津县');
    await stop();
    await start();
    expect(await districts()).toEqual(['利津县']);
    await expectReadModelsEqualTheLog();
  });

  it('refuses an emptied data directory, naming the service, the positions and what to do', async () => {
    await start();
    await createDistrict('利津县');
    const head = await platform!.inspect.store.headPosition();
    await stop();
    wipeLog();

    const refused = await start().then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(StartRefused);
    const message = (refused as Error).message;
    expect(message).toContain('platform refuses to start');
    expect(message).toContain(log());
    expect(message).toContain(`reach position ${head}`);
    expect(message).toContain("the log's head is position 0");
    expect(message).toContain('GONGJIAN_REBUILD_READ_MODELS=1');
    expect(message).toContain('docs/ops/start-check.md');
    // the refused start wrote nothing: no bootstrap administrator in the empty log
    const empty = new SqliteEventStore({ filename: log() });
    expect(await empty.headPosition()).toBe(0);
    await empty.close();
    await expect(start()).rejects.toThrow(StartRefused);
  });

  it('with GONGJIAN_REBUILD_READ_MODELS rebuilds the read models from the emptied log', async () => {
    await start();
    await createDistrict('利津县');
    await stop();
    wipeLog();

    await start(true);
    expect(await districts()).toEqual([]);
    await expectReadModelsEqualTheLog();
    await createDistrict('垦利区');
    await stop();
    // the flag did its work once: the next start without it passes the check
    await start();
    expect(await districts()).toEqual(['垦利区']);
    await expectReadModelsEqualTheLog();
  });

  it('refuses a log restored from an older backup, and rebuilds from it with the flag', async () => {
    await start();
    await createDistrict('利津县');
    await stop();
    const backup = join(dataDir, 'backup.db');
    copyFileSync(log(), backup);
    await start();
    await createDistrict('垦利区');
    await stop();
    wipeLog();
    copyFileSync(backup, log());

    await expect(start()).rejects.toThrow(/behind its read models[\s\S]*the log's head is position \d+/);
    await start(true);
    expect(await districts()).toEqual(['利津县']);
    await expectReadModelsEqualTheLog();
  });

  it("on a service, a rebuild keeps the read models that fold other services' events only", async () => {
    const service = (rebuildReadModels = false) =>
      startApp(
        ServiceRootModule.forService('organizations', OrganizationsModule, {
          dataDir,
          port: 0,
          adminUser: ROOT.username,
          adminPassword: ROOT.password,
          documentStore: documents,
          rebuildReadModels,
        }),
        false,
      ).then((running) => (platform = running));
    await service();
    await createDistrict('利津县');
    // a need matching posted, folded from the bus into organizations' open-needs read model
    const openNeeds = documents.collection(OPEN_NEEDS_COLLECTION);
    await openNeeds.putIfNewer({ _id: 'matching.need-1', version: 0, orgId: 'x' });
    await stop();
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `organizations.db${suffix}`), { force: true });

    await expect(service()).rejects.toThrow(/^organizations refuses to start/);
    await service(true);
    expect(await districts()).toEqual([]);
    expect(await openNeeds.get('matching.need-1')).toMatchObject({ orgId: 'x' });
  });
});
