import type { Category, QuantityUnit, UnitSector, Urgency } from '@gongjian/contracts';

/**
 * The demo county as data, before any of it is sent: what `npm run demo:seed` posts through the
 * API (demo-seed.ts), and what the browser test of issue 17 writes as spreadsheets and imports
 * (test/console/district-setup.console.ts). Shaped after Lijin (DESIGN §1, seed 001) but named
 * apart from the README tour's 利津县: 1 county, 2 streets, 9 communities, 53 grids (第一网格… in
 * each community), 93 units of the sectors their names say (a hospital is a 事业单位), each paired
 * with a grid of its community, 106 party members (two a grid, in the 网格党支部 over it), 267 needs and 300 offers whose
 * titles say what is needed without repeating the community's name.
 */
export interface DemoCounty {
  district: string;
  streets: Array<{ name: string; communities: Array<{ name: string; grids: string[] }> }>;
  units: DemoUnit[];
  members: DemoMember[];
  needs: DemoNeed[];
  offers: DemoOffer[];
  /** one community admin a community (the seed creates them; the test does its own) */
  admins: Array<{ username: string; password: string; displayName: string; community: string }>;
}

export interface DemoUnit {
  name: string;
  sector: UnitSector;
  /** the community it is located in */
  community: string;
  /** the grid of its community it is paired with (结对共建) */
  grid: string;
}

export interface DemoMember {
  name: string;
  phone: string;
  community: string;
  /** the grid whose party branch (网格党支部, single-built over it) the member belongs to */
  grid: string;
  /** that branch's name: `branchName(community, grid)` */
  branch: string;
  joinedPartyOn: string;
}

/** The 网格党支部 over one grid (单独建): `城北第一网格党支部` — unique in the county. */
export const branchName = (community: string, grid: string) => `${community.replace(/社区$/, '')}${grid}党支部`;

export interface DemoNeed {
  /** 编码: the office's own number of the need (titles repeat: two grids' 独居老人助餐) */
  code: string;
  community: string;
  grid: string;
  title: string;
  category: Category;
  tags: string[];
  quantity: { amount: number; unit: QuantityUnit };
  window: { from: string; to: string };
  urgency: Urgency;
}

export interface DemoOffer {
  /** 编码: the unit's own number of the offer */
  code: string;
  unit: string;
  title: string;
  category: Category;
  tags: string[];
  capacity: { amount: number; unit: QuantityUnit };
  window: { from: string; to: string };
  /** the county or the unit's street, by name */
  serviceArea: string[];
}

const DISTRICT = '津源县';
const STREETS: Array<[string, string[]]> = [
  ['城关街道', ['城北社区', '城南社区', '津苑社区', '东关社区', '西关社区']],
  ['凤凰城街道', ['凤凰社区', '滨河社区', '利民社区', '和谐社区']],
];
const GRIDS_PER_COMMUNITY = [6, 6, 6, 6, 6, 6, 6, 6, 5]; // 53
const GRID_NAMES = ['第一网格', '第二网格', '第三网格', '第四网格', '第五网格', '第六网格'];

/** The units every community has, by the sector their kind belongs to, and what each offers. */
const COMMUNITY_UNITS: Array<{ kind: string; sector: UnitSector; offers: OfferKind[] }> = [
  { kind: '卫生服务站', sector: 'public_institution', offers: [['慢病老人上门随访', 'health', '随访']] },
  { kind: '小学', sector: 'public_institution', offers: [['四点半课堂辅导', 'education', '课业辅导']] },
  { kind: '幼儿园', sector: 'public_institution', offers: [['家庭教育讲座', 'education', '家庭教育']] },
  { kind: '派出所', sector: 'party_government', offers: [['防诈骗宣传进楼院', 'safety', '防诈骗']] },
  { kind: '供电所', sector: 'state_enterprise', offers: [['居民用电安全检修', 'property', '维修']] },
  { kind: '邮政所', sector: 'state_enterprise', offers: [['独居老人代购代寄', 'elderly_care', '上门探访']] },
  { kind: '物业服务公司', sector: 'private_enterprise', offers: [['楼道清理与绿化', 'environment', '楼道清理']] },
  { kind: '惠民超市', sector: 'private_enterprise', offers: [['爱心助餐送菜上门', 'elderly_care', '助餐']] },
  { kind: '社工服务站', sector: 'social_organization', offers: [['困难家庭就业指导', 'employment', '创业指导']] },
  { kind: '志愿者协会', sector: 'social_organization', offers: [['广场文艺演出', 'culture_sports', '文艺演出']] },
];
/** The county's own institutions, located in a community of the town. */
const COUNTY_UNITS: Array<{ name: string; sector: UnitSector; community: number; offers: OfferKind[] }> = [
  {
    name: '津源县人民医院',
    sector: 'public_institution',
    community: 0,
    offers: [['专家义诊进社区', 'health', '义诊']],
  },
  { name: '津源县税务局', sector: 'party_government', community: 5, offers: [['普法与税收宣传', 'legal', '普法']] },
  {
    name: '国网津源县供电公司',
    sector: 'state_enterprise',
    community: 1,
    offers: [['老旧小区线路改造', 'environment', '楼道清理']],
  },
];
/** A unit's general offers, beside those of its kind: volunteers, a legal clinic, tutoring. */
const GENERAL_OFFERS: OfferKind[] = [
  ['党员志愿者服务', 'elderly_care', '上门探访'],
  ['职工法律咨询服务', 'legal', '法律咨询'],
  ['周末课业辅导志愿服务', 'education', '课业辅导'],
  ['职工义务劳动', 'environment', '绿化'],
];
type OfferKind = [title: string, category: Category, tag: string];

