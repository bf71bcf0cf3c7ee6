import { translateAdminMessage } from './apiMessages.admin';
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
  [
    /^(offer|need) is (withdrawn|expired|cancelled)$|^the (need) is (cancelled|expired)$/,
    (m) => {
      const what = (m[1] ?? m[3]) === 'offer' ? '资源' : '需求';
      const state = { withdrawn: '已撤回', expired: '已过期', cancelled: '已取消' }[(m[2] ?? m[4]) as string];
      return `该${what}${state}，不能再办理`;
    },
  ],
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
  [/a member belongs to a party branch or a unit's branch/, () => '党员须属于党支部（网格党支部）或驻区单位的支部'],
  [/only administrators manage members/, () => '只有管理员可以管理党员'],
  [/need is already cancelled/, () => '需求已取消'],
  [/the (\w+) rotation is already published/, (m) => `${m[1]} 的轮值已发布`],
  [/a rotation needs at least one team/, () => '至少选择一支服务队'],
  [/there are no grids to serve/, () => '该组织下没有可服务的网格'],
  [/is not a team of this organisation/, () => '不是本组织或下级组织的服务队'],
  [/^already in the team$/, () => '该党员已在服务队中'],
  [/^not in the team$/, () => '该党员不在服务队中'],
  [/is outside the organisation scope of this account/, () => '超出本账号的管理范围'],
  // the grid tier (issue 18)
  [/is already covered by/, () => '该网格或楼栋已由其他党组织覆盖'],
  [/lies outside the branch's community/, () => '网格不在该党支部所在的社区'],
  [/lies outside the grids of the party group's branch/, () => '楼栋不在党小组所属支部的网格内'],
  [/a party branch covers at least one grid/, () => '党支部至少覆盖一个网格'],
  [/a party (branch|group) hangs under a/, () => '党支部须在社区之下，党小组须在党支部之下'],
  [/the branch still holds party members or active party groups/, () => '该支部仍有党员或党小组，不能撤销'],
  [/the party groups of this branch cover buildings of/, () => '本支部的党小组覆盖了该网格的楼栋，不能移出'],
  [/a party group seats members of its own branch only/, () => '只能编入本支部的党员'],
  [/the member sits in the party group/, () => '该党员已编入其他党小组'],
  [/the member already sits in this party group/, () => '该党员已在本党小组'],
  [/members sit in a party group; a branch holds them/, () => '只有党小组可以编入党员'],
  [/is held in that time/, () => '该角色在此期间已有人担任'],
  [/already holds (this role|a term of this grid) in that time/, () => '任期与已有任期重叠'],
  [/is not a role of this district's grids/, () => '不是本区县网格的角色'],
  [/the term ends before it starts/, () => '任期结束日期不能早于开始日期'],
  [/the term already ends on/, () => '该任期已在更早的日期结束'],
  [/only a 网格长 or 网格员 term names a login account/, () => '只有网格长、网格员的任期可以关联登录账号'],
  [/is not a grid worker's/, () => '该账号不是网格员账号'],
  [/a grid worker's account belongs to the grid's community/, () => '网格员账号须属于该网格所在的社区'],
  [/is the 网格长 or 网格员, which every grid has/, () => '网格长、网格员是每个网格都有的角色，不列入“十员”'],
  [/the list names .* twice/, () => '角色代码或名称重复'],
  [/a 联建单元 is formed of/, () => '联建单元须由 10–20 户组成'],
  [/a 联建单元 has at most/, () => '联建单元最多 20 户'],
  [/lives outside the unit's building or grid/, () => '该户不在本联建单元的楼栋或网格'],
  [/the household \S+ is in the unit/, () => '该户已属于其他联建单元'],
  [/the household is already in this unit/, () => '该户已在本联建单元'],
  [/the rota is set up to/, () => '轮值已排到该月之后，请选择更晚的月份'],
  [/the unit has no household to take its turn/, () => '联建单元没有住户可以轮值'],
  [/no household is on duty in/, () => '该月尚未确定轮值户'],
  [/the duty was done outside/, () => '履职日期须在轮值月份内'],
  [/a household of this area is already labelled/, () => '本楼栋或网格已有此门牌的住户'],
  [/is not a known building or grid/, () => '不是有效的楼栋或网格'],
  [/is not a registered household/, () => '不是已登记的住户'],
  [/a 党员中心户 is a member of a grid's party branch/, () => '党员中心户须为网格党支部的党员'],
  [/lives outside the grids of the member's branch/, () => '该户不在该党员所在支部的网格内'],
  [/a 党员中心户 looks after 1 to/, () => '党员中心户联系 1–30 户'],
  [/the member is a 党员中心户 already/, () => '该党员已是党员中心户'],
  [/outside the grids of this grid worker's running terms/, () => '超出本网格员负责的网格'],
  [/a grid worker reads what lies in the grids of its running terms/, () => '网格员只能查看所负责网格的信息'],
  [/^validation failed/, () => '输入有误'],
  [/is not a known|does not exist|not found$/, () => '不存在'],
  [/is dissolved$/, () => '已撤销'],
];

/**
 * The error codes of the API (`error` of every answer: the typed errors of libs/eventing, the codes
 * of the domain rules) in Chinese: what a person reads when the message has no sentence of its own
 * above. A code the API adds without one here falls back to its status's words, never to English.
 */
export const CODE_MESSAGES: Record<string, string> = {
  forbidden: '无权执行此操作：超出本账号的角色或管理范围',
  not_found: '对象不存在或已删除',
  unauthorized: '登录已失效，请重新登录',
  too_many_requests: '操作过于频繁，请稍后再试',
  bad_request: '输入有误',
  invalid_state_transition: '当前状态不允许此操作，请刷新后重试',
  concurrency_conflict: '数据已被他人修改，请刷新后重试',
  idempotency_key_in_use: '同一请求正在处理中，请稍后重试',
  domain_rule_violation: '不符合业务规则',
  read_store_unavailable: '数据服务暂不可用，请稍后重试',
  organisation_dissolved: '该组织已撤销',
  organization_dissolved: '该组织已撤销',
  unknown_organisation: '组织不存在',
  unknown_community: '社区不存在',
  unknown_grid: '网格不存在',
  unknown_unit: '驻区单位不存在',
  unknown_branch: '支部不存在',
  unknown_member: '党员不存在',
  unknown_account: '账号不存在',
  unknown_team: '服务队不存在',
  window_ended: '时间窗口已结束',
  invalid_window: '结束日期不能早于开始日期',
  invalid_time: '时间无效',
  invalid_date: '日期无效',
  invalid_parent: '上级组织无效',
  invalid_org: '组织无效',
  invalid_scope: '匹配范围须为有效的区县、街道或社区',
  invalid_service_area: '服务范围无效',
  service_area_outside_district: '服务范围超出本单位所在区县',
  invalid_participant: '参与党员不属于本项目的单位或社区',
  invalid_pairing: '结对无效',
  invalid_location: '所在位置无效',
  invalid_branch: '支部无效',
  invalid_term: '任期无效',
  unit_changed: '计量单位不能修改',
  grid_outside_community: '该网格不属于此社区',
  insufficient_capacity: '资源剩余数量不足',
  insufficient_need_remaining: '需求剩余数量不足',
  insufficient_points: '积分余额不足',
  already_paired: '该单位已与此组织结对',
  already_proposed: '已有待对方确认的申请',
  activity_full: '名额已满',
  not_signed_up: '该党员未报名此活动',
  too_many_hours: '时长超过活动时长',
  not_in_service: '该党员不在职',
  same_branch: '该党员已在此支部',
  same_password: '新密码不能与当前密码相同',
  wrong_password: '当前密码不正确',
  role_org_mismatch: '角色与所属组织不匹配',
  unit_not_a_member: '该单位不是联席会议成员',
  not_empty: '该组织下仍有下级组织、单位或待匹配需求',
  no_teams: '至少选择一支服务队',
  no_grids: '该组织下没有可服务的网格',
  future_year: '不能评价未来的年度',
  run_interrupted: '匹配运行被中断，请稍后重试',
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;

export function translateApiMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  const administration = translateAdminMessage(message);
  if (administration) return administration;
  for (const [pattern, zh] of RULES) {
    const m = message.match(pattern);
    if (m) return zh(m);
  }
  return message;
}

/**
 * What a person reads of a failed call, in their language: the message's own Chinese sentence
 * (above), else its error code's, else nothing but `fallback` (the status's words) — in Chinese,
 * an English message of the API never reaches the screen.
 */
export function describeApiError(error: { message: string; code: string }, locale: Locale, fallback: string): string {
  if (locale === 'en') return error.message || fallback;
  const sentence = translateApiMessage(error.message, locale);
  if (HAS_CHINESE.test(sentence)) return sentence;
  return CODE_MESSAGES[error.code] ?? fallback;
}
