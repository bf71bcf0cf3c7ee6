import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { GRID_ROSTER } from '../../resources';
import { EndGridRoleDto } from './end-grid-role.dto';
import { EndGridRoleHandler } from './end-grid-role.handler';

@Controller('organizations')
export class EndGridRoleController {
  constructor(private readonly handler: EndGridRoleHandler) {}

  @Post(':id/grid-roles/:assignmentId/end')
  @HttpCode(200)
  @Returns(GRID_ROSTER)
  end(
    @IdParam() id: string,
    @IdParam('assignmentId') assignmentId: string,
    @Body() dto: EndGridRoleDto,
    @Command() context: CommandContext,
  ) {
    return this.handler.execute(id, assignmentId, dto, context);
  }
}
