import { Injectable, Logger } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { JOINT_MEETING_EVENTS, type JointMeetingDecisionRecordedV1 } from '@gongjian/contracts';
import {
  causedBy,
  ConcurrencyConflict,
  DomainRuleViolation,
  type EventEnvelope,
  InvalidStateTransition,
} from '@gongjian/eventing';
import { ProjectionRegistry, type Reactor } from '@gongjian/runtime';
import { MatchingReadModels } from '../../read-models';
import { AcceptProposalHandler } from '../accept-proposal/accept-proposal.handler';

/**
 * 大事共议 → 共建项目: a joint meeting's adopted decision (organizations) whose action item names
 * an open proposal of its owner unit accepts it here for both sides, under the project id chosen
 * at decision time, by the decision's recorder, caused by the decision; the project follows as for
 * any acceptance. Runs on the bus, at least once: a proposal no longer pending (accepted by an
 * earlier delivery of the same decision too) is left alone, so a redelivery creates nothing twice.
 * Nothing is created either when the proposal is not the owner unit's, its community lies outside
 * the meeting, or its reservation no longer fits (logged); the session shows the item's project
 * 待生成 for as long as matching has not announced it (ProjectCreated).
 */
@Injectable()
export class DecidedProjectsReactor implements Reactor {
  readonly name = 'matching.decided-projects';
  readonly handles = [JOINT_MEETING_EVENTS.decisionRecorded];
  private readonly logger = new Logger('DecidedProjectsReactor');

  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly accept: AcceptProposalHandler,
    registry: ProjectionRegistry,
  ) {
    registry.registerReactor(this);
  }

  async react(event: EventEnvelope): Promise<void> {
    const decision = event.data as JointMeetingDecisionRecordedV1;
    if (decision.outcome !== 'adopted') return;
    const context = causedBy(event);
    for (const decided of decision.projects ?? []) {
      const skip = (why: string) =>
        this.logger.warn(`decision ${decision.decisionId}: proposal ${decided.proposalId} not accepted: ${why}`);
      const proposal = await this.readModels.proposals.get(decided.proposalId);
      if (!proposal) {
        skip('no such proposal');
        continue;
      }
      if (proposal.unitId !== decided.unitId) {
        skip(`it is not unit ${decided.unitId}'s`);
        continue;
      }
      if (!(await this.directory.isWithin(proposal.communityId, decision.orgId))) {
        skip('its community lies outside the meeting');
        continue;
      }
      try {
        const accepted = await this.accept.acceptForBothSides(proposal, decided.projectId, context);
        if (!accepted && proposal.projectId !== decided.projectId) skip(`it is ${proposal.status}`);
      } catch (error) {
        // decided meanwhile (a concurrent delivery, or a side's own request): nothing more to do here
        if (error instanceof InvalidStateTransition || error instanceof ConcurrencyConflict) {
          skip(error.message);
          continue;
        }
        if (!(error instanceof DomainRuleViolation)) throw error;
        skip(error.message);
      }
    }
  }
}
