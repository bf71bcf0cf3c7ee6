import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';
import { assertMayAudit, assertMaySwap } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import {
  Answers,
  Command,
  IdParam,
  IsIsoDate,
  NotWith,
  Optional,
  OptionalId,
  RequiredUnless,
  Returns,
  StreamIdParam,
} from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { type Moment, ReadModels } from './read-models';
import { READ_MODEL_AS_OF, READ_MODEL_NAMES, REPLAY, REPLAYS, STREAM_EFFECTS } from './resources';

/** The longest projection name a query takes. */
const NAME = 200;

export class StartReplayDto {
  @IsString() @IsNotEmpty() @MaxLength(100) projection: string;
  /** replay only events that occurred up to this time */
  @Optional() @IsIsoDate() until?: string;
}

/** A past moment: a time, or a global position of the log (one of them, not both). */
export class MomentQuery {
  @RequiredUnless('position')
  @IsIsoDate()
  at?: string;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @NotWith('at')
  position?: number;
}

/** `MomentQuery`, optional: without either, the whole stream. */
export class OptionalMomentQuery {
  @Optional() @IsIsoDate() at?: string;
  @Optional() @Type(() => Number) @IsInt() @Min(0) @NotWith('at') position?: number;
}

export class ReadModelAsOfQuery extends MomentQuery {
  @IsString() @IsNotEmpty() @MaxLength(NAME) projection: string;
  @OptionalId() communityId?: string;
  @OptionalId() unitId?: string;
  @OptionalId() orgId?: string;
  @Optional() @IsString() @MaxLength(50) status?: string;
}

export function momentOf(query: { at?: string; position?: number }): Moment | undefined {
  if (query.position !== undefined) return { position: query.position };
  return query.at !== undefined ? { at: new Date(query.at).toISOString() } : undefined;
}

/**
 * The read models of this process, for the audit service (docs/ops/service-boundaries.md): every
 * service answers these under its own `/api/v1/read-models` (the gateway does not route them; the
 * audit service calls the owner at `<SERVICE>_URL` with the caller's token). Auditors and district
 * administrators only; swapping a shadow in takes a district administrator.
 */
@Controller('read-models')
export class ReadModelsController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @Returns(READ_MODEL_NAMES)
  names(@Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    return { items: this.readModels.names() };
  }

  @Post('replays')
  @HttpCode(202)
  @Returns(REPLAY)
  @Answers(404)
  start(@Body() dto: StartReplayDto, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    return this.readModels.startReplay(dto.projection, dto.until ? new Date(dto.until).toISOString() : null, ctx.actor);
  }

  @Get('replays')
  @Returns(REPLAYS)
  async list(@Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    return { items: await this.readModels.list(), nextCursor: null };
  }

  @Get('replays/:id')
  @Returns(REPLAY)
  replay(@IdParam() id: string, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    return this.readModels.replay(id);
  }

  @Post('replays/:id/cancel')
  @HttpCode(200)
  @Returns(REPLAY)
  cancel(@IdParam() id: string, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    return this.readModels.cancel(id);
  }

  @Post('replays/:id/swap')
  @HttpCode(200)
  @Returns(REPLAY)
  swap(@IdParam() id: string, @Command() ctx: CommandContext) {
    assertMaySwap(ctx.actor);
    return this.readModels.swap(id);
  }

  @Get('as-of')
  @Returns(READ_MODEL_AS_OF)
  @Answers(404)
  async asOf(@Query() query: ReadModelAsOfQuery, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    const filter: Filter = {};
    for (const key of ['communityId', 'unitId', 'orgId', 'status'] as const) if (query[key]) filter[key] = query[key];
    return this.readModels.asOf(query.projection, momentOf(query)!, filter);
  }

  @Get('streams/:streamId/effects')
  @Returns(STREAM_EFFECTS)
  effects(@StreamIdParam() streamId: string, @Query() query: OptionalMomentQuery, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    return this.readModels.effectsOf(streamId, momentOf(query));
  }
}
