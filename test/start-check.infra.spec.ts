import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import request from 'supertest';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import { MongoDocumentStore } from '@gongjian/read-models/mongodb.document-store';
import { type RunningApp, ServiceRootModule, startApp } from '@gongjian/runtime';
import { OrganizationsModule } from '../apps/organizations/src/organizations.module';

/**
 * Issue 24 item 4 against a real MongoDB-wire server: the organizations service with its read
 * models in MongoDB (FerretDB in CI) and its log in SQLite. An emptied data directory used to
 * start healthy and serve the read models of the lost log (reads right, commands "not found");
 * now the start is refused with the positions and the way out, and GONGJIAN_REBUILD_READ_MODELS=1
 * rebuilds the read models in MongoDB from the log (docs/ops/start-check.md).
 */
const mongoUrl = process.env.MONGODB_URL;
if (!mongoUrl) process.stderr.write('MONGODB_URL not set: start-check infra suite skipped\n');
const ROOT = { username: 'root', password: 'root-password-1' };

(mongoUrl ? describe : describe.skip)('start check on MongoDB read models (MONGODB_URL)', () => {
  const database = `${new URL(mongoUrl ?? 'mongodb://x/').pathname.slice(1) || 'gongjian'}_start_check`;
  const url = mongoUrl?.replace(/\/[^/?]*(\?|$)/, `/${database}$1`) ?? '';
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-start-check-infra-'));
  let app: RunningApp | null = null;

  const start = (env: Record<string, string> = {}) => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      GONGJIAN_DATA_DIR: dataDir,
      GONGJIAN_READ_STORE: 'mongodb',
      GONGJIAN_BUS: 'memory',
      MONGODB_URL: url,
      GONGJIAN_ADMIN_USER: ROOT.username,
      GONGJIAN_ADMIN_PASSWORD: ROOT.password,
      ...env,
    });
    try {
      return startApp(ServiceRootModule.forService('organizations', OrganizationsModule, { port: 0 }), false).then(
        (running) => (app = running),
      );
    } finally {
      process.env = saved;
    }
  };
  const stop = async () => {
    await app?.app.close();
    app = null;
  };
  const http = () => request(app!.app.getHttpServer());
  const root = async () => {
    const token = (await http().post('/api/v1/auth/login').send(ROOT).expect(200)).body.accessToken as string;
    return { Authorization: `Bearer ${token}` };
  };
  const districts = async () =>
    (
      (
        await http()
          .get('/api/v1/organizations')
          .query({ kind: 'district' })
          .set(await root())
          .expect(200)
      ).body.items as { name: string }[]
    ).map((o) => o.name);
  const wipeLog = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `organizations.db${suffix}`), { force: true });
  };

  beforeAll(async () => {
    const client = await MongoClient.connect(url);
    await client.db().dropDatabase();
    await client.close();
  });
  afterAll(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start on an emptied data directory while MongoDB holds the read models', async () => {
    await start();
    const headers = await root();
    const created = await http()
      .post('/api/v1/organizations')
      .set(headers)
      .send({ name: '利津县', kind: 'district' })
      .expect(201);
    const id = created.body.id as string;
    const head = await app!.inspect.store.headPosition();
    const collections = app!.inspect.projections.map((p) => p.collection);
    await stop();
    wipeLog();

    // before the check: the service started, read 利津县 from MongoDB, and said "not found" to
    // every command on it (the log has no such stream)
    await expect(start()).rejects.toThrow(
      new RegExp(
        `organizations refuses to start: its event log \\(.*organizations\\.db\\) is behind its read models\\.[\\s\\S]*` +
          `reach position ${head} \\(event [0-9a-f-]+\\), but the log's head is position 0[\\s\\S]*` +
          `GONGJIAN_REBUILD_READ_MODELS=1`,
      ),
    );
    // the read models are left as they were, for a restore of the log
    const documents = await MongoDocumentStore.connect(url);
    try {
      const found = await Promise.all(collections.map((c) => documents.collection(c).get(id)));
      expect(found.some((doc) => doc !== null)).toBe(true);
    } finally {
      await documents.close();
    }
  });

  it('with GONGJIAN_REBUILD_READ_MODELS=1 rebuilds the read models in MongoDB from the log', async () => {
    await start({ GONGJIAN_REBUILD_READ_MODELS: '1' });
    expect(await districts()).toEqual([]);
    const { inspect } = app!;
    const fresh = new MemoryDocumentStore();
    await new ProjectionRunner(fresh, inspect.projections).rebuild(inspect.store);
    for (const p of inspect.projections) {
      const sorted = { sort: { _id: 1 as const } };
      expect({ [p.collection]: await inspect.documents.collection(p.collection).find({}, sorted) }).toEqual({
        [p.collection]: await fresh.collection(p.collection).find({}, sorted),
      });
    }
    await http()
      .post('/api/v1/organizations')
      .set(await root())
      .send({ name: '垦利区', kind: 'district' })
      .expect(201);
    await stop();
    await start();
    expect(await districts()).toEqual(['垦利区']);
  });
});
