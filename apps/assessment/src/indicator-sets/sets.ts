import { Injectable } from '@nestjs/common';
import type { IndexKind } from '@gongjian/contracts';
import { DomainRuleViolation, NotFound } from '@gongjian/eventing';
import { AssessmentReadModels, type IndicatorSetDocument } from '../read-models';
import { DEFAULT_SETS, type IndicatorSet, setInForce } from '../scoring/indicator-set';
import { kindOfPeriod, periodOf, periodStart } from '../scoring/periods';

export type KnownSet = IndicatorSet & { builtIn: boolean; version: number; publishedAt: string | null };

const fromDocument = ({ _id, version, draftedAt: _d, draftedBy: _b, ...doc }: IndicatorSetDocument): KnownSet => ({
  setId: _id,
  ...doc,
  builtIn: false,
  version,
});
const builtIn = (set: IndicatorSet): KnownSet => ({ ...set, builtIn: true, version: 0, publishedAt: null });

/** The indicator sets: the defaults in force from the beginning, and the ones the district drafted. */
@Injectable()
export class IndicatorSets {
  constructor(private readonly readModels: AssessmentReadModels) {}

  async all(index?: IndexKind): Promise<KnownSet[]> {
    const drafted = await this.readModels.sets.find(index ? { index } : {}, { sort: { draftedAt: 1 } });
    const defaults = Object.values(DEFAULT_SETS).filter((s) => !index || s.index === index);
    return [...defaults.map(builtIn), ...drafted.map(fromDocument)];
  }

  async get(setId: string): Promise<KnownSet> {
    const known = Object.values(DEFAULT_SETS).find((s) => s.setId === setId);
    if (known) return builtIn(known);
    const doc = await this.readModels.sets.get(setId);
    if (!doc) throw new NotFound(`indicator set ${setId} not found`);
    return fromDocument(doc);
  }

  /** The latest effective date published for an index (the defaults': the beginning). */
  async lastEffectiveFrom(index: IndexKind): Promise<string> {
    const published = (await this.all(index)).filter((s) => s.status === 'published');
    return published
      .map((s) => s.effectiveFrom!)
      .sort()
      .at(-1)!;
  }

  /**
   * The period asked (or the current one of the set in force today) and the set computing it:
   * 422 `period_not_of_set` when the set in force there counts by the other kind of period.
   */
  async forPeriod(
    index: IndexKind,
    period: string | undefined,
    today: string,
  ): Promise<{ set: KnownSet; period: string }> {
    const sets = await this.all(index);
    const asked = period ?? periodOf(today, setInForce(sets, today)!.period);
    const set = setInForce(sets, periodStart(asked))!;
    if (set.period !== kindOfPeriod(asked))
      throw new DomainRuleViolation(
        `the set in force for ${asked} (${set.name}) counts by ${set.period}`,
        'period_not_of_set',
        { field: 'period', setId: set.setId, setPeriod: set.period },
      );
    return { set, period: asked };
  }
}
