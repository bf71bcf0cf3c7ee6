import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertOnSide, sidesOf } from '../../relation-sides';
import { jointMeetingAggregate } from '../joint-meeting.decider';
import { meetingParties } from '../joint-meeting.policy';
import { ListPartTimeMembersHandler } from '../list-part-time-members/list-part-time-members.handler';
import type { AppointDto } from './appoint-part-time-member.dto';

@Injectable()
export class AppointPartTimeMemberHandler {
  private readonly meetings;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListPartTimeMembersHandler,
  ) {
    this.meetings = commands.for(jointMeetingAggregate);
  }

  /**
   * The organisation side appoints people of member units (an account over both sides, of any
   * unit: the decider's `unit_not_a_member` otherwise).
   */
  async execute(orgId: string, dto: AppointDto, context: CommandContext) {
    const by = await sidesOf(context.actor, orgId, dto.unitId, this.directory);
    assertOnSide(by, 'organization', 'appoint committee members');
    const [org, unit] = await meetingParties(this.directory, orgId, dto.unitId);
    const command = {
      type: 'AppointPartTimeMember' as const,
      org,
      unit,
      by,
      appointmentId: newId(context),
      personName: dto.personName.trim(),
      position: dto.position.trim(),
      term: { from: dto.term.from, to: dto.term.to },
    };
    await this.meetings.execute(orgId, command, context);
    return this.query.partTimeMembers(orgId);
  }
}
