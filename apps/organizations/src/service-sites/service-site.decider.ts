import { siteStarRange } from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';

/** 党群服务中心/站/点 — a centre, station or point attached to an organisation or to units. */
export const SITE_LEVELS = { centre: '党群服务中心', station: '党群服务站', point: '党群服务点' } as const;
export type SiteLevel = keyof typeof SITE_LEVELS;

type OrgFacts = { id: string; kind: string; status: string };

/** What a rating says of one checklist item: met or not, and the evidence (a note). */
export interface ChecklistAnswer {
  itemId: string;
  met: boolean;
  note: string;
  /** an uploaded evidence file (its SHA-256), since issue 20's files */
  fileSha256?: string | null;
}

export type ServiceSiteCommand =
  | {
      type: 'OpenServiceSite';
      siteId: string;
      /** the organisation the site belongs to; for a site of units, the place in the tree they share */
      org: OrgFacts | null;
      /** 多企联建: the resident units running the site (none: the organisation's own) */
      units?: OrgFacts[];
      name: string;
      level: SiteLevel;
      address: string;
    }
  | {
      type: 'RateServiceSite';
      year: number;
      stars: number;
      reason: string;
      currentYear: number;
      /** the checklist of the site's level in its district, now */
      checklist: { version: number; items: Array<{ id: string; name: string }> };
      answers: ChecklistAnswer[];
    };

export interface RatedItem extends ChecklistAnswer {
  name: string;
}

export type ServiceSiteEvent =
  | {
      type: 'organizations.ServiceSiteOpened';
      /** `unitIds` since issue 20 (absent before: the organisation's own) */
      data: { siteId: string; orgId: string; name: string; level: SiteLevel; address: string; unitIds?: string[] };
    }
  | {
      type: 'organizations.ServiceSiteRated';
      /** `checklist` and `items` since issue 20 (absent before: stars and reason only) */
      data: {
        siteId: string;
        year: number;
        stars: number;
        reason: string;
        checklist?: { level: SiteLevel; version: number };
        items?: RatedItem[];
      };
    };

export type ServiceSiteState =
  { exists: false } | { exists: true; siteId: string; orgId: string; level: SiteLevel; ratedYears: number[] };

export const serviceSiteStreamId = (siteId: string) => `organizations.serviceSite-${siteId}`;

function checkOwner(org: OrgFacts | null, units: OrgFacts[], level: SiteLevel): void {
  if (!org)
    throw new DomainRuleViolation('the organisation does not exist', 'unknown_organisation', { field: 'orgId' });
  if (org.kind === 'unit') {
    throw new DomainRuleViolation('a service site belongs to an organisation, not a unit', 'invalid_org', {
      field: 'orgId',
    });
  }
  if (org.status !== 'active')
    throw new DomainRuleViolation('the organisation is dissolved', 'organisation_dissolved', { field: 'orgId' });
  for (const unit of units) {
    if (unit.kind !== 'unit')
      throw new DomainRuleViolation(`${unit.id} is not a unit`, 'unknown_unit', { field: 'unitIds' });
    if (unit.status !== 'active')
      throw new DomainRuleViolation(`the unit ${unit.id} is dissolved`, 'organisation_dissolved', {
        field: 'unitIds',
      });
  }
  if (units.length > 0 && level === 'centre')
    throw new DomainRuleViolation('units run stations and points, not a centre (点为主、多企联建)', 'invalid_level', {
      field: 'level',
    });
}

/**
 * The answers must cover the checklist, each item once; a met item needs its evidence; the
 * stars must lie in the range the checklist allows (`siteStarRange`).
 */
function checkAnswers(command: Extract<ServiceSiteCommand, { type: 'RateServiceSite' }>): RatedItem[] {
  const { checklist, answers } = command;
  const byId = new Map(answers.map((a) => [a.itemId, a]));
  const known = new Set(checklist.items.map((i) => i.id));
  const missing = checklist.items.filter((i) => !byId.has(i.id)).map((i) => i.id);
  const unknown = answers.filter((a) => !known.has(a.itemId)).map((a) => a.itemId);
  if (missing.length || unknown.length || byId.size !== answers.length)
    throw new DomainRuleViolation(
      `the answers must name each item of checklist version ${checklist.version} once`,
      'checklist_mismatch',
      { field: 'items', version: checklist.version, missing, unknown },
    );
  const rated = checklist.items.map(({ id, name }) => ({ ...byId.get(id)!, name }));
  const bare = rated.find((item) => item.met && !item.note.trim());
  if (bare)
    throw new DomainRuleViolation(`“${bare.name}” is marked met without evidence`, 'evidence_missing', {
      field: 'items',
      itemId: bare.itemId,
    });
  const met = rated.filter((item) => item.met).length;
  const { least, most } = siteStarRange(met, rated.length);
  if (command.stars < least || command.stars > most)
    throw new DomainRuleViolation(
      `${met} of ${rated.length} items met allow ${least} to ${most} stars`,
      'stars_off_checklist',
      { field: 'stars', least, most, met, total: rated.length },
    );
  return rated.map(({ itemId, name, met: isMet, note, fileSha256 }) => ({
    itemId,
    name,
    met: isMet,
    note: note.trim(),
    ...(fileSha256 ? { fileSha256 } : {}),
  }));
}

export const serviceSiteDecider: Decider<ServiceSiteCommand, ServiceSiteEvent, ServiceSiteState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (command.type === 'OpenServiceSite') {
      if (state.exists) throw new InvalidStateTransition('service site already opened');
      const units = command.units ?? [];
      checkOwner(command.org, units, command.level);
      const { siteId, name, level, address } = command;
      return [
        {
          type: 'organizations.ServiceSiteOpened',
          data: { siteId, orgId: command.org!.id, name, level, address, unitIds: units.map((u) => u.id) },
        },
      ];
    }
    if (!state.exists) throw new NotFound('service site not found');
    if (command.year > command.currentYear) {
      throw new DomainRuleViolation('a year cannot be rated before it begins', 'future_year', { field: 'year' });
    }
    if (state.ratedYears.includes(command.year)) {
      throw new InvalidStateTransition(`the site already has a rating for ${command.year}`, { field: 'year' });
    }
    const items = checkAnswers(command);
    const { year, stars, reason } = command;
    const checklist = { level: state.level, version: command.checklist.version };
    return [
      { type: 'organizations.ServiceSiteRated', data: { siteId: state.siteId, year, stars, reason, checklist, items } },
    ];
  },
  evolve(state, event) {
    if (event.type === 'organizations.ServiceSiteOpened') {
      const { siteId, orgId, level } = event.data;
      return { exists: true, siteId, orgId, level, ratedYears: [] };
    }
    return state.exists ? { ...state, ratedYears: [...state.ratedYears, event.data.year] } : state;
  },
};

/** 党群服务阵地 — a service site, bound once to its stream. */
export const serviceSiteAggregate = defineAggregate({
  name: 'service site',
  decider: serviceSiteDecider,
  streamId: serviceSiteStreamId,
});
