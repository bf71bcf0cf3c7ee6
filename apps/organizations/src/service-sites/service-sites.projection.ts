import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { RatedItem, ServiceSiteEvent, SiteLevel } from './service-site.decider';

export interface ServiceSiteDocument extends ReadModelDocument {
  orgId: string;
  name: string;
  level: SiteLevel;
  address: string;
  /** 多企联建: the units running the site (empty: the organisation's own) */
  unitIds: string[];
  /** each year's rating, with the checklist version it used and its answers (none before issue 20) */
  ratings: Array<{
    year: number;
    stars: number;
    reason: string;
    ratedBy: string;
    checklist: { level: SiteLevel; version: number } | null;
    items: RatedItem[];
  }>;
  /** stars of the latest rated year */
  currentStars: number | null;
}

export const SERVICE_SITES_COLLECTION = 'organizations.service-sites';

export const serviceSitesProjection: Projection<ServiceSiteDocument> = {
  name: 'organizations.service-sites',
  collection: SERVICE_SITES_COLLECTION,
  handles: ['organizations.ServiceSiteOpened', 'organizations.ServiceSiteRated'],
  indexes: [{ fields: { orgId: 1 } }, { fields: { unitIds: 1 } }],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & ServiceSiteEvent;
    if (event.type === 'organizations.ServiceSiteOpened') {
      const { siteId, unitIds = [], ...site } = event.data;
      return { _id: siteId, ...site, unitIds, ratings: [], currentStars: null };
    }
    if (!doc) return null;
    const { year, stars, reason, checklist = null, items = [] } = event.data;
    const rating = { year, stars, reason, ratedBy: event.actor.accountId, checklist, items };
    const ratings = [...doc.ratings, rating].sort((a, b) => a.year - b.year);
    return { ...doc, ratings, currentStars: ratings[ratings.length - 1].stars };
  },
};

/**
 * A site as the routes answer it. A document folded before issue 20 (until its projection is
 * replayed) has no `unitIds` and ratings without checklist: read as none.
 */
export function toSiteResource({ _id, ...rest }: ServiceSiteDocument) {
  const ratings = rest.ratings.map((r) => ({
    ...r,
    checklist: r.checklist ?? null,
    items: (r.items ?? []).map((i) => ({ ...i, fileSha256: i.fileSha256 ?? null })),
  }));
  return { id: _id, ...rest, unitIds: rest.unitIds ?? [], ratings };
}
