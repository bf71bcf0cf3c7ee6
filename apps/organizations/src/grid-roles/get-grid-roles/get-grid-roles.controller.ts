import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { GRID_ROLE_LIST, GRID_ROSTER } from '../../resources';
import { GetGridRolesHandler } from './get-grid-roles.handler';

@Controller('organizations')
export class GetGridRolesController {
  constructor(private readonly handler: GetGridRolesHandler) {}

  /** 十员: the roles the grids of the district at or above this organisation fill (the default: 东大街's). */
  @Get(':id/grid-role-list')
  @Returns(GRID_ROLE_LIST)
  roleList(@IdParam() id: string) {
    return this.handler.roleList(id);
  }

  /** A grid's 网格长, 网格员 and 十员: every term, with whether it runs today. */
  @Get(':id/grid-roles')
  @Returns(GRID_ROSTER)
  roster(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.roster(id, context.actor);
  }
}
