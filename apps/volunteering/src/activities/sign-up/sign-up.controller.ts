import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { SignUpDto } from './sign-up.dto';
import { SignUpHandler } from './sign-up.handler';
import { ACTIVITY } from '../../resources';

@Controller('activities')
export class SignUpController {
  constructor(private readonly handler: SignUpHandler) {}

  /** Sign a member up: a member of the community (or reported to it), while places remain. */
  @Post(':id/signups')
  @HttpCode(201)
  @Returns(ACTIVITY)
  signUp(@IdParam() id: string, @Body() dto: SignUpDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
