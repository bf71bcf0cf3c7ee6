import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { ListByOrgQuery } from '../list-by-org.query';
import { ListTeamsHandler } from './list-teams.handler';
import { TEAM } from '../../resources';

@Controller('teams')
export class ListTeamsController {
  constructor(private readonly handler: ListTeamsHandler) {}

  /** Teams of an area: `orgId` is the organisation or anything under it. */
  @Get()
  @Returns(page(TEAM))
  listTeams(@Query() query: ListByOrgQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  @Returns(TEAM)
  getTeam(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
