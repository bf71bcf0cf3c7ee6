import { ineligible } from '../eligibility';
import type { ConformsToContracts } from '@gongjian/contracts';
import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { type MicroWishFulfilledV1, type WishStatus } from '@gongjian/contracts';
import { VOLUNTEERING_EVENTS } from '../volunteering-events';

/** 微心愿: a resident's small wish a community posts; one member at a time takes it on. */
export interface WishDetails {
  wishId: string;
  communityId: string;
  /**
   * the grid of the resident whose wish it is, when a grid worker collected it there or an admin
   * said so (issue 18); wishes posted before it have none, as those posted for the whole community
   */
  gridId?: string | null;
  title: string;
  description: string;
}

export type WishCommand =
  | { type: 'PostWish'; details: WishDetails }
  | { type: 'ClaimWish'; memberId: string; eligibility: { ok: boolean; reason: string } }
  | { type: 'ReleaseWish' }
  | { type: 'MarkDone'; note: string }
  | { type: 'ConfirmWish'; now: string };

export type WishEvent =
  | { type: typeof VOLUNTEERING_EVENTS.wishPosted; data: WishDetails }
  | { type: typeof VOLUNTEERING_EVENTS.wishClaimed; data: { wishId: string; memberId: string } }
  | { type: typeof VOLUNTEERING_EVENTS.wishReleased; data: { wishId: string; memberId: string } }
  | { type: typeof VOLUNTEERING_EVENTS.wishMarkedDone; data: { wishId: string; memberId: string; note: string } }
  | { type: typeof VOLUNTEERING_EVENTS.microWishFulfilled; data: MicroWishFulfilledV1 };

export type WishState =
  { exists: false } | { exists: true; details: WishDetails; status: WishStatus; claimedBy: string | null };

export const wishStreamId = (id: string) => `volunteering.wish-${id}`;

/** open → claimed (one claimer; may be released) → done (the claimer says so) → fulfilled (confirmed). */
export const wishDecider: Decider<WishCommand, WishEvent, WishState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    if (command.type === 'PostWish') {
      if (state.exists) throw new InvalidStateTransition('wish already posted');
      return [{ type: VOLUNTEERING_EVENTS.wishPosted, data: command.details }];
    }
    if (!state.exists) throw new InvalidStateTransition('wish not posted');
    const { wishId } = state.details;
    switch (command.type) {
      case 'ClaimWish':
        if (state.status !== 'open')
          throw new InvalidStateTransition(
            state.claimedBy ? `the wish is already claimed by ${state.claimedBy}` : `the wish is ${state.status}`,
          );
        if (!command.eligibility.ok)
          throw new DomainRuleViolation(
            ineligible(command.eligibility.reason, 'claim its wishes'),
            command.eligibility.reason,
            { field: 'memberId' },
          );
        return [{ type: VOLUNTEERING_EVENTS.wishClaimed, data: { wishId, memberId: command.memberId } }];
      case 'ReleaseWish':
        if (state.status !== 'claimed') throw new InvalidStateTransition('only a claimed wish can be released');
        return [{ type: VOLUNTEERING_EVENTS.wishReleased, data: { wishId, memberId: state.claimedBy! } }];
      case 'MarkDone':
        if (state.status !== 'claimed')
          throw new InvalidStateTransition(
            state.status === 'open' ? 'nobody has claimed this wish' : `the wish is already ${state.status}`,
          );
        return [
          {
            type: VOLUNTEERING_EVENTS.wishMarkedDone,
            data: { wishId, memberId: state.claimedBy!, note: command.note },
          },
        ];
      case 'ConfirmWish':
        if (state.status !== 'done')
          throw new InvalidStateTransition(
            state.status === 'fulfilled'
              ? 'the wish is already fulfilled'
              : 'the claimer has not fulfilled the wish yet',
          );
        return [
          {
            type: VOLUNTEERING_EVENTS.microWishFulfilled,
            data: {
              wishId,
              communityId: state.details.communityId,
              memberId: state.claimedBy!,
              title: state.details.title,
              confirmedAt: command.now,
            },
          },
        ];
    }
  },

  evolve(state, event) {
    if (event.type === VOLUNTEERING_EVENTS.wishPosted)
      return { exists: true, details: event.data, status: 'open', claimedBy: null };
    if (!state.exists) return state;
    switch (event.type) {
      case VOLUNTEERING_EVENTS.wishClaimed:
        return { ...state, status: 'claimed', claimedBy: event.data.memberId };
      case VOLUNTEERING_EVENTS.wishReleased:
        return { ...state, status: 'open', claimedBy: null };
      case VOLUNTEERING_EVENTS.wishMarkedDone:
        return { ...state, status: 'done' };
      case VOLUNTEERING_EVENTS.microWishFulfilled:
        return { ...state, status: 'fulfilled' };
    }
  },
};

export const wishAggregate = defineAggregate({ name: 'micro-wish', decider: wishDecider, streamId: wishStreamId });

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const wishEventsConform: ConformsToContracts<WishEvent> = true;
