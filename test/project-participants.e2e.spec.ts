import {
  branchOver,
  type Client,
  type Region,
  expectRebuildsEqual,
  startSeeded,
  TestPlatform,
} from './support/platform';

/**
 * Issue 16 item 3: points only for members who could have served in the project. A completion
 * names members of the unit's side (employed by the unit, or the unit is their branch), of the
 * community's side (branch inside the project's community) or members who reported to that
 * community (双报到); anyone else is 422 `invalid_participant`, all of them named, nothing
 * appended. The residents (through the community side) evaluate a project once: a second
 * evaluation is 409 and feeds no pioneer index.
 */
const need = (communityId: string) => ({
  communityId,
  title: '独居老人助餐',
  category: 'elderly_care',
  tags: ['助餐'],
  quantity: { amount: 30, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2027-03-31' },
  urgency: 'high',
});
const offer = (unitId: string, serviceArea: string[]) => ({
  unitId,
  title: '医护志愿者',
  category: 'elderly_care',
  tags: ['助餐'],
  capacity: { amount: 40, unit: 'person_hours' },
  window: { from: '2026-11-01', to: '2027-06-30' },
  serviceArea,
});

describe('who may be credited for a project, and how often it is evaluated', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  const eventually = async (check: () => Promise<boolean>, millis = 2000) => {
    const deadline = Date.now() + millis;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`not within ${millis} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const org = async (name: string, kind: string, parentId: string) =>
    (await r.root.post('/organizations').send({ name, kind, parentId }).expect(201)).body.id as string;
  let phone = 13900000000;
  const member = async (name: string, branchId: string, employerUnitId?: string) =>
    (
      await r.root
        .post('/members')
        .send({ name, phone: String(phone++), branchId, joinedPartyOn: '2010-07-01', employerUnitId })
        .expect(201)
    ).body.id as string;

  async function startedProject(by: Client): Promise<string> {
    const n = (await r.communityAdmin.post('/needs').send(need(r.communityId)).expect(201)).body;
    await r.unitContact
      .post('/offers')
      .send(offer(r.unitId, [r.communityId]))
      .expect(201);
    const p = (await r.root.get('/proposals').query({ needId: n.id }).expect(200)).body.items[0];
    await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
    const projectId = (await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200)).body
      .projectId as string;
    await by.post(`/projects/${projectId}/start`).expect(200);
    return projectId;
  }

  it('credits the unit side, the community side and members reported to the community; refuses everyone else', async () => {
    const otherStreet = await org('西城街道', 'street', r.districtId);
    const farCommunity = await org('五社区', 'community', otherStreet);
    const farBranch = await branchOver(r.root, await org('西一网格', 'grid', farCommunity));
    const neighbourBranch = await branchOver(r.root, await org('三社区一网格', 'grid', r.otherCommunityId));
    const farUnit = (
      await r.root
        .post('/units')
        .send({ name: '西城中学', sector: 'public_institution', locatedIn: farCommunity })
        .expect(201)
    ).body.id as string;

    const employee = await member('医院职工', farBranch, r.unitId); // works at the project's unit
    const unitBranch = await member('医院支部党员', r.unitId); // the unit is their branch
    const resident = await member('网格党员', r.branchId); // branch in the project's community
    const reported = await member('报到党员', farBranch, farUnit); // in service elsewhere, lives here
    await r.root.post(`/members/${reported}/community-report`).send({ communityId: r.communityId }).expect(200);
    const withdrawn = await member('撤回报到党员', farBranch, farUnit);
    await r.root.post(`/members/${withdrawn}/community-report`).send({ communityId: r.communityId }).expect(200);
    await r.root.delete(`/members/${withdrawn}/community-report`).expect(200);
    const neighbour = await member('邻社区党员', neighbourBranch); // same street, other community
    const stranger = await member('外街党员', farBranch, farUnit); // another street altogether
    const erased = await member('已删除党员', r.branchId);
    await r.root.delete(`/members/${erased}/personal-data`).expect(200);

    const projectId = await startedProject(r.unitContact);
    const before = await t.eventCount();
    const refused = await r.unitContact
      .post(`/projects/${projectId}/complete`)
      .send({ report: '送餐', participantMemberIds: [employee, neighbour, stranger, withdrawn, erased, 'nobody'] })
      .expect(422);
    expect(refused.body).toMatchObject({
      error: 'invalid_participant',
      details: {
        field: 'participantMemberIds',
        invalid: [neighbour, stranger, withdrawn, erased, 'nobody'],
        reasons: {
          [neighbour]: 'not_of_project',
          [stranger]: 'not_of_project',
          [withdrawn]: 'not_of_project',
          [erased]: 'erased',
          nobody: 'unknown_member',
        },
      },
    });
    expect(await t.eventCount()).toBe(before);
    // the community side completing it is held to the same rule
    await r.communityAdmin
      .post(`/projects/${projectId}/complete`)
      .send({ participantMemberIds: [stranger] })
      .expect(422);
    expect(await t.eventCount()).toBe(before);

    const credited = [employee, unitBranch, resident, reported];
    const done = await r.unitContact
      .post(`/projects/${projectId}/complete`)
      .send({ report: '送餐', participantMemberIds: credited })
      .expect(200);
    expect(done.body.participantMemberIds).toEqual(credited);
    const points = async (id: string) => (await r.root.get(`/members/${id}/points`).expect(200)).body;
    await eventually(async () => (await points(reported)).balance > 0);
    for (const id of credited) expect((await points(id)).balance).toBeGreaterThan(0);
    for (const id of [neighbour, stranger, withdrawn]) expect((await points(id)).balance).toBe(0);
  });

  it('takes one evaluation per project: a second one is 409, appends nothing and feeds no pioneer index', async () => {
    const resident = await member('评价党员', r.branchId);
    const projectId = await startedProject(r.communityAdmin);
    await r.communityAdmin
      .post(`/projects/${projectId}/complete`)
      .send({ participantMemberIds: [resident] })
      .expect(200);
    const rated = await r.communityAdmin
      .post(`/projects/${projectId}/evaluations`)
      .send({ score: 5, comment: '满意' })
      .expect(201);
    expect(rated.body).toMatchObject({ meanScore: 5, evaluations: [{ score: 5 }] });
    const pioneer = async () => (await r.root.get(`/members/${resident}/pioneer-index`).expect(200)).body;
    await eventually(async () => (await pioneer()).breakdown.evaluations.scores.length > 0);
    const before = await t.eventCount();
    for (const evaluator of [r.communityAdmin, r.root]) {
      const again = await evaluator.post(`/projects/${projectId}/evaluations`).send({ score: 5 }).expect(409);
      expect(again.body.message).toMatch(/already evaluated/);
    }
    expect(await t.eventCount()).toBe(before);
    expect((await pioneer()).breakdown.evaluations.scores).toEqual([5]);
    expect((await r.root.get(`/projects/${projectId}`).expect(200)).body.evaluations).toHaveLength(1);
  });

  it('participants, points and the one evaluation per side rebuild to the same read models', async () => {
    expect(
      (
        await expectRebuildsEqual(
          r.auditor,
          /^(projects|unit-evaluations|member-balances|member-ledger-entries|members)$/,
        )
      ).length,
    ).toBeGreaterThanOrEqual(4);
  });
});
