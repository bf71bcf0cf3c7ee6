import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { RegisterUnitDto } from './register-unit.dto';
import { RegisterUnitHandler } from './register-unit.handler';
import { UNIT } from '../../resources';

@Controller('units')
export class RegisterUnitController {
  constructor(private readonly handler: RegisterUnitHandler) {}

  /** Registers a 驻区单位 or 社会组织 in a community or street. */
  @Post()
  @HttpCode(201)
  @Returns(UNIT)
  register(@Body() dto: RegisterUnitDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
