import { Controller, Get } from '@nestjs/common';
import { IdParam } from '@gongjian/http';
import { ListPartTimeMembersHandler } from './list-part-time-members.handler';

@Controller('organizations/:id')
export class ListPartTimeMembersController {
  constructor(private readonly handler: ListPartTimeMembersHandler) {}

  /** The committee's 兼职委员, past appointments with `endedOn`. */
  @Get('part-time-members')
  partTimeMembers(@IdParam() id: string) {
    return this.handler.partTimeMembers(id);
  }
}
