import type { EventEnvelope } from '@gongjian/eventing';
import { MATCHING_EVENTS, type ProjectCreatedV1 } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * The co-build projects the matching service created, by id (from its public ProjectCreated, one
 * project stream per document): a joint meeting's action item that accepted a proposal reads here
 * whether its project, decided under an id chosen at decision time, exists yet (生成的项目) or not
 * (待生成: not yet, or never, when the proposal was no longer open when matching came to accept it).
 */
export interface CreatedProjectDocument extends ReadModelDocument {
  proposalId: string;
  unitId: string;
  communityId: string;
  createdAt: string;
}

export const CREATED_PROJECTS_COLLECTION = 'organizations.created-projects';

export const createdProjectsProjection: Projection<CreatedProjectDocument> = {
  name: 'organizations.created-projects',
  collection: CREATED_PROJECTS_COLLECTION,
  handles: [MATCHING_EVENTS.projectCreated],
  apply(doc, event: EventEnvelope) {
    const d = event.data as ProjectCreatedV1;
    return (
      doc ?? {
        _id: d.projectId,
        proposalId: d.proposalId,
        unitId: d.unitId,
        communityId: d.communityId,
        createdAt: event.occurredAt,
      }
    );
  },
};
