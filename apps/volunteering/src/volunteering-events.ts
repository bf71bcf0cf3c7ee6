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
  residentSignedUp: 'volunteering.ResidentSignedUp',
  residentSignUpCancelled: 'volunteering.ResidentSignUpCancelled',
  organisationSignedUp: 'volunteering.OrganisationSignedUp',
  organisationSignUpCancelled: 'volunteering.OrganisationSignUpCancelled',
  /** 扫码签到: a member or resident checked in, then out, by the organiser's code */
  checkedIn: 'volunteering.VolunteerCheckedIn',
  checkedOut: 'volunteering.VolunteerCheckedOut',
  /** a resident's hours: recorded, never points (the members service does not know them) */
  residentHoursVerified: 'volunteering.ResidentHoursVerified',
  /** a social organisation's service as a whole: headcount × hours */
  organisationHoursVerified: 'volunteering.OrganisationHoursVerified',
  residentRegistered: 'volunteering.ResidentRegistered',
  residentConsentWithdrawn: 'volunteering.ResidentConsentWithdrawn',
  wishPosted: 'volunteering.MicroWishPosted',
  wishClaimed: 'volunteering.MicroWishClaimed',
  wishReleased: 'volunteering.MicroWishReleased',
  wishMarkedDone: 'volunteering.MicroWishMarkedDone',
} as const;
