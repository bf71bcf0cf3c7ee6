import type { EventEnvelope } from '@gongjian/eventing';
import {
  ACCOUNT_EVENTS,
  type AccountDisabledV1,
  type PasswordChangedV1,
  type PasswordResetV1,
} from '@gongjian/contracts';
import type { DocumentCollection, DocumentStore, Projection, ReadModelDocument } from '@gongjian/read-models';

/** What every service knows of an account to refuse its tokens: folded from ACCOUNT_EVENTS. */
export interface AccountStatus extends ReadModelDocument {
  disabled: boolean;
  /** epoch milliseconds: tokens issued before this are refused (a password change, reset or disabling) */
  tokensValidAfter: number | null;
}

export const accountStatusCollection = (service: string) => `${service}.account-status`;

const later = (a: number | null, b: string) => Math.max(a ?? 0, Date.parse(b));

/**
 * Each process keeps its own copy of every account's revocation state from the public account
 * events (DESIGN §8: a revocation event on the bus, not a wait for expiry). Registered by the
 * runtime of every service (RuntimeModule), so no service can forget it; the organizations
 * service projects its own writes before they return (Runtime.execute), so its next request
 * already sees them.
 */
export function accountStatusProjection(service: string): Projection<AccountStatus> {
  return {
    name: `${service}.account-status`,
    collection: accountStatusCollection(service),
    handles: Object.values(ACCOUNT_EVENTS),
    apply(doc, event: EventEnvelope) {
      const id = (event.data as { accountId: string }).accountId;
      const current: { _id: string; disabled: boolean; tokensValidAfter: number | null } = doc ?? {
        _id: id,
        disabled: false,
        tokensValidAfter: null,
      };
      switch (event.type) {
        case ACCOUNT_EVENTS.created:
          return current;
        case ACCOUNT_EVENTS.disabled:
          return {
            ...current,
            disabled: true,
            tokensValidAfter: later(current.tokensValidAfter, (event.data as AccountDisabledV1).at),
          };
        case ACCOUNT_EVENTS.enabled:
          return { ...current, disabled: false };
        case ACCOUNT_EVENTS.passwordChanged:
        case ACCOUNT_EVENTS.passwordReset: {
          const { at } = event.data as PasswordChangedV1 | PasswordResetV1;
          return { ...current, tokensValidAfter: later(current.tokensValidAfter, at) };
        }
        default:
          return doc;
      }
    },
  };
}

/** Reads the account-status read model of this process for the guard (provided by RuntimeModule). */
export class AccountRevocations {
  private readonly statuses: DocumentCollection<AccountStatus>;

  constructor(documents: DocumentStore, service: string) {
    this.statuses = documents.collection<AccountStatus>(accountStatusCollection(service));
  }

  /**
   * Why a token of `accountId` issued at `issuedAtMs` is no longer accepted, or null. An account
   * this process has not heard of yet is not refused: its token is signed, and its creation may
   * still be on the bus.
   */
  async refusal(accountId: string, issuedAtMs: number): Promise<string | null> {
    const status = await this.statuses.get(accountId);
    if (!status) return null;
    if (status.disabled) return 'the account is disabled';
    if (status.tokensValidAfter !== null && issuedAtMs < status.tokensValidAfter)
      return 'the token was revoked: sign in again';
    return null;
  }
}
