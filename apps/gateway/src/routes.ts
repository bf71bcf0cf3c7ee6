import { urlList } from '@gongjian/http';

/**
 * Which service owns which route of the public API (DESIGN §4). The gateway forwards
 * `/api/v1/<first segment>/…` to the owner's URL, from `<SERVICE>_URL` (e.g. `MATCHING_URL`).
 */
export const ROUTE_OWNERS: Record<string, string> = {
  needs: 'matching',
  offers: 'matching',
  matching: 'matching',
  proposals: 'matching',
  projects: 'matching',
  organizations: 'organizations',
  units: 'organizations',
  pairings: 'organizations',
  accounts: 'organizations',
  'service-sites': 'organizations',
  auth: 'organizations',
  // the grid tier (issue 18)
  'party-organizations': 'organizations',
  households: 'organizations',
  'household-units': 'organizations',
  'central-households': 'organizations',
  'joint-meeting-sessions': 'organizations',
  members: 'members',
  points: 'members',
  'pioneer-index': 'members',
  teams: 'volunteering',
  activities: 'volunteering',
  'micro-wishes': 'volunteering',
  rotations: 'volunteering',
  residents: 'volunteering',
  audit: 'audit',
  // money (issue 19)
  funds: 'funds',
  'micro-projects': 'funds',
  'project-funding': 'funds',
  merchants: 'funds',
  // assessment (issue 20): indicator sets, figures, what-if, awards
  assessment: 'assessment',
  // spreadsheets (issue 17): each kind is imported and exported by the service that owns it
  'imports/organizations': 'organizations',
  'imports/units': 'organizations',
  'imports/members': 'members',
  'imports/needs': 'matching',
  'imports/offers': 'matching',
  'exports/organizations': 'organizations',
  'exports/units': 'organizations',
  'exports/sites': 'organizations',
  'exports/members': 'members',
  'exports/ledger': 'members',
  'exports/needs': 'matching',
  'exports/offers': 'matching',
  'exports/proposals': 'matching',
  'exports/projects': 'matching',
  'exports/activities': 'volunteering',
  'exports/merchant-statement': 'funds',
  'exports/fund-report': 'funds',
  'exports/unit-contributions': 'funds',
};

/**
 * The service owning a path below `/api/v1` (`/needs/…`, `/imports/needs`, `/exports/needs.xlsx?…`):
 * by its first two segments where they are listed (imports and exports, whose second segment is
 * the kind), else by its first.
 */
export function ownerOf(url: string): string | undefined {
  const [first = '', second = ''] = url.split('?')[0].split('/').filter(Boolean);
  return ROUTE_OWNERS[`${first}/${second.replace(/\.xlsx$/, '')}`] ?? ROUTE_OWNERS[first];
}

/** Each service's replicas from `<SERVICE>_URL` (one URL, or several separated by commas), when configured. */
export function serviceUrls(env: NodeJS.ProcessEnv = process.env): Record<string, string[] | undefined> {
  const services = new Set(Object.values(ROUTE_OWNERS));
  return Object.fromEntries([...services].map((s) => [s, urlList(env[`${s.toUpperCase()}_URL`])]));
}
