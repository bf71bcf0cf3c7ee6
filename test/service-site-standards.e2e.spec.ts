import { declaredRoutes } from '@gongjian/runtime';
import { type Client, expectRebuildsEqual, type Region, seedRegion, TestPlatform } from './support/platform';
import { checklistAnswers } from './support/sites';

/**
 * Service sites rated against their standards (issue 20, DECISIONS 83): a district's checklists
 * (七个一 for stations, 五个一 for points by default) are data, each edit a version a rating names;
 * the stars follow from the checklist; "N stars and above by the district, fewer by the street" is
 * the district's rule (4 by default, seed 002); sites may be run by units (点为主、多企联建), placed
 * where the units lie.
 */
const t = new TestPlatform();
let r: Region;
let district: Client;
let street: Client;
let otherStreet: Client;
let member: Client;
let otherStreetId: string;
let secondUnitId: string;
const id = (res: { body: { id: string } }) => res.body.id;
let n = 0;

const station = async (as: Client = r.root, level = 'station') => {
  n += 1;
  return id(
    await as
      .post('/service-sites')
      .send({ orgId: r.communityId, name: `二社区${level}${n}`, level })
      .expect(201),
  );
};
/** Every item of a level's current checklist in the district met, with evidence. */
const answersNow = async (level: string) => {
  const standards = (await r.root.get(`/organizations/${r.districtId}/site-standards`).expect(200)).body;
  const checklist = standards.checklists.find((c: { level: string }) => c.level === level);
  return checklist.items.map((i: { id: string; name: string }) => ({
    itemId: i.id,
    met: true,
    note: `${i.name}已落实`,
  }));
};
const rate = (as: Client, siteId: string, body: Record<string, unknown>) =>
  as.post(`/service-sites/${siteId}/ratings`).send({ year: 2025, reason: '年度考评', ...body });

beforeAll(async () => {
  await t.start();
  r = await seedRegion(t);
  const account = async (username: string, role: string, orgId: string) => {
    await r.root
      .post('/accounts')
      .send({ username, password: `${username}-password`, role, orgId })
      .expect(201);
    return t.login(username, `${username}-password`);
  };
  otherStreetId = id(
    await r.root.post('/organizations').send({ name: '西城街道', kind: 'street', parentId: r.districtId }).expect(201),
  );
  secondUnitId = id(
    await r.root
      .post('/units')
      .send({ name: '利华益集团', sector: 'state_enterprise', locatedIn: r.otherCommunityId })
      .expect(201),
  );
  district = await account('qu-biaozhun', 'district_admin', r.districtId);
  street = await account('jiedao-biaozhun', 'street_admin', r.streetId);
  otherStreet = await account('xicheng-biaozhun', 'street_admin', otherStreetId);
  member = await account('dangyuan-biaozhun', 'member', r.gridId);
});
afterAll(() => t.stop());

