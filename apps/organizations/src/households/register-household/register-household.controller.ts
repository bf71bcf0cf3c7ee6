import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { HOUSEHOLD } from '../../resources';
import { RegisterHouseholdDto } from './register-household.dto';
import { RegisterHouseholdHandler } from './register-household.handler';

@Controller('households')
export class RegisterHouseholdController {
  constructor(private readonly handler: RegisterHouseholdHandler) {}

  /** Registers a household (户) of a building or grid by its door. */
  @Post()
  @HttpCode(201)
  @Returns(HOUSEHOLD)
  register(@Body() dto: RegisterHouseholdDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
