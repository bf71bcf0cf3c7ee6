import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { ServiceSiteEvent, SiteLevel } from './service-site.decider';

export interface ServiceSiteDocument extends ReadModelDocument {
  orgId: string;
  name: string;
  level: SiteLevel;
  address: string;
  ratings: Array<{ year: number; stars: number; reason: string; ratedBy: string }>;
  /** stars of the latest rated year */
  currentStars: number | null;
}

export const SERVICE_SITES_COLLECTION = 'organizations.service-sites';

export const serviceSitesProjection: Projection<ServiceSiteDocument> = {
  name: 'organizations.service-sites',
  collection: SERVICE_SITES_COLLECTION,
  handles: ['organizations.ServiceSiteOpened', 'organizations.ServiceSiteRated'],
  indexes: [{ fields: { orgId: 1 } }],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & ServiceSiteEvent;
    if (event.type === 'organizations.ServiceSiteOpened') {
      const { siteId, ...site } = event.data;
      return { _id: siteId, ...site, ratings: [], currentStars: null };
    }
    if (!doc) return null;
    const { year, stars, reason } = event.data;
    const ratings = [...doc.ratings, { year, stars, reason, ratedBy: event.actor.accountId }].sort(
      (a, b) => a.year - b.year,
    );
    return { ...doc, ratings, currentStars: ratings[ratings.length - 1].stars };
  },
};

export function toSiteResource({ _id, ...rest }: ServiceSiteDocument) {
  return { id: _id, ...rest };
}
