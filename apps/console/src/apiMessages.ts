import type { Locale } from './i18n';

/**
 * The API speaks English (class-validator, domain rules); the console shows its messages in the
 * person's language. Known shapes are translated; anything else is shown as the API said it.
 */
const RULES: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  // validation (400)
  [/must not be before (\w+)$/, () => '结束日期不能早于开始日期'],
  [/should not be empty$/, () => '不能为空'],
  [/must be a string$/, () => '必须是文字'],
  [/must be a number|must be an integer/, () => '必须是数字'],
  [/must not be less than ([\d.]+)$/, (m) => `不能小于 ${m[1]}`],
  [/must not be greater than ([\d.]+)$/, (m) => `不能大于 ${m[1]}`],
  [/must be shorter than or equal to (\d+) characters$/, (m) => `不能超过 ${m[1]} 个字符`],
  [/must be one of the following values/, () => '取值无效'],
  [/must be a valid ISO 8601 date string$/, () => '日期格式无效'],
  [/must be an array$/, () => '必须是列表'],
  [/must contain no more than (\d+) elements$/, (m) => `最多 ${m[1]} 项`],
  [/must contain at least (\d+) elements$/, (m) => `至少选择 ${m[1]} 项`],
  [/should not exist$/, () => '不允许的字段'],
  [/must be a mobile number/, () => '请填写 11 位手机号或带区号的固话'],
  [/must be an 18-character identity card number/, () => '请填写 18 位身份证号'],
  [/must be a date \(YYYY-MM-DD\)/, () => '请填写日期（年-月-日）'],
  [/quarter must look like/, () => '季度格式如 2026Q4'],
  // domain rules (422) and states (409)
  [/unit of (quantity|capacity) (never changes|cannot change)/, () => '计量单位不能修改'],
  [/the window ends before it starts/, () => '结束日期不能早于开始日期'],
  [/window has already ended/, () => '时间窗口已结束'],
  [/is not an active organisation$/, () => '不是有效的组织'],
  [/lies outside the unit's district$/, () => '超出本单位所在区县'],
  [/is not an active grid of this organisation/, () => '不是本社区的有效网格'],
  [/only an open (need|offer) can be edited/, (m) => `只有待匹配的${m[1] === 'need' ? '需求' : '资源'}可以编辑`],
  [/a (\w+) need cannot be cancelled/, () => '该需求当前状态不能取消'],
  [/no longer has that much (remaining|capacity)/, () => '剩余数量不足'],
  [/project cannot be started/, () => '该项目当前状态不能开始'],
  [/project cannot be completed; start it first/, () => '请先开始项目，再完成'],
  [/only a completed project can be evaluated/, () => '只有已完成的项目可以评价'],
  [/not registered party members/, () => '不是已登记的党员'],
  [/the activity must end after it starts/, () => '结束时间必须晚于开始时间'],
  [/an activity lasts at most a week/, () => '活动最长一周'],
  [/at most ([\d.]+) hours: the length of the activity/, (m) => `最多 ${m[1]} 小时（活动时长）`],
  [/all (\d+) places are taken/, (m) => `${m[1]} 个名额已满`],
  [/the activity has not started/, () => '活动尚未开始'],
  [/the activity has finished/, () => '活动已结束'],
  [/the activity is (already )?cancelled/, () => '活动已取消'],
  [/attendance (is already recorded|has been recorded)/, () => '已记录出勤'],
  [/the member has already signed up/, () => '该党员已报名'],
  [/the member has not signed up|did not sign up for this activity/, () => '该党员未报名此活动'],
  [/only a claimed wish can be released/, () => '只有已认领的心愿可以释放'],
  [/the wish is already claimed/, () => '该心愿已被认领'],
  [/not a registered party member/, () => '不是已登记的党员'],
  [/only members of this community, or members who reported to it/, () => '该党员不属于本社区，也未向本社区双报到'],
  [/the member has not reported to a community/, () => '该党员尚未双报到'],
  [/the member already belongs to this branch/, () => '该党员已在此支部'],
  [/joinedPartyOn lies in the future/, () => '入党日期不能晚于今天'],
  [/this unit is already paired with this organisation|pairing already established/, () => '该单位已与此组织结对'],
  [/the pairing has already ended/, () => '结对已结束'],
  [/a unit pairs with an active grid or community/, () => '只能与有效的网格或社区结对'],
  [/the unit is already a member of this joint meeting/, () => '该单位已是联席会议成员'],
  [/the unit is not a member of this joint meeting/, () => '该单位不是联席会议成员'],
  [/no membership of this unit awaits confirmation/, () => '没有待确认的邀请或申请'],
  [/awaits confirmation/, () => '已有待对方确认的申请'],
  [/the side that proposed cannot answer itself/, () => '发起方不能自己确认'],
  [/only the side that proposed may withdraw/, () => '只有发起方可以撤回'],
  [/is (\w+), not proposed/, () => '该申请已处理'],
  [/a proposal is withdrawn or declined, not ended/, () => '待确认的结对请撤回或婉拒'],
  [/once the unit is a member of its joint meeting/, () => '该单位须先成为联席会议成员'],
  [
    /only the (organization|unit) side of this relationship may/,
    (m) => (m[1] === 'unit' ? '只有单位方可以办理' : '只有组织方可以办理'),
  ],
  [/only the organisation side or the unit side of this relationship/, () => '只有结对或联席会议的双方可以办理'],
  [/a run is scoped to an active district, street or community/, () => '匹配范围须为有效的区县、街道或社区'],
  [/a replay up to a past time cannot replace the live read model/, () => '截止到过去某时的重放不能替换当前读模型'],
  [/this replay has already been swapped in/, () => '该重放已替换读模型'],
  [/replay cannot be swapped in/, () => '该重放当前状态不能替换读模型'],
  [/the account is locked/, () => '账号已锁定，请 15 分钟后再试或联系区县管理员'],
  [/the balance is (\d+) points; (\d+) cannot be redeemed/, (m) => `积分余额为 ${m[1]}，不能兑换 ${m[2]} 积分`],
  [/a member belongs to a grid, a building or a unit's branch/, () => '党员须属于网格、楼栋或驻区单位的支部'],
  [/only administrators manage members/, () => '只有管理员可以管理党员'],
  [/need is already cancelled/, () => '需求已取消'],
  [/the (\w+) rotation is already published/, (m) => `${m[1]} 的轮值已发布`],
  [/a rotation needs at least one team/, () => '至少选择一支服务队'],
  [/there are no grids to serve/, () => '该组织下没有可服务的网格'],
  [/is not a team of this organisation/, () => '不是本组织或下级组织的服务队'],
  [/^already in the team$/, () => '该党员已在服务队中'],
  [/^not in the team$/, () => '该党员不在服务队中'],
  [/is outside the organisation scope of this account/, () => '超出本账号的管理范围'],
  [/^validation failed/, () => '输入有误'],
  [/is not a known|does not exist|not found$/, () => '不存在'],
  [/is dissolved$/, () => '已撤销'],
];

export function translateApiMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  for (const [pattern, zh] of RULES) {
    const m = message.match(pattern);
    if (m) return zh(m);
  }
  for (const [pattern, zh] of [...ADMIN_RULES, ...CONFLICTS, ...FORBIDDEN]) if (pattern.test(message)) return zh;
  return message;
}

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
    return `不能撤销：其下还有${parts.join('、')}。请先撤销或迁走下级组织、迁走驻区单位、处理完需求。`;
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
  const words = error.status === 403 ? FORBIDDEN : error.status === 409 ? CONFLICTS : [];
  for (const [pattern, zh] of words) if (pattern.test(error.message)) return zh;
  const translated = translateApiMessage(error.message, locale);
  // no English reaches a Chinese screen: a reason we cannot say in Chinese is left out
  return /[A-Za-z]{3,}/.test(translated) ? '' : translated;
}
