import { appendPublic, finished, hours, memberOf, project, session, until, wish } from './support/assessment';
import { branchOver, type Client, type Region, seedRegion, TestPlatform } from './support/platform';

/**
 * Assessment the district can tune (issue 20): the 先锋指数 and 堡垒指数 from public events, by
 * indicator sets that are data — a draft replayed over the real history (what-if) beside the
 * published set, then published for a coming quarter: the figures of earlier quarters stay as the
 * set in force for them computed them, later ones are computed by the new set. Annual awards
 * proposed from a year's figures and confirmed by the district.
 */
const t = new TestPlatform();
let r: Region;
let district: Client;
let member: Client;
let otherBranch: string;
let m1: string;
let m2: string;
let m3: string;
let m4: string;
const NOW = new Date().toISOString();
const quarter = `${NOW.slice(0, 4)}Q${Math.floor(Number(NOW.slice(5, 7)) / 3.01) + 1}`;
const nextQuarterStart = (() => {
  const d = new Date(`${NOW.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(Math.floor(d.getUTCMonth() / 3) * 3 + 3);
  return d.toISOString().slice(0, 10);
})();
const nextQuarter = `${nextQuarterStart.slice(0, 4)}Q${(Number(nextQuarterStart.slice(5, 7)) - 1) / 3 + 1}`;
const inNextQuarter = `${nextQuarterStart}T02:00:00.000Z`;
const YEAR = Number(NOW.slice(0, 4));

const ranking = async (as: Client, index: string, period: string) =>
  (await as.get(`/assessment/rankings?index=${index}&period=${period}`).expect(200)).body;
const indexOf = (body: { items: { subjectId: string; index: number }[] }, id: string) =>
  body.items.find((i) => i.subjectId === id)?.index;

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
  district = await account('quwei', 'district_admin', r.districtId);
  const otherGrid = (
    await r.root
      .post('/organizations')
      .send({ name: '第二网格', kind: 'grid', parentId: r.otherCommunityId })
      .expect(201)
  ).body.id;
  otherBranch = await branchOver(r.root, otherGrid, '第二网格党支部');
  m1 = await memberOf(r.root, r.branchId, '张三');
  m2 = await memberOf(r.root, r.branchId, '李四');
  m3 = await memberOf(r.root, r.branchId, '王五');
  m4 = await memberOf(r.root, otherBranch, '赵六');
  member = await account('dangyuan', 'member', r.branchId);
  await appendPublic(t, `members.member-${m1}`, 'members.MemberAccountLinked', { memberId: m1, accountId: 'dangyuan' });
  await appendPublic(t, 'organizations.pairing-assess1', 'organizations.PairingEstablished', {
    pairingId: 'assess1',
    unitId: r.unitId,
    orgId: r.communityId,
    establishedOn: NOW.slice(0, 10),
  });
  // this quarter: 张三 10 hours; 李四 4 hours and two wishes; 王五 served in a project of the unit, which
  // attended a joint meeting of the community; 赵六 3 hours
  await hours(t, m1, r.gridId, 10);
  await hours(t, m2, r.gridId, 4);
  await wish(t, m2, r.communityId);
  await wish(t, m2, r.communityId);
  await project(t, m3, r.unitId, r.communityId);
  await session(t, r.communityId, [r.unitId], []);
  await hours(t, m4, otherGrid, 3);
  await until(async () => indexOf(await ranking(district, 'pioneer', quarter), m4) === 6, 'the figures');
}, 60_000);
afterAll(() => t.stop());

describe('a draft indicator set replayed (what-if) and then published, with old figures unchanged and new ones computed by the new set', () => {
  let setId: string;
  let before: Record<string, unknown>;

  it('figures by the default set (today’s weights), with the breakdown and the set that computed them', async () => {
    before = await ranking(district, 'pioneer', quarter);
    expect(before.set).toMatchObject({ id: 'pioneer-default' });
    const items = before.items as { subjectId: string; name: string; rank: number; index: number; breakdown: any[] }[];
    expect(items.map((i) => [i.name, i.rank, i.index])).toEqual([
      ['李四', 1, 28],
      ['张三', 2, 20],
      ['王五', 3, 15],
      ['赵六', 4, 6],
    ]);
    expect(items[0].breakdown.find((b) => b.measure === 'wishes_fulfilled')).toMatchObject({
      label: '实现微心愿',
      value: 2,
      weight: 10,
      points: 20,
    });
    const bastion = await ranking(district, 'bastion', quarter);
    expect(bastion.set.id).toBe('bastion-default');
    // the branch: hours 14×1, wishes 2×5, the community's meeting held 5, its member's project 10
    expect(indexOf(bastion, r.branchId)).toBe(14 + 10 + 5 + 10);
    // the unit: attended 3, its project completed 10, a need served 10
    expect(indexOf(bastion, r.unitId)).toBe(3 + 10 + 10);
    expect(indexOf(bastion, otherBranch)).toBe(3);
  });

  it('a draft is edited, replayed over the history beside the published set: who moves, by how much, and why', async () => {
    const draft = await district
      .post('/assessment/indicator-sets')
      .send({
        index: 'pioneer',
        name: '先锋指数（试行）',
        period: 'quarter',
        indicators: [{ measure: 'volunteer_hours', weight: 1 }],
      })
      .expect(201);
    setId = draft.body.id;
    expect(draft.body).toMatchObject({ status: 'draft', effectiveFrom: null, builtIn: false });
    const revised = await district
      .patch(`/assessment/indicator-sets/${setId}`)
      .send({
        name: '先锋指数（2027）',
        period: 'quarter',
        indicators: [
          { measure: 'volunteer_hours', weight: 1 },
          { measure: 'wishes_fulfilled', weight: 5 },
          { measure: 'projects_served', weight: 40, cap: 30 },
        ],
      })
      .expect(200);
    expect(revised.body.indicators).toHaveLength(3);

    const started = await district
      .post(`/assessment/indicator-sets/${setId}/what-if`)
      .send({ period: quarter })
      .expect(202);
    expect(started.body).toMatchObject({ status: 'running', period: quarter, published: { id: 'pioneer-default' } });
    const done = await finished(district, started.body.id);
    expect(done.status).toBe('completed');
    expect(done.progress.done).toBe(done.progress.total);
    expect(done.progress.total).toBeGreaterThan(10);
    expect(done.summary).toEqual({ subjects: 4, up: 1, down: 2, same: 1 });
    const wang = done.moves.find((m: { subjectId: string }) => m.subjectId === m3);
    expect(wang).toMatchObject({
      name: '王五',
      before: { rank: 3, index: 15 },
      after: { rank: 1, index: 30 },
      places: 2,
      points: 15,
    });
    expect(wang.why).toEqual([
      { measure: 'projects_served', category: null, label: '参与共建项目', before: 15, after: 30 },
    ]);
    const li = done.moves.find((m: { subjectId: string }) => m.subjectId === m2);
    expect(li).toMatchObject({
      before: { rank: 1, index: 28 },
      after: { rank: 2, index: 14 },
      places: -1,
      points: -14,
    });
    // a shadow: the live figures did not change
    expect(await ranking(district, 'pioneer', quarter)).toEqual(before);
  });

  it('published for the coming quarter: this quarter’s figures stay, the next quarter’s are the new set’s', async () => {
    await district
      .post(`/assessment/indicator-sets/${setId}/publish`)
      .send({ effectiveFrom: '2020-01-01' })
      .expect(422)
      .expect((res) => expect(res.body).toMatchObject({ error: 'effective_in_past' }));
    await district
      .post(`/assessment/indicator-sets/${setId}/publish`)
      .send({ effectiveFrom: `${nextQuarterStart.slice(0, 8)}15` })
      .expect(422)
      .expect((res) => expect(res.body).toMatchObject({ error: 'effective_not_period_start' }));
    const published = await district
      .post(`/assessment/indicator-sets/${setId}/publish`)
      .send({ effectiveFrom: nextQuarterStart })
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', effectiveFrom: nextQuarterStart });
    await district
      .patch(`/assessment/indicator-sets/${setId}`)
      .send({ name: 'x', period: 'quarter', indicators: [{ measure: 'volunteer_hours', weight: 9 }] })
      .expect(409);

    expect(await ranking(district, 'pioneer', quarter)).toEqual(before);

    await hours(t, m1, r.gridId, 7, inNextQuarter);
    await project(t, m3, r.unitId, r.communityId, inNextQuarter);
    await until(async () => indexOf(await ranking(district, 'pioneer', nextQuarter), m3) === 30, 'the next quarter');
    const next = await ranking(district, 'pioneer', nextQuarter);
    expect(next.set).toMatchObject({ id: setId, name: '先锋指数（2027）', effectiveFrom: nextQuarterStart });
    expect(next.items.map((i: { name: string; index: number }) => [i.name, i.index])).toEqual([
      ['王五', 30],
      ['张三', 7],
      ['李四', 0],
      ['赵六', 0],
    ]);
    const own = await member.get(`/assessment/members/${m1}/figures?period=${nextQuarter}`).expect(200);
    expect(own.body).toMatchObject({ set: { id: setId }, value: 7, rank: 2, of: 4 });
    const old = await member.get(`/assessment/members/${m1}/figures?period=${quarter}`).expect(200);
    expect(old.body).toMatchObject({ set: { id: 'pioneer-default' }, value: 20, rank: 2 });
    // and the figures of this quarter, once more: as they were
    expect(await ranking(district, 'pioneer', quarter)).toEqual(before);
  });
});

describe('awards: proposed from a year’s figures, confirmed or rejected by the district, shown on pages', () => {
  it('proposes the first of the year, confirms one, rejects the other; a rejected one may come again', async () => {
    // a year sums its quarters, each by its own set: the coming quarter (the new set's) counts when
    // it is of this year — 王五 15 + 30, 李四 28, 张三 20 + 7 — else only this quarter's
    const sameYear = nextQuarterStart.startsWith(String(YEAR));
    const [first, second] = sameYear ? [m3, m2] : [m2, m1];
    const names = { [m1]: '张三', [m2]: '李四', [m3]: '王五' };
    const proposed = await district
      .post('/assessment/awards')
      .send({ kind: 'pioneer_member', year: YEAR, top: 2 })
      .expect(201);
    expect(
      proposed.body.items.map((a: { subjectName: string; rank: number; status: string }) => [
        a.subjectName,
        a.rank,
        a.status,
      ]),
    ).toEqual([
      [names[first], 1, 'proposed'],
      [names[second], 2, 'proposed'],
    ]);
    const [confirmed, rejected] = proposed.body.items;
    expect(confirmed.setIds).toContain('pioneer-default');
    await district.post(`/assessment/awards/${confirmed.id}/confirm`).send({}).expect(200);
    await district.post(`/assessment/awards/${rejected.id}/reject`).send({ reason: '材料不全' }).expect(200);
    await district.post(`/assessment/awards/${confirmed.id}/reject`).send({ reason: '改主意' }).expect(409);
    await district.post(`/assessment/awards/${rejected.id}/reject`).send({}).expect(400);

    const mine = await r.communityAdmin.get(`/assessment/members/${first}/awards`).expect(200);
    expect(mine.body.items).toMatchObject([
      { kind: 'pioneer_member', year: YEAR, status: 'confirmed', subjectName: names[first] },
    ]);
    // 张三's own account: no confirmed award (rejected, or never proposed)
    expect((await member.get(`/assessment/members/${m1}/awards`).expect(200)).body.items).toEqual([]);

    const again = await district
      .post('/assessment/awards')
      .send({ kind: 'pioneer_member', year: YEAR, top: 2 })
      .expect(201);
    expect(again.body.items.map((a: { subjectId: string }) => a.subjectId)).toEqual([second]);
    const all = await district.get(`/assessment/awards?year=${YEAR}&kind=pioneer_member`).expect(200);
    expect(all.body.items.map((a: { status: string }) => a.status).sort()).toEqual([
      'confirmed',
      'proposed',
      'rejected',
    ]);
  });

  it('五星党支部 from the 堡垒指数, on the branch’s page', async () => {
    const proposed = await district
      .post('/assessment/awards')
      .send({ kind: 'five_star_branch', year: YEAR, top: 1, scopeOrgId: r.communityId })
      .expect(201);
    expect(proposed.body.items).toMatchObject([{ subjectId: r.branchId, subjectName: '第一网格党支部', rank: 1 }]);
    await district
      .post(`/assessment/awards/${proposed.body.items[0].id}/confirm`)
      .send({ reason: '年度考核第一' })
      .expect(200);
    const page = await r.communityAdmin.get(`/assessment/organizations/${r.branchId}/awards`).expect(200);
    expect(page.body.items).toMatchObject([{ kind: 'five_star_branch', status: 'confirmed', reason: '年度考核第一' }]);
    await r.otherCommunityAdmin.get(`/assessment/organizations/${r.branchId}/awards`).expect(403);
  });
});

describe('scope and bad input', () => {
  it('admins read their subtree, a member its own figures, nothing outside', async () => {
    const mine = await ranking(r.communityAdmin, 'pioneer', quarter);
    expect(mine.items.map((i: { name: string }) => i.name)).toEqual(['李四', '张三', '王五']);
    const top = await r.communityAdmin.get(`/assessment/rankings?index=pioneer&period=${quarter}&top=2`).expect(200);
    expect(top.body).toMatchObject({ total: 3, items: [{ name: '李四' }, { name: '张三' }] });
    await r.communityAdmin.get('/assessment/rankings?index=pioneer&top=0').expect(400);
    const theirs = await ranking(r.otherCommunityAdmin, 'pioneer', quarter);
    expect(theirs.items.map((i: { name: string }) => i.name)).toEqual(['赵六']);
    expect(theirs.items[0].rank).toBe(4); // the place in the whole district
    await r.otherCommunityAdmin.get(`/assessment/members/${m1}/figures`).expect(403);
    await r.otherCommunityAdmin.get(`/assessment/rankings?index=pioneer&scopeOrgId=${r.communityId}`).expect(403);
    await member.get(`/assessment/members/${m2}/figures`).expect(403);
    await member.get('/assessment/rankings?index=pioneer').expect(403);
    await r.unitContact.get(`/assessment/organizations/${r.unitId}/figures?period=${quarter}`).expect(200);
    await r.communityAdmin
      .post('/assessment/indicator-sets')
      .send({ index: 'pioneer', name: 'x', period: 'year', indicators: [{ measure: 'volunteer_hours', weight: 1 }] })
      .expect(403);
    const sets = await r.communityAdmin.get('/assessment/indicator-sets?index=pioneer').expect(200);
    expect(sets.body.items.every((s: { status: string }) => s.status === 'published')).toBe(true);
  });

  it('refuses what is malformed (400), breaks a rule (422) or does not exist (404)', async () => {
    const draft = (body: object) => district.post('/assessment/indicator-sets').send(body);
    const base = {
      index: 'pioneer',
      name: '试',
      period: 'quarter',
      indicators: [{ measure: 'volunteer_hours', weight: 1 }],
    };
    await draft({ ...base, indicators: [{ measure: 'likes', weight: 1 }] }).expect(400);
    await draft({ ...base, indicators: [{ measure: 'volunteer_hours', weight: 'a lot' }] }).expect(400);
    await draft({ ...base, indicators: [{ measure: 'volunteer_hours', weight: 1, cap: -1 }] }).expect(400);
    await draft({ ...base, period: 'month' }).expect(400);
    await draft({ ...base, indicators: [{ measure: 'meetings_held', weight: 1 }] })
      .expect(422)
      .expect((res) =>
        expect(res.body).toMatchObject({ error: 'measure_not_of_index', details: { field: 'indicators.0' } }),
      );
    await draft({ ...base, indicators: [{ measure: 'wishes_fulfilled', category: 'health', weight: 1 }] }).expect(422);
    await draft({ ...base, indicators: [] }).expect(422);
    await district.get('/assessment/indicator-sets/nope').expect(404);
    await district.post('/assessment/indicator-sets/nope/what-if').send({}).expect(404);
    await district.post('/assessment/indicator-sets/pioneer-default/what-if').send({}).expect(409);
    await district.get('/assessment/what-ifs/nope').expect(404);
    await district.get('/assessment/rankings?index=pioneer&period=2026Q5').expect(400);
    await district.get('/assessment/rankings').expect(400);
    await district.get(`/assessment/rankings?index=pioneer&period=${YEAR}`).expect(422);
    await district.post('/assessment/awards').send({ kind: 'best_cat', year: YEAR, top: 1 }).expect(400);
    await district.post('/assessment/awards').send({ kind: 'pioneer_member', year: YEAR, top: 0 }).expect(400);
    await district.post('/assessment/awards/nope/confirm').send({}).expect(404);
    await district.get('/assessment/members/nope/figures').expect(404);
  });
});
