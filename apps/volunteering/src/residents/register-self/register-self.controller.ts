import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { RegisterSelfDto } from './register-self.dto';
import { RegisterSelfHandler } from './register-self.handler';
import { RESIDENT } from '../../resources';

@Controller('residents')
export class RegisterSelfController {
  constructor(private readonly handler: RegisterSelfHandler) {}

  /** A resident account registers itself as a volunteer of its community, with its consent. */
  @Post('me')
  @HttpCode(201)
  @Returns(RESIDENT)
  register(@Body() dto: RegisterSelfDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
