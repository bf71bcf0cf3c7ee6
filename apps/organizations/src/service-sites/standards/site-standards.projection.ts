import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { SiteLevel } from '../service-site.decider';
import type { ChecklistItem } from './default-checklists';
import type { SiteStandardsEvent } from './site-standards.decider';

/** One version of a level's checklist, as edited (version 1, the default, is no event). */
export interface ChecklistVersion {
  level: SiteLevel;
  version: number;
  items: ChecklistItem[];
  editedAt: string;
  editedBy: string;
}

/**
 * A district's edits of its site standards (absent: the defaults): every checklist version it
 * made, so a rating's version can still be read, and its rule of who gives which stars.
 */
export interface SiteStandardsDocument extends ReadModelDocument {
  versions: ChecklistVersion[];
  authority: { districtStars: number; setAt: string; setBy: string } | null;
}

export const SITE_STANDARDS_COLLECTION = 'organizations.site-standards';

export const siteStandardsProjection: Projection<SiteStandardsDocument> = {
  name: 'organizations.site-standards',
  collection: SITE_STANDARDS_COLLECTION,
  handles: ['organizations.SiteChecklistEdited', 'organizations.SiteRatingAuthoritySet'],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & SiteStandardsEvent;
    const current = doc ?? { _id: event.data.districtId, versions: [], authority: null };
    const at = { by: event.actor.accountId, at: event.occurredAt };
    if (event.type === 'organizations.SiteRatingAuthoritySet')
      return { ...current, authority: { districtStars: event.data.districtStars, setAt: at.at, setBy: at.by } };
    const { level, version, items } = event.data;
    return { ...current, versions: [...current.versions, { level, version, items, editedAt: at.at, editedBy: at.by }] };
  },
};
