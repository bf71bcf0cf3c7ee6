import type { EventEnvelope } from '@gongjian/eventing';
import { ACCOUNT_EVENTS, type AccountCreatedV1, type AccountRoleV1 } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * The login accounts as the members service knows them, from the public AccountCreated event of
 * the organizations service: a member record is linked only to an account that exists, has the
 * role `member` and belongs to the linking admin's scope (issue 16).
 */
export interface AccountDocument extends ReadModelDocument {
  displayName: string;
  role: AccountRoleV1;
  orgId: string | null;
  createdAt: string;
}

export const ACCOUNTS_COLLECTION = 'members.accounts';

export const accountsProjection: Projection<AccountDocument> = {
  name: 'members.accounts',
  collection: ACCOUNTS_COLLECTION,
  handles: [ACCOUNT_EVENTS.created],
  apply(_doc, event: EventEnvelope) {
    const { accountId, displayName, role, orgId } = event.data as AccountCreatedV1;
    return { _id: accountId, displayName, role, orgId, createdAt: event.occurredAt };
  },
};
