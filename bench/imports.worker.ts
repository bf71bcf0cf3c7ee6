/**
 * One measurement of bench/imports.bench.ts, in a process of its own so that its peak RSS is its
 * own: `node dist/bench/imports.worker.js <members|needs|export> <import|bare>`; prints JSON.
 * - members / needs, import: the embedded platform imports a generated sheet of BENCH_IMPORT_MEMBERS
 *   members (10,000) or BENCH_IMPORT_NEEDS needs (20,000) through `POST /imports/<kind>` as the
 *   district administrator — read, planned, applied by the same handlers as the API;
 * - members / needs, bare: the same appends, the RegisterMember and PostNeed commands sent in a
 *   loop through `Commands.for(aggregate)` (append, hash chain, projections), no sheet, no checks;
 * - export: BENCH_EXPORT_ROWS needs (100,000) in the needs read model, then `GET /exports/needs.xlsx`
 *   of all of them, the answer counted and dropped: the process's RSS before and at its peak.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { Commands } from '@gongjian/runtime';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { NEEDS_COLLECTION, type NeedDocument } from '../apps/matching/src/needs/needs.projection';
import { needRow, NEEDS_SHEET } from '../apps/matching/src/needs/needs.sheet';
import { MatchingReadModels } from '../apps/matching/src/read-models';
import { Directory } from '@gongjian/auth';
import { OrgReferences } from '@gongjian/spreadsheets';
import { type Platform, startPlatform } from '../apps/platform/src/platform';
import { needAggregate } from '../apps/matching/src/needs/need.decider';
import { memberAggregate } from '../apps/members/src/registry/member.decider';

const MEMBERS = Number(process.env.BENCH_IMPORT_MEMBERS ?? 10_000);
const NEEDS = Number(process.env.BENCH_IMPORT_NEEDS ?? 20_000);
const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const COMMUNITIES = 20;
const ADMIN = { username: 'root', password: 'root-password-1' };

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** The peak RSS while `work` runs, sampled every 20 ms (and before and after it). */
async function peakRss<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peak: number; before: number; millis: number }> {
  (global as { gc?: () => void }).gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const started = performance.now();
  try {
    const result = await work();
    const millis = Math.round(performance.now() - started);
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peak, before, millis };
  } finally {
    clearInterval(timer);
  }
}

