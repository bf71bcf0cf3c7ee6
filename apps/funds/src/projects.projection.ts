import type { ProjectCompletedV1 } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * The funds service's copy of the co-build projects (共建项目) of the matching service, from its
 * public events: what an allocation may fund, whose community runs it, and at completion what the
 * unit delivered (hours, goods, money) and how many residents it served.
 */
export interface CoBuildProjectDocument extends ReadModelDocument {
  communityId: string;
  unitId: string;
  title: string;
  quantity: ProjectCompletedV1['quantity'];
  completed: boolean;
  completedAt: string | null;
  beneficiaries: number | null;
}

export const CO_BUILD_PROJECTS_COLLECTION = 'funds.co-build-projects';

export const coBuildProjectsProjection: Projection<CoBuildProjectDocument> = {
  name: 'co-build-projects',
  collection: CO_BUILD_PROJECTS_COLLECTION,
  handles: ['matching.ProjectCreated', 'matching.ProjectCompleted'],
  indexes: [{ fields: { unitId: 1 } }, { fields: { communityId: 1 } }, { fields: { completed: 1, completedAt: 1 } }],
  apply(doc, event) {
    const data = event.data as Omit<ProjectCompletedV1, 'report' | 'participantMemberIds'> & {
      beneficiaries?: number;
    };
    if (event.type === 'matching.ProjectCreated')
      return {
        _id: data.projectId,
        communityId: data.communityId,
        unitId: data.unitId,
        title: data.title,
        quantity: data.quantity,
        completed: false,
        completedAt: null,
        beneficiaries: null,
      };
    const base = doc ?? {
      _id: data.projectId,
      communityId: data.communityId,
      unitId: data.unitId,
      title: data.title,
      quantity: data.quantity,
    };
    return {
      ...base,
      completed: true,
      completedAt: event.occurredAt,
      beneficiaries: data.beneficiaries ?? null,
    };
  },
};
