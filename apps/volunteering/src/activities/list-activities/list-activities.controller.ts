import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { ListActivitiesHandler } from './list-activities.handler';
import { ListActivitiesQuery } from './list-activities.query';
import { ACTIVITY } from '../../resources';

@Controller('activities')
export class ListActivitiesController {
  constructor(private readonly handler: ListActivitiesHandler) {}

  /** The activities of an area, newest first, by category and status. */
  @Get()
  @Returns(page(ACTIVITY))
  list(@Query() query: ListActivitiesQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  @Returns(ACTIVITY)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
