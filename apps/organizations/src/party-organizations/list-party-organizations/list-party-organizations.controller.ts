import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { PARTY_ORGANIZATION } from '../../resources';
import { ListPartyOrganizationsHandler } from './list-party-organizations.handler';
import { ListPartyOrganizationsQuery } from './list-party-organizations.query';

@Controller('party-organizations')
export class ListPartyOrganizationsController {
  constructor(private readonly handler: ListPartyOrganizationsHandler) {}

  /** Party branches (党支部) and party groups (党小组), by kind, parent, area covered, member. */
  @Get()
  @Returns(page(PARTY_ORGANIZATION))
  list(@Query() query: ListPartyOrganizationsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  /** One party organisation, with its lineage (district → … → community → branch). */
  @Get(':id')
  @Returns(PARTY_ORGANIZATION)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
