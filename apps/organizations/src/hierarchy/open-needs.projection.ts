import { MATCHING_EVENTS, type NeedPostedV1 } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/** What the organizations service knows of each need: where it is and whether it is still open. */
export interface OpenNeedDocument extends ReadModelDocument {
  communityId: string;
  open: boolean;
}

export const OPEN_NEEDS_COLLECTION = 'organizations.needs';

export const openNeedsProjection: Projection<OpenNeedDocument> = {
  name: 'organizations.needs',
  collection: OPEN_NEEDS_COLLECTION,
  handles: [MATCHING_EVENTS.needPosted, MATCHING_EVENTS.needCancelled, MATCHING_EVENTS.needExpired],
  indexes: [{ fields: { communityId: 1, open: 1 } }],
  apply(doc, event) {
    if (event.type === MATCHING_EVENTS.needPosted) {
      const { needId, communityId } = event.data as NeedPostedV1;
      return { _id: needId, communityId, open: true };
    }
    return doc && { ...doc, open: false };
  },
};