async function api(platform: Platform, token: string | null, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (init.body && typeof init.body === 'string') headers.set('content-type', 'application/json');
  const res = await fetch(`${platform.url}/api/v1${path}`, { ...init, headers });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

/**
 * 利津县 → 东城街道 → COMMUNITIES communities, a grid each with its 党支部 (members belong to a
 * party branch since issue 18: `branch` is what the members sheet names).
 */
async function seed(platform: Platform, token: string) {
  const post = async (path: string, body: object) =>
    (await (await api(platform, token, path, { method: 'POST', body: JSON.stringify(body) })).json()) as {
      id: string;
    };
  const district = await post('/organizations', { name: '利津县', kind: 'district' });
  const street = await post('/organizations', { name: '东城街道', kind: 'street', parentId: district.id });
  const communities: Array<{ id: string; name: string; gridId: string; branchId: string; branch: string }> = [];
  for (let i = 1; i <= COMMUNITIES; i++) {
    const c = await post('/organizations', { name: `社区${i}`, kind: 'community', parentId: street.id });
    const g = await post('/organizations', { name: `社区${i}网格`, kind: 'grid', parentId: c.id });
    const branch = `社区${i}网格党支部`;
    const b = await post('/party-organizations', { kind: 'branch', name: branch, parentId: c.id, covers: [g.id] });
    communities.push({ id: c.id, name: `社区${i}`, gridId: g.id, branchId: b.id, branch });
  }
  return communities;
}

async function sheet(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('s');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const NEED_HEADERS = ['编码', '社区', '标题', '类别', '数量', '计量单位', '开始日期', '结束日期', '紧急程度'];

async function main() {
  const [scenario, mode] = process.argv.slice(2);
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-bench-imports-'));
  const platform = await startPlatform(
    { dataDir, port: 0, adminUser: ADMIN.username, adminPassword: ADMIN.password },
    false,
  );
  try {
    const login = await api(platform, null, '/auth/login', { method: 'POST', body: JSON.stringify(ADMIN) });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const communities = await seed(platform, token);
    const commands = platform.app.get(Commands, { strict: false });
    const actor = { accountId: ADMIN.username, role: 'district_admin', orgId: null };
    const context = () => ({ actor, correlationId: uuidv7() });
    const postNeeds = async (count: number) => {
      const needs = commands.for(needAggregate);
      for (let i = 0; i < count; i++) {
        const c = communities[i % COMMUNITIES];
        const needId = uuidv7();
        const details = {
          communityId: c.id,
          gridId: null,
          title: `需求${i}`,
          description: '',
          category: 'elderly_care' as const,
          tags: [],
          quantity: { amount: 10, unit: 'person_hours' as const },
          window: { from: '2026-12-01', to: '2099-03-31' },
          urgency: 'high' as const,
          code: `XQ-${i}`,
        };
        await needs.execute(needId, { type: 'PostNeed', needId, details, now: new Date().toISOString() }, context());
      }
    };
    let rows: number;
    let measured: { result: unknown; peak: number; before: number; millis: number };
    if (scenario === 'export') {
      await seedNeedsReadModel(platform, communities, EXPORT_ROWS);
      rows = EXPORT_ROWS;
      measured =
        mode === 'buffered'
          ? await peakRss(() => bufferedExport(platform))
          : await peakRss(async () => {
              const res = await api(platform, token, '/exports/needs.xlsx');
              let bytes = 0;
              for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
              return { bytes };
            });
    } else if (scenario === 'members') {
      rows = MEMBERS;
      const lines: ExcelJS.CellValue[][] = [['编码', '姓名', '所在支部', '入党日期', '手机号']];
      for (let i = 0; i < MEMBERS; i++)
        lines.push([
          `DY-${i}`,
          `党员${i}`,
          communities[i % COMMUNITIES].branch,
          '2010-07-01',
          `139${String(i).padStart(8, '0')}`,
        ]);
      const file = await sheet(lines);
      if (mode === 'import') {
        measured = await peakRss(() => upload(platform, token, 'members', file));
      } else {
        const members = commands.for(memberAggregate);
        const personal = { alg: 'A256GCM' as const, keyId: 'bench', data: 'sealed' };
        measured = await peakRss(async () => {
          for (let i = 0; i < MEMBERS; i++) {
            const memberId = uuidv7();
            const branchId = communities[i % COMMUNITIES].branchId;
            await members.execute(
              memberId,
              {
                type: 'RegisterMember',
                memberId,
                name: `党员${i}`,
                branch: { id: branchId, kind: 'branch', status: 'active' },
                joinedPartyOn: '2010-07-01',
                employer: null,
                employerUnitId: null,
                personal,
                code: `DY-${i}`,
              },
              context(),
            );
          }
          return {};
        });
      }
    } else {
      rows = NEEDS;
      const lines: ExcelJS.CellValue[][] = [NEED_HEADERS];
      for (let i = 0; i < NEEDS; i++)
        lines.push([
          `XQ-${i}`,
          communities[i % COMMUNITIES].name,
          `需求${i}`,
          '助老',
          10,
          '人·小时',
          '2026-12-01',
          '2099-03-31',
          '紧急',
        ]);
      const file = await sheet(lines);
      measured =
        mode === 'import'
          ? await peakRss(() => upload(platform, token, 'needs', file))
          : await peakRss(async () => {
              await postNeeds(NEEDS);
              return {};
            });
    }
    return {
      scenario,
      mode,
      rows,
      millis: measured.millis,
      rowsPerSecond: Math.round(rows / (measured.millis / 1000)),
      peakRssMb: mb(measured.peak),
      rssBeforeMb: mb(measured.before),
      result: measured.result,
    };
  } finally {
    await platform.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * EXPORT_ROWS needs written straight into the needs read model (what the export reads): posting
 * 100,000 needs through the log would take minutes of fsyncs and measure the appends, not the export.
 */
async function seedNeedsReadModel(platform: Platform, communities: Array<{ id: string }>, count: number) {
  const needs = platform.app
    .get<DocumentStore>(DOCUMENT_STORE, { strict: false })
    .collection<NeedDocument>(NEEDS_COLLECTION);
  const now = new Date().toISOString();
  for (let start = 0; start < count; start += 5000) {
    const batch: NeedDocument[] = [];
    for (let i = start; i < Math.min(count, start + 5000); i++)
      batch.push({
        _id: uuidv7(),
        version: 0,
        communityId: communities[i % communities.length].id,
        gridId: null,
        title: `需求${i}`,
        description: '每天中午为独居老人送餐',
        category: 'elderly_care',
        tags: ['助餐'],
        quantity: { amount: 10, unit: 'person_hours' },
        window: { from: '2026-12-01', to: '2099-03-31' },
        urgency: 'high',
        code: `XQ-${i}`,
        status: 'open',
        remaining: { amount: 10, unit: 'person_hours' },
        postedAt: now,
        postedBy: 'root',
        updatedAt: now,
      });
    await needs.putManyIfNewer(batch);
  }
}

/**
 * The baseline of the export: the same rows of the same sheet, all read at once and written by
 * exceljs's document writer (what an export that holds every row does).
 */
async function bufferedExport(platform: Platform) {
  const readModels = platform.app.get(MatchingReadModels, { strict: false });
  const directory = platform.app.get(Directory, { strict: false });
  const refs = new OrgReferences(await directory.entries.find({}));
  const all = await readModels.needs.find({}, { sort: { _id: -1 } });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(NEEDS_SHEET.sheetName);
  sheet.addRow(NEEDS_SHEET.columns.map((c) => c.header));
  for (const need of all) sheet.addRow(needRow(need, refs));
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: buffer.byteLength };
}

async function upload(platform: Platform, token: string, kind: string, file: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([file]), `${kind}.xlsx`);
  const res = await api(platform, token, `/imports/${kind}`, { method: 'POST', body: form });
  const report = (await res.json()) as { created: number; rejected: unknown[] };
  if (report.rejected.length > 0) throw new Error(`rejected rows: ${JSON.stringify(report.rejected.slice(0, 3))}`);
  return { created: report.created };
}

main()
  .then((figure) => process.stdout.write(JSON.stringify(figure)))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
