import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { SignUpDto } from './sign-up.dto';
import { SignUpHandler } from './sign-up.handler';
import { ACTIVITY } from '../../resources';

@Controller('activities')
export class SignUpController {
  constructor(private readonly handler: SignUpHandler) {}

  /**
   * Sign up for a 招募令: a member or a resident volunteer for themself, a social organisation's
   * contact for it with its headcount, or the organisers for any of them; while places remain.
   */
  @Post(':id/signups')
  @HttpCode(201)
  @Returns(ACTIVITY)
  signUp(@IdParam() id: string, @Body() dto: SignUpDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
