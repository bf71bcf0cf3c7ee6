import type { INestApplication } from '@nestjs/common';
import { declaredRoutes } from '@gongjian/runtime';
import type { Client, Region, TestPlatform } from './platform';

/**
 * The roles of a service's authorization matrix (every route × every role, inside and outside
 * scope): the region's admins and contacts (seedRegion), a second street's admin, and a member,
 * a resident and a grid worker with accounts of their own.
 */
export type MatrixRole =
  | 'anonymous'
  | 'district'
  | 'street'
  | 'otherStreet'
  | 'communityA'
  | 'communityB'
  | 'unit'
  | 'member'
  | 'auditor'
  | 'resident'
  | 'gridWorker';

export const MATRIX_ROLES: MatrixRole[] = [
  'anonymous',
  'district',
  'street',
  'otherStreet',
  'communityA',
  'communityB',
  'unit',
  'member',
  'auditor',
  'resident',
  'gridWorker',
];

/** A signed-in client of every role; the member account belongs to `memberOrgId` (a grid or a branch). */
export async function matrixClients(
  t: TestPlatform,
  r: Region,
  memberOrgId: string,
): Promise<Record<MatrixRole, Client>> {
  const otherStreetId = (
    await r.root.post('/organizations').send({ name: '西城街道', kind: 'street', parentId: r.districtId }).expect(201)
  ).body.id as string;
  const account = async (username: string, role: string, orgId: string) => {
    await r.root
      .post('/accounts')
      .send({ username, password: `${username}-password`, role, orgId })
      .expect(201);
    return t.login(username, `${username}-password`);
  };
  return {
    anonymous: t.anonymous(),
    district: await account('district-admin', 'district_admin', r.districtId),
    street: await account('street-admin', 'street_admin', r.streetId),
    otherStreet: await account('xicheng', 'street_admin', otherStreetId),
    communityA: r.communityAdmin,
    communityB: r.otherCommunityAdmin,
    unit: r.unitContact,
    member: await account('dangyuan', 'member', memberOrgId),
    auditor: r.auditor,
    resident: await account('jumin', 'resident', r.communityId),
    gridWorker: await account('wangge-yuan', 'grid_worker', r.communityId),
  };
}

/**
 * What a service's matrix must cover: the names of its write routes (sorted), and the read routes
 * that no row's path reaches (`readPaths`: the rows' paths with their ids filled in).
 */
export function matrixCoverage(app: INestApplication, belongs: RegExp, readPaths: string[]) {
  const routes = declaredRoutes(app).filter((route) => belongs.test(route.path));
  const pattern = (path: string) => new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}$`);
  const paths = readPaths.map((path) => path.split('?')[0]);
  return {
    writes: routes
      .filter((route) => route.method !== 'GET')
      .map((route) => route.name)
      .sort(),
    unread: routes
      .filter((route) => route.method === 'GET' && !paths.some((path) => pattern(route.path).test(path)))
      .map((route) => route.name),
  };
}
