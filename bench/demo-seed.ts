import { demoCounty } from './demo-county';

/**
 * `npm run demo:seed`: builds, through the public HTTP API of a running gongjian, the demo county
 * of demo-county.ts (津源县, Lijin-sized — DESIGN §1): 1 county, 2 streets, 9 communities, 53
 * grids, 93 units each paired with a grid of its community, 106 party members, 267 needs and 300
 * offers, and one community admin per community, whose sign-ins it prints at the end.
 * Every write carries an Idempotency-Key, so running it twice creates nothing twice.
 *   GONGJIAN_URL (http://127.0.0.1:3000), GONGJIAN_ADMIN_USER (admin), GONGJIAN_ADMIN_PASSWORD
 */
let base = `${process.env.GONGJIAN_URL ?? 'http://127.0.0.1:3000'}/api/v1`;

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
  members: string[];
  needs: string[];
  offers: string[];
}

/**
 * Seeds the demo county through the API at `baseUrl` (…/api/v1) as an administrator: the
 * hierarchy, units, pairings, community admins, members and — like Lijin's lists — 267 needs and
 * 300 offers. Answers the ids it made.
 */
export async function seedCounty(baseUrl: string, username: string, password: string): Promise<SeededCounty> {
  base = baseUrl;
  token = '';
  token = (await call<{ accessToken: string }>('POST', '/auth/login', { username, password })).accessToken;
  const plan = demoCounty();
  const org = (name: string, kind: string, parentId: string | undefined, key: string) =>
    call('POST', '/organizations', { name, kind, parentId }, key).then((o) => o.id);

  const district = await org(plan.district, 'district', undefined, 'district');
  const streets: string[] = [];
  const communities: string[] = [];
  const names: string[] = [];
  const grids: string[][] = [];
  for (const [s, street] of plan.streets.entries()) {
    const streetId = await org(street.name, 'street', district, `street:${s}`);
    streets.push(streetId);
    for (const community of street.communities) {
      const i = communities.length;
      const communityId = await org(community.name, 'community', streetId, `community:${i}`);
      communities.push(communityId);
      names.push(community.name);
      const own: string[] = [];
      for (const [g, grid] of community.grids.entries())
        own.push(await org(grid, 'grid', communityId, `grid:${i}:${g}`));
      grids.push(own);
    }
  }
  const community = (name: string) => names.indexOf(name);
  const grid = (communityName: string, gridName: string) => {
    const c = community(communityName);
    return grids[c][plan.streets.flatMap((s) => s.communities)[c].grids.indexOf(gridName)];
  };
  for (const [i, admin] of plan.admins.entries())
    await call(
      'POST',
      '/accounts',
      {
        username: admin.username,
        password: admin.password,
        role: 'community_admin',
        orgId: communities[community(admin.community)],
        displayName: admin.displayName,
      },
      `account:${i}`,
    ).catch((e: Error) => (e.message.includes('409') ? null : Promise.reject(e)));

  const units: SeededCounty['units'] = [];
  const unitIds = new Map<string, string>();
  for (const [u, unit] of plan.units.entries()) {
    const c = community(unit.community);
    const { id } = await call(
      'POST',
      '/units',
      { name: unit.name, sector: unit.sector, locatedIn: communities[c] },
      `unit:${u}`,
    );
    await call('POST', '/pairings', { unitId: id, orgId: grid(unit.community, unit.grid) }, `pairing:${u}`);
    units.push({ id, community: c });
    unitIds.set(unit.name, id);
  }
  const members: string[] = [];
  for (const [m, member] of plan.members.entries()) {
    const { id } = await call(
      'POST',
      '/members',
      {
        name: member.name,
        phone: member.phone,
        branchId: grid(member.community, member.grid),
        joinedPartyOn: member.joinedPartyOn,
      },
      `member:${m}`,
    );
    members.push(id);
  }
  const needs: string[] = [];
  for (const [k, { community: c, grid: g, ...need }] of plan.needs.entries()) {
    const { id } = await call(
      'POST',
      '/needs',
      { ...need, communityId: communities[community(c)], gridId: grid(c, g) },
      `need:${k}`,
    );
    needs.push(id);
  }
  const areas = new Map<string, string>([
    [plan.district, district],
    ...plan.streets.map((s, i): [string, string] => [s.name, streets[i]]),
  ]);
  const offers: string[] = [];
  for (const [k, { unit, serviceArea, ...offer }] of plan.offers.entries()) {
    const { id } = await call(
      'POST',
      '/offers',
      { ...offer, unitId: unitIds.get(unit), serviceArea: serviceArea.map((name) => areas.get(name)) },
      `offer:${k}`,
    );
    offers.push(id);
  }
  return { district, streets, communities, grids, units, members, needs, offers };
}

async function main(): Promise<void> {
  const password = process.env.GONGJIAN_ADMIN_PASSWORD;
  if (!password) throw new Error('set GONGJIAN_ADMIN_PASSWORD (and GONGJIAN_ADMIN_USER if not "admin")');
  const started = Date.now();
  const county = await seedCounty(base, process.env.GONGJIAN_ADMIN_USER ?? 'admin', password);
  const tree = (await fetch(`${base}/organizations/${county.district}/tree`, {
    headers: { authorization: `Bearer ${token}` },
  }).then((r) => r.json())) as { counts: object };
  const plan = demoCounty();
  const summary = {
    district: county.district,
    counts: tree.counts,
    pairings: county.units.length,
    communityAdmins: plan.admins.length,
    needs: county.needs.length,
    offers: county.offers.length,
    seconds: (Date.now() - started) / 1000,
  };
  console.log(JSON.stringify(summary, null, 2));
  // how to sign in, for the person at the terminal: on stderr, so that stdout stays the summary's
  // JSON that scripts read (deploy/ci/schemathesis.sh)
  const url = (process.env.GONGJIAN_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  console.error(`\n${plan.district} is ready. Sign in to the console at ${url}/ as`);
  console.error(
    `  ${process.env.GONGJIAN_ADMIN_USER ?? 'admin'} (the bootstrap administrator, your password), or a community admin:`,
  );
  for (const a of plan.admins) console.error(`  ${a.username.padEnd(13)} ${a.password.padEnd(22)} ${a.community}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
