import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { IndexKind } from '@gongjian/contracts';
import { IndicatorSets, type KnownSet } from '../indicator-sets/sets';
import { type IndicatorSet, setInForce } from '../scoring/indicator-set';
import { periodStart, quartersOf } from '../scoring/periods';
import { figureOf, type Ranked, rank, rankingOf, subjectsOf } from '../scoring/score';
import type { Tally } from '../scoring/tally';

/** Where a subject lies for scope: a member's branch, an organisation itself. */
export function orgOfSubject(tally: Tally, index: IndexKind, subjectId: string): string | null {
  return index === 'pioneer' ? (tally.members.get(subjectId)?.branchId ?? null) : subjectId;
}

/** The figures of a year: by a year set in force on 1 January, else the sum of its quarters' figures. */
export function yearFigures(
  tally: Tally,
  sets: IndicatorSet[],
  index: IndexKind,
  year: number,
  subjects: string[],
): { ranked: Ranked[]; setIds: string[] } {
  const atStart = setInForce(sets, `${year}-01-01`)!;
  if (atStart.period === 'year')
    return { ranked: rankingOf(tally, atStart, String(year), subjects), setIds: [atStart.setId] };
  const quarters = quartersOf(String(year)).map((q) => ({ q, set: setInForce(sets, periodStart(q))! }));
  const prefix = index === 'pioneer' ? 'm:' : 'o:';
  const figures = subjects.map((id) => {
    const parts = quarters.map(({ q, set }) => figureOf(id, tally.values(`${prefix}${id}`, q), set));
    const total = Math.round(parts.reduce((s, p) => s + p.index, 0) * 10) / 10;
    return { subjectId: id, index: total, breakdown: parts.flatMap((p) => p.breakdown) };
  });
  return { ranked: rank(figures), setIds: [...new Set(quarters.map(({ set }) => set.setId))] };
}

/** Names of the subjects: members' from their registration, organisations' from the directory. */
@Injectable()
export class Standings {
  constructor(
    readonly sets: IndicatorSets,
    private readonly directory: Directory,
  ) {}

  async nameOf(tally: Tally, index: IndexKind, subjectId: string): Promise<string | null> {
    if (index === 'pioneer') return tally.members.get(subjectId)?.name || null;
    return tally.orgs.get(subjectId)?.name ?? (await this.directory.get(subjectId))?.name ?? null;
  }

  async names(tally: Tally, index: IndexKind, ids: string[]): Promise<Map<string, string | null>> {
    const entries = await Promise.all(ids.map(async (id) => [id, await this.nameOf(tally, index, id)] as const));
    return new Map(entries);
  }

  /** The ranking of a period by the set in force for it, over every subject of the index. */
  async ranking(tally: Tally, index: IndexKind, period: string | undefined, today: string) {
    const { set, period: asked } = await this.sets.forPeriod(index, period, today);
    return { set, period: asked, ranked: rankingOf(tally, set, asked, subjectsOf(tally, index)) };
  }
}

export type { KnownSet };
