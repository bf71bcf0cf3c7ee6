import { Controller, Delete, HttpCode } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { CancelSignUpHandler } from './cancel-sign-up.handler';
import { ACTIVITY } from '../../resources';

@Controller('activities')
export class CancelSignUpController {
  constructor(private readonly handler: CancelSignUpHandler) {}

  @Delete(':id/signups/:memberId')
  @HttpCode(200)
  @Returns(ACTIVITY)
  cancelSignUp(@IdParam() id: string, @IdParam('memberId') memberId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, memberId, context);
  }
}
