/**
 * The grid tier (issue 18, seeds 001, 003, 004): party organisations beside the areas they cover,
 * the roles of a grid, and the household units of a building or grid. Code lists with their
 * Chinese, and the public events of the organizations service about them (v1). Browser-safe: no
 * imports beyond this folder.
 */

/**
 * Party organisations, their own kind beside the areas (DESIGN §8): a 党支部 (网格党支部) hangs
 * under its community's party committee and covers one grid (单独建) or several (联合建); a 党小组
 * belongs to a branch and covers buildings of the branch's grids.
 */
export const PARTY_ORG_KINDS = { branch: '党支部', party_group: '党小组' } as const;
export type PartyOrgKind = keyof typeof PARTY_ORG_KINDS;
export const PARTY_ORG_KIND_CODES = Object.keys(PARTY_ORG_KINDS) as PartyOrgKind[];

/**
 * What the caller may do with a party organisation now (DECISIONS 58): the admins over it, while it
 * is active — rename, change what it covers, dissolve; a branch forms party groups, a group seats
 * the branch's members.
 */
export const PARTY_ORG_ACTION_CODES = ['rename', 'change_coverage', 'dissolve', 'form_group', 'seat_member'] as const;
export type PartyOrgAction = (typeof PARTY_ORG_ACTION_CODES)[number];

/** What the caller may do on a grid's roster: appoint a term, end one (the admins over the grid). */
export const GRID_ROSTER_ACTION_CODES = ['assign', 'end'] as const;
export type GridRosterAction = (typeof GRID_ROSTER_ACTION_CODES)[number];

/** What a party organisation of each kind hangs under, and the kind of area it covers. */
export const PARTY_ORG_PLACES = {
  branch: { parent: 'community', covers: 'grid' },
  party_group: { parent: 'branch', covers: 'building' },
} as const;

/** 单独建 (a branch of one grid) or 联合建 (one branch over several grids), seed 001. */
export const BRANCH_FORMATIONS = { single: '单独建', joint: '联合建' } as const;
export type BranchFormation = keyof typeof BRANCH_FORMATIONS;
export const BRANCH_FORMATION_CODES = Object.keys(BRANCH_FORMATIONS) as BranchFormation[];

/**
 * The two roles that run a grid: its 网格长 and its 网格员 (a grid may have several). Only these
 * may name a login account (role `grid_worker`), which then reads and acts for the grid while the
 * term runs.
 */
export const GRID_STAFF_ROLES = { grid_leader: '网格长', grid_worker: '网格员' } as const;
export type GridStaffRole = keyof typeof GRID_STAFF_ROLES;
export const GRID_STAFF_ROLE_CODES = Object.keys(GRID_STAFF_ROLES) as GridStaffRole[];

/**
 * 十员 — the ten roles each grid of 东大街 fills (seed 003), the list a district has until it sets
 * its own (`POST /organizations/{district}/grid-role-list`).
 */
export const DEFAULT_GRID_ROLES = {
  policy_publicist: '惠民政策宣传员',
  property_assistant: '物业管理协管员',
  sanitation_keeper: '环境卫生整治员',
  safety_patroller: '安全生产巡逻员',
  recreation_organiser: '群众娱乐文体员',
  opinion_liaison: '社情民意联络员',
  civility_advocate: '文明新风倡导员',
  harmony_exemplar: '和谐创建示范员',
  democratic_supervisor: '民主管理监督员',
  member_service_assistant: '党员服务协理员',
} as const;

/** Who holds a grid role: a registered party member, or a resident named by the office. */
export const GRID_ROLE_HOLDER_KINDS = { member: '党员', resident: '居民' } as const;
export type GridRoleHolderKind = keyof typeof GRID_ROLE_HOLDER_KINDS;
export const GRID_ROLE_HOLDER_KIND_CODES = Object.keys(GRID_ROLE_HOLDER_KINDS) as GridRoleHolderKind[];

/** The duties of a 联建单元's 轮值户, the 五联创建 of 江油 (seed 004). */
export const HOUSEHOLD_DUTIES = {
  environment: '环境联治',
  safety: '平安联创',
  hardship: '困难联帮',
  prosperity: '致富联带',
  civility: '新风联树',
} as const;
export type HouseholdDuty = keyof typeof HOUSEHOLD_DUTIES;
export const HOUSEHOLD_DUTY_CODES = Object.keys(HOUSEHOLD_DUTIES) as HouseholdDuty[];

/** A 联建单元 is 10–20 households (seed 004): formed with at least 10, never more than 20. */
export const HOUSEHOLD_UNIT_SIZE = { min: 10, max: 20 } as const;

export const GRID_EVENTS = {
  partyOrgFormed: 'organizations.PartyOrganizationFormed',
  partyOrgRenamed: 'organizations.PartyOrganizationRenamed',
  partyOrgCoverageChanged: 'organizations.PartyOrganizationCoverageChanged',
  partyOrgDissolved: 'organizations.PartyOrganizationDissolved',
  /** a 网格长 or 网格员 term naming a `grid_worker` account: the account's scope grows by the grid */
  gridWorkerAssigned: 'organizations.GridWorkerAssigned',
  /** that term ended early (or was corrected): the scope shrinks from `endsOn` */
  gridWorkerReleased: 'organizations.GridWorkerReleased',
} as const;

export interface PartyOrganizationFormedV1 {
  partyOrgId: string;
  kind: PartyOrgKind;
  name: string;
  /** a branch's community, a party group's branch */
  parentId: string;
  /** the grids a branch covers, the buildings a party group covers */
  covers: string[];
  /** 编码 — the office's own code, when it gave one */
  code?: string;
}
export interface PartyOrganizationRenamedV1 {
  partyOrgId: string;
  name: string;
}
/** The areas covered after the change. */
export interface PartyOrganizationCoverageChangedV1 {
  partyOrgId: string;
  covers: string[];
  added: string[];
  removed: string[];
}
export interface PartyOrganizationDissolvedV1 {
  partyOrgId: string;
}
/** Ids and days only: who holds the term is the organizations service's own record. */
export interface GridWorkerAssignedV1 {
  assignmentId: string;
  accountId: string;
  gridId: string;
  /** the first and last day of the term (China's calendar); `endsOn` null: open-ended */
  startsOn: string;
  endsOn: string | null;
}
export interface GridWorkerReleasedV1 {
  assignmentId: string;
  accountId: string;
  gridId: string;
  /** the term's last day now */
  endsOn: string;
}
