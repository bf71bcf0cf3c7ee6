import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { today } from '../../relation-sides';
import { GetJointMeetingHandler } from '../get-joint-meeting/get-joint-meeting.handler';
import { jointMeetingAggregate } from '../joint-meeting.decider';
import { answeringSides } from '../joint-meeting.policy';

@Injectable()
export class WithdrawMembershipHandler {
  private readonly meetings;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly query: GetJointMeetingHandler,
  ) {
    this.meetings = commands.for(jointMeetingAggregate);
  }

  /** The side that proposed withdraws. */
  async execute(orgId: string, unitId: string, context: CommandContext) {
    const membership = { orgId, unitId };
    const by = await answeringSides(
      context.actor,
      membership,
      'proposer',
      'withdraw',
      this.directory,
      this.readModels.jointMeetings,
    );
    await this.meetings.execute(orgId, { type: 'WithdrawJointMeetingMembership', unitId, by, today: today() }, context);
    return this.query.jointMeeting(orgId);
  }
}
