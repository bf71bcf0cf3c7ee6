import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, Returns } from '@gongjian/http';
import { GetOwnRecordHandler } from './get-own-record.handler';
import { MEMBER } from '../../resources';

@Controller('members')
export class GetOwnRecordController {
  constructor(private readonly handler: GetOwnRecordHandler) {}

  /** The member record of the calling `member` account (linked by POST /members/:id/account). */
  @Get('me')
  @Returns(MEMBER)
  @Answers(404)
  me(@Command() context: CommandContext) {
    return this.handler.execute(context);
  }
}
