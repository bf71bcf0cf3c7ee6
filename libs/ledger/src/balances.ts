import type { EventEnvelope } from '@gongjian/eventing';
import type { ReadModel } from '@gongjian/read-models';
import type { BookAccount, BookDocument, PostingOf } from './ledger.projections';
import { postingInData } from './ledger.projections';
import { legDelta } from './posting';

/** An account's balance now: the sum of its rows over every book that holds it (read models). */
export async function balanceOf(
  books: Pick<ReadModel<BookDocument>, 'find'>,
  accountId: string,
): Promise<Omit<BookAccount, 'lastAt'> & { lastAt: string | null }> {
  const rows = (await books.find({ accountIds: accountId })).flatMap((b) =>
    b.accounts.filter((a) => a.accountId === accountId),
  );
  const first = rows[0];
  return {
    accountId,
    kind: first?.kind ?? ('fund' as const),
    ownerOrgId: first?.ownerOrgId ?? null,
    balance: rows.reduce((s, a) => s + a.balance, 0),
    debits: rows.reduce((s, a) => s + a.debits, 0),
    credits: rows.reduce((s, a) => s + a.credits, 0),
    postings: rows.reduce((s, a) => s + a.postings, 0),
    lastAt:
      rows
        .map((a) => a.lastAt)
        .sort()
        .at(-1) ?? null,
  };
}

/**
 * Balances at a past moment, from the log itself (not from a read model): the sum of the legs of
 * the postings among `events` (a book's stream, read from the store) that occurred at or before
 * `at`, per account, with how many postings touched each.
 */
export function balancesAsOf(
  events: Iterable<EventEnvelope>,
  at: string,
  postingOf: PostingOf = postingInData,
): Map<string, { balance: number; postings: number }> {
  const limit = Date.parse(at);
  const balances = new Map<string, { balance: number; postings: number }>();
  for (const event of events) {
    if (Date.parse(event.occurredAt) > limit) continue;
    const posting = postingOf(event);
    if (!posting) continue;
    for (const l of posting.legs) {
      const current = balances.get(l.accountId) ?? { balance: 0, postings: 0 };
      balances.set(l.accountId, { balance: current.balance + legDelta(l), postings: current.postings + 1 });
    }
  }
  return balances;
}

/** One account's balance at a past moment, from the log (`balancesAsOf`). */
export function balanceAsOf(
  events: Iterable<EventEnvelope>,
  accountId: string,
  at: string,
  postingOf: PostingOf = postingInData,
): { balance: number; postings: number } {
  return balancesAsOf(events, at, postingOf).get(accountId) ?? { balance: 0, postings: 0 };
}
