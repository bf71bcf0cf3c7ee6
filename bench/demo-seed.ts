/**
 * `npm run demo:seed`: builds, through the public HTTP API of a running gongjian, a county like
 * Lijin (DESIGN §1): 1 district, 2 streets, 9 communities, 53 grids, 93 units, 93 pairings,
 * 267 needs and 300 offers
 * (each unit paired with a grid of its community), plus one community admin per community.
 * Every write carries an Idempotency-Key, so running it twice creates nothing twice.
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
];
const GRIDS_PER_COMMUNITY = [6, 6, 6, 6, 6, 6, 6, 6, 5]; // 53
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
  units: Array<{ id: string; community: number }>;
  needs: string[];
  offers: string[];
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
  for (const [i, name] of COMMUNITIES.entries()) {
    const community = await org(name, 'community', streets[i < 5 ? 0 : 1], `community:${i}`);
    communities.push(community);
    const own: string[] = [];
    for (let g = 0; g < GRIDS_PER_COMMUNITY[i]; g++)
      own.push(await org(`${name}第${g + 1}网格`, 'grid', community, `grid:${i}:${g}`));
    grids.push(own);
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
  const units: SeededCounty['units'] = [];
  for (let u = 0; u < 93; u++) {
    const c = u % COMMUNITIES.length;
    const unit = await call(
      'POST',
      '/units',
      {
        name: `${COMMUNITIES[c].replace('社区', '')}${UNIT_KINDS[u % UNIT_KINDS.length]}${Math.floor(u / UNIT_KINDS.length) + 1}`,
        sector: SECTORS[u % SECTORS.length],
        locatedIn: communities[c],
      },
      `unit:${u}`,
    );
    const grid = grids[c][Math.floor(u / COMMUNITIES.length) % grids[c].length];
    await call('POST', '/pairings', { unitId: unit.id, orgId: grid }, `pairing:${u}`);
    units.push({ id: unit.id, community: c });
  }
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
        serviceArea: [k % 3 === 0 ? district : streets[unit.community < 5 ? 0 : 1]],
      },
      `offer:${k}`,
    );
    offers.push(offer.id);
  }
  return { district, streets, communities, grids, units, needs, offers };
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
    pairings: county.units.length,
    communityAdmins: COMMUNITIES.length,
    needs: county.needs.length,
    offers: county.offers.length,
    seconds: (Date.now() - started) / 1000,
  };
  console.log(JSON.stringify(summary, null, 2));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
