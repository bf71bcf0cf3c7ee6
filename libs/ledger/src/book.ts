import { DomainRuleViolation } from '@gongjian/eventing';
import { ACCOUNT_KINDS } from './accounts';
import { fenToYuan } from './money';
import { assertBalanced, legDelta, type Posting } from './posting';

/**
 * A book: the balances of the accounts whose postings one stream holds. An aggregate that keeps
 * money (a fund, a member's points) embeds one in its state, so the check of a posting and its
 * append are one atomic step at the stream's expected revision (DECISIONS 74).
 *
 * Every account of a kind that may not go negative keeps a non-negative balance in each book; the
 * account's balance is the sum over its books, so it is never negative either.
 */
export interface BookState {
  readonly balances: ReadonlyMap<string, number>;
}

export const emptyBook = (): BookState => ({ balances: new Map() });

export const balanceIn = (book: BookState, accountId: string): number => book.balances.get(accountId) ?? 0;

/** Folds a posting into the book, unchecked: what happened happened (evolve). */
export function applyPosting(book: BookState, posting: Posting): BookState {
  const balances = new Map(book.balances);
  for (const l of posting.legs) balances.set(l.accountId, (balances.get(l.accountId) ?? 0) + legDelta(l));
  return { balances };
}

/**
 * Refuses a posting that does not balance or would take an account of a non-negative kind below
 * zero (422 `insufficient_funds`, with the account, its balance and what was asked, in yuan).
 */
export function checkPosting(book: BookState, posting: Posting): void {
  assertBalanced(posting);
  const after = new Map<string, { kind: string; balance: number }>();
  for (const l of posting.legs) {
    const current = after.get(l.accountId)?.balance ?? balanceIn(book, l.accountId);
    after.set(l.accountId, { kind: l.kind, balance: current + legDelta(l) });
  }
  for (const [accountId, { kind, balance }] of after) {
    if (balance >= 0 || ACCOUNT_KINDS[kind as keyof typeof ACCOUNT_KINDS].mayGoNegative) continue;
    const before = balanceIn(book, accountId);
    throw new DomainRuleViolation(
      `${accountId} holds ${fenToYuan(before)} yuan; this would take it to ${fenToYuan(balance)}`,
      'insufficient_funds',
      { field: 'amount', accountId, balance: fenToYuan(before) },
    );
  }
}
