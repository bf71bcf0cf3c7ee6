import { Injectable } from '@nestjs/common';
import { assertActsForArea, Directory } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { householdUnitAggregate } from '../household-unit.decider';
import { ListHouseholdUnitsHandler } from '../list-household-units/list-household-units.handler';
import type { RecordDutyDto } from './record-duty.dto';

@Injectable()
export class RecordDutyHandler {
  private readonly units;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: ListHouseholdUnitsHandler,
  ) {
    this.units = commands.for(householdUnitAggregate);
  }

  /** The admins over the unit, or its grid workers, record what the month's 轮值户 did. */
  async execute(householdUnitId: string, dto: RecordDutyDto, context: CommandContext) {
    const unit = await this.readModels.householdUnits.require(householdUnitId);
    await assertActsForArea(context.actor, unit.areaId, this.directory);
    const command = {
      type: 'RecordDuty' as const,
      dutyId: newId(context),
      month: dto.month ?? dto.on.slice(0, 7),
      duty: dto.duty,
      description: dto.description.trim(),
      on: dto.on,
    };
    await this.units.executeWithRetry(householdUnitId, command, context);
    return this.query.get(householdUnitId, context.actor);
  }
}
