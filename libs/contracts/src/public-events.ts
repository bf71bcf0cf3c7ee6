import { ACCOUNT_EVENTS } from './accounts';
import type {
  AccountCreatedV1,
  AccountDisabledV1,
  AccountEnabledV1,
  PasswordChangedV1,
  PasswordResetV1,
} from './accounts';
import { MATCHING_EVENTS } from './matching';
import type {
  NeedCancelledV1,
  NeedExpiredV1,
  NeedPostedV1,
  ProjectCompletedV1,
  ProjectCreatedV1,
  ProjectEvaluatedV1,
} from './matching';
import { MEMBER_EVENTS } from './members';
import type {
  CommunityReportWithdrawnV1,
  MemberAccountLinkedV1,
  MemberErasedV1,
  MemberRegisteredV1,
  MemberReportedToCommunityV1,
  MemberStatusChangedV1,
  MemberTransferredV1,
  PointsRedeemedV1,
  PointsRedemptionReversedV1,
} from './members';
import { MERCHANT_EVENTS } from './merchants';
import type {
  MerchantRegisteredV1,
  MerchantReinstatedV1,
  MerchantSuspendedV1,
  MerchantTermsChangedV1,
} from './merchants';
import { JOINT_MEETING_EVENTS, ORGANIZATION_EVENTS } from './organizations';
import type {
  JointMeetingDecisionRecordedV1,
  JointMeetingSessionHeldV1,
  OrganizationDissolvedV1,
  OrganizationMovedV1,
  OrganizationRegisteredV1,
  OrganizationRenamedV1,
  PairingEndedV1,
  PairingEstablishedV1,
  UnitEditedV1,
  UnitRegisteredV1,
} from './organizations';
import { GRID_EVENTS } from './grid';
import type {
  GridWorkerAssignedV1,
  GridWorkerReleasedV1,
  PartyOrganizationCoverageChangedV1,
  PartyOrganizationDissolvedV1,
  PartyOrganizationFormedV1,
  PartyOrganizationRenamedV1,
} from './grid';
import { VOLUNTEERING_EVENTS } from './volunteering';
import type { MicroWishFulfilledV1, VolunteerHoursVerifiedV1 } from './volunteering';

/**
 * Every public integration event (DESIGN §3, STYLE §5): its type and the payload other services
 * may rely on. Only these leave a service — the relay publishes these and nothing else — and a
 * service's internal event of one of these types must carry at least this payload
 * (`ConformsToContracts`). A payload only grows; a breaking change is a new type or version.
 */
export interface PublicPayloads {
  // organizations
  [ORGANIZATION_EVENTS.registered]: OrganizationRegisteredV1;
  [ORGANIZATION_EVENTS.renamed]: OrganizationRenamedV1;
  [ORGANIZATION_EVENTS.moved]: OrganizationMovedV1;
  [ORGANIZATION_EVENTS.dissolved]: OrganizationDissolvedV1;
  [ORGANIZATION_EVENTS.unitRegistered]: UnitRegisteredV1;
  [ORGANIZATION_EVENTS.unitEdited]: UnitEditedV1;
  [ORGANIZATION_EVENTS.pairingEstablished]: PairingEstablishedV1;
  [ORGANIZATION_EVENTS.pairingEnded]: PairingEndedV1;
  // the grid tier (organizations)
  [GRID_EVENTS.partyOrgFormed]: PartyOrganizationFormedV1;
  [GRID_EVENTS.partyOrgRenamed]: PartyOrganizationRenamedV1;
  [GRID_EVENTS.partyOrgCoverageChanged]: PartyOrganizationCoverageChangedV1;
  [GRID_EVENTS.partyOrgDissolved]: PartyOrganizationDissolvedV1;
  [GRID_EVENTS.gridWorkerAssigned]: GridWorkerAssignedV1;
  [GRID_EVENTS.gridWorkerReleased]: GridWorkerReleasedV1;
  // joint meetings (organizations, issue 20)
  // accounts (appended by organizations, folded by every process's guard)
  [ACCOUNT_EVENTS.created]: AccountCreatedV1;
  [ACCOUNT_EVENTS.disabled]: AccountDisabledV1;
  [ACCOUNT_EVENTS.enabled]: AccountEnabledV1;
  [ACCOUNT_EVENTS.passwordChanged]: PasswordChangedV1;
  [ACCOUNT_EVENTS.passwordReset]: PasswordResetV1;
  // members
  [MEMBER_EVENTS.registered]: MemberRegisteredV1;
  [MEMBER_EVENTS.transferred]: MemberTransferredV1;
  [MEMBER_EVENTS.statusChanged]: MemberStatusChangedV1;
  [MEMBER_EVENTS.reportedToCommunity]: MemberReportedToCommunityV1;
  [MEMBER_EVENTS.reportWithdrawn]: CommunityReportWithdrawnV1;
  [MEMBER_EVENTS.erased]: MemberErasedV1;
  [MEMBER_EVENTS.accountLinked]: MemberAccountLinkedV1;
  [MEMBER_EVENTS.pointsRedeemed]: PointsRedeemedV1;
  [MEMBER_EVENTS.pointsRedemptionReversed]: PointsRedemptionReversedV1;
  // the merchant alliance (funds)
  [MERCHANT_EVENTS.registered]: MerchantRegisteredV1;
  [MERCHANT_EVENTS.termsChanged]: MerchantTermsChangedV1;
  [MERCHANT_EVENTS.suspended]: MerchantSuspendedV1;
  [MERCHANT_EVENTS.reinstated]: MerchantReinstatedV1;
  // volunteering
  [VOLUNTEERING_EVENTS.hoursVerified]: VolunteerHoursVerifiedV1;
  [VOLUNTEERING_EVENTS.microWishFulfilled]: MicroWishFulfilledV1;
  // matching
  [MATCHING_EVENTS.needPosted]: NeedPostedV1;
  [MATCHING_EVENTS.needCancelled]: NeedCancelledV1;
  [MATCHING_EVENTS.needExpired]: NeedExpiredV1;
  [MATCHING_EVENTS.projectCreated]: ProjectCreatedV1;
  [MATCHING_EVENTS.projectCompleted]: ProjectCompletedV1;
  [MATCHING_EVENTS.projectEvaluated]: ProjectEvaluatedV1;
  // joint-meeting sessions (organizations, issue 20)
  [JOINT_MEETING_EVENTS.decisionRecorded]: JointMeetingDecisionRecordedV1;
  [JOINT_MEETING_EVENTS.sessionHeld]: JointMeetingSessionHeldV1;
}

