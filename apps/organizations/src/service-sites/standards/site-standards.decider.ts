import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  sameJson,
} from '@gongjian/eventing';
import { DEFAULT_DISTRICT_STARS } from '@gongjian/contracts';
import type { PlaceFacts } from '../../party-organizations/party-organization.decider';
import { SITE_LEVELS, type SiteLevel } from '../service-site.decider';
import { type ChecklistItem, DEFAULT_CHECKLISTS } from './default-checklists';

/** An item as an edit names it: an existing item keeps its id, a new one gets the next free one. */
export type ChecklistItemInput = Omit<ChecklistItem, 'id'> & { id?: string };

export type SiteStandardsCommand =
  | {
      type: 'EditSiteChecklist';
      districtId: string;
      district: PlaceFacts | null;
      level: SiteLevel;
      items: ChecklistItemInput[];
    }
  | { type: 'SetSiteRatingAuthority'; districtId: string; district: PlaceFacts | null; districtStars: number };

export type SiteStandardsEvent =
  | {
      type: 'organizations.SiteChecklistEdited';
      data: { districtId: string; level: SiteLevel; version: number; items: ChecklistItem[] };
    }
  | {
      type: 'organizations.SiteRatingAuthoritySet';
      data: { districtId: string; districtStars: number; previous: number };
    };

export interface SiteStandardsState {
  checklists: Record<SiteLevel, { version: number; items: ChecklistItem[] }>;
  districtStars: number;
}

/** A district's standards before any edit: the defaults, each at version 1, and the seed's rule. */
export const defaultStandards = (): SiteStandardsState => ({
  checklists: {
    centre: { version: 1, items: DEFAULT_CHECKLISTS.centre },
    station: { version: 1, items: DEFAULT_CHECKLISTS.station },
    point: { version: 1, items: DEFAULT_CHECKLISTS.point },
  },
  districtStars: DEFAULT_DISTRICT_STARS,
});

export const siteStandardsStreamId = (districtId: string) => `organizations.siteStandards-${districtId}`;

function requireDistrict(districtId: string, district: PlaceFacts | null): void {
  if (!district || district.kind !== 'district')
    throw new DomainRuleViolation(`${districtId} is not a known district`, 'unknown_district', { field: 'id' });
  if (district.status !== 'active') throw new InvalidStateTransition('the district is dissolved');
}

/** Gives new items the next free `item_<n>`; refuses an id or a name named twice. */
function withIds(items: ChecklistItemInput[]): ChecklistItem[] {
  const taken = new Set(items.flatMap((i) => (i.id ? [i.id] : [])));
  const names = new Set<string>();
  const ids = new Set<string>();
  let next = 1;
  return items.map(({ id, name, description }, index) => {
    if ((id && ids.has(id)) || names.has(name))
      throw new DomainRuleViolation(`the checklist names ${id && ids.has(id) ? id : name} twice`, 'duplicate_item', {
        field: `items.${index}.${id && ids.has(id) ? 'id' : 'name'}`,
      });
    names.add(name);
    let itemId = id;
    while (!itemId) {
      const candidate = `item_${next++}`;
      if (!taken.has(candidate)) itemId = candidate;
    }
    ids.add(itemId);
    return { id: itemId, name, description };
  });
}

/**
 * A district's standards for its service sites (星级考评标准): the checklist of each level (七个一
 * for stations, 五个一 for points by default), each edit a new version that later ratings name,
 * and the rule of who gives which stars ("N stars and above by the district, fewer by the street").
 */
export const siteStandardsDecider: Decider<SiteStandardsCommand, SiteStandardsEvent, SiteStandardsState> = {
  initialState: defaultStandards,
  decide(command, state) {
    requireDistrict(command.districtId, command.district);
    const { districtId } = command;
    if (command.type === 'SetSiteRatingAuthority') {
      if (command.districtStars === state.districtStars)
        throw new DomainRuleViolation(`the district already gives ${state.districtStars} stars and more`, 'unchanged', {
          field: 'districtStars',
        });
      const { districtStars } = command;
      return [
        {
          type: 'organizations.SiteRatingAuthoritySet',
          data: { districtId, districtStars, previous: state.districtStars },
        },
      ];
    }
    if (!(command.level in SITE_LEVELS))
      throw new DomainRuleViolation(`${command.level} is not a site level`, 'invalid_level', { field: 'level' });
    const items = withIds(command.items);
    const current = state.checklists[command.level];
    if (sameJson(items, current.items))
      throw new DomainRuleViolation('the checklist is unchanged', 'unchanged', { field: 'items' });
    return [
      {
        type: 'organizations.SiteChecklistEdited',
        data: { districtId, level: command.level, version: current.version + 1, items },
      },
    ];
  },
  evolve(state, event) {
    if (event.type === 'organizations.SiteRatingAuthoritySet')
      return { ...state, districtStars: event.data.districtStars };
    const { level, version, items } = event.data;
    return { ...state, checklists: { ...state.checklists, [level]: { version, items } } };
  },
};

/** 星级考评标准 of a district, bound once to its stream. */
export const siteStandardsAggregate = defineAggregate({
  name: 'site standards',
  decider: siteStandardsDecider,
  streamId: siteStandardsStreamId,
});
