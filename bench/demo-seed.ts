/**
 * `npm run demo:seed`: builds, through the public HTTP API of a running gongjian, Lijin county as
 * seed 001 describes it: 1 district, 2 streets (一级网格), 10 communities and parks (二级网格),
 * 136 third-level grids, 53 grid party organisations over them (单独建 over one grid, 联合建 over
 * several), 93 units paired with them (支部结对、网格共建), 92 grid workers (专职网格员, each with a
 * `grid_worker` account and a term over one or two grids), one community admin per community, and
 * — like Lijin's lists — 267 needs and 300 offers; each community's two yearly funds (30 万元 and
 * 8 万元 per thousand households) with a 微项目 funded from the first, and five merchants of its
 * 红色联盟. Every write carries an Idempotency-Key, so
 * running it twice creates nothing twice.
 *   GONGJIAN_URL (http://127.0.0.1:3000), GONGJIAN_ADMIN_USER (admin), GONGJIAN_ADMIN_PASSWORD
 */
let base = `${process.env.GONGJIAN_URL ?? 'http://127.0.0.1:3000'}/api/v1`;
const STREETS = ['利津街道', '凤凰城街道'];
const COMMUNITIES = [
  '城北社区',
  '城南社区',
  '津苑社区',
  '东关社区',
  '西关社区',
  '凤凰社区',
  '滨河社区',
  '利民社区',
  '和谐社区',
  '经济开发区园区',
];
/** the first five in 利津街道, the others in 凤凰城街道 */
const STREET_OF = (community: number) => (community < 5 ? 0 : 1);
/** 136 third-level grids */
const GRIDS_PER_COMMUNITY = [14, 14, 14, 14, 14, 14, 13, 13, 13, 13];
/** 53 grid party organisations */
const BRANCHES_PER_COMMUNITY = [6, 6, 5, 5, 5, 5, 5, 5, 5, 6];
/** 专职网格员 (seed 001: 92, hired by the communities and parks) */
const GRID_WORKERS = 92;
const SECTORS = [
  'party_government',
  'public_institution',
  'state_enterprise',
  'private_enterprise',
  'social_organization',
];
const UNIT_KINDS = [
  '县人民医院',
  '实验中学',
  '供电公司',
  '农商银行',
  '税务分局',
  '自来水公司',
  '邮政支行',
  '社工服务中心',
  '市场监管所',
  '中心小学',
];

let token = '';

