import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { type ActivityDocument, VolunteeringReadModels } from '../../read-models';
import { assertActsForVolunteer } from '../../volunteering.policy';
import type { VolunteerRef } from '../attendance';
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

  /**
   * A volunteer takes their sign-up back (a member or resident themself, an organisation's
   * contact), or an organiser takes them off the list; before the activity ends and before they
   * checked in or their attendance was recorded (409 after).
   */
  async execute(activityId: string, volunteerId: string, context: CommandContext) {
    const activity = await this.readModels.activities.require(activityId);
    await assertActsForVolunteer(
      context.actor,
      kindOf(activity, volunteerId),
      activity,
      this.readModels,
      this.directory,
    );
    const now = new Date().toISOString();
    await this.activities.executeWithRetry(activityId, { type: 'CancelSignUp', volunteerId, now }, context);
    return this.query.get(activityId, context.actor);
  }
}

/** The volunteer the id names on the activity's lists (a member when on none: the decider says 409). */
function kindOf(activity: ActivityDocument, id: string): VolunteerRef {
  if ((activity.residents ?? []).includes(id)) return { kind: 'resident', id };
  if ((activity.organisations ?? []).some((o) => o.unitId === id)) return { kind: 'organisation', id };
  return { kind: 'member', id };
}
