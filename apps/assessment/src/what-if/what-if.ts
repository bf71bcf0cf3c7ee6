import { Body, Controller, Get, HttpCode, Inject, Injectable, Optional, Post } from '@nestjs/common';
import { chinaDay } from '@gongjian/auth';
import { MEASURES } from '@gongjian/contracts';
import { type CommandContext, DomainRuleViolation, InvalidStateTransition, newId, NotFound } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { assertDistrictAdmin } from '../assessment.policy';
import { Standings, yearFigures } from '../figures/standings';
import { PeriodQuery } from '../figures/period.query';
import { IndicatorSets, type KnownSet } from '../indicator-sets/sets';
import { setRef, WHAT_IF } from '../resources';
import { checkIndicators } from '../indicator-sets/indicator-set.decider';
import { setInForce } from '../scoring/indicator-set';
import { kindOfPeriod, periodOf, periodStart } from '../scoring/periods';
import { compareRankings, rankingOf, subjectsOf } from '../scoring/score';
import { JobBoard, ProgressMeter, SHARED_JOBS, type SharedJobs } from '@gongjian/runtime';
import { REPLAY_HISTORY, type ReplayHistory, replayLog, type ReplayProgress } from './replay';

/** How many moves a what-if shows: the biggest. */
const MOVES_SHOWN = 200;
/** How many what-ifs this process remembers (the oldest finished are forgotten; replicas keep them all). */
const KEPT = 20;

interface WhatIfJob {
  id: string;
  setId: string;
  index: KnownSet['index'];
  period: string;
  status: 'running' | 'completed' | 'failed';
  progress: ReplayProgress;
  startedAt: string;
  finishedAt: string | null;
  published: ReturnType<typeof setRef>;
  draft: ReturnType<typeof setRef>;
  summary: { subjects: number; up: number; down: number; same: number } | null;
  moves: unknown[] | null;
  error: string | null;
}

/**
 * What-if (试算): a draft set replayed over the real history — the whole event log (or, the service
 * alone, its input log: REPLAY_HISTORY) folded into a shadow Tally — then the period ranked by the published set in force and by the
 * draft, side by side: who moves, by how many places and points, and which indicators explain it.
 * A job: started, polled for its progress, kept in this process's memory (DECISIONS 82); where
 * the service runs as replicas, told to the others as it goes (JobBoard, collection `_what_ifs`), so
 * a poll answered by another replica finds it (DECISIONS 102).
 */
@Injectable()
export class WhatIfs {
  private readonly jobs = new Map<string, WhatIfJob>();
  private readonly board: JobBoard<WhatIfJob> | null;

  constructor(
    @Inject(REPLAY_HISTORY) private readonly history: ReplayHistory,
    private readonly sets: IndicatorSets,
    private readonly standings: Standings,
    @Optional() @Inject(SHARED_JOBS) shared: SharedJobs | null = null,
  ) {
    this.board = shared && new JobBoard(shared.documents, '_what_ifs', shared.service, shared.replica);
  }

  async start(setId: string, query: PeriodQuery, context: CommandContext): Promise<WhatIfJob> {
    assertDistrictAdmin(context.actor);
    const draft = await this.sets.get(setId);
    if (draft.status !== 'draft') throw new InvalidStateTransition('a what-if replays a draft set');
    checkIndicators(draft.index, draft.indicators);
    const { set: published, period } = await this.comparedPeriod(draft, query.period);
    const job: WhatIfJob = {
      id: newId(context),
      setId,
      index: draft.index,
      period,
      status: 'running',
      progress: ProgressMeter.initial(await this.history.end()),
      startedAt: new Date().toISOString(),
      finishedAt: null,
      published: setRef(published),
      draft: setRef(draft),
      summary: null,
      moves: null,
      error: null,
    };
    this.remember(job);
    await this.told(job);
    void this.run(job, draft, published).then(() => this.told(job));
    return { ...job };
  }

  async get(id: string, context: CommandContext): Promise<WhatIfJob> {
    assertDistrictAdmin(context.actor);
    const job = this.jobs.get(id) ?? (await this.board?.get(id));
    if (!job) throw new NotFound(`what-if ${id} not found`);
    return { ...job };
  }

  /** Tells the other replicas how the what-if stands (replicas only; a failure to tell is logged). */
  private async told(job: WhatIfJob): Promise<void> {
    await this.board?.tell({ ...job });
  }

  /**
   * The period compared (the one asked, else the current one of the draft's kind) and the published
   * set in force there; a year draft is compared with a quarter set's four quarters summed.
   */
  private async comparedPeriod(draft: KnownSet, asked: string | undefined) {
    const period = asked ?? periodOf(chinaDay(), draft.period);
    if (kindOfPeriod(period) !== draft.period)
      throw new DomainRuleViolation(`the draft counts by ${draft.period}`, 'period_not_of_set', { field: 'period' });
    const set = setInForce(await this.sets.all(draft.index), periodStart(period))!;
    if (set.period === 'year' && draft.period === 'quarter')
      throw new DomainRuleViolation(`the published set for ${period} counts by year`, 'period_not_of_set', {
        field: 'period',
        setId: set.setId,
      });
    return { set, period };
  }

  private async run(job: WhatIfJob, draft: KnownSet, published: KnownSet): Promise<void> {
    // replicas: the others hear how far it is, and that its replica is alive
    const stopBeating = this.board?.heartbeat(job);
    try {
      const { tally, progress } = await replayLog(this.history, (at) => (job.progress = at));
      const subjects = subjectsOf(tally, draft.index);
      const before =
        published.period === draft.period
          ? rankingOf(tally, published, job.period, subjects)
          : yearFigures(tally, await this.sets.all(draft.index), draft.index, Number(job.period), subjects).ranked;
      const after = rankingOf(tally, draft, job.period, subjects);
      const moves = compareRankings(before, after);
      const names = await this.standings.names(
        tally,
        draft.index,
        moves.slice(0, MOVES_SHOWN).map((m) => m.subjectId),
      );
      job.moves = moves.slice(0, MOVES_SHOWN).map((m) => ({
        ...m,
        name: names.get(m.subjectId) ?? null,
        why: m.why.map((w) => ({ ...w, label: MEASURES[w.measure as keyof typeof MEASURES].label })),
      }));
      job.summary = {
        subjects: moves.length,
        up: moves.filter((m) => m.places > 0).length,
        down: moves.filter((m) => m.places < 0).length,
        same: moves.filter((m) => m.places === 0).length,
      };
      job.progress = progress;
      job.status = 'completed';
    } catch (error) {
      job.status = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
    } finally {
      stopBeating?.();
    }
    job.finishedAt = new Date().toISOString();
  }

  private remember(job: WhatIfJob): void {
    this.jobs.set(job.id, job);
    for (const [id, old] of this.jobs) {
      if (this.jobs.size <= KEPT) break;
      if (old.status !== 'running') this.jobs.delete(id);
    }
  }
}

@Controller('assessment')
export class WhatIfController {
  constructor(private readonly whatIfs: WhatIfs) {}

  /** Starts replaying a draft set over the whole history (202): poll `GET /assessment/what-ifs/{id}`. */
  @Post('indicator-sets/:id/what-if')
  @HttpCode(202)
  @Returns(WHAT_IF)
  start(@IdParam() id: string, @Body() dto: PeriodQuery, @Command() context: CommandContext) {
    return this.whatIfs.start(id, dto, context);
  }

  /** A what-if's progress and, once completed, the ranking's changes. */
  @Get('what-ifs/:id')
  @Returns(WHAT_IF)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.whatIfs.get(id, context);
  }
}
