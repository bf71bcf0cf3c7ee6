import { InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type AwardEvent, awardDecider } from './award.decider';

const spec = deciderSpecification(awardDecider);
const award = {
  awardId: 'a1',
  kind: 'pioneer_member' as const,
  year: 2026,
  subjectId: 'm1',
  subjectOrgId: 'b1',
  scopeOrgId: null,
  rank: 1,
  index: 120,
  setIds: ['pioneer-default'],
};
const proposed: AwardEvent = { type: 'assessment.AwardProposed', data: award };

describe('award decider', () => {
  it('proposes once, then the district confirms or rejects it, once', () => {
    spec.given([]).when({ type: 'ProposeAward', award }).then([proposed]);
    spec.given([proposed]).when({ type: 'ProposeAward', award }).thenThrows(InvalidStateTransition);
    spec
      .given([proposed])
      .when({ type: 'ConfirmAward', reason: '' })
      .then([{ type: 'assessment.AwardConfirmed', data: { awardId: 'a1', reason: '' } }]);
    spec
      .given([proposed])
      .when({ type: 'RejectAward', reason: '材料不全' })
      .then([{ type: 'assessment.AwardRejected', data: { awardId: 'a1', reason: '材料不全' } }]);
    const confirmed: AwardEvent = { type: 'assessment.AwardConfirmed', data: { awardId: 'a1', reason: '' } };
    spec.given([proposed, confirmed]).when({ type: 'RejectAward', reason: 'x' }).thenThrows(InvalidStateTransition);
    spec.given([]).when({ type: 'ConfirmAward', reason: '' }).thenThrows(InvalidStateTransition);
  });
});