describe('site standards: checklists and the star rule as data', () => {
  it('reads the defaults from any organisation or unit of the district: 七个一, 五个一, four stars and up by the district', async () => {
    for (const reader of [r.unitContact, member, r.auditor]) {
      const res = await reader.get(`/organizations/${r.gridId}/site-standards`).expect(200);
      expect(res.body).toMatchObject({ districtId: r.districtId, districtStars: 4, authoritySetAt: null });
    }
    const res = await r.unitContact.get(`/organizations/${r.unitId}/site-standards`).expect(200);
    const byLevel = Object.fromEntries(res.body.checklists.map((c: { level: string }) => [c.level, c]));
    expect(byLevel.station).toMatchObject({ version: 1, editedAt: null });
    expect(byLevel.station.items.map((i: { name: string }) => i.name)).toContain('一处固定阵地');
    expect(byLevel.station.items).toHaveLength(7);
    expect(byLevel.point.items).toHaveLength(5);
    expect(res.body.starRule).toEqual([
      { missed: 0, least: 3, most: 5 },
      { missed: 1, least: 1, most: 2 },
      { missed: 2, least: 1, most: 1 },
    ]);
    await r.root.get('/organizations/unknown-org/site-standards').expect(404);
  });

  it('refuses a four-star rating to a street admin (403, at most 3) and takes it from the district', async () => {
    const s = await station();
    const refused = await rate(street, s, { stars: 4, items: checklistAnswers('station') }).expect(403);
    expect(refused.body.details).toMatchObject({ field: 'stars', most: 3 });
    const five = await rate(street, s, { stars: 5, items: checklistAnswers('station') }).expect(403);
    expect(five.body.details).toMatchObject({ field: 'stars', most: 3 });
    const given = await rate(district, s, { stars: 4, items: checklistAnswers('station') }).expect(200);
    expect(given.body.ratings).toMatchObject([
      { year: 2025, stars: 4, ratedBy: 'qu-biaozhun', checklist: { level: 'station', version: 1 } },
    ]);
    await rate(street, s, { year: 2024, stars: 3, items: checklistAnswers('station') }).expect(200);
  });

  it('lets the stars follow the checklist: every item met gives three to five, one missed at most two, more at most one', async () => {
    const s = await station();
    const missedOne = checklistAnswers('station', 1);
    const capped = await rate(street, s, { stars: 3, items: missedOne }).expect(422);
    expect(capped.body).toMatchObject({
      error: 'stars_off_checklist',
      details: { field: 'stars', least: 1, most: 2, met: 6, total: 7 },
    });
    const floored = await rate(street, s, { stars: 2, items: checklistAnswers('station') }).expect(422);
    expect(floored.body.details).toMatchObject({ field: 'stars', least: 3, most: 5 });
    await rate(street, s, { stars: 2, items: checklistAnswers('station', 2) }).expect(422);
    const bare = checklistAnswers('station').map((a, i) => (i === 3 ? { ...a, note: '' } : a));
    const noEvidence = await rate(street, s, { stars: 3, items: bare }).expect(422);
    expect(noEvidence.body).toMatchObject({ error: 'evidence_missing', details: { field: 'items', itemId: 'funds' } });
    const partial = await rate(street, s, { stars: 3, items: checklistAnswers('station').slice(1) }).expect(422);
    expect(partial.body).toMatchObject({
      error: 'checklist_mismatch',
      details: { field: 'items', missing: ['organisation'] },
    });
    // a point is rated against 五个一, not 七个一
    const p = await station(r.root, 'point');
    await rate(street, p, { stars: 3, items: checklistAnswers('station') }).expect(422);
    const rated = await rate(street, s, { stars: 2, items: missedOne }).expect(200);
    expect(rated.body.ratings[0].items).toHaveLength(7);
    expect(rated.body.ratings[0].items[0]).toEqual({
      itemId: 'organisation',
      name: '一套组织体系',
      fileSha256: null,
      met: false,
      note: '',
    });
    expect(rated.body.ratings[0].items[1]).toMatchObject({
      itemId: 'staff',
      met: true,
      note: '一支骨干队伍：台账齐全',
    });
  });

  it('versions each edit of a checklist; a rating names the version it used and keeps it', async () => {
    const before = await station(r.root, 'point');
    await rate(street, before, { stars: 3, items: checklistAnswers('point') }).expect(200);
    const current = (await district.get(`/organizations/${r.districtId}/site-standards`).expect(200)).body;
    const points = current.checklists.find((c: { level: string }) => c.level === 'point');
    const items = [
      ...points.items.filter((i: { id: string }) => i.id !== 'service'),
      { name: '一块公示栏', description: '服务项目、点长和联系方式上墙公示' },
    ];
    await street
      .post(`/organizations/${r.districtId}/site-standards/checklists`)
      .send({ level: 'point', items })
      .expect(403);
    const edited = await district
      .post(`/organizations/${r.districtId}/site-standards/checklists`)
      .send({ level: 'point', items })
      .expect(200);
    const now = edited.body.checklists.find((c: { level: string }) => c.level === 'point');
    expect(now).toMatchObject({ level: 'point', version: 2, editedBy: 'qu-biaozhun' });
    expect(now.items.at(-1)).toEqual({
      id: 'item_1',
      name: '一块公示栏',
      description: '服务项目、点长和联系方式上墙公示',
    });
    expect(
      edited.body.versions
        .filter((v: { level: string }) => v.level === 'point')
        .map((v: { version: number }) => v.version),
    ).toEqual([1, 2]);
    const unchanged = await district
      .post(`/organizations/${r.districtId}/site-standards/checklists`)
      .send({ level: 'point', items: now.items })
      .expect(422);
    expect(unchanged.body).toMatchObject({ error: 'unchanged', details: { field: 'items' } });

    const after = await station(r.root, 'point');
    const stale = await rate(street, after, { stars: 3, items: checklistAnswers('point') }).expect(422);
    expect(stale.body.details).toMatchObject({ field: 'items', missing: ['item_1'], unknown: ['service'] });
    const answers = now.items.map((i: { id: string; name: string }) => ({
      itemId: i.id,
      met: true,
      note: `${i.name}已落实`,
    }));
    const rated = await rate(street, after, { stars: 3, items: answers }).expect(200);
    expect(rated.body.ratings[0].checklist).toEqual({ level: 'point', version: 2 });
    const old = (await r.auditor.get(`/service-sites/${before}`).expect(200)).body;
    expect(old.ratings[0].checklist).toEqual({ level: 'point', version: 1 });
    expect(old.ratings[0].items.map((i: { itemId: string }) => i.itemId)).toContain('service');
    // the stations' checklist is still version 1
    const stations = edited.body.checklists.find((c: { level: string }) => c.level === 'station');
    expect(stations.version).toBe(1);
  });

  it('makes the authority rule the district’s: from five stars, the street may give four', async () => {
    const s = await station();
    const set = await district
      .post(`/organizations/${r.districtId}/site-standards/authority`)
      .send({ districtStars: 5 })
      .expect(200);
    expect(set.body).toMatchObject({ districtStars: 5, authoritySetBy: 'qu-biaozhun' });
    await rate(street, s, { stars: 4, items: checklistAnswers('station') }).expect(200);
    const five = await rate(street, s, { year: 2024, stars: 5, items: checklistAnswers('station') }).expect(403);
    expect(five.body.details).toMatchObject({ field: 'stars', most: 4 });
    await street.post(`/organizations/${r.districtId}/site-standards/authority`).send({ districtStars: 3 }).expect(403);
    await district
      .post(`/organizations/${r.districtId}/site-standards/authority`)
      .send({ districtStars: 5 })
      .expect(422);
    await district
      .post(`/organizations/${r.districtId}/site-standards/authority`)
      .send({ districtStars: 4 })
      .expect(200);
    // the rating given under the old rule stays as it was
    expect((await r.auditor.get(`/service-sites/${s}`).expect(200)).body.currentStars).toBe(4);
  });
});