export type PublicEventType = keyof PublicPayloads;

/** One entry per public type: the compiler refuses a type of `PublicPayloads` missing here. */
const PUBLIC: Record<PublicEventType, true> = {
  [ORGANIZATION_EVENTS.registered]: true,
  [ORGANIZATION_EVENTS.renamed]: true,
  [ORGANIZATION_EVENTS.moved]: true,
  [ORGANIZATION_EVENTS.dissolved]: true,
  [ORGANIZATION_EVENTS.unitRegistered]: true,
  [ORGANIZATION_EVENTS.unitEdited]: true,
  [ORGANIZATION_EVENTS.pairingEstablished]: true,
  [ORGANIZATION_EVENTS.pairingEnded]: true,
  [GRID_EVENTS.partyOrgFormed]: true,
  [GRID_EVENTS.partyOrgRenamed]: true,
  [GRID_EVENTS.partyOrgCoverageChanged]: true,
  [GRID_EVENTS.partyOrgDissolved]: true,
  [GRID_EVENTS.gridWorkerAssigned]: true,
  [GRID_EVENTS.gridWorkerReleased]: true,
  [ACCOUNT_EVENTS.created]: true,
  [ACCOUNT_EVENTS.disabled]: true,
  [ACCOUNT_EVENTS.enabled]: true,
  [ACCOUNT_EVENTS.passwordChanged]: true,
  [ACCOUNT_EVENTS.passwordReset]: true,
  [MEMBER_EVENTS.registered]: true,
  [MEMBER_EVENTS.transferred]: true,
  [MEMBER_EVENTS.statusChanged]: true,
  [MEMBER_EVENTS.reportedToCommunity]: true,
  [MEMBER_EVENTS.reportWithdrawn]: true,
  [MEMBER_EVENTS.erased]: true,
  [MEMBER_EVENTS.accountLinked]: true,
  [MEMBER_EVENTS.pointsRedeemed]: true,
  [MEMBER_EVENTS.pointsRedemptionReversed]: true,
  [MERCHANT_EVENTS.registered]: true,
  [MERCHANT_EVENTS.termsChanged]: true,
  [MERCHANT_EVENTS.suspended]: true,
  [MERCHANT_EVENTS.reinstated]: true,
  [VOLUNTEERING_EVENTS.hoursVerified]: true,
  [VOLUNTEERING_EVENTS.microWishFulfilled]: true,
  [MATCHING_EVENTS.needPosted]: true,
  [MATCHING_EVENTS.needCancelled]: true,
  [MATCHING_EVENTS.needExpired]: true,
  [MATCHING_EVENTS.projectCreated]: true,
  [MATCHING_EVENTS.projectCompleted]: true,
  [MATCHING_EVENTS.projectEvaluated]: true,
  [JOINT_MEETING_EVENTS.decisionRecorded]: true,
  [JOINT_MEETING_EVENTS.sessionHeld]: true,
};

/** The public event types, at run time. */
export const PUBLIC_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(PUBLIC));

/** Whether an event of `type` may leave its service (be published on the bus). */
export function isPublicEvent(type: string): boolean {
  return PUBLIC_EVENT_TYPES.has(type);
}

/** The public types among the types of an event union `E` whose payload is not a public payload. */
type Violations<E> = E extends { type: infer T; data: infer D }
  ? T extends PublicEventType
    ? D extends PublicPayloads[T]
      ? never
      : T
    : never
  : never;

/**
 * `true` when every event of the union `E` that has a public type carries (at least) its public
 * payload; otherwise a type naming the offending event types, so that
 * `const conforms: ConformsToContracts<NeedEvent> = true;` beside a decider stops the build when
 * an internal event drifts from its contract.
 */
export type ConformsToContracts<E> = [Violations<E>] extends [never]
  ? true
  : { notConformingToContract: Violations<E> };
