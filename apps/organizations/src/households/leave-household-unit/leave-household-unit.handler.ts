import { Injectable } from '@nestjs/common';
import { assertActsForArea, chinaDay, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { householdUnitAggregate } from '../household-unit.decider';
import { ListHouseholdUnitsHandler } from '../list-household-units/list-household-units.handler';

@Injectable()
export class LeaveHouseholdUnitHandler {
  private readonly units;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListHouseholdUnitsHandler,
  ) {
    this.units = commands.for(householdUnitAggregate);
  }

  /** A household leaves the unit (moves away): the rota goes on without it; its past months stay. */
  async execute(householdUnitId: string, householdId: string, context: CommandContext) {
    const unit = await this.readModels.householdUnits.require(householdUnitId);
    await assertActsForArea(context.actor, unit.areaId, this.directory);
    await this.units.executeWithRetry(
      householdUnitId,
      { type: 'LeaveHouseholdUnit', householdId, on: chinaDay() },
      context,
    );
    return this.query.get(householdUnitId, context.actor);
  }
}
