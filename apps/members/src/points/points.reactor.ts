import { Injectable, Logger } from '@nestjs/common';
import {
  MATCHING_EVENTS,
  type MicroWishFulfilledV1,
  type ProjectCompletedV1,
  type ProjectEvaluatedV1,
  VOLUNTEERING_EVENTS,
  type VolunteerHoursVerifiedV1,
} from '@gongjian/contracts';
import { causedBy, type EventEnvelope } from '@gongjian/eventing';
import { Commands, ProjectionRegistry, type Reactor } from '@gongjian/runtime';
import { MembersReadModels } from '../read-models';
import { ledgerAggregate, type LedgerCommand } from './ledger.decider';
import { POINTS_PER_PROJECT, POINTS_PER_WISH, pointsForHours } from './rules';
import { type PointsAwardedV1 } from '../member-events';

/**
 * 量化积分: turns verified service in other services into ledger entries (POINTS_RULE_TABLE). Exactly
 * once per source event: the ledger decider refuses a source event id it already holds, so a
 * redelivery appends nothing. Each entry carries the source's correlation id, and the source
 * event's id as causation, so the audit trail runs from the request that verified the service
 * to the member's points.
 */
@Injectable()
export class PointsReactor implements Reactor {
  readonly name = 'members.points';
  readonly handles = [
    VOLUNTEERING_EVENTS.hoursVerified,
    VOLUNTEERING_EVENTS.microWishFulfilled,
    MATCHING_EVENTS.projectCompleted,
    MATCHING_EVENTS.projectEvaluated,
  ];
  private readonly logger = new Logger('PointsReactor');
  private readonly ledgers;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    registry: ProjectionRegistry,
  ) {
    this.ledgers = commands.for(ledgerAggregate);
    registry.registerReactor(this);
  }

  async react(event: EventEnvelope): Promise<void> {
    const source = { eventId: event.eventId, type: event.type, streamId: event.streamId };
    const award = (memberId: string, rest: Omit<PointsAwardedV1, 'memberId' | 'source'>) =>
      this.apply(event, memberId, { type: 'AwardPoints', award: { memberId, source, ...rest } });
    switch (event.type) {
      case VOLUNTEERING_EVENTS.hoursVerified: {
        const d = event.data as VolunteerHoursVerifiedV1;
        return award(d.memberId, {
          points: pointsForHours(d.hours, d.pointsPerHour),
          rule: 'volunteer_hours',
          hours: d.hours,
          subjectId: d.activityId,
          title: (d as { title?: string }).title ?? '',
          orgId: d.orgId,
        });
      }
      case VOLUNTEERING_EVENTS.microWishFulfilled: {
        const d = event.data as MicroWishFulfilledV1;
        return award(d.memberId, {
          points: POINTS_PER_WISH,
          rule: 'micro_wish',
          hours: 0,
          subjectId: d.wishId,
          title: d.title,
          orgId: d.communityId,
        });
      }
      case MATCHING_EVENTS.projectCompleted: {
        const d = event.data as ProjectCompletedV1;
        for (const memberId of d.participantMemberIds ?? [])
          await award(memberId, {
            points: POINTS_PER_PROJECT,
            rule: 'project',
            hours: 0,
            subjectId: d.projectId,
            title: d.title,
            orgId: d.communityId,
          });
        return;
      }
      case MATCHING_EVENTS.projectEvaluated: {
        const d = event.data as ProjectEvaluatedV1;
        for (const memberId of d.participantMemberIds ?? [])
          await this.apply(event, memberId, {
            type: 'RecordEvaluation',
            evaluation: { memberId, projectId: d.projectId, score: d.score, source, orgId: d.communityId },
          });
        return;
      }
    }
  }

  private async apply(event: EventEnvelope, memberId: string, command: LedgerCommand): Promise<void> {
    const member = await this.readModels.members.get(memberId);
    if (!member) {
      this.logger.warn(`${event.type} ${event.eventId} names unknown member ${memberId}: no points`);
      return;
    }
    const context = causedBy(event, { actor: { accountId: 'system:members.points', role: 'system', orgId: null } });
    // a redemption may append to the same ledger at the same moment: re-read and decide again
    await this.ledgers.executeWithRetry(memberId, command, context, 10);
  }
}
