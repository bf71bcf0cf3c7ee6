import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { CENTRAL_HOUSEHOLD } from '../../resources';
import { DesignateCentralHouseholdDto } from './designate-central-household.dto';
import { DesignateCentralHouseholdHandler } from './designate-central-household.handler';

@Controller('central-households')
export class DesignateCentralHouseholdController {
  constructor(private readonly handler: DesignateCentralHouseholdHandler) {}

  /** Makes a member of a grid's branch a 党员中心户, with the households they look after. */
  @Post()
  @HttpCode(201)
  @Returns(CENTRAL_HOUSEHOLD)
  designate(@Body() dto: DesignateCentralHouseholdDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
