import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, IdParam, Returns } from '@gongjian/http';
import { REPLAY, REPLAYS, StartReplayDto } from '@gongjian/runtime';
import { ReplayService } from './replay.service';

/**
 * Replays of read models into shadows, run by their owners: start, follow, cancel, compare, swap
 * in. One resource, so one controller: each route is one call to ReplayService, which authorizes.
 * The bearer header goes along for owners behind their URL.
 */
@Controller('audit/replays')
export class ReplaysController {
  constructor(private readonly replays: ReplayService) {}

  @Post()
  @HttpCode(202)
  @Returns(REPLAY)
  @Answers(404)
  start(@Body() dto: StartReplayDto, @Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    const until = dto.until ? new Date(dto.until).toISOString() : null;
    return this.replays.start(dto.projection, until, { actor: ctx.actor, authorization });
  }

  @Get()
  @Returns(REPLAYS)
  async list(@Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    return { items: await this.replays.list({ actor: ctx.actor, authorization }), nextCursor: null };
  }

  @Get(':id')
  @Returns(REPLAY)
  get(@IdParam() id: string, @Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    return this.replays.get(id, { actor: ctx.actor, authorization });
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Returns(REPLAY)
  cancel(@IdParam() id: string, @Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    return this.replays.cancel(id, { actor: ctx.actor, authorization });
  }

  @Post(':id/swap')
  @HttpCode(200)
  @Returns(REPLAY)
  swap(@IdParam() id: string, @Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    return this.replays.swap(id, { actor: ctx.actor, authorization });
  }
}
