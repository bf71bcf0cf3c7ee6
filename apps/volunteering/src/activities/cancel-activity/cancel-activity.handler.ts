import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { activityAggregate } from '../activity.decider';
import { ListActivitiesHandler } from '../list-activities/list-activities.handler';
import type { CancelActivityDto } from './cancel-activity.dto';

@Injectable()
export class CancelActivityHandler {
  private readonly activities;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly query: ListActivitiesHandler,
  ) {
    this.activities = commands.for(activityAggregate);
  }

  /** An organiser calls the activity off; not once attendance is recorded (409). */
  async execute(activityId: string, dto: CancelActivityDto, context: CommandContext) {
    const activity = await this.readModels.activities.require(activityId);
    await assertAdminFor(context.actor, activity.orgId, this.directory);
    const reason = dto.reason?.trim() ?? '';
    await this.activities.executeWithRetry(
      activityId,
      { type: 'CancelActivity', reason, now: new Date().toISOString() },
      context,
    );
    return this.query.get(activityId, context.actor);
  }
}