describe('sites of units (点为主、多企联建)', () => {
  it('opens a point run by one unit, placed in its community; its community’s admins rate it', async () => {
    const site = await r.communityAdmin
      .post('/service-sites')
      .send({ unitIds: [r.unitId], name: '县人民医院党群服务点', level: 'point' })
      .expect(201);
    expect(site.body).toMatchObject({ orgId: r.communityId, unitIds: [r.unitId], level: 'point' });
    await rate(r.otherCommunityAdmin, site.body.id, { stars: 3, items: await answersNow('point') }).expect(403);
    await rate(r.unitContact, site.body.id, { stars: 3, items: await answersNow('point') }).expect(403);
    await rate(r.communityAdmin, site.body.id, { stars: 3, items: await answersNow('point') }).expect(200);
    const mine = await r.unitContact.get('/service-sites').query({ unitId: r.unitId }).expect(200);
    expect(mine.body.items.map((s: { id: string }) => s.id)).toEqual([site.body.id]);
  });

  it('places a point shared by units of two communities in their street, which rates it', async () => {
    await r.communityAdmin
      .post('/service-sites')
      .send({ unitIds: [r.unitId, secondUnitId], name: '多企联建党群服务点', level: 'point' })
      .expect(403);
    const site = await street
      .post('/service-sites')
      .send({ unitIds: [r.unitId, secondUnitId], name: '多企联建党群服务点', level: 'point', address: '工业园区' })
      .expect(201);
    expect(site.body).toMatchObject({ orgId: r.streetId, unitIds: [r.unitId, secondUnitId] });
    await rate(r.communityAdmin, site.body.id, { stars: 3, items: await answersNow('point') }).expect(403);
    await rate(otherStreet, site.body.id, { stars: 3, items: await answersNow('point') }).expect(403);
    await rate(street, site.body.id, { stars: 3, items: await answersNow('point') }).expect(200);
    const inStreet = await r.auditor
      .get('/service-sites')
      .query({ within: r.streetId, unitId: secondUnitId })
      .expect(200);
    expect(inStreet.body.total).toBe(1);
    await otherStreet
      .post('/service-sites')
      .send({ unitIds: [r.unitId], name: '越界服务点', level: 'point' })
      .expect(403);
  });

  it.each([
    ['both an organisation and units', { orgId: 'COMMUNITY', unitIds: ['UNIT'] }, 'owner', 'orgId'],
    ['neither', {}, 'owner', 'orgId'],
    ['an organisation named as a unit', { unitIds: ['COMMUNITY'] }, 'unknown_unit', 'unitIds'],
    ['an unknown unit', { unitIds: ['no-such-unit'] }, 'unknown_unit', 'unitIds'],
    ['a centre of units', { unitIds: ['UNIT'], level: 'centre' }, 'invalid_level', 'level'],
    ['a unit named as the organisation', { orgId: 'UNIT' }, 'unknown_organisation', 'orgId'],
  ])('refuses a site of %s (422 %s)', async (_, body, code, field) => {
    const named = JSON.parse(
      JSON.stringify(body)
        .replace(/COMMUNITY/g, r.communityId)
        .replace(/UNIT/g, r.unitId),
    );
    const res = await r.root
      .post('/service-sites')
      .send({ name: '服务点', level: 'point', ...named })
      .expect(422);
    expect(res.body).toMatchObject({ error: code, details: { field } });
  });
});

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1cb8a0000000049454e44ae426082',
  'hex',
);
const upload = (as: Client, siteId: string, tail: number) =>
  as
    .post(`/service-sites/${siteId}/evidence`)
    .attach('file', Buffer.concat([PNG, Buffer.from([tail])]), '阵地照片.png');

