import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { AccountKind } from './accounts';
import { legDelta, type Leg, type Posting } from './posting';

/** The posting an event carries (`data.posting`), or null: what the ledger's read models fold. */
export type PostingOf = (event: EventEnvelope) => Posting | null;
export const postingInData: PostingOf = (event) => (event.data as { posting?: Posting }).posting ?? null;

/** One posting, as the journal shows it: one document per event, so it has one stream by design. */
export interface PostingDocument extends ReadModelDocument {
  book: string;
  eventType: string;
  at: string;
  position: number;
  actorId: string;
  legs: Leg[];
  accountIds: string[];
  ownerOrgIds: string[];
}

export interface BookAccount {
  accountId: string;
  kind: AccountKind;
  ownerOrgId: string | null;
  /** on the account's normal side, in fen */
  balance: number;
  /** fen debited and credited, both positive */
  debits: number;
  credits: number;
  postings: number;
  lastAt: string;
}

/** The balances of one book (one stream): an account's balance is the sum over its books. */
export interface BookDocument extends ReadModelDocument {
  accounts: BookAccount[];
  accountIds: string[];
  postings: number;
  lastAt: string;
}

export const postingsCollection = (service: string) => `${service}.ledger-postings`;
export const booksCollection = (service: string) => `${service}.ledger-books`;

/**
 * The ledger's read models of a service: its journal (one document per posting) and its books
 * (balances per stream). `handles` names the event types that may carry a posting; `postingOf`
 * reads it (default: `data.posting`).
 */
export function ledgerProjections(
  service: string,
  handles: readonly string[],
  postingOf: PostingOf = postingInData,
): [Projection<PostingDocument>, Projection<BookDocument>] {
  const postings: Projection<PostingDocument> = {
    name: `${service}.ledger-postings`,
    collection: postingsCollection(service),
    handles,
    indexes: [{ fields: { accountIds: 1, at: 1 } }, { fields: { book: 1, position: 1 } }, { fields: { at: 1 } }],
    documentId: (event) => event.eventId,
    apply(_doc, event) {
      const posting = postingOf(event);
      if (!posting) return null;
      return {
        _id: event.eventId,
        book: event.streamId,
        eventType: event.type,
        at: event.occurredAt,
        position: event.globalPosition,
        actorId: event.actor.accountId,
        legs: posting.legs,
        accountIds: [...new Set(posting.legs.map((l) => l.accountId))],
        ownerOrgIds: [...new Set(posting.legs.map((l) => l.ownerOrgId).filter((id): id is string => id !== null))],
      };
    },
  };
  const books: Projection<BookDocument> = {
    name: `${service}.ledger-books`,
    collection: booksCollection(service),
    handles,
    indexes: [{ fields: { accountIds: 1 } }],
    documentId: (event) => event.streamId,
    apply(doc, event) {
      const posting = postingOf(event);
      if (!posting) return null;
      const accounts = new Map((doc?.accounts ?? []).map((a) => [a.accountId, { ...a }]));
      for (const l of posting.legs) {
        const current = accounts.get(l.accountId) ?? {
          accountId: l.accountId,
          kind: l.kind,
          ownerOrgId: l.ownerOrgId,
          balance: 0,
          debits: 0,
          credits: 0,
          postings: 0,
          lastAt: event.occurredAt,
        };
        current.balance += legDelta(l);
        if (l.amount > 0) current.debits += l.amount;
        else current.credits -= l.amount;
        current.postings += 1;
        current.lastAt = event.occurredAt;
        accounts.set(l.accountId, current);
      }
      const list = [...accounts.values()];
      return {
        _id: event.streamId,
        accounts: list,
        accountIds: list.map((a) => a.accountId),
        postings: (doc?.postings ?? 0) + 1,
        lastAt: event.occurredAt,
      };
    },
  };
  return [postings, books];
}
