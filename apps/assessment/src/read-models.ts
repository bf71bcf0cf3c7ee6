import { Injectable } from '@nestjs/common';
import { orgDirectoryProjection } from '@gongjian/auth';
import type { AwardKind, AwardStatus, IndexKind } from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModel, ReadModelDocument } from '@gongjian/read-models';
import { Queries } from '@gongjian/runtime';
import { ASSESSMENT_EVENTS as E } from './assessment-events';
import type { AwardDecidedV1, AwardProposedV1 } from './awards/award.decider';
import type { SetDraftedV1, SetPublishedV1, SetRevisedV1 } from './indicator-sets/indicator-set.decider';
import type { IndicatorSet } from './scoring/indicator-set';
import { TALLIED_EVENTS } from './scoring/tally';

/** A public event the assessment counts, as it came (one document per event: the service's input log). */
export interface InputDocument extends ReadModelDocument {
  type: string;
  data: unknown;
  occurredAt: string;
  position: number;
}

export interface IndicatorSetDocument extends ReadModelDocument, Omit<IndicatorSet, 'setId'> {
  draftedAt: string;
  draftedBy: string;
  publishedAt: string | null;
}

export interface AwardDocument extends ReadModelDocument, Omit<AwardProposedV1, 'awardId'> {
  status: AwardStatus;
  proposedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
}

export const INPUTS_COLLECTION = 'assessment.inputs';
export const SETS_COLLECTION = 'assessment.indicator-sets';
export const AWARDS_COLLECTION = 'assessment.awards';

const dataOf = <T>(event: EventEnvelope) => event.data as T;

export const inputsProjection: Projection<InputDocument> = {
  name: 'assessment-inputs',
  collection: INPUTS_COLLECTION,
  handles: TALLIED_EVENTS,
  indexes: [{ fields: { occurredAt: 1 } }],
  documentId: (event) => event.eventId,
  copiesEvents: true,
  apply(_doc, event) {
    // a member's sealed personal data is not the assessment's business
    const { personal: _personal, ...data } = event.data as Record<string, unknown>;
    return { _id: event.eventId, type: event.type, data, occurredAt: event.occurredAt, position: event.globalPosition };
  },
};

export const indicatorSetsProjection: Projection<IndicatorSetDocument> = {
  name: 'indicator-sets',
  collection: SETS_COLLECTION,
  handles: [E.setDrafted, E.setRevised, E.setPublished],
  documentId: (event) => (event.data as { setId: string }).setId,
  indexes: [{ fields: { index: 1, status: 1 } }],
  apply(doc, event) {
    if (event.type === E.setDrafted) {
      const { setId: _id, ...set } = dataOf<SetDraftedV1>(event);
      return {
        _id,
        ...set,
        status: 'draft',
        effectiveFrom: null,
        draftedAt: event.occurredAt,
        draftedBy: event.actor.accountId,
        publishedAt: null,
      };
    }
    if (!doc) return null;
    if (event.type === E.setRevised) {
      const { setId: _id, ...content } = dataOf<SetRevisedV1>(event);
      return { ...doc, ...content };
    }
    const { effectiveFrom } = dataOf<SetPublishedV1>(event);
    return { ...doc, status: 'published', effectiveFrom, publishedAt: event.occurredAt };
  },
};

export const awardsProjection: Projection<AwardDocument> = {
  name: 'awards',
  collection: AWARDS_COLLECTION,
  handles: [E.awardProposed, E.awardConfirmed, E.awardRejected],
  documentId: (event) => (event.data as { awardId: string }).awardId,
  indexes: [{ fields: { year: 1, kind: 1 } }, { fields: { subjectId: 1 } }],
  apply(doc, event) {
    if (event.type === E.awardProposed) {
      const { awardId: _id, ...award } = dataOf<AwardProposedV1>(event);
      return {
        _id,
        ...award,
        status: 'proposed',
        proposedAt: event.occurredAt,
        decidedAt: null,
        decidedBy: null,
        reason: null,
      };
    }
    if (!doc) return null;
    return {
      ...doc,
      status: event.type === E.awardConfirmed ? 'confirmed' : 'rejected',
      decidedAt: event.occurredAt,
      decidedBy: event.actor.accountId,
      reason: dataOf<AwardDecidedV1>(event).reason || null,
    };
  },
};

export const ASSESSMENT_PROJECTIONS: Projection<any>[] = [
  inputsProjection,
  indicatorSetsProjection,
  awardsProjection,
  orgDirectoryProjection('assessment'),
];

@Injectable()
export class AssessmentReadModels {
  readonly inputs: ReadModel<InputDocument>;
  readonly sets: ReadModel<IndicatorSetDocument>;
  readonly awards: ReadModel<AwardDocument>;

  constructor(queries: Queries) {
    this.inputs = queries.of(INPUTS_COLLECTION, 'input');
    this.sets = queries.of(SETS_COLLECTION, 'indicator set');
    this.awards = queries.of(AWARDS_COLLECTION, 'award');
  }
}

export type { AwardKind, IndexKind };
