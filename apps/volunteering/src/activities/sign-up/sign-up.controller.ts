import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { SignUpDto } from './sign-up.dto';
import { SignUpHandler } from './sign-up.handler';

@Controller('activities')
export class SignUpController {
  constructor(private readonly handler: SignUpHandler) {}

  /** Sign a member up: a member of the community (or reported to it), while places remain. */
  @Post(':id/signups')
  @HttpCode(201)
  signUp(@IdParam() id: string, @Body() dto: SignUpDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
