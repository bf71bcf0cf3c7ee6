import type { SiteLevel } from '../service-site.decider';

/** One standard of a checklist: what a rating marks met or not, with its evidence. */
export interface ChecklistItem {
  /** stable within a district's checklists: what a rating's answers name */
  id: string;
  name: string;
  description: string;
}

const item = (id: string, name: string, description: string): ChecklistItem => ({ id, name, description });

/**
 * The standards a district's sites are rated against until its admins edit them (version 1):
 * seed 002's 七个一 for 党群服务站 and 五个一 for 党群服务点, written from its six aspects (组织落实、
 * 人员配备、阵地建设、经费投入、制度规范、功能发挥), and the centre's own, from what the seed says the
 * street centres do.
 */
export const DEFAULT_CHECKLISTS: Record<SiteLevel, ChecklistItem[]> = {
  centre: [
    item('organisation', '组织落实', '由街镇党（工）委直接领导，承担区域化党建联席会议分会的日常工作'),
    item('staff', '人员配备', '事业编制5—8个，专职工作人员到岗'),
    item('premises', '阵地建设', '完成规范化建设，设党员工作室、党员议事厅、社区党校等功能区域'),
    item('funds', '经费投入', '区财政下拨的启动工作经费和分会成立经费到位，专款专用'),
    item('rules', '制度规范', '站点资源配送、指导考核和站点负责人定期培训制度健全'),
    item('functions', '功能发挥', '按站点需求配送党建资源，开展学习教育和公益项目'),
  ],
  station: [
    item('organisation', '一套组织体系', '站点党组织明确，纳入区域化党建联席会议，由站点负责人牵头'),
    item('staff', '一支骨干队伍', '择优选配站点负责人，党务干部、党小组长、党员志愿者轮值服务'),
    item('premises', '一处固定阵地', '有固定场所，统一“心联鑫”标识，功能室设置规范'),
    item('funds', '一笔运行经费', '每站每年工作经费不低于30万元，专款专用'),
    item('rules', '一套制度规范', '值班、议事、主题党日、台账等制度上墙并执行'),
    item('services', '一张服务清单', '公开服务项目和时间，定期开展学习教育、志愿服务、纠纷调解'),
    item('feedback', '一本民情台账', '社情民意有登记、有回应、有反馈'),
  ],
  point: [
    item('head', '一名点长', '由党小组长、村民小组长或网格信息员担任，接受考核'),
    item('place', '一个活动场所', '有固定的活动场所和统一标识'),
    item('funds', '一笔工作经费', '每点每年工作经费不低于2000元'),
    item('rules', '一套工作制度', '参加每月点上负责人工作会议，服务有台账'),
    item('service', '一项特色服务', '每月至少开展一次主题党日或志愿服务'),
  ],
};
