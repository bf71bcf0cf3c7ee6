import { translateApiMessage } from './apiMessages';
import type { Locale } from './messages';

/**
 * Rules of the administration pages (issue 17): the refusals of the organisation tree, units,
 * accounts, service sites and members, by the code the API answers (one code per rule), in the
 * person's language; `details` fill in what the rule counted (a dissolution refused for what still
 * hangs under the organisation).
 */
const CODES: Record<string, (details: Record<string, unknown>) => string> = {
  not_empty: (d) => {
    const parts = [
      Number(d.activeChildren) > 0 ? `${d.activeChildren} 个下级组织` : '',
      Number(d.activeUnits) > 0 ? `${d.activeUnits} 个驻区单位` : '',
      Number(d.openNeeds) > 0 ? `${d.openNeeds} 条待匹配需求` : '',
    ].filter(Boolean);
    return `不能撤销：其下还有 ${parts.join('、')}。请先撤销或迁走下级组织、迁走驻区单位、处理完需求。`;
  },
  invalid_parent: () => '上级组织的层级不对：街道在区县下，社区在街道下，网格在社区下，楼栋在网格下；区县不能移动',
  cycle: () => '不能移到它自己或它的下级组织之下',
  organisation_dissolved: () => '该组织已撤销',
  unknown_organisation: () => '组织不存在',
  unknown_community: () => '社区不存在',
  unknown_unit: () => '驻区单位不存在',
  unknown_branch: () => '支部不存在',
  invalid_branch: () => '党员须属于网格、楼栋或驻区单位的支部',
  invalid_location: () => '驻区单位只能位于社区或街道',
  invalid_org: () => '阵地属于组织，不属于驻区单位',
  role_org_mismatch: () =>
    '角色与所属组织不符：区县管理员和审计员属于区县，街道管理员属于街道，社区管理员属于社区，联络人属于驻区单位',
  future_year: () => '不能评定尚未开始的年份',
  same_branch: () => '该党员已在此支部',
  not_in_service: () => '只有在职党员（有工作单位）才能双报到',
  same_password: () => '新密码不能与临时密码相同',
};

/** Validation and rules of the administration routes, by their words (next to their fields). */
const ADMIN_RULES: Array<[RegExp, string]> = [
  [/username must be 3.40 lowercase letters/, '用户名须为 3–40 位小写字母、数字、点、横线或下划线，以字母或数字开头'],
  [/must be longer than or equal to (\d+) characters/, '太短'],
  [/the location does not exist/, '所在组织不存在'],
  [/a unit is located in a community or a street/, '驻区单位只能位于社区或街道'],
  [/the location is dissolved|the parent organisation is dissolved/, '该组织已撤销'],
  [/a term cannot end before it begins/, '任期结束日期不能早于开始日期'],
  [/a year cannot be rated before it begins/, '不能评定尚未开始的年份'],
];

/** 403 refusals of the administration routes, by their words. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/only the bootstrap administrator registers districts/, '只有初始管理员可以登记区县'],
  [/an administrator does not do this to its own account/, '不能对自己的账号执行此操作'],
  [/the bootstrap administrator is managed by the operator/, '初始管理员由运维人员通过环境变量管理'],
  [/only a district admin (manages|creates) (\w+) accounts/, '只有区县管理员可以管理区县管理员和审计员账号'],
  [/an administrator of the same organisation is managed from above/, '同级管理员的账号由上级管理'],
  [/only a district admin unlocks/, '只有区县管理员可以解除登录限制'],
  [/only district admins and auditors see login attempts/, '只有区县管理员和审计员可以查看登录失败记录'],
  [/only administrators (manage accounts|and auditors list accounts|list accounts)/, '只有管理员可以管理账号'],
  [/only administrators may do this/, '只有管理员可以执行此操作'],
  [/auditors read everything and write nothing/, '审计员只能查看，不能修改'],
  [/a unit contact acts only for its own unit/, '驻区单位联络人只能办理本单位的事'],
  [/only the side that asked for this transfer may cancel it/, '只有发起转接的一方可以撤回'],
  [/only the other side of this transfer may accept or decline it/, '只有转接的另一方可以接收或拒绝'],
  [/is outside the organisation scope of this account|outside the scope of this account/, '超出本账号的管理范围'],
];

/** 409 states of the administration routes, by their words. */
const CONFLICTS: Array<[RegExp, string]> = [
  [/this username is taken/, '该用户名已被使用'],
  [/the account is already disabled/, '账号已停用'],
  [/the account is not disabled/, '账号未停用'],
  [/the account is disabled: enable it first/, '账号已停用，请先启用再重置密码'],
  [/the account has no failed logins to clear/, '该账号没有需要解除的登录失败记录'],
  [/the organisation is dissolved/, '该组织已撤销'],
  [/the site already has a rating for (\d+)/, '该阵地本年度已评定'],
  [/a transfer to .* is pending/, '已有待处理的组织关系转接，请先处理'],
  [/no transfer of this member is pending/, '没有待处理的组织关系转接'],
  [/the member's status is already/, '党员已是该状态'],
  [/personal data is already erased/, '个人信息已清除'],
  [/the appointment has already ended/, '任期已结束'],
];

/**
 * The message of a failed call in the person's language: by the rule's code (with what it
 * counted), then by the words of a refusal, then the general translation of ./apiMessages.
 */
export function translateApiError(
  error: { code: string; message: string; details?: unknown; status: number },
  locale: Locale,
): string {
  if (locale === 'en') return error.message;
  const byCode = CODES[error.code];
  if (byCode) return byCode((error.details ?? {}) as Record<string, unknown>);
  const translated = translateApiMessage(error.message, locale);
  // no English reaches a Chinese screen: a reason we cannot say in Chinese is left out
  return /[A-Za-z]{3,}/.test(translated) ? '' : translated;
}

/** The Chinese of an administration route's message (a rule, a state, a refusal), or null. */
export function translateAdminMessage(message: string): string | null {
  for (const [pattern, zh] of [...ADMIN_RULES, ...CONFLICTS, ...FORBIDDEN]) if (pattern.test(message)) return zh;
  return null;
}
