import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { ListProjectsHandler } from './list-projects.handler';
import { ListProjectsQuery } from './list-projects.query';

@Controller('projects')
export class ListProjectsController {
  constructor(private readonly handler: ListProjectsHandler) {}

  /** The region's project list is for everyone signed in; participants' ids only to its organisers. */
  @Get()
  list(@Query() query: ListProjectsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
