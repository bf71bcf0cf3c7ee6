import { Controller, Get, Header } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, IdParam, Returns } from '@gongjian/http';
import { GetCheckInCodeHandler } from './get-check-in-code.handler';
import { CHECK_IN_CODE } from '../../resources';

@Controller('activities')
export class GetCheckInCodeController {
  constructor(private readonly handler: GetCheckInCodeHandler) {}

  /**
   * The activity's current check-in code, for its organisers' screen: the QR's text (`code`) and
   * six digits to type (`digits`), good until `expiresAt`; ask again at `refreshAt` (every 30 s).
   */
  @Get(':id/check-in-code')
  @Header('Cache-Control', 'no-store')
  @Returns(CHECK_IN_CODE)
  @Answers(409)
  code(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context.actor);
  }
}
