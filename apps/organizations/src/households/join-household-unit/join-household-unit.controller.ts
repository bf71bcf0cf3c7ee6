import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { HOUSEHOLD_UNIT } from '../../resources';
import { JoinHouseholdUnitDto } from './join-household-unit.dto';
import { JoinHouseholdUnitHandler } from './join-household-unit.handler';

@Controller('household-units')
export class JoinHouseholdUnitController {
  constructor(private readonly handler: JoinHouseholdUnitHandler) {}

  @Post(':id/households')
  @HttpCode(200)
  @Returns(HOUSEHOLD_UNIT)
  join(@IdParam() id: string, @Body() dto: JoinHouseholdUnitDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
