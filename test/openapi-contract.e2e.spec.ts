import { ContractViolation } from './support/openapi-contract';
import { contractOf, type Region, startSeeded, TestPlatform } from './support/platform';

/**
 * The API as its document says, through one representative flow: every answer below (and of
 * every other e2e test: `client()` checks them all) has a status its operation lists and a body
 * its schema accepts. A county's need and offer, a run, both acceptances, the project to its
 * evaluation; a member, the points, an activity, a wish; and the refusals on the way.
 */
describe('every answer is one the OpenAPI document gives', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  it('checks status and body: an undocumented status or an unknown field fails the request that met it', () => {
    const contract = contractOf(t.platform);
    expect(() => contract.check('GET', '/api/v1/needs/n-1', 418, 'application/json', {})).toThrow(ContractViolation);
    expect(() =>
      contract.check('GET', '/api/v1/needs/n-1', 404, 'application/json', {
        statusCode: 404,
        error: 'not_found',
        message: 'no such need',
        secret: 'a field the Error schema does not have',
      }),
    ).toThrow(/schema refuses/);
    expect(() =>
      contract.check('GET', '/api/v1/needs', 200, 'application/json', { items: [{ id: 'n-1' }], nextCursor: null }),
    ).toThrow(/must have required property/);
    // paths the document does not have are the edge's 404, methods its 405
    expect(() => contract.check('GET', '/api/v1/nowhere', 404, 'application/json', {})).not.toThrow();
    expect(contract.operation('GET', '/api/v1/members/me')?.operationId).toBe('GetOwnRecord.me');
    expect(contract.operation('GET', '/api/v1/members/m-1')?.operationId).toBe('GetMember.get');
  });

  it('a county: a need and an offer, a run, both acceptances, the project to its evaluation', async () => {
    const need = (
      await r.communityAdmin
        .post('/needs')
        .set('Idempotency-Key', 'contract-need')
        .send({
          communityId: r.communityId,
          title: '独居老人助餐',
          category: 'elderly_care',
          tags: ['助餐'],
          quantity: { amount: 40, unit: 'person_hours' },
          window: { from: '2026-12-01', to: '2027-03-31' },
          urgency: 'high',
        })
        .expect(201)
    ).body;
    const offer = (
      await r.unitContact
        .post('/offers')
        .send({
          unitId: r.unitId,
          title: '医护志愿服务',
          category: 'elderly_care',
          tags: ['助餐'],
          capacity: { amount: 100, unit: 'person_hours' },
          window: { from: '2026-11-01', to: '2027-12-31' },
          serviceArea: [r.districtId],
        })
        .expect(201)
    ).body;
    await r.communityAdmin.get(`/needs/${need.id}`).expect(200);
    await r.communityAdmin.get('/needs').query({ communityId: r.communityId, limit: 1 }).expect(200);
    await r.unitContact.get(`/offers/${offer.id}`).expect(200);
    const run = (await r.root.post('/matching/runs').send({ scopeOrgId: r.districtId }).expect(201)).body;
    await r.auditor.get(`/matching/runs/${run.runId}`).expect(200);
    await r.auditor.get(`/matching/runs/${run.runId}/pairs`).query({ limit: 5 }).expect(200);
    const proposal = (await r.auditor.get('/proposals').query({ needId: need.id }).expect(200)).body.items[0];
    await r.auditor.get(`/proposals/${proposal.id}`).expect(200);
    await r.root.post(`/proposals/${proposal.id}/accept`).send({}).expect(422); // name the side
    await r.communityAdmin
      .post(`/proposals/${proposal.id}/accept`)
      .set('If-Match', '999')
      .send({ side: 'community' })
      .expect(412);
    await r.communityAdmin.post(`/proposals/${proposal.id}/accept`).send({ side: 'community' }).expect(200);
    const accepted = (await r.unitContact.post(`/proposals/${proposal.id}/accept`).send({}).expect(200)).body;
    await r.communityAdmin.post(`/projects/${accepted.projectId}/start`).send().expect(200);
    await r.communityAdmin
      .post(`/projects/${accepted.projectId}/complete`)
      .send({ report: '已完成四十小时助餐' })
      .expect(200);
    await r.communityAdmin
      .post(`/projects/${accepted.projectId}/evaluations`)
      .send({ score: 5, comment: '很好' })
      .expect(201);
    await r.auditor.get('/projects').expect(200);
    await r.communityAdmin.post(`/needs/${need.id}/cancel`).send({}).expect(409);
    await r.communityAdmin.post('/needs/no-such-need/cancel').send({}).expect(404);
    await r.communityAdmin.post('/needs').send({ title: 'x', secret: 1 }).expect(400);
    await t.anonymous().get('/needs').expect(401);
    await r.otherCommunityAdmin.patch(`/offers/${offer.id}`).send({ title: '冒名' }).expect(403);
  });

  it('members, points, an activity and a wish; the organisation tree and the audit trail', async () => {
    const member = (
      await r.communityAdmin
        .post('/members')
        .send({ name: '张三', branchId: r.branchId, joinedPartyOn: '2001-07-01', phone: '13812345678' })
        .expect(201)
    ).body;
    await r.communityAdmin.get(`/members/${member.id}`).expect(200);
    await r.communityAdmin.get(`/members/${member.id}/points`).expect(200);
    await r.communityAdmin.get('/members').query({ branchId: r.communityId }).expect(200);
    const activity = (
      await r.communityAdmin
        .post('/activities')
        .send({
          orgId: r.communityId,
          title: '敬老院义务劳动',
          description: '打扫与陪伴',
          category: 'elderly_care',
          place: '县敬老院',
          startsAt: '2026-12-10T01:00:00.000Z',
          endsAt: '2026-12-10T05:00:00.000Z',
          slots: 5,
          pointsPerHour: 2,
        })
        .expect(201)
    ).body;
    await r.communityAdmin.post(`/activities/${activity.id}/signups`).send({ memberId: member.id }).expect(201);
    await r.communityAdmin.delete(`/activities/${activity.id}/signups/${member.id}`).expect(200);
    const wish = (
      await r.communityAdmin
        .post('/micro-wishes')
        .send({ communityId: r.communityId, title: '一台收音机', description: '独居老人想听戏' })
        .expect(201)
    ).body;
    await r.communityAdmin.post(`/micro-wishes/${wish.id}/claim`).send({ memberId: member.id }).expect(200);
    await r.communityAdmin.get(`/micro-wishes/${wish.id}`).expect(200);
    await r.root.get(`/organizations/${r.districtId}/tree`).expect(200);
    await r.root.get('/accounts/me').expect(200);
    const events = (await r.auditor.get('/audit/events').query({ limit: 3 }).expect(200)).body;
    await r.auditor.get(`/audit/events/${events.items[0].eventId}`).expect(200);
    await r.auditor.get(`/audit/streams/${events.items[0].streamId}`).expect(200);
    await r.auditor.get('/audit/integrity').expect(200);
  });
});
