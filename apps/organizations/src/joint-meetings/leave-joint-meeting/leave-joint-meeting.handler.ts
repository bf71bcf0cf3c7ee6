import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { requireSides, today } from '../../relation-sides';
import { GetJointMeetingHandler } from '../get-joint-meeting/get-joint-meeting.handler';
import { jointMeetingAggregate } from '../joint-meeting.decider';
import type { LeaveDto } from './leave-joint-meeting.dto';

@Injectable()
export class LeaveJointMeetingHandler {
  private readonly meetings;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: GetJointMeetingHandler,
  ) {
    this.meetings = commands.for(jointMeetingAggregate);
  }

  /** Either side records the day a member left (not before it joined: the decider's `invalid_date`). */
  async execute(orgId: string, unitId: string, dto: LeaveDto, context: CommandContext) {
    await requireSides(context.actor, orgId, unitId, this.directory);
    await this.meetings.execute(orgId, { type: 'LeaveJointMeeting', unitId, leftOn: dto.leftOn ?? today() }, context);
    return this.query.jointMeeting(orgId);
  }
}
