import { Injectable, Logger } from '@nestjs/common';
import { JOINT_MEETING_EVENTS, type JointMeetingDecisionRecordedV1 } from '@gongjian/contracts';
import { causedBy, DomainRuleViolation, type EventEnvelope, InvalidStateTransition } from '@gongjian/eventing';
import { Commands, ProjectionRegistry, type Reactor } from '@gongjian/runtime';
import { needAggregate } from '../need.decider';

/**
 * 大事共议 → 需求清单: a joint meeting's decision (organizations) that drafts needs has each posted
 * here under the id chosen at decision time, by the decision's recorder, caused by the decision
 * (its correlation id goes on). Runs on the bus, at least once: a need whose stream already exists
 * is not posted again, so a redelivered decision posts nothing twice. A draft that can no longer be
 * posted (its window ended while the event waited) is logged and skipped.
 */
@Injectable()
export class DecidedNeedsReactor implements Reactor {
  readonly name = 'matching.decided-needs';
  readonly handles = [JOINT_MEETING_EVENTS.decisionRecorded];
  private readonly logger = new Logger('DecidedNeedsReactor');
  private readonly needs;

  constructor(commands: Commands, registry: ProjectionRegistry) {
    this.needs = commands.for(needAggregate);
    registry.registerReactor(this);
  }

  async react(event: EventEnvelope): Promise<void> {
    const decision = event.data as JointMeetingDecisionRecordedV1;
    const context = causedBy(event);
    for (const draft of decision.needs ?? []) {
      if ((await this.needs.load(draft.needId)).revision >= 0) continue;
      const details = {
        communityId: draft.communityId,
        gridId: null,
        title: draft.title,
        description: draft.description,
        category: draft.category,
        tags: [],
        quantity: draft.quantity,
        window: draft.window,
        urgency: draft.urgency,
      };
      const command = { type: 'PostNeed' as const, needId: draft.needId, now: event.occurredAt, details };
      try {
        await this.needs.execute(draft.needId, command, context);
      } catch (error) {
        // posted meanwhile by a concurrent delivery of the same decision
        if (error instanceof InvalidStateTransition) continue;
        if (!(error instanceof DomainRuleViolation)) throw error;
        this.logger.warn(`decision ${decision.decisionId}: need ${draft.needId} not posted: ${error.message}`);
      }
    }
  }
}
