import { Controller, Get, Param } from '@nestjs/common';
import { ListPartTimeMembersHandler } from './list-part-time-members.handler';

@Controller('organizations/:id')
export class ListPartTimeMembersController {
  constructor(private readonly handler: ListPartTimeMembersHandler) {}

  /** The committee's 兼职委员, past appointments with `endedOn`. */
  @Get('part-time-members')
  partTimeMembers(@Param('id') id: string) {
    return this.handler.partTimeMembers(id);
  }
}
