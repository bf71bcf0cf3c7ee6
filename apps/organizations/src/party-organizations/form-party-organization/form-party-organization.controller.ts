import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { PARTY_ORGANIZATION } from '../../resources';
import { FormPartyOrganizationDto } from './form-party-organization.dto';
import { FormPartyOrganizationHandler } from './form-party-organization.handler';

@Controller('party-organizations')
export class FormPartyOrganizationController {
  constructor(private readonly handler: FormPartyOrganizationHandler) {}

  /** Forms a 网格党支部 over grids of a community (单独建 / 联合建), or a 党小组 of a branch over buildings. */
  @Post()
  @HttpCode(201)
  @Returns(PARTY_ORGANIZATION)
  form(@Body() dto: FormPartyOrganizationDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
