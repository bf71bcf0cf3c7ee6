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
  members: 'members',
  points: 'members',
  'pioneer-index': 'members',
  teams: 'volunteering',
  activities: 'volunteering',
  'micro-wishes': 'volunteering',
  rotations: 'volunteering',
  residents: 'volunteering',
  audit: 'audit',
};

export function serviceUrls(env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const services = new Set(Object.values(ROUTE_OWNERS));
  return Object.fromEntries([...services].map((s) => [s, env[`${s.toUpperCase()}_URL`]]));
}
