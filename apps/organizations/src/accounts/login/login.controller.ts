import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { Public } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, type GongjianRequest, Returns } from '@gongjian/http';
import { clientAddress } from '../password-attempts';
import { LoginDto } from './login.dto';
import { LoginHandler } from './login.handler';
import { LOGIN } from '../../resources';

@Controller('auth')
export class LoginController {
  constructor(private readonly handler: LoginHandler) {}

  /** Signs in: a bearer token, rate-limited and throttled per client address (429 with Retry-After). */
  @Public()
  @Post('login')
  @HttpCode(200)
  @Returns(LOGIN)
  @Answers(401, 429, 503)
  login(@Body() dto: LoginDto, @Req() req: GongjianRequest, @Command() context: CommandContext) {
    return this.handler.execute(dto, clientAddress(req), context);
  }
}