/** What communities ask for, by category, as need lists word it. */
const NEED_KINDS: Array<[Category, Array<[string, string]>]> = [
  [
    'elderly_care',
    [
      ['独居老人助餐', '助餐'],
      ['高龄老人上门探访', '上门探访'],
      ['失能老人陪诊', '陪诊'],
    ],
  ],
  [
    'education',
    [
      ['留守儿童课业辅导', '课业辅导'],
      ['青少年暑期托管', '课业辅导'],
    ],
  ],
  [
    'health',
    [
      ['慢病老人上门体检', '义诊'],
      ['居民健康讲座', '健康讲座'],
    ],
  ],
  [
    'legal',
    [
      ['物业纠纷法律咨询', '法律咨询'],
      ['老年人防诈骗普法', '普法'],
    ],
  ],
  [
    'employment',
    [
      ['失业人员技能培训', '技能培训'],
      ['困难家庭就业帮扶', '创业指导'],
    ],
  ],
  [
    'environment',
    [
      ['老旧小区环境整治', '楼道清理'],
      ['背街小巷绿化补植', '绿化'],
    ],
  ],
  [
    'culture_sports',
    [
      ['重阳节文艺汇演', '文艺演出'],
      ['广场舞队伍指导', '健身'],
    ],
  ],
];

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN = [
  '建国',
  '秀英',
  '志强',
  '丽娟',
  '海燕',
  '国庆',
  '桂兰',
  '卫东',
  '春梅',
  '振华',
  '红梅',
  '玉兰',
  '立新',
  '淑珍',
  '春生',
  '晓东',
  '爱华',
  '金凤',
  '永刚',
  '文静',
];

/** The county, the same on every call. */
export function demoCounty(): DemoCounty {
  const communities = STREETS.flatMap(([street, names]) => names.map((name) => ({ street, name })));
  const streets = STREETS.map(([name, names]) => ({
    name,
    communities: names.map((community) => {
      const i = communities.findIndex((c) => c.name === community);
      return { name: community, grids: GRID_NAMES.slice(0, GRIDS_PER_COMMUNITY[i]) };
    }),
  }));
  const gridsOf = (c: number) => GRID_NAMES.slice(0, GRIDS_PER_COMMUNITY[c]);
  const streetOf = (community: string) => communities.find((c) => c.name === community)!.street;

  const units: Array<DemoUnit & { offers: OfferKind[] }> = [];
  for (const [c, community] of communities.entries())
    for (const [k, kind] of COMMUNITY_UNITS.entries())
      units.push({
        name: `${community.name.replace(/社区$/, '')}${kind.kind}`,
        sector: kind.sector,
        community: community.name,
        grid: gridsOf(c)[k % gridsOf(c).length],
        offers: kind.offers,
      });
  for (const unit of COUNTY_UNITS)
    units.push({ ...unit, community: communities[unit.community].name, grid: gridsOf(unit.community)[0] });

  const members: DemoMember[] = [];
  for (const [c, community] of communities.entries())
    for (const grid of gridsOf(c))
      for (let k = 0; k < 2; k++) {
        const i = members.length;
        members.push({
          name: SURNAMES[i % 20] + GIVEN[(Math.floor(i / 20) + i) % 20],
          phone: `139${String(54_300_000 + i * 3_779).padStart(8, '0')}`,
          community: community.name,
          grid,
          branch: branchName(community.name, grid),
          joinedPartyOn: `${1978 + ((i * 7) % 45)}-${String((i % 12) + 1).padStart(2, '0')}-${String(((i * 3) % 28) + 1).padStart(2, '0')}`,
        });
      }

  const needs: DemoNeed[] = [];
  for (let k = 0; k < 267; k++) {
    const c = (k * 7) % communities.length;
    const [category, titles] = NEED_KINDS[k % NEED_KINDS.length];
    const [title, tag] = titles[Math.floor(k / NEED_KINDS.length) % titles.length];
    needs.push({
      code: `XQ-${String(k + 1).padStart(3, '0')}`,
      community: communities[c].name,
      grid: gridsOf(c)[k % gridsOf(c).length],
      title,
      category,
      tags: [tag],
      quantity: { amount: 10 + ((k * 13) % 50), unit: 'person_hours' },
      window: { from: '2026-12-01', to: '2027-06-30' },
      urgency: (['normal', 'high', 'normal', 'low', 'normal', 'critical'] as const)[k % 6],
    });
  }

  const offers: DemoOffer[] = [];
  for (let k = 0; k < 300; k++) {
    const unit = units[k % units.length];
    const round = Math.floor(k / units.length);
    const [title, category, tag] =
      round === 0 ? unit.offers[0] : GENERAL_OFFERS[(round - 1 + k) % GENERAL_OFFERS.length];
    offers.push({
      code: `ZY-${String(k + 1).padStart(3, '0')}`,
      unit: unit.name,
      title,
      category,
      tags: [tag],
      capacity: { amount: 20 + ((k * 17) % 60), unit: 'person_hours' },
      window: { from: '2026-11-01', to: '2027-12-31' },
      serviceArea: [k % 3 === 0 ? DISTRICT : streetOf(unit.community)],
    });
  }

  return {
    district: DISTRICT,
    streets,
    units: units.map(({ offers: _, ...unit }) => unit),
    members,
    needs,
    offers,
    admins: communities.map((c, i) => ({
      username: `community-${i + 1}`,
      password: `community-${i + 1}-password`,
      displayName: `${c.name}书记`,
      community: c.name,
    })),
  };
}
