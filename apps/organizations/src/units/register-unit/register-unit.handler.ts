import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, requireActive } from '@gongjian/auth';
import { ORG_KIND_CODES } from '@gongjian/contracts';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { toOrgRef } from '../../hierarchy/organization.resource';
import { assertCodeFree } from '../../codes';
import { ListUnitsHandler } from '../list-units/list-units.handler';
import { unitAggregate } from '../unit.decider';
import type { RegisterUnitDto } from './register-unit.dto';

@Injectable()
export class RegisterUnitHandler {
  private readonly units;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListUnitsHandler,
  ) {
    this.units = commands.for(unitAggregate);
  }

  /**
   * An admin over the location registers the unit there. The location must be a known, active
   * organisation (requireActive); that it is a community or a street is the decider's rule.
   */
  async execute(dto: RegisterUnitDto, context: CommandContext) {
    const command = await this.prepare(dto, context);
    await this.units.execute(command.unitId, command, context);
    return this.query.get(command.unitId);
  }

  /** Checks and authorizes a registration and returns its command: what an import asks of a row first. */
  async prepare(dto: RegisterUnitDto, context: CommandContext) {
    const location = await requireActive(this.directory, dto.locatedIn, ORG_KIND_CODES, 'locatedIn');
    await assertAdminFor(context.actor, location._id, this.directory);
    await assertCodeFree(this.directory, dto.code, true);
    const unitId = newId(context);
    const command = {
      type: 'RegisterUnit' as const,
      unitId,
      name: dto.name.trim(),
      sector: dto.sector,
      location: toOrgRef(location),
      code: dto.code ?? null,
    };
    return command;
  }
}
