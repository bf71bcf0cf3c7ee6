import { Controller, Delete, HttpCode } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { CancelSignUpHandler } from './cancel-sign-up.handler';
import { ACTIVITY } from '../../resources';

@Controller('activities')
export class CancelSignUpController {
  constructor(private readonly handler: CancelSignUpHandler) {}

  /** Takes a sign-up back: the member's, resident's or organisation's id (themself, or the organisers). */
  @Delete(':id/signups/:volunteerId')
  @HttpCode(200)
  @Returns(ACTIVITY)
  cancelSignUp(@IdParam() id: string, @IdParam('volunteerId') volunteerId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, volunteerId, context);
  }
}
