import { Body, Controller, Delete, HttpCode } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { LeaveDto } from './leave-joint-meeting.dto';
import { LeaveJointMeetingHandler } from './leave-joint-meeting.handler';
import { JOINT_MEETING } from '../../resources';

@Controller('organizations/:id')
export class LeaveJointMeetingController {
  constructor(private readonly handler: LeaveJointMeetingHandler) {}

  /** Either side records that a member unit left. */
  @Delete('joint-meeting/members/:unitId')
  @HttpCode(200)
  @Returns(JOINT_MEETING)
  leave(
    @IdParam() id: string,
    @IdParam('unitId') unitId: string,
    @Body() dto: LeaveDto,
    @Command() context: CommandContext,
  ) {
    return this.handler.execute(id, unitId, dto, context);
  }
}
