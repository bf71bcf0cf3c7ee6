import { Injectable } from '@nestjs/common';
import { assertActsForArea, chinaDay, Directory } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { householdArea } from '../grid-tier.policy';
import { householdFacts } from '../household-facts';
import { householdUnitAggregate } from '../household-unit.decider';
import { ListHouseholdUnitsHandler } from '../list-household-units/list-household-units.handler';
import type { FormHouseholdUnitDto } from './form-household-unit.dto';

@Injectable()
export class FormHouseholdUnitHandler {
  private readonly units;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListHouseholdUnitsHandler,
  ) {
    this.units = commands.for(householdUnitAggregate);
  }

  /** The admins over a building or grid, and its grid workers, group 10–20 of its households in a 联建单元. */
  async execute(dto: FormHouseholdUnitDto, context: CommandContext) {
    const where = await householdArea(this.directory, dto.areaId);
    if (where.area) await assertActsForArea(context.actor, dto.areaId, this.directory);
    const householdUnitId = newId(context);
    const command = {
      type: 'FormHouseholdUnit' as const,
      householdUnitId,
      name: dto.name.trim(),
      where,
      households: await householdFacts(this.readModels, dto.householdIds),
      on: chinaDay(),
    };
    await this.units.execute(householdUnitId, command, context);
    return this.query.get(householdUnitId, context.actor);
  }
}
