import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { GRID_ROLE_LIST } from '../../resources';
import { SetGridRoleListDto } from './set-grid-role-list.dto';
import { SetGridRoleListHandler } from './set-grid-role-list.handler';

@Controller('organizations')
export class SetGridRoleListController {
  constructor(private readonly handler: SetGridRoleListHandler) {}

  /** A district sets the roles its grids fill beside 网格长 and 网格员 (十员). */
  @Post(':id/grid-role-list')
  @HttpCode(200)
  @Returns(GRID_ROLE_LIST)
  set(@IdParam() id: string, @Body() dto: SetGridRoleListDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
