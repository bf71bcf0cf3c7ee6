import { DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type NeedDetails, type NeedEvent, needDecider } from './need.decider';

const details: NeedDetails = {
  communityId: 'c-1',
  gridId: null,
  title: '独居老人助餐',
  description: '',
  category: 'elderly_care',
  tags: ['助餐'],
  quantity: { amount: 40, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2026-12-31' },
  urgency: 'high',
};
const posted: NeedEvent = { type: 'matching.NeedPosted', data: { needId: 'n-1', ...details } };
const spec = deciderSpecification(needDecider);

describe('need decider', () => {
  it('posts a need', () =>
    spec.given([]).when({ type: 'PostNeed', needId: 'n-1', details, now: '2026-11-25T00:00:00Z' }).then([posted]));

  it('refuses a need whose window has already ended', () =>
    spec
      .given([])
      .when({ type: 'PostNeed', needId: 'n-1', details, now: '2027-01-01T00:00:00Z' })
      .thenThrows(DomainRuleViolation, /already ended/));

  it('refuses to post the same need twice', () =>
    spec
      .given([posted])
      .when({ type: 'PostNeed', needId: 'n-1', details, now: '2026-11-25T00:00:00Z' })
      .thenThrows(InvalidStateTransition));

  it('cancels an open need', () =>
    spec
      .given([posted])
      .when({ type: 'CancelNeed', reason: '已由街道解决' })
      .then([{ type: 'matching.NeedCancelled', data: { reason: '已由街道解决' } }]));

  it('refuses to cancel twice or a need that does not exist', () => {
    spec
      .given([posted, { type: 'matching.NeedCancelled', data: { reason: 'x' } }])
      .when({ type: 'CancelNeed', reason: 'y' })
      .thenThrows(InvalidStateTransition);
    spec.given([]).when({ type: 'CancelNeed', reason: 'y' }).thenThrows(NotFound);
  });

  it('edits an open need, never its unit, never once something is reserved', () => {
    const now = '2026-11-25T00:00:00Z';
    spec
      .given([posted])
      .when({ type: 'EditNeed', changes: { urgency: 'critical' }, now })
      .then([{ type: 'matching.NeedEdited', data: { urgency: 'critical' } }]);
    spec
      .given([posted])
      .when({ type: 'EditNeed', changes: { quantity: { amount: 3, unit: 'yuan' } }, now })
      .thenThrows(DomainRuleViolation, /unit/);
    spec
      .given([
        posted,
        { type: 'matching.NeedReserved', data: { proposalId: 'p', quantity: { amount: 5, unit: 'person_hours' } } },
      ])
      .when({ type: 'EditNeed', changes: { title: 'x' }, now })
      .thenThrows(InvalidStateTransition, /only an open need/);
  });
});
