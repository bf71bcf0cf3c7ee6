import { Injectable } from '@nestjs/common';
import type { PageQuery } from '@gongjian/http';
import { MatchingReadModels } from '../../read-models';
import type { RunDetails } from '../run.decider';
import { type RunDocument, withDetails } from '../runs.projection';

/** A run as recorded: its summary, and every eligible pair it considered (to check optimality). */
@Injectable()
export class GetRunHandler {
  constructor(private readonly readModels: MatchingReadModels) {}

  /** The run's summary, its figures and its unserved needs (the pairs are paged apart). */
  async get(runId: string) {
    const { pairs: _pairs, exclusions: _exclusions, ...run } = await this.require(runId);
    return { id: runId, ...run, _id: undefined };
  }

  /** Every eligible pair the run considered, with score, breakdown and assigned quantity. */
  async pairs(runId: string, query: PageQuery) {
    const run = await this.require(runId);
    // the pairs are one array of the run's details, not documents: the cursor is an offset
    const offset = query.cursor
      ? Math.max(0, Math.trunc(Number(Buffer.from(query.cursor, 'base64url').toString()))) || 0
      : 0;
    const limit = query.limit ?? 50;
    const items = run.pairs.slice(offset, offset + limit);
    const next = offset + limit < run.pairs.length ? Buffer.from(String(offset + limit)).toString('base64url') : null;
    return { items, nextCursor: next, total: run.pairs.length, objective: run.stats?.objective ?? null };
  }

  /** The run's summary and its details put back together from its parts, or null when there is no such run. */
  async details(runId: string): Promise<(RunDocument & RunDetails) | null> {
    const run = await this.readModels.runs.get(runId);
    return run && withDetails(run, await this.parts(runId));
  }

  private async require(runId: string): Promise<RunDocument & RunDetails> {
    return withDetails(await this.readModels.runs.require(runId), await this.parts(runId));
  }

  private parts(runId: string) {
    return this.readModels.runParts.find({ runId }, { sort: { part: 1 } });
  }
}