async function call<T = { id: string }>(method: string, path: string, body: unknown, key?: string): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key ? { 'idempotency-key': `demo-seed:${key}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json as T;
}

export interface SeededCounty {
  district: string;
  streets: string[];
  communities: string[];
  grids: string[][];
  /** the grid party organisations of each community, with the grids each covers */
  branches: Array<Array<{ id: string; covers: string[] }>>;
  /** each unit, its community and the branch it is paired with */
  units: Array<{ id: string; community: number; branch: string }>;
  /** the grid workers' usernames (password: `<username>-password`) and the grids of their terms */
  gridWorkers: Array<{ username: string; community: number; grids: string[] }>;
  needs: string[];
  offers: string[];
  /** each community's two yearly funds (党组织服务经费, 社区工作经费) */
  funds: string[];
  merchants: string[];
}

/**
 * How a community's grids are shared among its branches: half of the branches (rounded down) each
 * take one grid (单独建), the rest share the remaining grids (联合建), as evenly as they go.
 */
export function branchGrids(grids: number, branches: number): number[] {
  const single = Math.floor(branches / 2);
  const joint = branches - single;
  const rest = grids - single;
  return [
    ...Array.from({ length: single }, () => 1),
    ...Array.from({ length: joint }, (_, i) => Math.floor(rest / joint) + (i < rest % joint ? 1 : 0)),
  ];
}

const NEED_CATEGORIES = ['elderly_care', 'education', 'health', 'legal', 'employment', 'environment', 'culture_sports'];
const NEED_TITLES: Record<string, string> = {
  elderly_care: '独居老人助餐',
  education: '留守儿童课业辅导',
  health: '慢病老人上门体检',
  legal: '物业纠纷法律咨询',
  employment: '失业人员技能培训',
  environment: '老旧小区环境整治',
  culture_sports: '社区文艺汇演',
};

/**
 * Seeds the county through the API at `baseUrl` (…/api/v1) as an administrator: the hierarchy,
 * units, pairings, community admins and — like Lijin's lists — 267 needs and 300 offers.
 */
export async function seedCounty(baseUrl: string, username: string, password: string): Promise<SeededCounty> {
  base = baseUrl;
  token = '';
  token = (await call<{ accessToken: string }>('POST', '/auth/login', { username, password })).accessToken;
  const org = (name: string, kind: string, parentId: string | undefined, key: string) =>
    call('POST', '/organizations', { name, kind, parentId }, key).then((o) => o.id);

  const district = await org('利津县', 'district', undefined, 'district');
  const streets = [];
  for (const [i, name] of STREETS.entries()) streets.push(await org(name, 'street', district, `street:${i}`));
  const communities: string[] = [];
  const grids: string[][] = [];
  const branches: SeededCounty['branches'] = [];
  for (const [i, name] of COMMUNITIES.entries()) {
    const community = await org(name, 'community', streets[STREET_OF(i)], `community:${i}`);
    communities.push(community);
    const own: string[] = [];
    for (let g = 0; g < GRIDS_PER_COMMUNITY[i]; g++)
      own.push(await org(`${name}第${g + 1}网格`, 'grid', community, `grid:${i}:${g}`));
    grids.push(own);
    branches.push(await formBranches(name, community, own, BRANCHES_PER_COMMUNITY[i], `${i}`));
    await call(
      'POST',
      '/accounts',
      {
        username: `community-${i + 1}`,
        password: `community-${i + 1}-password`,
        role: 'community_admin',
        orgId: community,
        displayName: `${name}书记`,
      },
      `account:${i}`,
    ).catch((e: Error) => (e.message.includes('409') ? null : Promise.reject(e)));
  }
  // 93 units, each paired with a grid party organisation of its community: every one of the 53 has one, 40 two
  const allBranches = branches.flatMap((own, community) => own.map((b) => ({ ...b, community })));
  const units: SeededCounty['units'] = [];
  for (let u = 0; u < 93; u++) {
    const branch = allBranches[u % allBranches.length];
    const c = branch.community;
    const unit = await call(
      'POST',
      '/units',
      {
        name: `${COMMUNITIES[c].replace(/社区|园区/, '')}${UNIT_KINDS[u % UNIT_KINDS.length]}${Math.floor(u / UNIT_KINDS.length) + 1}`,
        sector: SECTORS[u % SECTORS.length],
        locatedIn: communities[c],
      },
      `unit:${u}`,
    );
    await call('POST', '/pairings', { unitId: unit.id, orgId: branch.id }, `pairing:${u}`);
    units.push({ id: unit.id, community: c, branch: branch.id });
  }
  const gridWorkers = await hireGridWorkers(communities, grids);
  const needs: string[] = [];
  for (let k = 0; k < 267; k++) {
    const c = (k * 7) % COMMUNITIES.length;
    const category = NEED_CATEGORIES[k % NEED_CATEGORIES.length];
    const need = await call(
      'POST',
      '/needs',
      {
        communityId: communities[c],
        gridId: grids[c][k % grids[c].length],
        title: `${COMMUNITIES[c]}${NEED_TITLES[category]}`,
        category,
        tags: [NEED_TITLES[category].slice(-2)],
        quantity: { amount: 10 + ((k * 13) % 50), unit: 'person_hours' },
        window: { from: '2026-12-01', to: '2027-06-30' },
        urgency: ['low', 'normal', 'high', 'critical'][k % 4],
      },
      `need:${k}`,
    );
    needs.push(need.id);
  }
  const offers: string[] = [];
  for (let k = 0; k < 300; k++) {
    const unit = units[k % units.length];
    const category = NEED_CATEGORIES[(k * 3) % NEED_CATEGORIES.length];
    const offer = await call(
      'POST',
      '/offers',
      {
        unitId: unit.id,
        title: `${NEED_TITLES[category].slice(-4)}志愿服务`,
        category,
        tags: [NEED_TITLES[category].slice(-2)],
        capacity: { amount: 20 + ((k * 17) % 60), unit: 'person_hours' },
        window: { from: '2026-11-01', to: '2027-12-31' },
        serviceArea: [k % 3 === 0 ? district : streets[STREET_OF(unit.community)]],
      },
      `offer:${k}`,
    );
    offers.push(offer.id);
  }
  const funds = await openCommunityFunds(communities, grids);
  const merchants = await registerMerchants(streets[0]);
  return { district, streets, communities, grids, branches, units, gridWorkers, needs, offers, funds, merchants };
}

/**
 * Seed 001: 每个社区每年30万元 (党组织服务经费) and 每千户8万元 (社区工作经费), opened for each community
 * by its street; the households are counted at about 300 a grid. One 微项目 per community asks the
 * first fund for a budget, approved.
 */
async function openCommunityFunds(communities: string[], grids: string[][]): Promise<string[]> {
  const funds: string[] = [];
  for (const [i, community] of communities.entries()) {
    const households = grids[i].length * 300;
    const service = await call(
      'POST',
      '/funds',
      {
        ownerOrgId: community,
        name: `2026年${COMMUNITIES[i]}党组织服务经费`,
        kind: 'community_yearly',
        year: 2026,
        yearlyAmount: '300000',
      },
      `fund:service:${i}`,
    );
    const work = await call(
      'POST',
      '/funds',
      {
        ownerOrgId: community,
        name: `2026年${COMMUNITIES[i]}社区工作经费`,
        kind: 'community_yearly',
        year: 2026,
        yearlyAmount: String((households / 1000) * 80_000),
      },
      `fund:work:${i}`,
    );
    funds.push(service.id, work.id);
    const project = await call(
      'POST',
      '/micro-projects',
      {
        orgId: community,
        name: `${COMMUNITIES[i]}楼道照明改造`,
        description: '老旧楼道更换声控灯',
        plannedBeneficiaries: households,
      },
      `micro-project:${i}`,
    );
    const allocation = await call(
      'POST',
      `/funds/${service.id}/allocations`,
      { target: 'micro_project', targetId: project.id, amount: '12000', purpose: '灯具与安装' },
      `allocation:${i}`,
    );
    await call('POST', `/funds/${service.id}/allocations/${allocation.id}/approve`, {}, `approve:${i}`);
  }
  return funds;
}

/** Seed 001: 津元商圈's merchants, where members' 量化积分 buy discounts (红色联盟). */
async function registerMerchants(street: string): Promise<string[]> {
  const shops: Array<[string, string]> = [
    ['津元超市', 'supermarket'],
    ['利津老字号水煎包', 'catering'],
    ['仁和大药房', 'pharmacy'],
    ['津城理发店', 'daily_services'],
    ['新华书店利津店', 'education_culture'],
  ];
  const merchants: string[] = [];
  for (const [i, [name, sector]] of shops.entries()) {
    const merchant = await call(
      'POST',
      '/merchants',
      {
        name,
        address: `利津县津元商圈${i + 1}号`,
        sector,
        orgId: street,
        contactName: '店长',
        contactPhone: `1380546${String(1000 + i)}`,
        terms: { pointsPerYuan: 10, monthlyCapPoints: 500, effectiveFrom: '2026-12-01' },
      },
      `merchant:${i}`,
    );
    merchants.push(merchant.id);
  }
  return merchants;
}

/** A community's grid party organisations over its grids (branchGrids), named for what they cover. */
async function formBranches(
  community: string,
  communityId: string,
  grids: string[],
  count: number,
  key: string,
): Promise<Array<{ id: string; covers: string[] }>> {
  const out: Array<{ id: string; covers: string[] }> = [];
  let next = 0;
  for (const [b, size] of branchGrids(grids.length, count).entries()) {
    const covers = grids.slice(next, next + size);
    const name =
      size === 1 ? `${community}第${next + 1}网格党支部` : `${community}第${next + 1}至${next + size}网格联合党支部`;
    next += size;
    const branch = await call(
      'POST',
      '/party-organizations',
      { kind: 'branch', name, parentId: communityId, covers },
      `branch:${key}:${b}`,
    );
    out.push({ id: branch.id, covers });
  }
  return out;
}

/** `total` shared in proportion to `weights`, whole numbers summing to it (the largest remainders round up). */
function largestRemainder(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w * total) / sum);
  const shares = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - shares.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) shares[order[k][1]] += 1;
  return shares;
}

/**
 * 92 专职网格员 for 136 grids: each an account of its community (role `grid_worker`) and a 网格员
 * term from 2026-01-01 over the grids it works: each community hires its share of the 92 by its
 * grids, and its grids go round its own workers (one or two each).
 */
async function hireGridWorkers(communities: string[], grids: string[][]): Promise<SeededCounty['gridWorkers']> {
  const shares = largestRemainder(
    grids.map((own) => own.length),
    GRID_WORKERS,
  );
  const workers: SeededCounty['gridWorkers'] = [];
  for (const [c, own] of grids.entries()) {
    const mine = Array.from({ length: shares[c] }, (_, k) => ({
      username: `wanggeyuan-${workers.length + k + 1}`,
      community: c,
      grids: [] as string[],
    }));
    for (const [g, grid] of own.entries()) mine[g % mine.length].grids.push(grid);
    for (const worker of mine) {
      workers.push(worker);
      await call(
        'POST',
        '/accounts',
        {
          username: worker.username,
          password: `${worker.username}-password`,
          role: 'grid_worker',
          orgId: communities[c],
          displayName: `网格员${workers.length}`,
        },
        `grid-worker:${worker.username}`,
      ).catch((e: Error) => (e.message.includes('409') ? null : Promise.reject(e)));
      for (const grid of worker.grids)
        await call(
          'POST',
          `/organizations/${grid}/grid-roles`,
          {
            role: 'grid_worker',
            residentName: `网格员${workers.length}`,
            accountId: worker.username,
            startsOn: '2026-01-01',
          },
          `grid-worker-term:${worker.username}:${grid}`,
        );
    }
  }
  return workers;
}

async function main(): Promise<void> {
  const password = process.env.GONGJIAN_ADMIN_PASSWORD;
  if (!password) throw new Error('set GONGJIAN_ADMIN_PASSWORD (and GONGJIAN_ADMIN_USER if not "admin")');
  const started = Date.now();
  const county = await seedCounty(base, process.env.GONGJIAN_ADMIN_USER ?? 'admin', password);
  const tree = (await fetch(`${base}/organizations/${county.district}/tree`, {
    headers: { authorization: `Bearer ${token}` },
  }).then((r) => r.json())) as { counts: object };
  const summary = {
    district: county.district,
    counts: tree.counts,
    gridPartyOrganizations: county.branches.flat().length,
    jointBranches: county.branches.flat().filter((b) => b.covers.length > 1).length,
    pairings: county.units.length,
    communityAdmins: COMMUNITIES.length,
    gridWorkers: county.gridWorkers.length,
    needs: county.needs.length,
    offers: county.offers.length,
    funds: county.funds.length,
    merchants: county.merchants.length,
    seconds: (Date.now() - started) / 1000,
  };
  console.log(JSON.stringify(summary, null, 2));
  // how to sign in, for the person at the terminal: on stderr, so that stdout stays the summary's
  // JSON that scripts read (deploy/ci/schemathesis.sh)
  const url = (process.env.GONGJIAN_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  console.error(`\n利津县 is ready. Sign in to the console at ${url}/ as`);
  console.error(`  ${process.env.GONGJIAN_ADMIN_USER ?? 'admin'} (the bootstrap administrator, your password),`);
  console.error('  a community admin: community-1 … community-10, password community-<n>-password, or');
  console.error(
    `  a grid worker (网格员): wanggeyuan-1 … wanggeyuan-${county.gridWorkers.length}, password wanggeyuan-<n>-password`,
  );
  for (const [i, name] of COMMUNITIES.entries()) console.error(`  community-${String(i + 1).padEnd(3)} ${name}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
