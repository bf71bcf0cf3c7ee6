import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { buildOpenApiDocument, type RuntimeConfig } from '@gongjian/runtime';
import { type Platform, startPlatform } from '../../apps/platform/src/platform';
import { OpenApiContract } from './openapi-contract';

export const ROOT = { username: 'root', password: 'root-password-1' };

const contracts = new WeakMap<Platform, OpenApiContract>();

/** The platform's OpenAPI document, as a checker of answers (built once per platform). */
export function contractOf(platform: Platform): OpenApiContract {
  let contract = contracts.get(platform);
  if (!contract) {
    contract = new OpenApiContract(buildOpenApiDocument(platform.app, 'gongjian API') as never);
    contracts.set(platform, contract);
  }
  return contract;
}

/**
 * An HTTP client for one account: every request carries its bearer token, and every answer is
 * checked against the OpenAPI document (status and body: test/support/openapi-contract.ts).
 */
export function client(platform: Platform, token?: string) {
  const contract = contractOf(platform);
  const withAuth = (r: request.Test) =>
    (token ? r.set('Authorization', `Bearer ${token}`) : r).expect((res) => {
      const { method, path } = (res as unknown as { req: { method: string; path: string } }).req;
      contract.check(method, path, res.status, res.headers['content-type'], res.body);
    });
  const server = () => request(platform.app.getHttpServer());
  return {
    get: (url: string) => withAuth(server().get(`/api/v1${url}`)),
    post: (url: string) => withAuth(server().post(`/api/v1${url}`)),
    delete: (url: string) => withAuth(server().delete(`/api/v1${url}`)),
    patch: (url: string) => withAuth(server().patch(`/api/v1${url}`)),
  };
}
export type Client = ReturnType<typeof client>;

/** The embedded platform on a fresh data directory, with a known bootstrap administrator. */
export class TestPlatform {
  platform!: Platform;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'gongjian-test-'));

  /** `config`: settings beyond the test defaults (e.g. `metricsToken`). */
  constructor(private readonly config: Partial<RuntimeConfig> = {}) {}

  async start(): Promise<this> {
    this.platform = await startPlatform(
      { ...this.config, dataDir: this.dataDir, port: 0, adminUser: ROOT.username, adminPassword: ROOT.password },
      false,
    );
    return this;
  }

  async restart(): Promise<void> {
    await this.platform.app.close();
    await this.start();
  }

  async stop(): Promise<void> {
    await this.platform?.app.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  anonymous(): Client {
    return client(this.platform);
  }

  async login(username: string, password: string): Promise<Client> {
    const res = await client(this.platform).post('/auth/login').send({ username, password }).expect(200);
    return client(this.platform, res.body.accessToken);
  }

  root(): Promise<Client> {
    return this.login(ROOT.username, ROOT.password);
  }

  /**
   * Events in the log. Counted by SQLite itself where the log is the embedded one: reading the
   * whole log twice per case made a matrix of 1,300 cases quadratic in its own writes.
   */
  async eventCount(): Promise<number> {
    const store = this.platform.inspect.store;
    if (store instanceof SqliteEventStore)
      return store.db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    return (await store.readAll()).length;
  }
}

export interface Region {
  districtId: string;
  streetId: string;
  communityId: string;
  otherCommunityId: string;
  gridId: string;
  /** 第一网格党支部, the party branch over the grid (单独建): where the tests' members belong */
  branchId: string;
  unitId: string;
  root: Client;
  communityAdmin: Client;
  otherCommunityAdmin: Client;
  unitContact: Client;
  auditor: Client;
}

/**
 * Registers the usual hooks of a describe block: start `t` and seed its region before the tests
 * (`seeded` receives it), stop it after them.
 */
export function startSeeded(t: TestPlatform, seeded: (region: Region) => void): void {
  beforeAll(async () => {
    await t.start();
    seeded(await seedRegion(t));
  });
  afterAll(() => t.stop());
}

/** 利津县 → 东城街道 → 二社区 (+ 三社区) → 第一网格, a unit, and one account per role. */
export async function seedRegion(t: TestPlatform): Promise<Region> {
  const root = await t.root();
  const org = async (name: string, kind: string, parentId?: string) =>
    (await root.post('/organizations').send({ name, kind, parentId }).expect(201)).body.id as string;
  const districtId = await org('利津县', 'district');
  const streetId = await org('东城街道', 'street', districtId);
  const communityId = await org('二社区', 'community', streetId);
  const otherCommunityId = await org('三社区', 'community', streetId);
  const gridId = await org('第一网格', 'grid', communityId);
  const branchId = await branchOver(root, gridId, '第一网格党支部');
  const unitId = (
    await root
      .post('/units')
      .send({ name: '县人民医院', sector: 'public_institution', locatedIn: communityId })
      .expect(201)
  ).body.id;
  const account = async (username: string, role: string, orgId: string) => {
    await root
      .post('/accounts')
      .send({ username, password: `${username}-password`, role, orgId })
      .expect(201);
    return t.login(username, `${username}-password`);
  };
  return {
    districtId,
    streetId,
    communityId,
    otherCommunityId,
    gridId,
    branchId,
    unitId,
    root,
    communityAdmin: await account('er-shequ', 'community_admin', communityId),
    otherCommunityAdmin: await account('san-shequ', 'community_admin', otherCommunityId),
    unitContact: await account('yiyuan', 'unit_contact', unitId),
    auditor: await account('shenji', 'auditor', districtId),
  };
}

/**
 * The party branch formed over a grid alone (单独建), by `as`: members belong to a branch, not to
 * an area (issue 18). Its community is the grid's.
 */
export async function branchOver(as: Client, gridId: string, name = '网格党支部'): Promise<string> {
  const grid = (await as.get(`/organizations/${gridId}`).expect(200)).body;
  const res = await as
    .post('/party-organizations')
    .send({ kind: 'branch', name, parentId: grid.parentId, covers: [gridId] })
    .expect(201);
  return res.body.id;
}

/**
 * Replays every projection whose name matches `which` into a shadow (`POST /audit/replays`) and
 * expects it equal to the live read model, which was built event by event: what the test wrote
 * rebuilds to the same read models. Returns the projections compared.
 */
export async function expectRebuildsEqual(auditor: Client, which: RegExp): Promise<string[]> {
  const names: string[] = (await auditor.get('/audit/projections').expect(200)).body.items;
  const compared = names.filter((name) => which.test(name));
  for (const projection of compared) {
    const started = await auditor.post('/audit/replays').send({ projection }).expect(202);
    let replay = started.body;
    for (let i = 0; i < 1000 && replay.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      replay = (await auditor.get(`/audit/replays/${started.body.id}`).expect(200)).body;
    }
    expect({ projection, status: replay.status, differences: replay.differences }).toEqual({
      projection,
      status: 'completed',
      differences: [],
    });
  }
  return compared;
}
