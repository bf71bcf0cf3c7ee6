import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { ListByOrgQuery } from '../list-by-org.query';
import { ListTeamsHandler } from './list-teams.handler';

@Controller('teams')
export class ListTeamsController {
  constructor(private readonly handler: ListTeamsHandler) {}

  /** Teams of an area: `orgId` is the organisation or anything under it. */
  @Get()
  listTeams(@Query() query: ListByOrgQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  getTeam(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
