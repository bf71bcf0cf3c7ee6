import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { mayServeIn } from '../../volunteering.policy';
import { activityAggregate } from '../activity.decider';
import { ListActivitiesHandler } from '../list-activities/list-activities.handler';
import type { SignUpDto } from './sign-up.dto';

@Injectable()
export class SignUpHandler {
  private readonly activities;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly query: ListActivitiesHandler,
  ) {
    this.activities = commands.for(activityAggregate);
  }

  /** An organiser signs a member up: one who may serve in the activity's community, while places remain. */
  async execute(activityId: string, dto: SignUpDto, context: CommandContext) {
    const activity = await this.readModels.activities.require(activityId);
    await assertAdminFor(context.actor, activity.orgId, this.directory);
    const eligibility = await mayServeIn(dto.memberId, activity.communityId, this.readModels, this.directory);
    const now = new Date().toISOString();
    await this.activities.executeWithRetry(
      activityId,
      { type: 'SignUp', memberId: dto.memberId, eligibility, now },
      context,
    );
    return this.query.get(activityId, context.actor);
  }
}
