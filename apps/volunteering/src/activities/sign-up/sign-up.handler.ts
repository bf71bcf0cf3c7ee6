import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import type { Eligibility } from '../../eligibility';
import { type ActivityDocument, VolunteeringReadModels } from '../../read-models';
import {
  assertActsForVolunteer,
  mayServeActivity,
  organisationMayServe,
  residentMayServe,
} from '../../volunteering.policy';
import type { VolunteerRef } from '../attendance';
import { activityAggregate } from '../activity.decider';
import { ListActivitiesHandler } from '../list-activities/list-activities.handler';
import { assertHeadcountFits, volunteerOf } from '../volunteer.dto';
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

  /**
   * A volunteer signs up — a member or a resident for themself, a social organisation's contact
   * for it with its headcount, or the organisers for any of them — when the activity is open to
   * their kind, they may serve there, and places remain.
   */
  async execute(activityId: string, dto: SignUpDto, context: CommandContext) {
    const activity = await this.readModels.activities.require(activityId);
    const volunteer = volunteerOf(dto);
    await assertActsForVolunteer(context.actor, volunteer, activity, this.readModels, this.directory);
    assertHeadcountFits(dto);
    if (volunteer.kind === 'organisation' && dto.headcount === undefined)
      throw new DomainRuleViolation('a social organisation says how many people it sends', 'headcount_required', {
        field: 'headcount',
      });
    const eligibility = await this.eligibility(volunteer, activity);
    const now = new Date().toISOString();
    await this.activities.executeWithRetry(
      activityId,
      { type: 'SignUp', volunteer, headcount: dto.headcount, eligibility, now },
      context,
    );
    return this.query.get(activityId, context.actor);
  }

  private eligibility(volunteer: VolunteerRef, activity: ActivityDocument): Promise<Eligibility> {
    switch (volunteer.kind) {
      case 'member':
        return mayServeActivity(volunteer.id, activity, this.readModels, this.directory);
      case 'resident':
        return residentMayServe(volunteer.id, activity.communityId, this.readModels);
      case 'organisation':
        return organisationMayServe(volunteer.id, this.directory);
    }
  }
}
