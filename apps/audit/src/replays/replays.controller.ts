import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { assertMayAudit, assertMaySwap } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { StartReplayDto } from '../audit.dto';
import { ReplayService } from './replay.service';

/** Replays of read models into shadows, run by their owners: start, follow, cancel, compare, swap in. */
@Controller('audit/replays')
export class ReplaysController {
  constructor(private readonly replays: ReplayService) {}

  @Post()
  @HttpCode(202)
  start(@Body() dto: StartReplayDto, @Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    assertMayAudit(ctx.actor);
    const until = dto.until ? new Date(dto.until).toISOString() : null;
    return this.replays.start(dto.projection, until, { actor: ctx.actor, authorization });
  }

  @Get()
  async list(@Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    assertMayAudit(ctx.actor);
    return { items: await this.replays.list({ actor: ctx.actor, authorization }), nextCursor: null };
  }

  @Get(':id')
  get(@Param('id') id: string, @Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    assertMayAudit(ctx.actor);
    return this.replays.get(id, { actor: ctx.actor, authorization });
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param('id') id: string, @Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    assertMayAudit(ctx.actor);
    return this.replays.cancel(id, { actor: ctx.actor, authorization });
  }

  @Post(':id/swap')
  @HttpCode(200)
  swap(@Param('id') id: string, @Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    assertMaySwap(ctx.actor);
    return this.replays.swap(id, { actor: ctx.actor, authorization });
  }
}
