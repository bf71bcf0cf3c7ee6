/**
 * Whether a volunteer may serve in a place, as the policies find it (volunteering.policy.ts):
 * - a member (`mayServeIn`, `mayServeActivity`): `branch`, `reported` (双报到) or `rotation` (their
 *   team serves there this quarter) when they may; `unknown_member`, `member_erased` or
 *   `not_in_community` when not;
 * - a resident (`residentMayServe`): `community` when they may; `unknown_resident`,
 *   `consent_withdrawn` or `not_in_community` when not;
 * - an organisation (`organisationMayServe`): `social_organisation` when it may;
 *   `unknown_unit`, `organisation_dissolved` or `not_a_social_organisation` when not.
 */
export interface Eligibility {
  ok: boolean;
  reason: string;
}

/**
 * Why a volunteer may not serve here, in words, for `what` they tried (`sign up`, `claim its
 * wishes`); `kind` says whose rule `not_in_community` was.
 */
export function ineligible(reason: string, what: string, kind: 'member' | 'resident' = 'member'): string {
  if (reason === 'not_in_community' && kind === 'resident') return `only residents of this community may ${what}`;
  switch (reason) {
    case 'unknown_member':
      return 'not a registered party member';
    case 'member_erased':
      return `the member's personal data was erased: they may not ${what} any more`;
    case 'unknown_resident':
      return 'not a registered resident volunteer';
    case 'consent_withdrawn':
      return `the resident withdrew their consent: they may not ${what} any more`;
    case 'unknown_unit':
      return 'not a registered unit';
    case 'organisation_dissolved':
      return 'the organisation is dissolved';
    case 'not_a_social_organisation':
      return `only social organisations may ${what} as a whole`;
    default:
      return `only members of this community, or members who reported to it, may ${what}${
        what === 'sign up' ? ' (or members of a team the quarter’s rotation sends here)' : ''
      }`;
  }
}
