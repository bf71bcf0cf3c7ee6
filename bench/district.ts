import type { Category, QuantityUnit, Urgency } from '@gongjian/contracts';
import type { NeedInput, OfferInput } from '../apps/matching/src/engine/engine';

/**
 * A generated district for the matching benchmark, seeded so every run matches the same instance.
 * Shaped after the districts in DESIGN §1 (Jinshan: 11 streets, 230 stations): communities of
 * uneven size grouped in streets of uneven size, needs posted in proportion to a community's size,
 * categories as common as they are on real need lists, units of quantity that follow the category,
 * windows of a few weeks to a season (so the window rule excludes pairs), and units located in a
 * community or a street serving their community (32 %), their street (48 %) or the district (20 %).
 */
export interface DistrictShape {
  needs: number;
  offers: number;
  communities: number;
  /** default: one street per 25 communities */
  streets?: number;
}

/** Relative frequency of each category on need lists and on resource lists. */
const CATEGORIES: Array<[Category, number, number]> = [
  ['elderly_care', 18, 10],
  ['education', 12, 12],
  ['health', 10, 9],
  ['legal', 5, 8],
  ['employment', 7, 6],
  ['environment', 9, 8],
  ['culture_sports', 9, 10],
  ['safety', 6, 6],
  ['venue', 5, 8],
  ['funding', 6, 7],
  ['volunteers', 7, 9],
  ['property', 4, 5],
  ['other', 2, 2],
];

const TAGS: Record<Category, string[]> = {
  elderly_care: ['助餐', '助浴', '陪诊', '上门探访', '适老化改造'],
  education: ['课业辅导', '四点半课堂', '科普', '家庭教育'],
  health: ['义诊', '健康讲座', '慢病随访', '心理疏导'],
  legal: ['法律咨询', '调解', '普法'],
  employment: ['技能培训', '招聘会', '创业指导'],
  environment: ['垃圾分类', '绿化', '楼道清理', '河道保洁'],
  culture_sports: ['文艺演出', '健身', '书画', '观影'],
  safety: ['消防', '巡逻', '防诈骗'],
  venue: ['会议室', '活动室', '运动场'],
  funding: ['微心愿', '困难帮扶', '活动经费'],
  volunteers: ['志愿服务', '结对帮扶', '应急'],
  property: ['维修', '家电', '理发'],
  other: ['其他'],
};

/** Amounts per unit of quantity: a need's [min, max], an offer's [min, max], whole steps. */
const AMOUNTS: Record<QuantityUnit, { need: [number, number]; offer: [number, number]; step: number }> = {
  person_hours: { need: [4, 60], offer: [20, 200], step: 1 },
  yuan: { need: [500, 20_000], offer: [5_000, 80_000], step: 100 },
  venue_hours: { need: [2, 24], offer: [20, 160], step: 1 },
  items: { need: [10, 200], offer: [50, 800], step: 5 },
  sessions: { need: [1, 8], offer: [2, 24], step: 1 },
};

const URGENCY: Array<[Urgency, number]> = [
  ['low', 30],
  ['normal', 40],
  ['high', 20],
  ['critical', 10],
];

const DAY = 86_400_000;

