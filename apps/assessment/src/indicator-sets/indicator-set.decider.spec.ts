import { DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type IndicatorSetEvent, indicatorSetDecider } from './indicator-set.decider';

const spec = deciderSpecification(indicatorSetDecider);
const content = {
  name: '2027年先锋指数',
  period: 'quarter' as const,
  indicators: [{ measure: 'volunteer_hours' as const, category: null, weight: 3, cap: 60 }],
};
const drafted: IndicatorSetEvent = {
  type: 'assessment.IndicatorSetDrafted',
  data: { setId: 's1', index: 'pioneer', ...content },
};
const publish = (effectiveFrom: string, lastEffectiveFrom = '2000-01-01') => ({
  type: 'PublishSet' as const,
  effectiveFrom,
  today: '2026-12-07',
  lastEffectiveFrom,
});

describe('indicator set decider', () => {
  it('drafts a set whose indicators are measures of its index, a category only where counted by one', () => {
    spec.given([]).when({ type: 'DraftSet', set: drafted.data }).then([drafted]);
    const wrong = {
      ...content,
      indicators: [{ measure: 'meetings_held' as const, category: null, weight: 1, cap: null }],
    };
    spec
      .given([])
      .when({ type: 'DraftSet', set: { setId: 's1', index: 'pioneer', ...wrong } })
      .thenThrows(DomainRuleViolation, /not a measure of the pioneer index/);
    const category = {
      ...content,
      indicators: [{ measure: 'wishes_fulfilled' as const, category: 'health', weight: 1, cap: null }],
    };
    spec
      .given([])
      .when({ type: 'DraftSet', set: { setId: 's1', index: 'pioneer', ...category } })
      .thenThrows(DomainRuleViolation, /not counted by category/);
    spec
      .given([])
      .when({ type: 'DraftSet', set: { setId: 's1', index: 'pioneer', ...content, indicators: [] } })
      .thenThrows(DomainRuleViolation, /at least one indicator/);
  });

  it('publishes on the first day of a period, today or later, after the last published', () => {
    spec
      .given([drafted])
      .when(publish('2027-01-01'))
      .then([
        {
          type: 'assessment.IndicatorSetPublished',
          data: { setId: 's1', index: 'pioneer', effectiveFrom: '2027-01-01' },
        },
      ]);
    spec.given([drafted]).when(publish('2026-10-01')).thenThrows(DomainRuleViolation, /today/);
    spec
      .given([drafted])
      .when(publish('2027-01-15'))
      .thenThrows(DomainRuleViolation, /first day of a quarter/);
    spec
      .given([drafted])
      .when(publish('2027-04-01', '2027-04-01'))
      .thenThrows(DomainRuleViolation, /after the last/);
  });

  it('revises a draft only; a published set is never edited nor published again', () => {
    const published: IndicatorSetEvent = {
      type: 'assessment.IndicatorSetPublished',
      data: { setId: 's1', index: 'pioneer', effectiveFrom: '2027-01-01' },
    };
    spec
      .given([drafted])
      .when({ type: 'ReviseSet', content: { ...content, name: '改' } })
      .then([{ type: 'assessment.IndicatorSetRevised', data: { setId: 's1', ...content, name: '改' } }]);
    spec.given([drafted, published]).when({ type: 'ReviseSet', content }).thenThrows(InvalidStateTransition);
    spec.given([drafted, published]).when(publish('2027-04-01')).thenThrows(InvalidStateTransition);
  });
});
