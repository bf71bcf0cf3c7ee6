import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { RenameOrganizationDto } from './rename-organization.dto';
import { RenameOrganizationHandler } from './rename-organization.handler';
import { ORGANIZATION } from '../../resources';

@Controller('organizations')
export class RenameOrganizationController {
  constructor(private readonly handler: RenameOrganizationHandler) {}

  @Post(':id/rename')
  @HttpCode(200)
  @Returns(ORGANIZATION)
  rename(@IdParam() id: string, @Body() dto: RenameOrganizationDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
