import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type RuntimeConfig } from '@gongjian/runtime';
import { type Platform, startPlatform } from '../apps/platform/src/platform';
import { client, ROOT } from './support/platform';

const modeOf = (path: string) => statSync(path).mode & 0o777;

/**
 * Issue 16 item 7: the data directory, the key directory and every file in them are the
 * platform's own (0700 / 0600), checked at start.
 */
describe('storage permissions: data and key directories 0700, files 0600, checked at start', () => {
  let base: string;
  const running: Platform[] = [];

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'gongjian-perm-'));
  });
  afterEach(async () => {
    while (running.length) await running.pop()!.app.close();
    rmSync(base, { recursive: true, force: true });
  });

  const start = async (config: Partial<RuntimeConfig>) => {
    const platform = await startPlatform(
      { jwtSecret: undefined, port: 0, adminUser: ROOT.username, adminPassword: ROOT.password, ...config },
      false,
    );
    running.push(platform);
    return platform;
  };

  /** Writes something personal, so that the key store and the WAL have content. */
  const registerMember = async (platform: Platform) => {
    const anonymous = client(platform);
    const login = await anonymous.post('/auth/login').send(ROOT).expect(200);
    const root = client(platform, login.body.accessToken);
    const district = await root.post('/organizations').send({ name: '利津县', kind: 'district' }).expect(201);
    await root
      .post('/members')
      .send({ name: '张建国', phone: '13912345678', branchId: district.body.id, joinedPartyOn: '2005-07-01' })
      .expect((res) => expect([201, 403, 422]).toContain(res.status));
  };

  it('creates a fresh data directory 0700 and every file in it 0600, SQLite -wal and -shm included', async () => {
    const dataDir = join(base, 'data');
    const platform = await start({ dataDir });
    await registerMember(platform);
    expect(modeOf(dataDir)).toBe(0o700);
    const files = ['events.db', 'events.db-wal', 'events.db-shm', 'member-keys.db', 'jwt-secret'];
    for (const file of files) {
      expect(existsSync(join(dataDir, file))).toBe(true);
      expect({ file, mode: modeOf(join(dataDir, file)).toString(8) }).toEqual({ file, mode: '600' });
    }
  });

  it('keeps the member key store in GONGJIAN_KEY_DIR, 0700 / 0600, apart from the log', async () => {
    const dataDir = join(base, 'data');
    const keyDir = join(base, 'keys');
    expect(loadConfig({ GONGJIAN_KEY_DIR: keyDir }).keyDir).toBe(keyDir);
    await registerMember(await start({ dataDir, keyDir }));
    expect(existsSync(join(dataDir, 'member-keys.db'))).toBe(false);
    expect(modeOf(keyDir)).toBe(0o700);
    expect(modeOf(join(keyDir, 'member-keys.db'))).toBe(0o600);
  });

  it('refuses to start on a data directory other users may read, naming it and the chmod to run', async () => {
    const dataDir = join(base, 'data');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    await expect(start({ dataDir })).rejects.toThrow(`directory ${dataDir} has mode 0755`);
    await expect(start({ dataDir })).rejects.toThrow(`chmod 700 '${dataDir}'`);
    expect(existsSync(join(dataDir, 'events.db'))).toBe(false);
  });

  it('refuses an open file in the data directory and an open key directory', async () => {
    const dataDir = join(base, 'data');
    mkdirSync(dataDir, { mode: 0o700 });
    writeFileSync(join(dataDir, 'jwt-secret'), 'x'.repeat(48), { mode: 0o644 });
    chmodSync(join(dataDir, 'jwt-secret'), 0o644);
    await expect(start({ dataDir })).rejects.toThrow(`chmod 600 '${join(dataDir, 'jwt-secret')}'`);
    chmodSync(join(dataDir, 'jwt-secret'), 0o600);
    const keyDir = join(base, 'keys');
    mkdirSync(keyDir);
    chmodSync(keyDir, 0o750);
    await expect(start({ dataDir, keyDir })).rejects.toThrow(`chmod 700 '${keyDir}'`);
  });

  it('starts anyway with GONGJIAN_ALLOW_OPEN_PERMISSIONS=1', async () => {
    expect(loadConfig({ GONGJIAN_ALLOW_OPEN_PERMISSIONS: '1' }).allowOpenPermissions).toBe(true);
    expect(loadConfig({}).allowOpenPermissions).toBe(false);
    const dataDir = join(base, 'data');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    const platform = await start({ dataDir, allowOpenPermissions: true });
    await client(platform).get('/health').expect(200);
    expect(modeOf(dataDir)).toBe(0o755); // left as found: the warning says what to run
  });
});
