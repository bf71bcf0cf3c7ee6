import type { EventEnvelope } from '@gongjian/eventing';
import { ledgerProjections, type Posting, type PostingOf, transfer } from '@gongjian/ledger';
import { MEMBER_EVENTS, type PointsAwardedV1, type PointsRedeemedV1 } from '../member-events';
import { pointsAccounts } from './ledger.decider';

/** The account of the redemptions of before issue 19, whose merchant was free text. */
export const UNREGISTERED_MERCHANT = 'unregistered';

/**
 * The posting of an event of a member's points ledger, in points (docs/DECISIONS.md 76): the one it
 * carries (redemptions since issue 19 and their reversals), else the one it implies — an award
 * moves points from `points_issued:<rule>` to `member_points:<memberId>`; a redemption of before
 * issue 19 from `member_points:<memberId>` to `merchant:unregistered`. Derived postings take the
 * event's id as theirs, so a rebuild derives the same.
 */
export const pointsPostingOf: PostingOf = (event: EventEnvelope): Posting | null => {
  const carried = (event.data as { posting?: Posting }).posting;
  if (carried) return carried;
  if (event.type === MEMBER_EVENTS.pointsAwarded) {
    const d = event.data as PointsAwardedV1;
    if (d.points <= 0) return null;
    return transfer(event.eventId, pointsAccounts.issued(d.rule), pointsAccounts.member(d.memberId), d.points);
  }
  if (event.type === MEMBER_EVENTS.pointsRedeemed) {
    const d = event.data as PointsRedeemedV1;
    return transfer(
      event.eventId,
      pointsAccounts.member(d.memberId),
      pointsAccounts.merchant(UNREGISTERED_MERCHANT, null),
      d.points,
    );
  }
  return null;
};

/** The members' points ledger in libs/ledger terms: `members.ledger-postings` and `members.ledger-books`. */
export const pointsLedgerProjections = () =>
  ledgerProjections(
    'members',
    [MEMBER_EVENTS.pointsAwarded, MEMBER_EVENTS.pointsRedeemed, MEMBER_EVENTS.pointsRedemptionReversed],
    pointsPostingOf,
  );
