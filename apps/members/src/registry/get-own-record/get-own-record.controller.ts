import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { GetOwnRecordHandler } from './get-own-record.handler';

@Controller('members')
export class GetOwnRecordController {
  constructor(private readonly handler: GetOwnRecordHandler) {}

  /** The member record of the calling `member` account (linked by POST /members/:id/account). */
  @Get('me')
  me(@Command() context: CommandContext) {
    return this.handler.execute(context);
  }
}
