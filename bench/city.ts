/**
 * A city as the scale-out benchmark models it (issue 22): 16 districts, 200 streets, 2,000
 * communities, 30,000 units and 500,000 members, and what their year makes — needs, offers,
 * activities, sign-ups, attendance and the points it earns. Seeded: the same seed gives the same
 * city and the same sequence of work, so two runs (one replica, two replicas) do the same things.
 */
export const CITY = {
  districts: 16,
  streets: 200,
  communities: 2_000,
  units: 30_000,
  members: 500_000,
} as const;

/** A small, fast, seeded generator (mulberry32): enough to spread work over a city. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = [
  'party_government',
  'public_institution',
  'state_enterprise',
  'private_enterprise',
  'social_organization',
];
const CATEGORIES = [
  'elderly_care',
  'education',
  'health',
  'legal',
  'employment',
  'environment',
  'culture_sports',
  'safety',
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';

/** Which street a community is in, which district a street is in: spread evenly, in order. */
export function streetOf(community: number, streets: number, communities: number): number {
  return Math.floor((community * streets) / communities);
}

export function districtOf(street: number, districts: number, streets: number): number {
  return Math.floor((street * districts) / streets);
}

/**
 * One round of a community's life, as one client plays it: a unit of the community registers, a
 * party member of its branch is enrolled, the community posts a need and the unit an offer, the
 * community publishes an activity, the member signs up and attends. Seven writes across four
 * services, three of which wait for another service to know what the write before made.
 */
export interface Round {
  community: number;
  unit: { name: string; sector: string };
  member: { name: string; phone: string; joinedPartyOn: string };
  need: { title: string; category: string; amount: number; urgency: string };
  offer: { title: string; category: string; amount: number };
  activity: { title: string; category: string; slots: number; pointsPerHour: number };
  hours: number;
}

/** The rounds of a run, drawn from the city: `round(k)` is the same for the same seed. */
export class CityWork {
  constructor(
    private readonly seed: number,
    private readonly communities: number,
  ) {}

  round(k: number): Round {
    const next = random(this.seed * 1_000_003 + k);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const community = Math.floor(next() * this.communities);
    const category = pick(CATEGORIES);
    // units and members are numbered within the city's totals: round k registers unit k, member k
    const unit = k % CITY.units;
    const member = k % CITY.members;
    return {
      community,
      unit: { name: `单位${unit + 1}号`, sector: pick(SECTORS) },
      member: {
        name: `${pick([...SURNAMES])}党员${member + 1}`,
        phone: `139${String(member).padStart(8, '0')}`,
        joinedPartyOn: `${1980 + Math.floor(next() * 40)}-07-01`,
      },
      need: {
        title: `社区需求${k + 1}`,
        category,
        amount: 4 + Math.floor(next() * 40),
        urgency: pick(['low', 'normal', 'high', 'critical']),
      },
      offer: { title: `单位服务${k + 1}`, category, amount: 10 + Math.floor(next() * 60) },
      activity: { title: `志愿活动${k + 1}`, category, slots: 5 + Math.floor(next() * 20), pointsPerHour: 10 },
      hours: 1 + Math.floor(next() * 4) / 2,
    };
  }
}
