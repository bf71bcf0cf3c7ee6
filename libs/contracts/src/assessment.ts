/**
 * The code lists of assessment (issue 20), browser-safe for the console: the two indices, the
 * measures an indicator may take (the catalogue: what the assessment service counts from public
 * events), the periods, the statuses of an indicator set and the kinds of annual awards.
 */

/** 先锋指数 of party members, 堡垒指数 of party organisations (branches, and units' branches that paired). */
export const INDEX_KINDS = { pioneer: '先锋指数', bastion: '堡垒指数' } as const;
export type IndexKind = keyof typeof INDEX_KINDS;
export const INDEX_KIND_CODES = Object.keys(INDEX_KINDS) as IndexKind[];

export const ASSESSMENT_PERIODS = { quarter: '季度', year: '年度' } as const;
export type AssessmentPeriod = keyof typeof ASSESSMENT_PERIODS;
export const ASSESSMENT_PERIOD_CODES = Object.keys(ASSESSMENT_PERIODS) as AssessmentPeriod[];

/** What an indicator counts, with the unit of its value and the indices that may use it. */
export const MEASURES = {
  volunteer_hours: { label: '志愿服务时长', unit: '小时', indices: ['pioneer', 'bastion'], byCategory: true },
  wishes_fulfilled: { label: '实现微心愿', unit: '个', indices: ['pioneer', 'bastion'], byCategory: false },
  projects_served: { label: '参与共建项目', unit: '个', indices: ['pioneer'], byCategory: false },
  projects_completed: { label: '完成共建项目', unit: '个', indices: ['bastion'], byCategory: false },
  evaluation_points: {
    label: '群众评价（高于3分加、低于3分减）',
    unit: '分',
    indices: ['pioneer', 'bastion'],
    byCategory: false,
  },
  needs_served: { label: '服务群众需求', unit: '个', indices: ['bastion'], byCategory: true },
  meetings_held: { label: '召开联席会议', unit: '次', indices: ['bastion'], byCategory: false },
  meetings_attended: { label: '参加联席会议', unit: '次', indices: ['bastion'], byCategory: false },
} as const satisfies Record<string, { label: string; unit: string; indices: IndexKind[]; byCategory: boolean }>;
export type Measure = keyof typeof MEASURES;
export const MEASURE_CODES = Object.keys(MEASURES) as Measure[];

export const INDICATOR_SET_STATUSES = { draft: '草稿', published: '已发布' } as const;
export type IndicatorSetStatus = keyof typeof INDICATOR_SET_STATUSES;
export const INDICATOR_SET_STATUS_CODES = Object.keys(INDICATOR_SET_STATUSES) as IndicatorSetStatus[];

/** Annual awards, each proposed from one index's figures of a year. */
export const AWARD_KINDS = {
  pioneer_member: { label: '先锋党员', index: 'pioneer' },
  five_star_branch: { label: '五星党支部', index: 'bastion' },
} as const satisfies Record<string, { label: string; index: IndexKind }>;
export type AwardKind = keyof typeof AWARD_KINDS;
export const AWARD_KIND_CODES = Object.keys(AWARD_KINDS) as AwardKind[];

export const AWARD_STATUSES = { proposed: '待确认', confirmed: '已确认', rejected: '未通过' } as const;
export type AwardStatus = keyof typeof AWARD_STATUSES;
export const AWARD_STATUS_CODES = Object.keys(AWARD_STATUSES) as AwardStatus[];

/** The measures' names, by code: the console's labels (`label('measure', code)`). */
export const MEASURE_LABELS = Object.fromEntries(MEASURE_CODES.map((m) => [m, MEASURES[m].label])) as Record<
  Measure,
  string
>;
/** The awards' names, by code. */
export const AWARD_KIND_LABELS = Object.fromEntries(AWARD_KIND_CODES.map((k) => [k, AWARD_KINDS[k].label])) as Record<
  AwardKind,
  string
>;
