import { Controller, Delete, HttpCode } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { HOUSEHOLD_UNIT } from '../../resources';
import { LeaveHouseholdUnitHandler } from './leave-household-unit.handler';

@Controller('household-units')
export class LeaveHouseholdUnitController {
  constructor(private readonly handler: LeaveHouseholdUnitHandler) {}

  @Delete(':id/households/:householdId')
  @HttpCode(200)
  @Returns(HOUSEHOLD_UNIT)
  leave(@IdParam() id: string, @IdParam('householdId') householdId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, householdId, context);
  }
}
