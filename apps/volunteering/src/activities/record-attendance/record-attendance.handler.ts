import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { activityAggregate } from '../activity.decider';
import { ListActivitiesHandler } from '../list-activities/list-activities.handler';
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
   * The organiser records a signed-up member's attendance: the hours are verified
   * (VolunteerHoursVerified) and the members service awards the points.
   */
  async execute(activityId: string, dto: AttendanceDto, context: CommandContext) {
    const activity = await this.readModels.activities.require(activityId);
    await assertAdminFor(context.actor, activity.orgId, this.directory);
    await this.activities.executeWithRetry(
      activityId,
      { type: 'RecordAttendance', memberId: dto.memberId, hours: dto.hours, now: new Date().toISOString() },
      context,
    );
    return this.query.get(activityId, context.actor);
  }
}
