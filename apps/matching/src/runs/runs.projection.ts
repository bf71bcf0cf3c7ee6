import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { RunCompleted } from './run.decider';

export interface RunDocument extends ReadModelDocument, Omit<RunCompleted, 'runId'> {
  completedAt: string;
  startedBy: string;
}

export const RUNS_COLLECTION = 'matching.runs';

export const runsProjection: Projection<RunDocument> = {
  name: 'runs',
  collection: RUNS_COLLECTION,
  handles: ['matching.RunCompleted'],
  apply(_doc, event) {
    const { runId, ...run } = event.data as RunCompleted;
    return { _id: runId, ...run, completedAt: event.occurredAt, startedBy: event.actor.accountId };
  },
};
