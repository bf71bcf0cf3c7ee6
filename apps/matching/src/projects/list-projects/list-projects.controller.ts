import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { ListProjectsHandler } from './list-projects.handler';
import { ListProjectsQuery } from './list-projects.query';
import { PROJECT } from '../../resources';

@Controller('projects')
export class ListProjectsController {
  constructor(private readonly handler: ListProjectsHandler) {}

  /** The region's project list is for everyone signed in; participants' ids only to its organisers. */
  @Get()
  @Returns(page(PROJECT))
  list(@Query() query: ListProjectsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  @Returns(PROJECT)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
