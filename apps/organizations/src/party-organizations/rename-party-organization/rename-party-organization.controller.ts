import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { PARTY_ORGANIZATION } from '../../resources';
import { RenamePartyOrganizationDto } from './rename-party-organization.dto';
import { RenamePartyOrganizationHandler } from './rename-party-organization.handler';

@Controller('party-organizations')
export class RenamePartyOrganizationController {
  constructor(private readonly handler: RenamePartyOrganizationHandler) {}

  @Post(':id/rename')
  @HttpCode(200)
  @Returns(PARTY_ORGANIZATION)
  rename(@IdParam() id: string, @Body() dto: RenamePartyOrganizationDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
