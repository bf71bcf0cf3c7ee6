import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AppointDto } from './appoint-part-time-member.dto';
import { AppointPartTimeMemberHandler } from './appoint-part-time-member.handler';
import { PART_TIME_MEMBERS } from '../../resources';

@Controller('organizations/:id')
export class AppointPartTimeMemberController {
  constructor(private readonly handler: AppointPartTimeMemberHandler) {}

  /** Appoints a person of a member unit to the committee (兼职委员) for a term. */
  @Post('part-time-members')
  @HttpCode(201)
  @Returns(PART_TIME_MEMBERS)
  appoint(@IdParam() id: string, @Body() dto: AppointDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
