import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { HOUSEHOLD_UNIT } from '../../resources';
import { FormHouseholdUnitDto } from './form-household-unit.dto';
import { FormHouseholdUnitHandler } from './form-household-unit.handler';

@Controller('household-units')
export class FormHouseholdUnitController {
  constructor(private readonly handler: FormHouseholdUnitHandler) {}

  /** Forms a 联建单元 of 10–20 households of a building or grid. */
  @Post()
  @HttpCode(201)
  @Returns(HOUSEHOLD_UNIT)
  form(@Body() dto: FormHouseholdUnitDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
