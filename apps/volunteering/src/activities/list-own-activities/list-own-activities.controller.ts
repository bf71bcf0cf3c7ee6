import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, PageQuery, Returns } from '@gongjian/http';
import { OWN_ACTIVITIES } from '../../resources';
import { ListOwnActivitiesHandler } from './list-own-activities.handler';

/** Registered before ListActivitiesController, so that `mine` is not taken for an activity's id. */
@Controller('activities')
export class ListOwnActivitiesController {
  constructor(private readonly handler: ListOwnActivitiesHandler) {}

  /**
   * 我的活动: the activities a member's or resident's own account signed up for or served in,
   * newest first, with the hours verified for it over all of them.
   */
  @Get('mine')
  @Returns(OWN_ACTIVITIES)
  mine(@Query() query: PageQuery, @Command() context: CommandContext) {
    return this.handler.execute(query, context.actor);
  }
}
