import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { PasswordChange } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, type GongjianRequest, Returns } from '@gongjian/http';
import { clientAddress } from '../password-attempts';
import { ChangePasswordDto } from './change-password.dto';
import { ChangePasswordHandler } from './change-password.handler';
import { ACCOUNT } from '../../resources';

@Controller('auth')
export class ChangePasswordController {
  constructor(private readonly handler: ChangePasswordHandler) {}

  /** The holder changes its own password (also the one route a temporary password's token reaches). */
  @PasswordChange()
  @Post('password')
  @HttpCode(200)
  @Returns(ACCOUNT)
  @Answers(429)
  changePassword(@Body() dto: ChangePasswordDto, @Req() req: GongjianRequest, @Command() context: CommandContext) {
    return this.handler.execute(dto, clientAddress(req), context);
  }
}