describe('evidence files (a photo of the premises, a scanned ledger)', () => {
  it('are uploaded by the raters, named by an answer, and read by everyone who reads the site', async () => {
    const s = await station();
    await upload(r.communityAdmin, s, 1).expect(403);
    const file = (await upload(street, s, 1).expect(201)).body;
    expect(file).toMatchObject({ contentType: 'image/png', size: PNG.length + 1 });
    const items = checklistAnswers('station').map((a) =>
      a.itemId === 'premises' ? { ...a, fileSha256: file.sha256 } : a,
    );
    const stranger = 'ab'.repeat(32);
    const unknown = await rate(street, s, {
      stars: 3,
      items: items.map((a) => (a.itemId === 'funds' ? { ...a, fileSha256: stranger } : a)),
    }).expect(422);
    expect(unknown.body).toMatchObject({ error: 'unknown_file', details: { field: 'items', itemId: 'funds' } });
    const rated = await rate(street, s, { stars: 3, items }).expect(200);
    const premises = rated.body.ratings[0].items.find((i: { itemId: string }) => i.itemId === 'premises');
    expect(premises).toMatchObject({ met: true, fileSha256: file.sha256 });
    expect(rated.body.ratings[0].items.find((i: { itemId: string }) => i.itemId === 'staff').fileSha256).toBeNull();
    const read = await member.get(`/service-sites/${s}/evidence/${file.sha256}`).expect(200);
    expect(read.headers['content-type']).toBe('image/png');
    // a file no rating of the site names is not read through it
    const other = await station();
    await member.get(`/service-sites/${other}/evidence/${file.sha256}`).expect(404);
    await member.get(`/service-sites/${s}/evidence/${stranger}`).expect(404);
  });

  it('refuses a file that is not a photo or a PDF (422), and a request without one (400)', async () => {
    const s = await station();
    const refused = await street
      .post(`/service-sites/${s}/evidence`)
      .attach('file', Buffer.from('MZ not an image'), 'x.png')
      .expect(422);
    expect(refused.body.error).toMatch(/^receipt_/);
    await street.post(`/service-sites/${s}/evidence`).send({ file: 'x' }).expect(400);
  });
});

