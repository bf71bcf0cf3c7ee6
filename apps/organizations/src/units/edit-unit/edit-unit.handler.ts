import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { ListUnitsHandler } from '../list-units/list-units.handler';
import { type UnitCommand, unitAggregate } from '../unit.decider';
import type { EditUnitDto } from './edit-unit.dto';

@Injectable()
export class EditUnitHandler {
  private readonly units;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListUnitsHandler,
  ) {
    this.units = commands.for(unitAggregate);
  }

  /**
   * An admin over where the unit is located edits it; a move also needs an admin over the new
   * location (the unit leaves one scope for another). Whether the new location is an active
   * community or street is the decider's rule (`unknown_organisation`, `invalid_location`).
   */
  async execute(unitId: string, dto: EditUnitDto, context: CommandContext) {
    const unit = await this.query.get(unitId);
    await assertAdminFor(context.actor, unit.id, this.directory);
    const command: UnitCommand = { type: 'EditUnit', name: dto.name?.trim(), sector: dto.sector };
    if (dto.locatedIn && dto.locatedIn !== unit.parentId) {
      command.location = await this.directory.ref(dto.locatedIn);
      if (command.location) await assertAdminFor(context.actor, command.location.id, this.directory);
    }
    await this.units.execute(unitId, command, context);
    return this.query.get(unitId);
  }
}
