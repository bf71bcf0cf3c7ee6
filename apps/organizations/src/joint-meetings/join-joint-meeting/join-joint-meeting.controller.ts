import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JoinDto } from './join-joint-meeting.dto';
import { JoinJointMeetingHandler } from './join-joint-meeting.handler';
import { JOINT_MEETING } from '../../resources';

@Controller('organizations/:id')
export class JoinJointMeetingController {
  constructor(private readonly handler: JoinJointMeetingHandler) {}

  /** An account over both sides adds the unit; one side invites it (organisation) or applies (unit). */
  @Post('joint-meeting/members')
  @HttpCode(201)
  @Returns(JOINT_MEETING)
  join(@IdParam() id: string, @Body() dto: JoinDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
