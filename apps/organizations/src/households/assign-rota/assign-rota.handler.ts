import { Injectable } from '@nestjs/common';
import { assertActsForArea, chinaDay, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { householdUnitAggregate } from '../household-unit.decider';
import { ListHouseholdUnitsHandler } from '../list-household-units/list-household-units.handler';
import { monthAfter } from '../rota';
import type { AssignRotaDto } from './assign-rota.dto';

@Injectable()
export class AssignRotaHandler {
  private readonly units;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListHouseholdUnitsHandler,
  ) {
    this.units = commands.for(householdUnitAggregate);
  }

  /**
   * The admins over the unit, or its grid workers, choose the month's 轮值户: the decider picks
   * the household whose turn it is (rota.ts), never one twice before every other has served.
   */
  async execute(householdUnitId: string, dto: AssignRotaDto, context: CommandContext) {
    const unit = await this.readModels.householdUnits.require(householdUnitId);
    await assertActsForArea(context.actor, unit.areaId, this.directory);
    const last = unit.rota[unit.rota.length - 1]?.month;
    const month = dto.month ?? (last ? monthAfter(last) : chinaDay().slice(0, 7));
    await this.units.execute(householdUnitId, { type: 'AssignRota', month }, context);
    return this.query.get(householdUnitId, context.actor);
  }
}
