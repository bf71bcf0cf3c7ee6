import { translateAdminMessage } from './apiMessages.admin';
import { API_MESSAGE_RULES } from '@gongjian/contracts';
import type { Locale } from './messages';

/**
 * The API speaks English (class-validator, domain rules); the console shows its messages in the
 * person's language, through the one table of libs/contracts (the server writes an import's
 * rejected rows through it too). Known shapes are translated; anything else is shown as said.
 */
const RULES = API_MESSAGE_RULES;

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
  event_store_unavailable: '事件库暂不可用，请稍后重试（重试不会重复办理）',
  append_too_large: '一次提交的数据超过事件库的写入上限，请分批提交（如分成几个文件导入）',
  stream_deleted: '该对象的记录已在事件库中被删除，无法继续办理，请联系管理员从备份恢复',
  run_start_incomplete: '该次匹配运行未完整启动，无法继续记录，请重新发起匹配',
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
  unknown_merchant: '不是已登记的联盟商户',
  merchant_suspended: '该商户已暂停兑换',
  no_terms_in_force: '该商户的兑换规则尚未生效',
  monthly_cap_exceeded: '超过本月在该商户的兑换上限',
  redemption_not_reversible: '该兑换不能撤销',
  terms_not_after_current: '新规则的生效日期须不早于今天，且晚于已有规则的生效日期',
  statement_totals_differ: '月结单的净额与核对的金额不一致，请刷新后重新核对',
  month_in_future: '该月份尚未到来，还没有月结单',
  insufficient_funds: '余额不足：超出基金可用金额或预算结余',
  invalid_amount: '金额须大于零',
  target_outside_fund: '该项目不在本基金的资助范围内',
  unit_outside_fund: '该单位不在本基金所属区域内',
  unknown_micro_project: '微项目不存在',
  micro_project_closed: '该微项目已结项或已取消，不能再申请拨款',
  unknown_project: '共建项目不存在',
  unknown_allocation: '拨款不存在',
  allocation_not_approved: '该拨款尚未批准，不能认捐或支出',
  unknown_spending: '支出记录不存在',
  unknown_receipt: '未找到该票据，请重新上传',
  unsupported_receipt: '票据须为 JPG、PNG 照片或 PDF 扫描件',
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
  swap_under_way: '另一次重放结果正在替换读模型，请稍候再试',
  replicas_not_paused: '服务的其他副本未能及时暂停，本次替换未执行，读模型未改动，请稍后重试',
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
