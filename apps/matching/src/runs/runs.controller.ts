import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Command, PageQuery, IsId } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { RunMatchingHandler } from './run-matching.handler';
import { loadRun } from './runs.projection';

export class StartRunDto {
  @IsId()
  scopeOrgId: string;
}

@Controller('matching/runs')
export class RunsController {
  constructor(
    private readonly handler: RunMatchingHandler,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  /** Starts a matching run for a community, street or district and returns its proposals. */
  @Post()
  @HttpCode(201)
  start(@Body() dto: StartRunDto, @Command() ctx: CommandContext) {
    return this.handler.execute(dto.scopeOrgId, ctx);
  }

  @Get(':runId')
  async get(@Param('runId') runId: string) {
    const { pairs: _pairs, exclusions: _exclusions, ...run } = await this.run(runId);
    return { id: runId, ...run, _id: undefined };
  }

  /** Every eligible pair the run considered, with score, breakdown and assigned quantity — to check optimality. */
  @Get(':runId/pairs')
  async pairs(@Param('runId') runId: string, @Query() query: PageQuery) {
    const run = await this.run(runId);
    const offset = query.cursor ? Number(Buffer.from(query.cursor, 'base64url').toString()) || 0 : 0;
    const limit = query.limit ?? 50;
    const items = run.pairs.slice(offset, offset + limit);
    const next = offset + limit < run.pairs.length ? Buffer.from(String(offset + limit)).toString('base64url') : null;
    return { items, nextCursor: next, total: run.pairs.length, objective: run.stats?.objective ?? null };
  }

  private async run(runId: string) {
    const run = await loadRun(this.documents, runId);
    if (!run) throw new NotFound(`run ${runId} not found`);
    return run;
  }
}
