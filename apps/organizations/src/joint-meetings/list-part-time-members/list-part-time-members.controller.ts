import { Controller, Get } from '@nestjs/common';
import { IdParam, Returns } from '@gongjian/http';
import { ListPartTimeMembersHandler } from './list-part-time-members.handler';
import { PART_TIME_MEMBERS } from '../../resources';

@Controller('organizations/:id')
export class ListPartTimeMembersController {
  constructor(private readonly handler: ListPartTimeMembersHandler) {}

  /** The committee's 兼职委员, past appointments with `endedOn`. */
  @Get('part-time-members')
  @Returns(PART_TIME_MEMBERS)
  partTimeMembers(@IdParam() id: string) {
    return this.handler.partTimeMembers(id);
  }
}
