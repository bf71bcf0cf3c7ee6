import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { assertOrganises } from '../../volunteering.policy';
import { activityAggregate } from '../activity.decider';
import { ListActivitiesHandler } from '../list-activities/list-activities.handler';
import { assertHeadcountFits, volunteerOf } from '../volunteer.dto';
import type { AttendanceDto } from './record-attendance.dto';

@Injectable()
export class RecordAttendanceHandler {
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
   * The organiser (`assertOrganises`: the admins over the activity, the grid workers of its grid) records (or confirms) a signed-up volunteer's attendance: the hours given, or
   * those their check-in and check-out measured. A member's hours are verified publicly
   * (VolunteerHoursVerified) and the members service awards the points; a resident's are
   * recorded without points; a social organisation's as its people × hours.
   */
  async execute(activityId: string, dto: AttendanceDto, context: CommandContext) {
    const activity = await this.readModels.activities.require(activityId);
    await assertOrganises(context.actor, activity, this.directory);
    assertHeadcountFits(dto);
    const volunteer = volunteerOf(dto);
    await this.activities.executeWithRetry(
      activityId,
      {
        type: 'RecordAttendance',
        volunteer,
        hours: dto.hours,
        headcount: dto.headcount,
        now: new Date().toISOString(),
      },
      context,
    );
    return this.query.get(activityId, context.actor);
  }
}
