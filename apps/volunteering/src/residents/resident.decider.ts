import { type Decider, defineAggregate, InvalidStateTransition } from '@gongjian/eventing';
import { VOLUNTEERING_EVENTS } from '../volunteering-events';

/**
 * 居民志愿者: a resident (not a party member) who volunteers, registered in their community with
 * their consent to the data kept. What is kept is the least that serves: the name, the phone
 * masked (138****5678: enough to recognise, not to call; the full number is never stored) and a
 * keyed digest of the full number (one registration per number and community), the day of the
 * consent, and the resident's own `resident` account when they registered themselves.
 */
export interface ResidentDetails {
  residentId: string;
  communityId: string;
  name: string;
  /** masked: 138****5678 */
  phone: string;
  /** HMAC-SHA256 of the full number under a key derived from the JWT secrets (phone.ts) */
  phoneDigest: string;
  /** the day the resident consented (the form an admin holds, or the day they registered themselves) */
  consentedOn: string;
  /** the resident's own account, when they registered themselves (POST /residents/me) */
  accountId: string | null;
}

export type ResidentCommand =
  { type: 'RegisterResident'; details: ResidentDetails } | { type: 'WithdrawConsent'; at: string };

export type ResidentEvent =
  | { type: typeof VOLUNTEERING_EVENTS.residentRegistered; data: ResidentDetails }
  | { type: typeof VOLUNTEERING_EVENTS.residentConsentWithdrawn; data: { residentId: string; at: string } };

export type ResidentState = { exists: false } | { exists: true; residentId: string; withdrawn: boolean };

export const residentDecider: Decider<ResidentCommand, ResidentEvent, ResidentState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (command.type === 'RegisterResident') {
      if (state.exists) throw new InvalidStateTransition('the resident is already registered');
      return [{ type: VOLUNTEERING_EVENTS.residentRegistered, data: command.details }];
    }
    if (!state.exists) throw new InvalidStateTransition('no such resident');
    if (state.withdrawn) throw new InvalidStateTransition('the resident has already withdrawn their consent');
    return [
      { type: VOLUNTEERING_EVENTS.residentConsentWithdrawn, data: { residentId: state.residentId, at: command.at } },
    ];
  },
  evolve(state, event) {
    if (event.type === VOLUNTEERING_EVENTS.residentRegistered)
      return { exists: true, residentId: event.data.residentId, withdrawn: false };
    return state.exists ? { ...state, withdrawn: true } : state;
  },
};

export const residentStreamId = (id: string) => `volunteering.resident-${id}`;

export const residentAggregate = defineAggregate({
  name: 'resident',
  decider: residentDecider,
  streamId: residentStreamId,
});
