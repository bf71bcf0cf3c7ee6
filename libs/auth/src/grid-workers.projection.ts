import type { EventEnvelope } from '@gongjian/eventing';
import { GRID_EVENTS, type GridWorkerAssignedV1, type GridWorkerReleasedV1 } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * One term of a 网格长 or 网格员 that names a `grid_worker` account (issue 18): the grid the
 * account reads and acts for, from its first to its last day. Folded from the organizations
 * service's public events by every service that scopes a grid worker (`Directory.gridsOf`).
 */
export interface GridWorkerTerm extends ReadModelDocument {
  accountId: string;
  gridId: string;
  startsOn: string;
  /** null: open-ended */
  endsOn: string | null;
}

export const gridWorkersCollection = (service: string) => `${service}.grid-workers`;

/** One document per term (the grid's roster stream holds several): keyed by the assignment. */
export function gridWorkersProjection(service: string): Projection<GridWorkerTerm> {
  return {
    name: `${service}.grid-workers`,
    collection: gridWorkersCollection(service),
    handles: [GRID_EVENTS.gridWorkerAssigned, GRID_EVENTS.gridWorkerReleased],
    indexes: [{ fields: { accountId: 1 } }],
    documentId: (event: EventEnvelope) => (event.data as { assignmentId: string }).assignmentId,
    apply(doc, event) {
      if (event.type === GRID_EVENTS.gridWorkerAssigned) {
        const { assignmentId, accountId, gridId, startsOn, endsOn } = event.data as GridWorkerAssignedV1;
        return { _id: assignmentId, accountId, gridId, startsOn, endsOn };
      }
      const { endsOn } = event.data as GridWorkerReleasedV1;
      return doc && { ...doc, endsOn };
    },
  };
}
