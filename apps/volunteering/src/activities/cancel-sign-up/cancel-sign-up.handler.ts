import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { activityAggregate } from '../activity.decider';
import { ListActivitiesHandler } from '../list-activities/list-activities.handler';

@Injectable()
export class CancelSignUpHandler {
  private readonly activities;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly query: ListActivitiesHandler,
  ) {
    this.activities = commands.for(activityAggregate);
  }

  /** An organiser takes a member off the list before the activity ends and before attendance (409 after). */
  async execute(activityId: string, memberId: string, context: CommandContext) {
    const activity = await this.readModels.activities.require(activityId);
    await assertAdminFor(context.actor, activity.orgId, this.directory);
    const now = new Date().toISOString();
    await this.activities.executeWithRetry(activityId, { type: 'CancelSignUp', memberId, now }, context);
    return this.query.get(activityId, context.actor);
  }
}
