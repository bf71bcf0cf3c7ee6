import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { requireSides, today } from '../../relation-sides';
import { GetJointMeetingHandler } from '../get-joint-meeting/get-joint-meeting.handler';
import { jointMeetingAggregate } from '../joint-meeting.decider';
import { meetingParties } from '../joint-meeting.policy';
import type { JoinDto } from './join-joint-meeting.dto';

@Injectable()
export class JoinJointMeetingHandler {
  private readonly meetings;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: GetJointMeetingHandler,
  ) {
    this.meetings = commands.for(jointMeetingAggregate);
  }

  /**
   * 联席会议 membership: the organisation side invites the unit, the unit side applies, and the
   * other side confirms later; an account over both sides makes the unit a member at once.
   */
  async execute(orgId: string, dto: JoinDto, context: CommandContext) {
    const by = await requireSides(context.actor, orgId, dto.unitId, this.directory);
    const [org, unit] = await meetingParties(this.directory, orgId, dto.unitId);
    const command = { type: 'JoinJointMeeting' as const, org, unit, joinedOn: dto.joinedOn, by, today: today() };
    await this.meetings.execute(orgId, command, context);
    return this.query.jointMeeting(orgId);
  }
}
