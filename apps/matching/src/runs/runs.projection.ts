import type { DocumentStore, Projection, ReadModelDocument } from '@gongjian/read-models';
import type { RunCompleted, RunDetails, RunPartRecorded, RunStarted } from './run.decider';

/**
 * The run's summary (scope, weights, stats, how many parts); its details are in `matching.run-parts`.
 * `recording` from its start until its completion (the run flow resumes such runs at a start);
 * only a completed run has stats and `completedAt`.
 */
export interface RunDocument
  extends
    ReadModelDocument,
    Omit<RunCompleted, 'runId' | 'stats' | keyof RunDetails>,
    Partial<Pick<RunCompleted, 'stats'>> {
  status: 'recording' | 'completed';
  parts: number;
  startedAt?: string;
  completedAt?: string;
  startedBy: string;
}

/** One part of a run's details (`<runId>:<part>`). */
export interface RunPartDocument extends ReadModelDocument, Omit<RunPartRecorded, 'runId'> {
  runId: string;
}

export const RUNS_COLLECTION = 'matching.runs';
export const RUN_PARTS_COLLECTION = 'matching.run-parts';

const partId = (runId: string, part: number) => `${runId}:${part}`;

export const runsProjection: Projection<RunDocument> = {
  name: 'runs',
  collection: RUNS_COLLECTION,
  handles: ['matching.RunStarted', 'matching.RunCompleted'],
  apply(doc, event) {
    if (event.type === 'matching.RunStarted') {
      const { runId, scopeOrgId, weights } = event.data as RunStarted;
      return {
        _id: runId,
        status: 'recording',
        scopeOrgId,
        weights,
        parts: 0,
        startedAt: event.occurredAt,
        startedBy: event.actor.accountId,
      };
    }
    const {
      runId,
      pairs: _p,
      unmatched: _u,
      exclusions: _e,
      capacities: _c,
      proposalIds: _i,
      ...summary
    } = event.data as RunCompleted;
    // a run recorded before parts existed carries its details itself: they are its one part
    const parts = summary.parts ?? 1;
    return {
      _id: runId,
      ...summary,
      status: 'completed',
      parts,
      ...(doc?.startedAt ? { startedAt: doc.startedAt } : {}),
      completedAt: event.occurredAt,
      startedBy: doc?.startedBy ?? event.actor.accountId,
    };
  },
};

/** The runs started and not yet completed: the run flow resumes them. */
export function unfinishedRuns(documents: DocumentStore): Promise<RunDocument[]> {
  return documents.collection<RunDocument>(RUNS_COLLECTION).find({ status: 'recording' });
}

export const runPartsProjection: Projection<RunPartDocument> = {
  name: 'run-parts',
  collection: RUN_PARTS_COLLECTION,
  handles: ['matching.RunPartRecorded', 'matching.RunCompleted'],
  indexes: [{ fields: { runId: 1 } }],
  documentId(event) {
    const data = event.data as RunPartRecorded | RunCompleted;
    return partId(data.runId, 'part' in data ? data.part : 0);
  },
  apply(_doc, event) {
    if (event.type === 'matching.RunPartRecorded') {
      const { runId, ...part } = event.data as RunPartRecorded;
      return { _id: partId(runId, part.part), runId, ...part };
    }
    const run = event.data as RunCompleted;
    if (run.parts !== undefined || !run.pairs) return null;
    const { runId, pairs, unmatched = [], exclusions = {}, capacities = {}, proposalIds = [] } = run;
    return { _id: partId(runId, 0), runId, part: 0, pairs, unmatched, exclusions, capacities, proposalIds };
  },
};

/** A run's summary and its details put back together, or null when there is no such run. */
export async function loadRun(documents: DocumentStore, runId: string): Promise<(RunDocument & RunDetails) | null> {
  const run = await documents.collection<RunDocument>(RUNS_COLLECTION).get(runId);
  if (!run) return null;
  const parts = await documents
    .collection<RunPartDocument>(RUN_PARTS_COLLECTION)
    .find({ runId }, { sort: { part: 1 } });
  return withDetails(run, parts);
}

/** The run's summary with the details of its parts (in the order given: by part). */
export function withDetails(run: RunDocument, parts: RunPartDocument[]): RunDocument & RunDetails {
  const details: RunDetails = { pairs: [], unmatched: [], exclusions: {}, capacities: {}, proposalIds: [] };
  for (const part of parts) {
    for (const pair of part.pairs) details.pairs.push(pair);
    for (const unmatched of part.unmatched) details.unmatched.push(unmatched);
    Object.assign(details.exclusions, part.exclusions);
    Object.assign(details.capacities, part.capacities);
    for (const id of part.proposalIds) details.proposalIds.push(id);
  }
  return { ...run, ...details };
}
