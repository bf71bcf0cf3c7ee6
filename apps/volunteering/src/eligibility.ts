/**
 * Whether a member may serve in a community (sign up for its activities, claim its wishes), as
 * `mayServeIn` (volunteering.policy.ts) finds it: `reported` (双报到) or `branch` when they may;
 * `unknown_member`, `member_erased` or `not_in_community` when not.
 */
export interface Eligibility {
  ok: boolean;
  reason: string;
}

/** Why a member may not serve here, in words, for `what` they tried (`sign up`, `claim its wishes`). */
export function ineligible(reason: string, what: string): string {
  if (reason === 'unknown_member') return 'not a registered party member';
  if (reason === 'member_erased') return `the member's personal data was erased: they may not ${what} any more`;
  return `only members of this community, or members who reported to it, may ${what}`;
}
