import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { RegisterResidentDto } from './register-resident.dto';
import { RegisterResidentHandler } from './register-resident.handler';
import { RESIDENT } from '../../resources';

@Controller('residents')
export class RegisterResidentController {
  constructor(private readonly handler: RegisterResidentHandler) {}

  /** 居民志愿者: an admin over the community registers a resident with the consent they signed. */
  @Post()
  @HttpCode(201)
  @Returns(RESIDENT)
  register(@Body() dto: RegisterResidentDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
