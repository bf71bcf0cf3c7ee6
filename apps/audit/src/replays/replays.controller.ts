import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { assertMayAudit, assertMaySwap } from '../audit.access';
import { StartReplayDto } from '../audit.dto';
import { ReplayService } from './replay.service';

/** Replays of read models into shadows: start, follow, cancel, compare, swap in. */
@Controller('audit/replays')
export class ReplaysController {
  constructor(private readonly replays: ReplayService) {}

  @Post()
  @HttpCode(202)
  start(@Body() dto: StartReplayDto, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    return this.replays.start(dto.projection, dto.until ? new Date(dto.until).toISOString() : null, ctx.actor);
  }

  @Get()
  list(@Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    return { items: this.replays.list(), nextCursor: null };
  }

  @Get(':id')
  get(@Param('id') id: string, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    return this.replays.get(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param('id') id: string, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    return this.replays.cancel(id);
  }

  @Post(':id/swap')
  @HttpCode(200)
  swap(@Param('id') id: string, @Command() ctx: CommandContext) {
    assertMaySwap(ctx.actor);
    return this.replays.swap(id);
  }
}
