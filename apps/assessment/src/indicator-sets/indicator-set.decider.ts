import { type AssessmentPeriod, type IndexKind, MEASURES } from '@gongjian/contracts';
import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { ASSESSMENT_EVENTS as E } from '../assessment-events';
import type { Indicator } from '../scoring/indicator-set';
import { isPeriodStart } from '../scoring/periods';

export interface SetContent {
  name: string;
  period: AssessmentPeriod;
  indicators: Indicator[];
}
export interface SetDraftedV1 extends SetContent {
  setId: string;
  index: IndexKind;
}
export interface SetRevisedV1 extends SetContent {
  setId: string;
}
export interface SetPublishedV1 {
  setId: string;
  index: IndexKind;
  effectiveFrom: string;
}

export type IndicatorSetEvent =
  | { type: typeof E.setDrafted; data: SetDraftedV1 }
  | { type: typeof E.setRevised; data: SetRevisedV1 }
  | { type: typeof E.setPublished; data: SetPublishedV1 };

export type IndicatorSetCommand =
  | { type: 'DraftSet'; set: SetDraftedV1 }
  | { type: 'ReviseSet'; content: SetContent }
  /** `today`: China's day; `lastEffectiveFrom`: the latest effective date published for the index */
  | { type: 'PublishSet'; effectiveFrom: string; today: string; lastEffectiveFrom: string };

export type IndicatorSetState =
  { exists: false } | { exists: true; setId: string; index: IndexKind; period: AssessmentPeriod; published: boolean };

/** 422 unless every indicator takes a measure of the index, a category only where it counts by one, once each. */
export function checkIndicators(index: IndexKind, indicators: Indicator[]): void {
  const fail = (message: string, code: string, i: number) => {
    throw new DomainRuleViolation(message, code, { field: `indicators.${i}` });
  };
  if (indicators.length === 0)
    throw new DomainRuleViolation('a set has at least one indicator', 'no_indicators', { field: 'indicators' });
  const seen = new Set<string>();
  indicators.forEach((indicator, i) => {
    const measure = MEASURES[indicator.measure];
    if (!(measure.indices as readonly string[]).includes(index))
      fail(`${indicator.measure} is not a measure of the ${index} index`, 'measure_not_of_index', i);
    if (indicator.category && !measure.byCategory)
      fail(`${indicator.measure} is not counted by category`, 'measure_without_category', i);
    const key = `${indicator.measure}|${indicator.category ?? ''}`;
    if (seen.has(key)) fail(`${key} appears twice`, 'indicator_repeated', i);
    seen.add(key);
  });
}

/**
 * 考核指标体系: drafted by the district, revised while a draft, published once with the day it
 * takes effect — the first day of a period of its kind, today or later, after the effective date
 * of every set published before for the index (the history of sets is never rewritten).
 */
export const indicatorSetDecider: Decider<IndicatorSetCommand, IndicatorSetEvent, IndicatorSetState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    if (command.type === 'DraftSet') {
      if (state.exists) throw new InvalidStateTransition('the set is already drafted');
      checkIndicators(command.set.index, command.set.indicators);
      return [{ type: E.setDrafted, data: command.set }];
    }
    if (!state.exists) throw new InvalidStateTransition('no such indicator set');
    if (state.published) throw new InvalidStateTransition('the set is published: draft a new one');
    if (command.type === 'ReviseSet') {
      checkIndicators(state.index, command.content.indicators);
      return [{ type: E.setRevised, data: { setId: state.setId, ...command.content } }];
    }
    const { effectiveFrom, today, lastEffectiveFrom } = command;
    const field = { field: 'effectiveFrom' };
    if (effectiveFrom < today)
      throw new DomainRuleViolation(`a set takes effect today (${today}) or later`, 'effective_in_past', {
        ...field,
        today,
      });
    if (!isPeriodStart(effectiveFrom, state.period))
      throw new DomainRuleViolation(
        `a ${state.period} set takes effect on the first day of a ${state.period}`,
        'effective_not_period_start',
        field,
      );
    if (effectiveFrom <= lastEffectiveFrom)
      throw new DomainRuleViolation(
        `a set takes effect after the last one published (${lastEffectiveFrom})`,
        'effective_not_after_current',
        { ...field, lastEffectiveFrom },
      );
    return [{ type: E.setPublished, data: { setId: state.setId, index: state.index, effectiveFrom } }];
  },

  evolve(state, event) {
    switch (event.type) {
      case E.setDrafted:
        return {
          exists: true,
          setId: event.data.setId,
          index: event.data.index,
          period: event.data.period,
          published: false,
        };
      case E.setRevised:
        return state.exists ? { ...state, period: event.data.period } : state;
      case E.setPublished:
        return state.exists ? { ...state, published: true } : state;
    }
  },
};

export const indicatorSetStreamId = (setId: string) => `assessment.indicator-set-${setId}`;

export const indicatorSetAggregate = defineAggregate({
  name: 'indicator-set',
  decider: indicatorSetDecider,
  streamId: indicatorSetStreamId,
});
