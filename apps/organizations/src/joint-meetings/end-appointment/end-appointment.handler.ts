import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { requireSides, today } from '../../relation-sides';
import { jointMeetingAggregate } from '../joint-meeting.decider';
import { ListPartTimeMembersHandler } from '../list-part-time-members/list-part-time-members.handler';

@Injectable()
export class EndAppointmentHandler {
  private readonly meetings;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly query: ListPartTimeMembersHandler,
  ) {
    this.meetings = commands.for(jointMeetingAggregate);
  }

  /** Either side of the appointed person's unit ends the appointment. */
  async execute(orgId: string, appointmentId: string, context: CommandContext) {
    const meeting = await this.readModels.jointMeetings.get(orgId);
    const appointment = meeting?.partTimeMembers.find((p) => p.appointmentId === appointmentId);
    // an unknown appointment: only the organisation side learns that it does not exist (404)
    await requireSides(context.actor, orgId, appointment?.unitId ?? orgId, this.directory);
    await this.meetings.execute(orgId, { type: 'EndAppointment', appointmentId, endedOn: today() }, context);
    return this.query.partTimeMembers(orgId);
  }
}
