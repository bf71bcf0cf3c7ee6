import type { EventEnvelope, EventStore } from '@gongjian/eventing';
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
 * An account's balance at a past moment, from the log itself (not from a read model): the sum of
 * its legs in the postings of `streams` that occurred at or before `at`. The streams are the
 * books that hold the account (the read model says which; the log says how much).
 */
export async function balanceAsOf(
  store: Pick<EventStore, 'readStream'>,
  streams: readonly string[],
  accountId: string,
  at: string,
  postingOf: PostingOf = postingInData,
): Promise<{ balance: number; postings: number }> {
  let balance = 0;
  let postings = 0;
  const limit = Date.parse(at);
  for (const stream of streams) {
    const events: EventEnvelope[] = await store.readStream(stream);
    for (const event of events) {
      if (Date.parse(event.occurredAt) > limit) continue;
      const posting = postingOf(event);
      if (!posting) continue;
      for (const l of posting.legs)
        if (l.accountId === accountId) {
          balance += legDelta(l);
          postings += 1;
        }
    }
  }
  return { balance, postings };
}
