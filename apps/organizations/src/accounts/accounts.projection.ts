import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { AccountCreatedData } from './account.decider';

export interface AccountDocument extends ReadModelDocument {
  displayName: string;
  role: string;
  orgId: string | null;
  createdAt: string;
}

export const ACCOUNTS_COLLECTION = 'organizations.accounts';

export const accountsProjection: Projection<AccountDocument> = {
  name: 'organizations.accounts',
  collection: ACCOUNTS_COLLECTION,
  handles: ['organizations.AccountCreated'],
  indexes: [{ fields: { orgId: 1 } }],
  apply(_doc, event) {
    const { accountId, displayName, role, orgId } = event.data as AccountCreatedData;
    return { _id: accountId, displayName, role, orgId, createdAt: event.occurredAt };
  },
};

export function toAccountResource({ _id, ...rest }: AccountDocument) {
  return { id: _id, username: _id, ...rest };
}
