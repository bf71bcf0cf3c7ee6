import { type SeededCounty, seedCounty } from '../bench/demo-seed';
import { ROOT, TestPlatform } from './support/platform';

interface Proposal {
  id: string;
  needId: string;
  offerId: string;
  quantity: { amount: number };
  score: number;
}

/** Lijin as the demo seed builds it (seed 001), matched and partly accepted, through HTTP. */
describe('a county: 267 needs and 300 offers matched through the API', () => {
  const t = new TestPlatform();
  let county: SeededCounty;

  beforeAll(async () => {
    await t.start();
    county = await seedCounty(`${t.platform.url}/api/v1`, ROOT.username, ROOT.password);
  }, 120_000);
  afterAll(() => t.stop());

  it('runs the district: proposals within every remaining quantity, objective = Σ score × quantity', async () => {
    const root = await t.root();
    const before = (await root.get(`/organizations/${county.district}/tree`).expect(200)).body.counts;
    // 2 streets, 10 communities and parks, 136 grids (the party organisations are not areas)
    expect(before).toEqual({ organizations: 148, units: 93, members: 0, openNeeds: 267 });
    const run = await root.post('/matching/runs').send({ scopeOrgId: county.district }).expect(201);
    expect(run.body.stats).toMatchObject({ needs: 267, offers: 300 });
    const proposals: Proposal[] = run.body.proposals;
    expect(proposals.length).toBeGreaterThan(100);
    const needs = new Map<string, number>();
    const offers = new Map<string, number>();
    for (const p of proposals) {
      needs.set(p.needId, (needs.get(p.needId) ?? 0) + p.quantity.amount);
      offers.set(p.offerId, (offers.get(p.offerId) ?? 0) + p.quantity.amount);
    }
    for (const [id, amount] of needs)
      expect(amount).toBeLessThanOrEqual((await root.get(`/needs/${id}`).expect(200)).body.remaining.amount);
    for (const [id, amount] of offers)
      expect(amount).toBeLessThanOrEqual((await root.get(`/offers/${id}`).expect(200)).body.remaining.amount);
    const objective = proposals.reduce((s, p) => s + p.score * p.quantity.amount, 0);
    expect(objective).toBeCloseTo(run.body.stats.objective, 3);

    // both sides accept the first ten: the community's admin, and the bootstrap admin above the unit
    for (const p of proposals.slice(0, 10)) {
      const detail = (await root.get(`/proposals/${p.id}`).expect(200)).body;
      const index = county.communities.indexOf(detail.communityId);
      const communityAdmin = await t.login(`community-${index + 1}`, `community-${index + 1}-password`);
      await communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
      const needBefore = (await root.get(`/needs/${p.needId}`).expect(200)).body.remaining.amount;
      const offerBefore = (await root.get(`/offers/${p.offerId}`).expect(200)).body.remaining.amount;
      const accepted = await root.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200);
      expect(accepted.body.status).toBe('accepted');
      expect((await root.get(`/needs/${p.needId}`).expect(200)).body.remaining.amount).toBeCloseTo(
        needBefore - p.quantity.amount,
        2,
      );
      expect((await root.get(`/offers/${p.offerId}`).expect(200)).body.remaining.amount).toBeCloseTo(
        offerBefore - p.quantity.amount,
        2,
      );
    }
    const projects = await root.get('/projects').query({ limit: 50 }).expect(200);
    expect(projects.body.items).toHaveLength(10);
    const [project] = projects.body.items;
    await root.post(`/projects/${project.id}/start`).expect(200);
    await root.post(`/projects/${project.id}/complete`).send({ report: '按期完成' }).expect(200);
    const rated = await root
      .post(`/projects/${project.id}/evaluations`)
      .send({ score: 5, comment: '居民满意' })
      .expect(201);
    expect(rated.body).toMatchObject({ status: 'completed', meanScore: 5 });
  }, 120_000);

  it('builds Lijin’s grid tier: 53 grid party organisations over 136 grids, 93 units paired with them, 92 grid workers', async () => {
    const root = await t.root();
    const all = (
      await root.get('/party-organizations').query({ within: county.district, kind: 'branch', limit: 200 }).expect(200)
    ).body;
    expect(all.total).toBe(53);
    const covered = all.items.flatMap((b: { covers: string[] }) => b.covers);
    expect(new Set(covered).size).toBe(136);
    expect(covered).toHaveLength(136);
    const joint = all.items.filter((b: { formation: string }) => b.formation === 'joint');
    expect(joint.length).toBe(30);
    expect(all.items.length - joint.length).toBe(23);
    const pairings = (await root.get('/pairings').query({ status: 'active', limit: 200 }).expect(200)).body;
    expect(pairings.total).toBe(93);
    const branchIds = new Set(all.items.map((b: { id: string }) => b.id));
    const paired = pairings.items.map((p: { orgId: string }) => p.orgId);
    expect(paired.every((id: string) => branchIds.has(id))).toBe(true);
    expect(new Set(paired).size).toBe(53);
    expect(county.gridWorkers).toHaveLength(92);
    expect(county.gridWorkers.flatMap((w) => w.grids)).toHaveLength(136);
    // a grid worker signs in and reads the needs of its grids (and its community's of no grid) only
    const [first] = county.gridWorkers;
    const worker = await t.login(first.username, `${first.username}-password`);
    const mine = (await worker.get('/accounts/me/grids').expect(200)).body.items.map(
      (g: { gridId: string }) => g.gridId,
    );
    expect(mine.sort()).toEqual([...first.grids].sort());
    const needs = (await worker.get('/needs').query({ limit: 200 }).expect(200)).body.items;
    expect(needs.length).toBeGreaterThan(0);
    for (const need of needs) expect(first.grids).toContain(need.gridId);
  });

  it('adds up the district’s and a street’s figures on the server, as the lists show them', async () => {
    const root = await t.root();
    const all = async (path: string, query: Record<string, string>) => {
      const items: Array<Record<string, any>> = [];
      for (let cursor: string | undefined; ;) {
        const page = (
          await root
            .get(path)
            .query({ ...query, limit: '200', ...(cursor ? { cursor } : {}) })
            .expect(200)
        ).body;
        items.push(...page.items);
        if (!page.nextCursor) return items;
        cursor = page.nextCursor;
      }
    };
    const streets = (await root.get('/organizations').query({ kind: 'street', limit: '50' }).expect(200)).body.items;
    for (const orgId of [county.district, streets[0].id]) {
      const summary = (await root.get('/matching/summary').query({ orgId }).expect(200)).body;
      const needs = await all('/needs', { orgId });
      const projects = await all('/projects', { orgId });
      expect(summary.needs.total).toBe(needs.length);
      expect(summary.projects.total).toBe(projects.length);
      const counted: Record<string, Record<string, number>> = {};
      for (const n of needs)
        counted[n.category] = { ...counted[n.category], [n.status]: (counted[n.category]?.[n.status] ?? 0) + 1 };
      expect(summary.needs.byCategory).toEqual(counted);
      const live = needs.filter((n) => n.status !== 'cancelled');
      expect(summary.needs.live).toBe(live.length);
      expect(summary.needs.matched).toBe(live.filter((n) => n.status !== 'open').length);
      const bucketed = summary.projects.daysToProject.buckets.reduce(
        (sum: number, b: { projects: number }) => sum + b.projects,
        0,
      );
      expect(bucketed).toBe(projects.length);
      const completedBy = projects.filter((p) => p.status === 'completed').map((p) => p.unitId);
      expect(summary.projects.topUnits).toEqual(
        [...new Set(completedBy)].map((unitId) => ({
          unitId,
          unitName: projects.find((p) => p.unitId === unitId)!.unitName,
          completedProjects: completedBy.filter((u) => u === unitId).length,
        })),
      );
    }
    expect(
      (await root.get('/matching/summary').query({ orgId: county.district }).expect(200)).body.projects.total,
    ).toBe(10);
    await root
      .get('/matching/summary')
      .query({ orgId: 'x'.repeat(101) })
      .expect(400);
  });

  it("keeps each community's two yearly funds by seed 001's figures, and the 红色联盟's merchants", async () => {
    const first = await t.login('community-1', 'community-1-password');
    const funds = (await first.get(`/funds?ownerOrgId=${county.communities[0]}&year=2026`).expect(200)).body;
    // 30 万元 a community; 8 万元 per thousand households (14 grids × 300)
    expect(funds.items.map((f: { yearlyAmount: string }) => f.yearlyAmount).sort()).toEqual(['300000.00', '336000.00']);
    const service = funds.items.find((f: { yearlyAmount: string }) => f.yearlyAmount === '300000.00');
    expect(service).toMatchObject({ allocated: '12000.00', available: '288000.00' });
    expect(county.funds).toHaveLength(20);
    const merchants = (await first.get('/merchants').expect(200)).body;
    expect(merchants.total).toBe(5);
  });
});
