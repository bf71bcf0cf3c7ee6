/**
 * `npm run demo:seed`: builds, through the public HTTP API of a running gongjian, a county like
 * Lijin (DESIGN §1): 1 district, 2 streets, 9 communities, 53 grids, 93 units and 93 pairings
 * (each unit paired with a grid of its community), plus one community admin per community.
 * Every write carries an Idempotency-Key, so running it twice creates nothing twice.
 *   GONGJIAN_URL (http://127.0.0.1:3000), GONGJIAN_ADMIN_USER (admin), GONGJIAN_ADMIN_PASSWORD
 */
const base = `${process.env.GONGJIAN_URL ?? 'http://127.0.0.1:3000'}/api/v1`;
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

async function main(): Promise<void> {
  const password = process.env.GONGJIAN_ADMIN_PASSWORD;
  if (!password) throw new Error('set GONGJIAN_ADMIN_PASSWORD (and GONGJIAN_ADMIN_USER if not "admin")');
  const login = await call<{ accessToken: string }>('POST', '/auth/login', {
    username: process.env.GONGJIAN_ADMIN_USER ?? 'admin',
    password,
  });
  token = login.accessToken;
  const started = Date.now();
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
  let pairings = 0;
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
    pairings++;
  }
  const tree = (await fetch(`${base}/organizations/${district}/tree`, {
    headers: { authorization: `Bearer ${token}` },
  }).then((r) => r.json())) as { counts: object };
  console.log(
    JSON.stringify(
      {
        district,
        counts: tree.counts,
        pairings,
        communityAdmins: COMMUNITIES.length,
        seconds: (Date.now() - started) / 1000,
      },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
