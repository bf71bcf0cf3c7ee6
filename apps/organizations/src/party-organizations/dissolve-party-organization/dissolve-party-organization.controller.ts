import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { PARTY_ORGANIZATION } from '../../resources';
import { DissolvePartyOrganizationHandler } from './dissolve-party-organization.handler';

@Controller('party-organizations')
export class DissolvePartyOrganizationController {
  constructor(private readonly handler: DissolvePartyOrganizationHandler) {}

  @Post(':id/dissolve')
  @HttpCode(200)
  @Returns(PARTY_ORGANIZATION)
  dissolve(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
