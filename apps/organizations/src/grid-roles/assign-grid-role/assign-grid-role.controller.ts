import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { GRID_ROSTER } from '../../resources';
import { AssignGridRoleDto } from './assign-grid-role.dto';
import { AssignGridRoleHandler } from './assign-grid-role.handler';

@Controller('organizations')
export class AssignGridRoleController {
  constructor(private readonly handler: AssignGridRoleHandler) {}

  /** Gives a term of a grid's role (网格长, 网格员, one of 十员) to a member or a resident. */
  @Post(':id/grid-roles')
  @HttpCode(201)
  @Returns(GRID_ROSTER)
  assign(@IdParam() id: string, @Body() dto: AssignGridRoleDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
