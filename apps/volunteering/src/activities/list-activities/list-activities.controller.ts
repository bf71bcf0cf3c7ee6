import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { ListActivitiesHandler } from './list-activities.handler';
import { ListActivitiesQuery } from './list-activities.query';

@Controller('activities')
export class ListActivitiesController {
  constructor(private readonly handler: ListActivitiesHandler) {}

  /** The activities of an area, newest first, by category and status. */
  @Get()
  list(@Query() query: ListActivitiesQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
