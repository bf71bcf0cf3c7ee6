import type { ProjectStatus } from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { ProjectCreated, ProjectEvent } from './project.decider';

export interface ProjectDocument extends ReadModelDocument, Omit<ProjectCreated, 'projectId'> {
  status: ProjectStatus;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  report: string | null;
  participantMemberIds: string[];
  /** residents served (人次), when the completion counted them (absent from documents before issue 19) */
  beneficiaries?: number | null;
  evaluations: Array<{ score: number; comment: string; by: string; at: string }>;
  meanScore: number | null;
}

export const PROJECTS_COLLECTION = 'matching.projects';

export const projectsProjection: Projection<ProjectDocument> = {
  name: 'projects',
  collection: PROJECTS_COLLECTION,
  handles: [
    'matching.ProjectCreated',
    'matching.ProjectStarted',
    'matching.ProjectCompleted',
    'matching.ProjectEvaluated',
  ],
  indexes: [{ fields: { communityId: 1, status: 1 } }, { fields: { unitId: 1, status: 1 } }],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & ProjectEvent;
    switch (event.type) {
      case 'matching.ProjectCreated': {
        const { projectId, ...project } = event.data;
        return {
          _id: projectId,
          ...project,
          status: 'planned',
          createdAt: event.occurredAt,
          startedAt: null,
          completedAt: null,
          report: null,
          participantMemberIds: [],
          beneficiaries: null,
          evaluations: [],
          meanScore: null,
        };
      }
      case 'matching.ProjectStarted':
        return doc && { ...doc, status: 'in_progress', startedAt: event.occurredAt };
      case 'matching.ProjectCompleted':
        return (
          doc && {
            ...doc,
            status: 'completed',
            completedAt: event.occurredAt,
            report: event.data.report,
            participantMemberIds: event.data.participantMemberIds,
            beneficiaries: event.data.beneficiaries ?? null,
          }
        );
      case 'matching.ProjectEvaluated': {
        if (!doc) return null;
        const evaluations = [
          ...doc.evaluations,
          { score: event.data.score, comment: event.data.comment, by: event.actor.accountId, at: event.occurredAt },
        ];
        const meanScore = Math.round((evaluations.reduce((s, e) => s + e.score, 0) / evaluations.length) * 100) / 100;
        return { ...doc, evaluations, meanScore };
      }
    }
  },
};

/**
 * The project as its query returns it. `participantMemberIds` only to those who may see member
 * ids of this project (`seesMemberIdsOf`: its community's admins, its unit's contact and admins,
 * the auditor); everyone else gets `participantCount` alone (issue 16 item 5).
 */
export function toProjectResource(
  { _id, participantMemberIds, beneficiaries, ...rest }: ProjectDocument,
  seesMemberIds: boolean,
) {
  const participantCount = participantMemberIds.length;
  const counted = { beneficiaries: beneficiaries ?? null };
  return seesMemberIds
    ? { id: _id, ...rest, ...counted, participantMemberIds, participantCount }
    : { id: _id, ...rest, ...counted, participantCount };
}
