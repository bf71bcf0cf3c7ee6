import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { AccountCreatedData, AccountEvent } from './account.decider';

export interface AccountDocument extends ReadModelDocument {
  displayName: string;
  role: string;
  orgId: string | null;
  createdAt: string;
  /** End of the last lock-out (it is over once this time has passed), or null. */
  lockedUntil: string | null;
}

export const ACCOUNTS_COLLECTION = 'organizations.accounts';

export const accountsProjection: Projection<AccountDocument> = {
  name: 'organizations.accounts',
  collection: ACCOUNTS_COLLECTION,
  handles: [
    'organizations.AccountCreated',
    'organizations.LoginFailed',
    'organizations.AccountLocked',
    'organizations.LoginSucceeded',
    'organizations.AccountUnlocked',
  ],
  indexes: [{ fields: { orgId: 1 } }],
  apply(doc, event) {
    const e = { type: event.type, data: event.data } as AccountEvent;
    if (e.type === 'organizations.AccountCreated') {
      const { accountId, displayName, role, orgId } = e.data as AccountCreatedData;
      return { _id: accountId, displayName, role, orgId, createdAt: event.occurredAt, lockedUntil: null };
    }
    if (!doc) return null;
    if (e.type === 'organizations.AccountLocked') return { ...doc, lockedUntil: e.data.until };
    // a failure is recorded only while no lock is in force; success and unlock end any lock
    return { ...doc, lockedUntil: null };
  },
};

export function toAccountResource({ _id, lockedUntil = null, ...rest }: AccountDocument, now = new Date()) {
  const locked = lockedUntil !== null && lockedUntil > now.toISOString();
  return { id: _id, username: _id, ...rest, locked, lockedUntil: locked ? lockedUntil : null };
}
