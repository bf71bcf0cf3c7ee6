import { Injectable } from '@nestjs/common';
import { assertActsForArea, Directory } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { householdArea } from '../grid-tier.policy';
import { householdAggregate } from '../household.decider';
import { ListHouseholdsHandler } from '../list-households/list-households.handler';
import type { RegisterHouseholdDto } from './register-household.dto';

@Injectable()
export class RegisterHouseholdHandler {
  private readonly households;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListHouseholdsHandler,
  ) {
    this.households = commands.for(householdAggregate);
  }

  /** The admins over a building or grid, and its grid workers, register its households by door. */
  async execute(dto: RegisterHouseholdDto, context: CommandContext) {
    const where = await householdArea(this.directory, dto.areaId);
    if (where.area) await assertActsForArea(context.actor, dto.areaId, this.directory);
    const label = dto.label.trim();
    const householdId = newId(context);
    const labelTaken = (await this.readModels.households.count({ areaId: dto.areaId, label })) > 0;
    await this.households.execute(
      householdId,
      { type: 'RegisterHousehold', householdId, label, where, labelTaken },
      context,
    );
    return this.query.get(householdId, context.actor);
  }
}
