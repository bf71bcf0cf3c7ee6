import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';

/** 党群服务中心/站/点 — a centre, station or point attached to an organisation. */
export const SITE_LEVELS = { centre: '党群服务中心', station: '党群服务站', point: '党群服务点' } as const;
export type SiteLevel = keyof typeof SITE_LEVELS;

export type ServiceSiteCommand =
  | {
      type: 'OpenServiceSite';
      siteId: string;
      org: { id: string; kind: string; status: string } | null;
      name: string;
      level: SiteLevel;
      address: string;
    }
  | { type: 'RateServiceSite'; year: number; stars: number; reason: string; currentYear: number };

export type ServiceSiteEvent =
  | {
      type: 'organizations.ServiceSiteOpened';
      data: { siteId: string; orgId: string; name: string; level: SiteLevel; address: string };
    }
  | { type: 'organizations.ServiceSiteRated'; data: { siteId: string; year: number; stars: number; reason: string } };

export type ServiceSiteState =
  { exists: false } | { exists: true; siteId: string; orgId: string; ratedYears: number[] };

export const serviceSiteStreamId = (siteId: string) => `organizations.serviceSite-${siteId}`;

export const serviceSiteDecider: Decider<ServiceSiteCommand, ServiceSiteEvent, ServiceSiteState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (command.type === 'OpenServiceSite') {
      if (state.exists) throw new InvalidStateTransition('service site already opened');
      const { org } = command;
      if (!org)
        throw new DomainRuleViolation('the organisation does not exist', 'unknown_organisation', { field: 'orgId' });
      if (org.kind === 'unit') {
        throw new DomainRuleViolation('a service site belongs to an organisation, not a unit', 'invalid_org', {
          field: 'orgId',
        });
      }
      if (org.status !== 'active')
        throw new DomainRuleViolation('the organisation is dissolved', 'organisation_dissolved', { field: 'orgId' });
      const { siteId, name, level, address } = command;
      return [{ type: 'organizations.ServiceSiteOpened', data: { siteId, orgId: org.id, name, level, address } }];
    }
    if (!state.exists) throw new NotFound('service site not found');
    if (command.year > command.currentYear) {
      throw new DomainRuleViolation('a year cannot be rated before it begins', 'future_year', { field: 'year' });
    }
    if (state.ratedYears.includes(command.year)) {
      throw new InvalidStateTransition(`the site already has a rating for ${command.year}`, { field: 'year' });
    }
    const { year, stars, reason } = command;
    return [{ type: 'organizations.ServiceSiteRated', data: { siteId: state.siteId, year, stars, reason } }];
  },
  evolve(state, event) {
    if (event.type === 'organizations.ServiceSiteOpened')
      return { exists: true, siteId: event.data.siteId, orgId: event.data.orgId, ratedYears: [] };
    return state.exists ? { ...state, ratedYears: [...state.ratedYears, event.data.year] } : state;
  },
};

/** 党群服务阵地 — a service site, bound once to its stream. */
export const serviceSiteAggregate = defineAggregate({
  name: 'service site',
  decider: serviceSiteDecider,
  streamId: serviceSiteStreamId,
});
