import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { MoveOrganizationDto } from './move-organization.dto';
import { MoveOrganizationHandler } from './move-organization.handler';
import { ORGANIZATION } from '../../resources';

@Controller('organizations')
export class MoveOrganizationController {
  constructor(private readonly handler: MoveOrganizationHandler) {}

  /** Re-parents an organisation; the acting admin must hold both the old and the new place. */
  @Post(':id/move')
  @HttpCode(200)
  @Returns(ORGANIZATION)
  move(@IdParam() id: string, @Body() dto: MoveOrganizationDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
