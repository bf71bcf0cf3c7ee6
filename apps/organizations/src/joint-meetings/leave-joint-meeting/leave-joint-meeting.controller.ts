import { Body, Controller, Delete, HttpCode, Param } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { LeaveDto } from './leave-joint-meeting.dto';
import { LeaveJointMeetingHandler } from './leave-joint-meeting.handler';

@Controller('organizations/:id')
export class LeaveJointMeetingController {
  constructor(private readonly handler: LeaveJointMeetingHandler) {}

  /** Either side records that a member unit left. */
  @Delete('joint-meeting/members/:unitId')
  @HttpCode(200)
  leave(
    @Param('id') id: string,
    @Param('unitId') unitId: string,
    @Body() dto: LeaveDto,
    @Command() context: CommandContext,
  ) {
    return this.handler.execute(id, unitId, dto, context);
  }
}