/** mulberry32: small, fast and good enough to draw an instance from a seed. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDistrict(shape: DistrictShape, seed = 20261125): { needs: NeedInput[]; offers: OfferInput[] } {
  const random = rng(seed);
  const draw = new Draw(random);
  const communities = layout(shape, draw);
  const sizes = communities.map((c) => c.size);
  const needs = Array.from({ length: shape.needs }, (_, i): NeedInput => {
    const c = communities[draw.weighted(sizes)];
    const category = draw.weightedPick(CATEGORIES.map(([code, need]) => [code, need]));
    const unit = unitOf(category, random);
    const from = Date.UTC(2026, 11, 1) + draw.int(0, 180) * DAY;
    return {
      id: `n${String(i).padStart(6, '0')}`,
      communityId: c.id,
      gridId: random() < 0.8 ? `${c.id}-g${draw.int(1, c.grids)}` : null,
      category,
      tags: draw.some(TAGS[category], 1, 3),
      remaining: { amount: draw.amount(AMOUNTS[unit].need, AMOUNTS[unit].step), unit },
      window: { from: day(from), to: day(from + draw.int(14, 120) * DAY) },
      urgency: draw.weightedPick(URGENCY),
      lineage: ['d', c.street, c.id],
    };
  });
  const offers = Array.from({ length: shape.offers }, (_, j): OfferInput => {
    const home = communities[draw.int(0, communities.length - 1)];
    const inCommunity = random() < 0.75;
    const areaDraw = random();
    const area = areaDraw < 0.2 ? 'd' : areaDraw < 0.68 ? home.street : home.id;
    const category = draw.weightedPick(CATEGORIES.map(([code, , offer]) => [code, offer]));
    const unit = unitOf(category, random);
    const from = Date.UTC(2026, 10, 1) + draw.int(0, 240) * DAY;
    const paired = draw.sameStreet(communities, home);
    return {
      id: `o${String(j).padStart(6, '0')}`,
      unitId: `u${String(j % Math.ceil(shape.offers / 2)).padStart(5, '0')}`,
      category,
      tags: draw.some(TAGS[category], 1, 3),
      remaining: { amount: draw.amount(AMOUNTS[unit].offer, AMOUNTS[unit].step), unit },
      window: { from: day(from), to: day(from + draw.int(60, 365) * DAY) },
      serviceArea: [area],
      unitLineage: inCommunity ? ['d', home.street, home.id] : ['d', home.street],
      pairedOrgIds: random() < 0.3 ? [random() < 0.5 ? paired.id : `${paired.id}-g${draw.int(1, paired.grids)}`] : [],
      meanEvaluation: random() < 0.5 ? null : Math.round((1 + random() * 4) * 100) / 100,
    };
  });
  return { needs, offers };
}

interface Community {
  id: string;
  street: string;
  /** relative number of residents, so of needs */
  size: number;
  grids: number;
}

/** Streets of 10 to 40 communities (about), communities of 0.3× to 3× the mean size. */
function layout(shape: DistrictShape, draw: Draw): Community[] {
  const streets = shape.streets ?? Math.ceil(shape.communities / 25);
  const weights = Array.from({ length: streets }, () => 0.4 + draw.random() * 1.2);
  const total = weights.reduce((a, b) => a + b, 0);
  const communities: Community[] = [];
  let street = 0;
  let upTo = weights[0] / total;
  for (let c = 0; c < shape.communities; c++) {
    // community c goes to the street its position falls in, every street keeping at least one
    while (street < streets - 1 && (c + 0.5) / shape.communities > upTo && shape.communities - c > streets - street - 1)
      upTo += weights[++street] / total;
    communities.push({
      id: `c${String(c + 1).padStart(3, '0')}`,
      street: `s${String(street + 1).padStart(2, '0')}`,
      size: Math.exp((draw.random() + draw.random() + draw.random() - 1.5) * 1.2),
      grids: draw.int(4, 9),
    });
  }
  return communities;
}

/** The unit of quantity a category is counted in (some categories in two). */
function unitOf(category: Category, random: () => number): QuantityUnit {
  switch (category) {
    case 'funding':
      return 'yuan';
    case 'venue':
      return 'venue_hours';
    case 'culture_sports':
      return random() < 0.6 ? 'sessions' : 'person_hours';
    case 'property':
    case 'other':
      return random() < 0.5 ? 'items' : 'person_hours';
    case 'elderly_care':
      return random() < 0.15 ? 'items' : 'person_hours';
    default:
      return 'person_hours';
  }
}

class Draw {
  constructor(readonly random: () => number) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  amount([min, max]: [number, number], step: number): number {
    return this.int(min / step, max / step) * step;
  }

  weighted(weights: number[]): number {
    let r = this.random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
    return weights.length - 1;
  }

  weightedPick<T>(entries: Array<[T, number]>): T {
    return entries[this.weighted(entries.map(([, w]) => w))][0];
  }

  /** between min and max distinct items of `xs`, in the order of `xs` */
  some<T>(xs: T[], min: number, max: number): T[] {
    const count = Math.min(xs.length, this.int(min, max));
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(this.int(0, xs.length - 1));
    return xs.filter((_, i) => chosen.has(i));
  }

  sameStreet(communities: Community[], home: Community): Community {
    const street = communities.filter((c) => c.street === home.street);
    return street[this.int(0, street.length - 1)];
  }
}

function day(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
