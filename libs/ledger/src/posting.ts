import { DomainRuleViolation } from '@gongjian/eventing';
import { type AccountKind, type AccountRef, ACCOUNT_KINDS, onNormalSide } from './accounts';

/** One side of a posting: a signed amount in fen on one account (debit +, credit −). */
export interface Leg {
  accountId: string;
  kind: AccountKind;
  ownerOrgId: string | null;
  amount: number;
}

/**
 * A posting moves an amount between two or more accounts and balances to zero. It is carried by
 * the event that caused it (`data.posting`), so postings are events and the log is the journal.
 */
export interface Posting {
  postingId: string;
  legs: Leg[];
}

export const leg = (ref: AccountRef, amount: number): Leg => ({
  accountId: ref.id,
  kind: ref.kind,
  ownerOrgId: ref.ownerOrgId,
  amount,
});

/** `amount` fen from `from` to `to`: credit the first, debit the second. */
export function transfer(postingId: string, from: AccountRef, to: AccountRef, amount: number): Posting {
  return { postingId, legs: [leg(from, -amount), leg(to, amount)] };
}

/** The posting reversed: every leg negated, under a new id (a compensating posting, never an edit). */
export function reversal(postingId: string, original: Posting): Posting {
  return { postingId, legs: original.legs.map((l) => ({ ...l, amount: -l.amount })) };
}

/** Refuses a posting that does not balance, has fewer than two legs, or a leg that is not whole fen. */
export function assertBalanced(posting: Posting): void {
  if (posting.legs.length < 2)
    throw new DomainRuleViolation('a posting needs two or more legs', 'unbalanced_posting', { field: 'legs' });
  let sum = 0;
  for (const l of posting.legs) {
    if (!Number.isSafeInteger(l.amount) || l.amount === 0)
      throw new DomainRuleViolation('every leg moves a whole, non-zero number of fen', 'invalid_amount', {
        field: 'amount',
      });
    if (!(l.kind in ACCOUNT_KINDS))
      throw new DomainRuleViolation(`unknown account kind ${l.kind}`, 'unknown_account_kind', { field: 'kind' });
    sum += l.amount;
  }
  if (sum !== 0)
    throw new DomainRuleViolation(`the posting does not balance (off by ${sum} fen)`, 'unbalanced_posting', {
      field: 'legs',
    });
}

/** A leg's effect on its account's balance, on the account's normal side. */
export const legDelta = (l: Leg): number => onNormalSide(l.kind, l.amount);
