import { MEMBER_EVENTS } from '@gongjian/contracts';
import { toProposed } from '@gongjian/eventing';
import { v7 as uuidv7 } from 'uuid';
import { type Client, expectRebuildsEqual, type Region, startSeeded, TestPlatform } from './support/platform';

/**
 * The grid tier through HTTP (issue 18): party branches beside the grids they cover (单独建,
 * 联合建), party groups over buildings, the migration of members registered in a grid or a
 * building, a grid's roles with terms and the grid worker's scope, households, 联建单元 and their
 * rota, 党员中心户. Every refusal appends nothing.
 */
describe('the grid tier', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  const id = (res: { body: { id: string } }) => res.body.id;
  const org = async (name: string, kind: string, parentId: string) =>
    id(await r.root.post('/organizations').send({ name, kind, parentId }).expect(201));
  const eventually = async (check: () => Promise<boolean>, millis = 2000) => {
    const deadline = Date.now() + millis;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`not within ${millis} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  /** A refused request: its status and error code, and nothing appended. */
  const refused = async (request: () => PromiseLike<{ status: number; body: any }>, status: number, error?: string) => {
    const before = await t.eventCount();
    const res = await request();
    expect({ status: res.status, error: res.body.error }).toEqual({ status, error: error ?? res.body.error });
    expect(await t.eventCount()).toBe(before);
    return res.body;
  };
  const account = async (username: string, role: string, orgId: string, by: Client = r.root) => {
    await by
      .post('/accounts')
      .send({ username, password: `${username}-password`, role, orgId })
      .expect(201);
    return t.login(username, `${username}-password`);
  };
  const member = async (name: string, branchId: string) =>
    id(
      await r.root
        .post('/members')
        .send({ name, phone: '13900000000', branchId, joinedPartyOn: '2010-07-01' })
        .expect(201),
    );
  const need = (gridId?: string, communityId = r.communityId) => ({
    communityId,
    ...(gridId ? { gridId } : {}),
    title: '楼道灯维修',
    category: 'property',
    tags: [],
    quantity: { amount: 2, unit: 'sessions' },
    window: { from: '2026-12-01', to: '2030-01-31' },
    urgency: 'low',
  });

  it('forms a branch over one grid (单独建) or several of its community (联合建); a grid has one branch', async () => {
    const [g2, g3] = [await org('第二网格', 'grid', r.communityId), await org('第三网格', 'grid', r.communityId)];
    const joint = await r.communityAdmin
      .post('/party-organizations')
      .send({ kind: 'branch', name: '二三网格联合党支部', parentId: r.communityId, covers: [g2, g3], code: 'LJ-ZB-23' })
      .expect(201);
    expect(joint.body).toMatchObject({
      kind: 'branch',
      covers: [g2, g3],
      formation: 'joint',
      members: 0,
      status: 'active',
      lineage: [r.districtId, r.streetId, r.communityId, joint.body.id],
    });
    const single = (await r.root.get(`/party-organizations/${r.branchId}`).expect(200)).body;
    expect(single).toMatchObject({ formation: 'single', covers: [r.gridId] });
    const listed = await r.auditor.get('/party-organizations').query({ covers: g3 }).expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [{ id: joint.body.id }] });

    const form =
      (covers: string[], as: Client = r.communityAdmin, parentId = r.communityId) =>
      () =>
        as.post('/party-organizations').send({ kind: 'branch', name: '又一支部', parentId, covers });
    const taken = await refused(form([g2]), 422, 'already_covered');
    expect(taken.details).toMatchObject({ field: 'covers.0', coveredBy: joint.body.id });
    const elsewhere = await org('三社区一网格', 'grid', r.otherCommunityId);
    await refused(form([elsewhere]), 422, 'outside_parent');
    await refused(form([]), 422, 'no_coverage');
    await refused(form([r.unitId]), 422, 'unknown_grid');
    await refused(form([g2, g2]), 400);
    await refused(form([elsewhere], r.otherCommunityAdmin, r.communityId), 403);
    await refused(
      () =>
        r.communityAdmin
          .post('/party-organizations')
          .send({ kind: 'cell', name: 'x', parentId: r.communityId, covers: [] }),
      400,
    );
    // a branch is not an area: not in the organisation list, not a tree node, not a place for a need
    const areas = (await r.root.get('/organizations').query({ within: r.communityId, limit: 50 }).expect(200)).body;
    expect(areas.items.map((o: { kind: string }) => o.kind)).not.toContain('branch');
    await r.root.get(`/organizations/${joint.body.id}`).expect(404);
    // a grid covered by a branch is not dissolved under it
    await refused(() => r.communityAdmin.post(`/organizations/${g2}/dissolve`).send({}), 422, 'not_empty');
  });

  it('counts a branch’s members at its community, and dissolves a branch only once it is empty', async () => {
    const g = await org('第四网格', 'grid', r.communityId);
    const branch = id(
      await r.communityAdmin
        .post('/party-organizations')
        .send({ kind: 'branch', name: '第四网格党支部', parentId: r.communityId, covers: [g] })
        .expect(201),
    );
    const m = await member('周强', branch);
    expect((await r.root.get(`/party-organizations/${branch}`).expect(200)).body.members).toBe(1);
    await refused(() => r.communityAdmin.post(`/party-organizations/${branch}/dissolve`), 422, 'not_empty');
    await r.root.post(`/members/${m}/transfer`).send({ toBranchId: r.unitId }).expect(200);
    await eventually(async () => (await r.root.get(`/party-organizations/${branch}`).expect(200)).body.members === 0);
    const dissolved = await r.communityAdmin.post(`/party-organizations/${branch}/dissolve`).expect(200);
    expect(dissolved.body.status).toBe('dissolved');
    // its grid is free for another branch; a member is not registered in a dissolved branch nor in an area
    await r.communityAdmin
      .post('/party-organizations')
      .send({ kind: 'branch', name: '第四网格新党支部', parentId: r.communityId, covers: [g] })
      .expect(201);
    await refused(
      () =>
        r.root
          .post('/members')
          .send({ name: 'x', phone: '13900000000', branchId: branch, joinedPartyOn: '2010-07-01' }),
      422,
      'organisation_dissolved',
    );
    for (const area of [g, r.communityId])
      await refused(
        () =>
          r.root
            .post('/members')
            .send({ name: 'x', phone: '13900000000', branchId: area, joinedPartyOn: '2010-07-01' }),
        422,
        'invalid_branch',
      );
  });

  it('says what each caller may do with a party organisation and a grid’s roster (DECISIONS 58), and counts a branch’s groups', async () => {
    const g = await org('第五网格', 'grid', r.communityId);
    const b = await org('5号楼', 'building', g);
    const branch = id(
      await r.communityAdmin
        .post('/party-organizations')
        .send({ kind: 'branch', name: '第五网格党支部', parentId: r.communityId, covers: [g] })
        .expect(201),
    );
    const group = await r.communityAdmin
      .post('/party-organizations')
      .send({ kind: 'party_group', name: '5号楼党小组', parentId: branch, covers: [b] })
      .expect(201);
    expect(group.body).toMatchObject({ groups: 0, actions: ['rename', 'change_coverage', 'dissolve', 'seat_member'] });
    const asAdmin = (await r.communityAdmin.get(`/party-organizations/${branch}`).expect(200)).body;
    expect(asAdmin).toMatchObject({ groups: 1, actions: ['rename', 'change_coverage', 'dissolve', 'form_group'] });
    for (const reader of [r.auditor, r.otherCommunityAdmin])
      expect((await reader.get(`/party-organizations/${branch}`).expect(200)).body).toMatchObject({
        groups: 1,
        actions: [],
      });
    const roster = async (as: Client) => (await as.get(`/organizations/${g}/grid-roles`).expect(200)).body.actions;
    expect(await roster(r.communityAdmin)).toEqual(['assign', 'end']);
    expect(await roster(r.auditor)).toEqual([]);
    expect(await roster(r.otherCommunityAdmin)).toEqual([]);
    await r.communityAdmin.post(`/party-organizations/${group.body.id}/dissolve`).expect(200);
    const after = (await r.communityAdmin.get(`/party-organizations/${group.body.id}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'dissolved', actions: [] });
    expect((await r.root.get(`/party-organizations/${branch}`).expect(200)).body.groups).toBe(0);
  });

  it('moves members once registered in a grid or a building to the branch formed over it, history kept; seats them in the building’s party group', async () => {
    const g = await org('第五网格', 'grid', r.communityId);
    const building = await org('5号楼', 'building', g);
    // members of the time before issue 18: registered in a unit, then transferred into the grid and the building
    const legacy = async (name: string, area: string) => {
      const m = await member(name, r.unitId);
      const moved = toProposed(
        { type: MEMBER_EVENTS.transferred, data: { memberId: m, fromBranchId: r.unitId, toBranchId: area } },
        { actor: { accountId: 'root', role: 'district_admin', orgId: null }, correlationId: uuidv7() },
      );
      await t.platform.inspect.store.append(`members.member-${m}`, [moved], 'any');
      await eventually(async () => (await r.root.get(`/members/${m}`).expect(200)).body.branchId === area);
      return m;
    };
    const inGrid = await legacy('孙立', g);
    const inBuilding = await legacy('钱敏', building);

    const branch = id(
      await r.communityAdmin
        .post('/party-organizations')
        .send({ kind: 'branch', name: '第五网格党支部', parentId: r.communityId, covers: [g] })
        .expect(201),
    );
    for (const m of [inGrid, inBuilding])
      await eventually(async () => (await r.root.get(`/members/${m}`).expect(200)).body.branchId === branch);
    const history = (await r.root.get(`/members/${inBuilding}`).expect(200)).body.branchHistory;
    expect(history.map((b: { branchId: string }) => b.branchId)).toEqual([r.unitId, building, branch]);
    const stream = (await r.auditor.get(`/audit/streams/members.member-${inBuilding}`).expect(200)).body.events;
    const migration = stream[stream.length - 1];
    expect(migration).toMatchObject({
      type: MEMBER_EVENTS.transferred,
      data: { fromBranchId: building, toBranchId: branch, reason: 'branch_formed' },
    });
    expect(migration.actor.role).toBe('system');

    // the building's party group seats the member the migration brought from it
    const group = await r.communityAdmin
      .post('/party-organizations')
      .send({ kind: 'party_group', name: '5号楼党小组', parentId: branch, covers: [building] })
      .expect(201);
    await eventually(
      async () =>
        (await r.communityAdmin.get(`/party-organizations/${group.body.id}`).expect(200)).body.memberIds?.[0] ===
        inBuilding,
    );
    // the group's seats: ids for the admins over it and the auditor, a count for others
    const seen = (await r.unitContact.get(`/party-organizations/${group.body.id}`).expect(200)).body;
    expect(seen).toMatchObject({ members: 1 });
    expect(seen.memberIds).toBeUndefined();
    await r.communityAdmin.post(`/party-organizations/${group.body.id}/members`).send({ memberId: inGrid }).expect(200);
    await refused(
      () => r.communityAdmin.post(`/party-organizations/${group.body.id}/members`).send({ memberId: inGrid }),
      409,
    );
    await refused(
      () => r.communityAdmin.post(`/party-organizations/${group.body.id}/members`).send({ memberId: r.unitId }),
      422,
      'unknown_member',
    );
    // a transfer out of the branch takes the member off its party group
    await r.root.post(`/members/${inGrid}/transfer`).send({ toBranchId: r.unitId }).expect(200);
    await eventually(
      async () =>
        !(await r.root.get(`/party-organizations/${group.body.id}`).expect(200)).body.memberIds.includes(inGrid),
    );
    // a branch joins a grid (单独建 → 联合建), but does not give up one whose building its party group covers
    const g2 = await org('第五网格二区', 'grid', r.communityId);
    const joined = await r.communityAdmin
      .post(`/party-organizations/${branch}/coverage`)
      .send({ covers: [g, g2] })
      .expect(200);
    expect(joined.body).toMatchObject({ covers: [g, g2], formation: 'joint' });
    await refused(
      () => r.communityAdmin.post(`/party-organizations/${branch}/coverage`).send({ covers: [g2] }),
      422,
      'coverage_in_use',
    );
  });

  it('lists the 十员 of a district (东大街’s by default) and lets its district admin set them', async () => {
    const list = (await r.unitContact.get(`/organizations/${r.gridId}/grid-role-list`).expect(200)).body;
    expect(list).toMatchObject({ districtId: r.districtId, isDefault: true });
    expect(list.roles).toHaveLength(10);
    expect(list.roles[0]).toEqual({ code: 'policy_publicist', name: '惠民政策宣传员' });
    expect(list.staff.map((s: { name: string }) => s.name)).toEqual(['网格长', '网格员']);
    const roles = [...list.roles.slice(0, 9), { code: 'elder_visitor', name: '老年关爱探访员' }];
    await refused(() => r.communityAdmin.post(`/organizations/${r.districtId}/grid-role-list`).send({ roles }), 403);
    await refused(
      () => r.root.post(`/organizations/${r.districtId}/grid-role-list`).send({ roles: [...roles, roles[0]] }),
      422,
      'duplicate_role',
    );
    await refused(
      () => r.root.post(`/organizations/${r.districtId}/grid-role-list`).send({ roles: [{ code: 'X', name: '' }] }),
      400,
    );
    const set = await r.root.post(`/organizations/${r.districtId}/grid-role-list`).send({ roles }).expect(200);
    expect(set.body).toMatchObject({ isDefault: false, roles });
  });

  it('gives a grid’s roles to members and residents with terms; a grid worker reads its grids’ needs and wishes only', async () => {
    const grid2 = await org('第六网格', 'grid', r.communityId);
    const worker = await account('wangwu-wgy', 'grid_worker', r.communityId, r.communityAdmin);
    const other = await account('zhaoliu-wgy', 'grid_worker', r.communityId, r.communityAdmin);
    const leaderMember = await member('李网格长', r.branchId);
    const terms = (
      await r.communityAdmin
        .post(`/organizations/${r.gridId}/grid-roles`)
        .send({ role: 'grid_leader', memberId: leaderMember, startsOn: '2026-01-01' })
        .expect(201)
    ).body;
    expect(terms.terms[0]).toMatchObject({
      role: 'grid_leader',
      roleName: '网格长',
      holder: { kind: 'member', name: '李网格长' },
      running: true,
    });
    await r.communityAdmin
      .post(`/organizations/${r.gridId}/grid-roles`)
      .send({ role: 'grid_worker', residentName: '王五', accountId: 'wangwu-wgy', startsOn: '2026-01-01' })
      .expect(201);
    await r.communityAdmin
      .post(`/organizations/${grid2}/grid-roles`)
      .send({ role: 'grid_worker', residentName: '赵六', accountId: 'zhaoliu-wgy', startsOn: '2026-01-01' })
      .expect(201);
    await r.communityAdmin
      .post(`/organizations/${r.gridId}/grid-roles`)
      .send({ role: 'safety_patroller', residentName: '钱七', startsOn: '2026-03-01', endsOn: '2027-02-28' })
      .expect(201);
    await refused(
      () =>
        r.communityAdmin
          .post(`/organizations/${r.gridId}/grid-roles`)
          .send({ role: 'grid_leader', residentName: '另一人', startsOn: '2026-06-01' }),
      422,
      'role_taken',
    );
    await refused(
      () =>
        r.communityAdmin
          .post(`/organizations/${r.gridId}/grid-roles`)
          .send({ role: 'grid_leader', memberId: leaderMember, residentName: '两者', startsOn: '2026-06-01' }),
      400,
    );
    await refused(
      () =>
        r.communityAdmin
          .post(`/organizations/${r.gridId}/grid-roles`)
          .send({ role: 'grid_worker', residentName: '甲', accountId: 'er-shequ', startsOn: '2026-06-01' }),
      422,
      'not_grid_worker',
    );
    await refused(
      () =>
        r.otherCommunityAdmin
          .post(`/organizations/${r.gridId}/grid-roles`)
          .send({ role: 'grid_worker', residentName: '乙', startsOn: '2026-06-01' }),
      403,
    );
    // the roster: names for every account, the ids behind them for the admins over the grid
    const seen = (await r.unitContact.get(`/organizations/${r.gridId}/grid-roles`).expect(200)).body;
    expect(seen.terms.map((x: any) => [x.roleName, x.holder.name, x.holder.memberId, x.accountId])).toEqual([
      ['网格长', '李网格长', null, null],
      ['网格员', '王五', null, null],
      ['安全生产巡逻员', '钱七', null, null],
    ]);
    const admin = (await r.communityAdmin.get(`/organizations/${r.gridId}/grid-roles`).expect(200)).body;
    expect(admin.terms[1]).toMatchObject({ accountId: 'wangwu-wgy' });
    expect((await worker.get('/accounts/me/grids').expect(200)).body.items).toEqual([
      {
        gridId: r.gridId,
        name: '第一网格',
        communityId: r.communityId,
        terms: [
          expect.objectContaining({ role: 'grid_worker', roleName: '网格员', startsOn: '2026-01-01', endsOn: null }),
        ],
      },
    ]);
    expect((await r.communityAdmin.get('/accounts/me/grids').expect(200)).body.items).toEqual([]);

    // needs: its grid's, and its community's without a grid; not another grid's, not another community's
    const mine = id(await r.root.post('/needs').send(need(r.gridId)).expect(201));
    const whole = id(await r.root.post('/needs').send(need()).expect(201));
    const theirs = id(await r.root.post('/needs').send(need(grid2)).expect(201));
    const far = id(await r.root.post('/needs').send(need(undefined, r.otherCommunityId)).expect(201));
    const listed = (await worker.get('/needs').query({ limit: 200 }).expect(200)).body.items.map(
      (n: { id: string }) => n.id,
    );
    expect(listed).toEqual(expect.arrayContaining([mine, whole]));
    expect(listed).not.toContain(theirs);
    expect(listed).not.toContain(far);
    // one grid's, counted by the server (the grid worker's home shows the figure)
    const ofGrid = (await worker.get('/needs').query({ gridId: r.gridId, limit: 1 }).expect(200)).body;
    expect(ofGrid).toMatchObject({ total: 1, items: [expect.objectContaining({ id: mine })] });
    expect((await worker.get('/needs').query({ gridId: grid2 }).expect(200)).body.total).toBe(0);
    await worker.get(`/needs/${mine}`).expect(200);
    await worker.get(`/needs/${theirs}`).expect(403);
    await other.get(`/needs/${mine}`).expect(403);
    await other.get(`/needs/${theirs}`).expect(200);
    await worker.get(`/needs/${far}`).expect(403);
    // micro-wishes are kept by a community: its grids' community's
    const wish = id(
      await r.root.post('/micro-wishes').send({ communityId: r.communityId, title: '修水龙头' }).expect(201),
    );
    const farWish = id(
      await r.root.post('/micro-wishes').send({ communityId: r.otherCommunityId, title: '送药' }).expect(201),
    );
    const wishes = (await worker.get('/micro-wishes').expect(200)).body.items.map((w: { id: string }) => w.id);
    expect(wishes).toContain(wish);
    expect(wishes).not.toContain(farWish);
    await worker.get(`/micro-wishes/${farWish}`).expect(403);
    // it posts a wish a resident of its grid told it, of that grid (docs/DECISIONS.md 72); not of
    // the grid next door, nor one of the whole community
    const told = { communityId: r.communityId, title: '修自行车' };
    const posted = (
      await worker
        .post('/micro-wishes')
        .send({ ...told, gridId: r.gridId })
        .expect(201)
    ).body;
    expect(posted).toMatchObject({ gridId: r.gridId, communityId: r.communityId, status: 'open' });
    await worker
      .post('/micro-wishes')
      .send({ ...told, gridId: grid2 })
      .expect(403);
    await worker.post('/micro-wishes').send(told).expect(403);
    // a grid worker writes nothing of the hierarchy, needs or members
    await worker.post('/needs').send(need(r.gridId)).expect(403);
    await worker.post('/organizations').send({ name: '新网格', kind: 'grid', parentId: r.communityId }).expect(403);

    // the term ended yesterday: the grid is no longer the worker's
    const assignment = admin.terms[1].assignmentId;
    const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    await r.communityAdmin
      .post(`/organizations/${r.gridId}/grid-roles/${assignment}/end`)
      .send({ endsOn: yesterday })
      .expect(200);
    await eventually(async () => (await worker.get(`/needs/${mine}`)).status === 403);
    expect((await worker.get('/accounts/me/grids').expect(200)).body.items).toEqual([]);
    expect((await worker.get('/needs').expect(200)).body.total).toBe(0);
    await refused(
      () =>
        r.communityAdmin.post(`/organizations/${r.gridId}/grid-roles/${assignment}/end`).send({ endsOn: yesterday }),
      409,
    );
  });

  it('registers households, forms a 联建单元, chooses its 轮值户 fairly month by month and records their duties', async () => {
    const g = await org('第七网格', 'grid', r.communityId);
    const building = await org('7号楼', 'building', g);
    const otherGrid = await org('第八网格', 'grid', r.communityId);
    const worker = await account('sunqi-wgy', 'grid_worker', r.communityId, r.communityAdmin);
    const stranger = await account('zhouba-wgy', 'grid_worker', r.communityId, r.communityAdmin);
    for (const [grid, name, acct] of [
      [g, '孙七', 'sunqi-wgy'],
      [otherGrid, '周八', 'zhouba-wgy'],
    ])
      await r.communityAdmin
        .post(`/organizations/${grid}/grid-roles`)
        .send({ role: 'grid_worker', residentName: name, accountId: acct, startsOn: '2026-01-01' })
        .expect(201);
    // the grid's own worker registers its households; another grid's worker may not
    const households: string[] = [];
    for (let i = 1; i <= 12; i++)
      households.push(
        id(
          await worker
            .post('/households')
            .send({ label: `1单元${100 + i}室`, areaId: building })
            .expect(201),
        ),
      );
    await refused(() => worker.post('/households').send({ label: '1单元101室', areaId: building }), 422, 'label_taken');
    await refused(() => stranger.post('/households').send({ label: '1单元999室', areaId: building }), 403);
    await refused(() => r.unitContact.post('/households').send({ label: '1单元998室', areaId: building }), 403);
    await refused(
      () => r.root.post('/households').send({ label: '社区', areaId: r.communityId }),
      422,
      'unknown_organisation',
    );
    await refused(() => worker.post('/households').send({ label: '社区', areaId: r.communityId }), 403);

    await refused(
      () =>
        worker
          .post('/household-units')
          .send({ name: '7号楼一单元', areaId: building, householdIds: households.slice(0, 9) }),
      422,
      'unit_size',
    );
    const unit = await worker
      .post('/household-units')
      .send({ name: '7号楼一单元', areaId: building, householdIds: households.slice(0, 10) })
      .expect(201);
    expect(unit.body).toMatchObject({ size: 10, undersized: false, nextOnDuty: households[0], gridId: g });
    await refused(() => stranger.get(`/household-units/${unit.body.id}`), 403);
    await refused(() => r.unitContact.get('/household-units'), 403);
    expect((await stranger.get('/household-units').expect(200)).body.total).toBe(0);
    expect((await worker.get('/household-units').expect(200)).body.total).toBe(1);
    await refused(
      () =>
        worker
          .post('/household-units')
          .send({ name: '又一单元', areaId: building, householdIds: households.slice(2, 12) }),
      422,
      'in_another_unit',
    );

    const onDuty: string[] = [];
    const rota = async (month: string) => {
      const res = await worker.post(`/household-units/${unit.body.id}/rota`).send({ month }).expect(200);
      onDuty.push(res.body.rota[res.body.rota.length - 1].householdId);
      return res.body;
    };
    await rota('2027-01');
    await rota('2027-02');
    await refused(
      () => worker.post(`/household-units/${unit.body.id}/rota`).send({ month: '2027-02' }),
      422,
      'month_not_after',
    );
    await refused(() => worker.post(`/household-units/${unit.body.id}/rota`).send({ month: '2027-13' }), 400);
    // a newcomer joins, a household that served leaves: the newcomer's turn comes before any second turn
    await worker.post(`/household-units/${unit.body.id}/households`).send({ householdId: households[10] }).expect(200);
    await worker.delete(`/household-units/${unit.body.id}/households/${households[1]}`).expect(200);
    let months = 2;
    for (let m = 3; m <= 12; m++) {
      await rota(`2027-${String(m).padStart(2, '0')}`);
      months += 1;
    }
    expect(months).toBe(12);
    expect(new Set(onDuty.slice(0, 11)).size).toBe(11);
    expect(onDuty.slice(2, 11)).toContain(households[10]);
    expect(onDuty[11]).toBe(households[0]);
    // the month's household did its duty (五联创建); outside its month, or in a month without a rota, refused
    const recorded = await worker
      .post(`/household-units/${unit.body.id}/duties`)
      .send({ duty: 'environment', description: '清理楼道堆放杂物', on: '2027-03-14' })
      .expect(201);
    const march = recorded.body.rota.find((m: { month: string }) => m.month === '2027-03');
    expect(march.duties).toMatchObject([{ duty: 'environment', description: '清理楼道堆放杂物', on: '2027-03-14' }]);
    await refused(
      () =>
        worker
          .post(`/household-units/${unit.body.id}/duties`)
          .send({ month: '2027-03', duty: 'safety', description: 'x', on: '2027-04-01' }),
      422,
      'outside_month',
    );
    await refused(
      () =>
        worker
          .post(`/household-units/${unit.body.id}/duties`)
          .send({ duty: 'safety', description: 'x', on: '2028-04-01' }),
      422,
      'month_not_assigned',
    );
    await refused(
      () =>
        stranger
          .post(`/household-units/${unit.body.id}/duties`)
          .send({ duty: 'safety', description: 'x', on: '2027-03-02' }),
      403,
    );
    await refused(
      () =>
        worker
          .post(`/household-units/${unit.body.id}/duties`)
          .send({ duty: 'dancing', description: 'x', on: '2027-03-02' }),
      400,
    );
    const read = (await r.auditor.get(`/household-units/${unit.body.id}`).expect(200)).body;
    expect(read.left).toMatchObject([{ householdId: households[1], label: '1单元102室' }]);
    expect(read.households.map((h: { label: string }) => h.label)).toContain('1单元111室');
  });

  it('makes a member of a grid’s branch a 党员中心户 with the households they look after; a transfer ends it', async () => {
    const building = await org('1号楼', 'building', r.gridId);
    const households: string[] = [];
    for (const label of ['101', '102', '201'])
      households.push(id(await r.root.post('/households').send({ label, areaId: building }).expect(201)));
    const m = await member('吴中心户', r.branchId);
    const unitMember = await member('郑单位党员', r.unitId);
    await refused(
      () => r.communityAdmin.post('/central-households').send({ memberId: unitMember, householdIds: households }),
      422,
      'not_in_party_branch',
    );
    await refused(
      () => r.otherCommunityAdmin.post('/central-households').send({ memberId: m, householdIds: households }),
      403,
    );
    const designated = await r.communityAdmin
      .post('/central-households')
      .send({ memberId: m, householdIds: households.slice(0, 2) })
      .expect(201);
    expect(designated.body).toMatchObject({
      memberId: m,
      name: '吴中心户',
      branchId: r.branchId,
      status: 'active',
      households: [
        { householdId: households[0], label: '101', areaId: building },
        { householdId: households[1], label: '102', areaId: building },
      ],
    });
    await refused(
      () => r.communityAdmin.post('/central-households').send({ memberId: m, householdIds: households }),
      409,
    );
    const changed = await r.communityAdmin
      .post(`/central-households/${m}/households`)
      .send({ householdIds: households })
      .expect(200);
    expect(changed.body.households).toHaveLength(3);
    expect(
      (await r.auditor.get('/central-households').query({ householdId: households[2] }).expect(200)).body.total,
    ).toBe(1);
    await refused(() => r.unitContact.get(`/central-households/${m}`), 403);
    // transferred to the unit's branch: no longer this branch's 党员中心户
    await r.root.post(`/members/${m}/transfer`).send({ toBranchId: r.unitId }).expect(200);
    await eventually(async () => (await r.root.get(`/central-households/${m}`).expect(200)).body.status === 'revoked');
    expect((await r.root.get(`/central-households/${m}`).expect(200)).body.revokedFor).toBe('transferred');
  });

  it('pairs a unit with a grid’s party branch (支部结对、网格共建)', async () => {
    const u = id(
      await r.root
        .post('/units')
        .send({ name: '县供电公司', sector: 'state_enterprise', locatedIn: r.communityId })
        .expect(201),
    );
    const pairing = await r.communityAdmin.post('/pairings').send({ unitId: u, orgId: r.branchId }).expect(201);
    expect(pairing.body).toMatchObject({ orgId: r.branchId, status: 'active' });
  });

  it('rebuilds every read model of the grid tier to what was built event by event', async () => {
    const compared = await expectRebuildsEqual(
      r.auditor,
      /party-organizations|grid-|households|household-units|central-households|member-branches|org-directory/,
    );
    expect(compared.length).toBeGreaterThanOrEqual(8);
  });
});