describe('replay', () => {
  it('rebuilds the sites and the standards from the log to what they are', async () => {
    expect(await expectRebuildsEqual(r.auditor, /service-sites|site-standards/)).toHaveLength(2);
  });
});

describe('bad input', () => {
  it.each([
    ['a rating without answers', (s: string) => rate(r.root, s, { stars: 3 })],
    ['answers that are no list', (s: string) => rate(r.root, s, { stars: 3, items: 'all' })],
    ['an answer without met', (s: string) => rate(r.root, s, { stars: 3, items: [{ itemId: 'staff', note: '' }] })],
    [
      'an answer with a bad item id',
      (s: string) => rate(r.root, s, { stars: 3, items: [{ itemId: '../x', met: true, note: 'x' }] }),
    ],
    ['zero stars', (s: string) => rate(r.root, s, { stars: 0, items: checklistAnswers('station') })],
    [
      'duplicate units',
      () => r.root.post('/service-sites').send({ unitIds: [r.unitId, r.unitId], name: 'x', level: 'point' }),
    ],
    ['an empty unit list', () => r.root.post('/service-sites').send({ unitIds: [], name: 'x', level: 'point' })],
    [
      'an empty checklist',
      () => r.root.post(`/organizations/${r.districtId}/site-standards/checklists`).send({ level: 'point', items: [] }),
    ],
    [
      'a checklist item without a name',
      () =>
        r.root
          .post(`/organizations/${r.districtId}/site-standards/checklists`)
          .send({ level: 'point', items: [{ name: '', description: '' }] }),
    ],
    [
      'an unknown level',
      () =>
        r.root
          .post(`/organizations/${r.districtId}/site-standards/checklists`)
          .send({ level: 'hall', items: [{ name: 'x', description: '' }] }),
    ],
    [
      'seven stars for the district',
      () => r.root.post(`/organizations/${r.districtId}/site-standards/authority`).send({ districtStars: 7 }),
    ],
    [
      'a rule that is no number',
      () => r.root.post(`/organizations/${r.districtId}/site-standards/authority`).send({ districtStars: '4' }),
    ],
  ])('refuses %s (400)', async (_, send) => {
    const s = await station();
    const before = await t.eventCount();
    await send(s).expect(400);
    expect(await t.eventCount()).toBe(before);
  });

  it('refuses standards of an organisation that is no district (422), and of none (404)', async () => {
    const res = await r.root
      .post(`/organizations/${r.streetId}/site-standards/authority`)
      .send({ districtStars: 5 })
      .expect(422);
    expect(res.body).toMatchObject({ error: 'unknown_district', details: { field: 'id' } });
    await r.root
      .post('/organizations/no-such-district/site-standards/authority')
      .send({ districtStars: 5 })
      .expect(404);
  });
});

