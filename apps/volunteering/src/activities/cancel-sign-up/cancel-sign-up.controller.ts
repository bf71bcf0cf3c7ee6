import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { CancelSignUpHandler } from './cancel-sign-up.handler';

@Controller('activities')
export class CancelSignUpController {
  constructor(private readonly handler: CancelSignUpHandler) {}

  @Delete(':id/signups/:memberId')
  @HttpCode(200)
  cancelSignUp(@Param('id') id: string, @Param('memberId') memberId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, memberId, context);
  }
}
