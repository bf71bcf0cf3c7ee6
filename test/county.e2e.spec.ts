import { type SeededCounty, seedCounty } from '../bench/demo-seed';
import { ROOT, TestPlatform } from './support/platform';

interface Proposal {
  id: string;
  needId: string;
  offerId: string;
  quantity: { amount: number };
  score: number;
}

/** The Lijin-sized county of the demo seed, matched and partly accepted, through HTTP. */
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
    expect(before).toEqual({ organizations: 64, units: 93, openNeeds: 267 });
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
});
