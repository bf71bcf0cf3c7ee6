import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { GetGridRolesHandler } from '../get-grid-roles/get-grid-roles.handler';
import { gridRosterAggregate } from '../grid-roster.decider';
import type { EndGridRoleDto } from './end-grid-role.dto';

@Injectable()
export class EndGridRoleHandler {
  private readonly rosters;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: GetGridRolesHandler,
  ) {
    this.rosters = commands.for(gridRosterAggregate);
  }

  /** The admins over a grid end a term early: from the day after `endsOn`, its account no longer works the grid. */
  async execute(gridId: string, assignmentId: string, dto: EndGridRoleDto, context: CommandContext) {
    const grid = await this.directory.get(gridId);
    if (!grid || grid.kind !== 'grid') throw new NotFound(`grid ${gridId} not found`);
    await assertAdminFor(context.actor, gridId, this.directory);
    await this.rosters.executeWithRetry(gridId, { type: 'EndGridRole', assignmentId, endsOn: dto.endsOn }, context);
    return this.query.roster(gridId, context.actor);
  }
}
