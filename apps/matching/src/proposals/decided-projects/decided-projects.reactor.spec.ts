import { DomainRuleViolation, type EventEnvelope } from '@gongjian/eventing';
import type { Directory } from '@gongjian/auth';
import type { ProjectionRegistry } from '@gongjian/runtime';
import type { MatchingReadModels } from '../../read-models';
import type { AcceptProposalHandler } from '../accept-proposal/accept-proposal.handler';
import { DecidedProjectsReactor } from './decided-projects.reactor';

const proposals: Record<string, { _id: string; unitId: string; communityId: string; status: string }> = {
  p1: { _id: 'p1', unitId: 'u1', communityId: 'c1', status: 'pending' },
  p2: { _id: 'p2', unitId: 'u2', communityId: 'c1', status: 'pending' },
  p3: { _id: 'p3', unitId: 'u1', communityId: 'c9', status: 'pending' },
};

function reactor(accept: jest.Mock) {
  const readModels = { proposals: { get: async (id: string) => proposals[id] ?? null } };
  const directory = { isWithin: async (id: string, root: string) => id === 'c1' && root === 's' };
  const registry = { registerReactor: () => undefined };
  return new DecidedProjectsReactor(
    readModels as unknown as MatchingReadModels,
    directory as unknown as Directory,
    { acceptForBothSides: accept } as unknown as AcceptProposalHandler,
    registry as unknown as ProjectionRegistry,
  );
}

const decision = (projects: object[], outcome = 'adopted') =>
  ({
    eventId: 'e1',
    type: 'organizations.JointMeetingDecisionRecorded',
    streamId: 'organizations.jointMeetingSession-x',
    occurredAt: '2026-12-07T00:00:00Z',
    correlationId: 'c',
    causationId: null,
    actor: { accountId: 'dongcheng', role: 'street_admin', orgId: 's' },
    data: { sessionId: 'x', orgId: 's', decisionId: 'd1', outcome, needs: [], projects },
  }) as unknown as EventEnvelope;

const item = (proposalId: string, unitId = 'u1') => ({
  actionItemId: `a-${proposalId}`,
  proposalId,
  projectId: `pj-${proposalId}`,
  unitId,
});

describe('decided projects (大事共议 → 共建项目)', () => {
  it('accepts a proposal of the named unit in the meeting, under the decided project id, by the decision', async () => {
    const accept = jest.fn().mockResolvedValue(true);
    await reactor(accept).react(decision([item('p1')]));
    expect(accept).toHaveBeenCalledTimes(1);
    const [proposal, projectId, context] = accept.mock.calls[0];
    expect(proposal._id).toBe('p1');
    expect(projectId).toBe('pj-p1');
    expect(context).toMatchObject({ actor: { accountId: 'dongcheng' }, correlationId: 'c', causationId: 'e1' });
  });

  it('accepts nothing for another unit’s proposal, one outside the meeting, an unknown one, or a decision not adopted', async () => {
    const accept = jest.fn().mockResolvedValue(true);
    await reactor(accept).react(decision([item('p2', 'u1'), item('p3'), item('nope')]));
    await reactor(accept).react(decision([item('p1')], 'rejected'));
    expect(accept).not.toHaveBeenCalled();
  });

  it('skips a reservation that no longer fits and goes on; other failures are retried', async () => {
    const accept = jest
      .fn()
      .mockRejectedValueOnce(new DomainRuleViolation('over capacity', 'insufficient_capacity'))
      .mockResolvedValue(true);
    await reactor(accept).react(decision([item('p1'), item('p1')]));
    expect(accept).toHaveBeenCalledTimes(2);
    const failing = jest.fn().mockRejectedValue(new Error('store down'));
    await expect(reactor(failing).react(decision([item('p1')]))).rejects.toThrow('store down');
  });
});
