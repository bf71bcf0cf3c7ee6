import { VOLUNTEERING_EVENTS as PUBLIC_VOLUNTEERING_EVENTS } from '@gongjian/contracts';

/**
 * The events of the volunteering service: its public ones (libs/contracts: verified hours and
 * fulfilled wishes, from which the members service awards points) and its own facts, which never
 * leave it (the relay does not publish them; audit reads them from the log).
 */
export const VOLUNTEERING_EVENTS = {
  ...PUBLIC_VOLUNTEERING_EVENTS,
  teamFormed: 'volunteering.TeamFormed',
  teamMemberAdded: 'volunteering.TeamMemberAdded',
  teamMemberRemoved: 'volunteering.TeamMemberRemoved',
  rotationPublished: 'volunteering.RotationPublished',
  activityPublished: 'volunteering.ActivityPublished',
  signedUp: 'volunteering.VolunteerSignedUp',
  signUpCancelled: 'volunteering.SignUpCancelled',
  activityCancelled: 'volunteering.ActivityCancelled',
  wishPosted: 'volunteering.MicroWishPosted',
  wishClaimed: 'volunteering.MicroWishClaimed',
  wishReleased: 'volunteering.MicroWishReleased',
  wishMarkedDone: 'volunteering.MicroWishMarkedDone',
} as const;
