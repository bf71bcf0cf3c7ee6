import { Injectable } from '@nestjs/common';
import { assertActsForArea, chinaDay, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { householdFacts } from '../household-facts';
import { householdUnitAggregate } from '../household-unit.decider';
import { ListHouseholdUnitsHandler } from '../list-household-units/list-household-units.handler';
import type { JoinHouseholdUnitDto } from './join-household-unit.dto';

@Injectable()
export class JoinHouseholdUnitHandler {
  private readonly units;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListHouseholdUnitsHandler,
  ) {
    this.units = commands.for(householdUnitAggregate);
  }

  /** A household moves in or comes into the unit (at most 20): it has never served, so its turn comes soon. */
  async execute(householdUnitId: string, dto: JoinHouseholdUnitDto, context: CommandContext) {
    const unit = await this.readModels.householdUnits.require(householdUnitId);
    await assertActsForArea(context.actor, unit.areaId, this.directory);
    const [household] = await householdFacts(this.readModels, [dto.householdId]);
    await this.units.executeWithRetry(
      householdUnitId,
      { type: 'JoinHouseholdUnit', household, on: chinaDay() },
      context,
    );
    return this.query.get(householdUnitId, context.actor);
  }
}