/**
 * The authorization matrix of the standards' routes: the district's admins (and the bootstrap
 * admin) edit their district's; a street, a community, a unit, a member and the auditor may not.
 */
type Role = 'anonymous' | 'district' | 'street' | 'communityA' | 'unit' | 'member' | 'auditor';
const ROLES: Role[] = ['anonymous', 'district', 'street', 'communityA', 'unit', 'member', 'auditor'];
const client = (role: Role): Client =>
  ({
    anonymous: t.anonymous(),
    district,
    street,
    communityA: r.communityAdmin,
    unit: r.unitContact,
    member,
    auditor: r.auditor,
  })[role];

interface Row {
  name: string;
  setup?: () => Promise<string>;
  send: (c: Client, k: number, id: string) => Promise<{ status: number }>;
  allowed: Role[];
}
const WRITES: Row[] = [
  {
    name: 'POST /organizations/:id/site-standards/checklists',
    send: (c, k) =>
      c
        .post(`/organizations/${r.districtId}/site-standards/checklists`)
        .send({ level: 'centre', items: [{ name: `标准${k}`, description: '矩阵' }] }),
    allowed: ['district'],
  },
  {
    name: 'POST /organizations/:id/site-standards/authority',
    send: async (c) => {
      const now = (await r.root.get(`/organizations/${r.districtId}/site-standards`).expect(200)).body.districtStars;
      return c
        .post(`/organizations/${r.districtId}/site-standards/authority`)
        .send({ districtStars: now === 4 ? 5 : 4 });
    },
    allowed: ['district'],
  },
  {
    // a site of community A: rated (and its evidence uploaded) by the admins above it
    name: 'POST /service-sites/:id/evidence',
    setup: () => station(),
    send: (c, k, siteId) => upload(c, siteId, k % 256),
    allowed: ['district', 'street'],
  },
];

describe('authorization matrix of the site standards', () => {
  let k = 0;
  it('has a row for every write route of the standards', () => {
    const declared = declaredRoutes(t.platform.app)
      .filter((route) => route.method !== 'GET' && /\/site-standards|\/evidence/.test(route.path))
      .map((route) => route.name);
    expect(declared.sort()).toEqual(WRITES.map((row) => row.name).sort());
  });

  const cases = WRITES.flatMap((row) => ROLES.map((role) => [row.name, role, row] as const));
  it.each(cases)('%s as %s', async (_, role, row) => {
    k += 1;
    const siteId = (await row.setup?.()) ?? '';
    const before = await t.eventCount();
    const res = await row.send(client(role), k, siteId);
    if (role === 'anonymous') expect(res.status).toBe(401);
    else if (row.allowed.includes(role)) expect([200, 201]).toContain(res.status);
    else expect(res.status).toBe(403);
    // an evidence file is a blob, not an event
    if (res.status >= 400 || row.name.endsWith('/evidence')) expect(await t.eventCount()).toBe(before);
    else expect(await t.eventCount()).toBeGreaterThan(before);
  });

  it.each(ROLES)('GET /organizations/:id/site-standards as %s', async (role) => {
    const res = await client(role).get(`/organizations/${r.communityId}/site-standards`);
    expect(res.status).toBe(role === 'anonymous' ? 401 : 200);
  });

  it.each(ROLES)('GET /service-sites/:id/evidence/:sha256 as %s', async (role) => {
    const site = await station();
    const sha = (await upload(r.root, site, 200).expect(201)).body.sha256;
    const items = checklistAnswers('station').map((x, i) => (i === 0 ? { ...x, fileSha256: sha } : x));
    await rate(r.root, site, { stars: 3, items }).expect(200);
    const res = await client(role).get(`/service-sites/${site}/evidence/${sha}`);
    expect(res.status).toBe(role === 'anonymous' ? 401 : 200);
  });
});
