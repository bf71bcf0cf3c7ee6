import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { GetLeaderboardHandler } from './get-leaderboard.handler';
import { LeaderboardQuery } from './get-leaderboard.query';
import { LEADERBOARD } from '../../resources';

@Controller('pioneer-index')
export class GetLeaderboardController {
  constructor(private readonly handler: GetLeaderboardHandler) {}

  /** The leaderboard of an organisation (community, branch…) for a quarter, highest first. */
  @Get('leaderboard')
  @Returns(LEADERBOARD)
  leaderboard(@Query() query: LeaderboardQuery, @Command() context: CommandContext) {
    return this.handler.execute(query, context);
  }
}
