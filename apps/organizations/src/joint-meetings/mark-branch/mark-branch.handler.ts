import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { GetJointMeetingHandler } from '../get-joint-meeting/get-joint-meeting.handler';
import { jointMeetingAggregate } from '../joint-meeting.decider';
import type { MarkBranchDto } from './mark-branch.dto';

@Injectable()
export class MarkBranchHandler {
  private readonly meetings;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: GetJointMeetingHandler,
  ) {
    this.meetings = commands.for(jointMeetingAggregate);
  }

  /** The district's admins mark a street's joint meeting as a branch (分会) of their district council. */
  async execute(orgId: string, dto: MarkBranchDto, context: CommandContext) {
    const street = await this.directory.get(orgId);
    if (!street) throw new NotFound(`organisation ${orgId} not found`);
    const council = await this.directory.ref(dto.councilOrgId);
    await assertAdminFor(context.actor, council ? council.id : orgId, this.directory);
    const org = { id: street._id, kind: street.kind, status: street.status };
    const command = { type: 'MarkBranch' as const, org, parentId: street.parentId, council };
    await this.meetings.execute(orgId, command, context);
    return this.query.jointMeeting(orgId);
  }
}
