import { type Decider, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { ROLE_ORG_KINDS, type Role } from '@gongjian/auth';

export interface AccountCreatedData {
  accountId: string;
  displayName: string;
  role: Role;
  orgId: string | null;
}

export type AccountCommand = {
  type: 'CreateAccount';
  accountId: string;
  displayName: string;
  role: Role;
  /** The organisation (or unit) the account belongs to; null only for the bootstrap admin. */
  org: { id: string; kind: string; status: string } | null;
  bootstrap?: boolean;
};
export type AccountEvent = { type: 'organizations.AccountCreated'; data: AccountCreatedData };
export type AccountState = { exists: false } | { exists: true; account: AccountCreatedData };

/** Accounts are keyed by username, so the event store itself keeps usernames unique. */
export const accountStreamId = (username: string) => `organizations.account-${username}`;

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (state.exists) throw new InvalidStateTransition('this username is taken', { field: 'username' });
    const { org, role } = command;
    if (!org && !command.bootstrap)
      throw new DomainRuleViolation('the organisation does not exist', 'unknown_org', { field: 'orgId' });
    if (org && org.status !== 'active')
      throw new DomainRuleViolation('the organisation is dissolved', 'invalid_org', { field: 'orgId' });
    if (org && !ROLE_ORG_KINDS[role].includes(org.kind as never)) {
      throw new DomainRuleViolation(
        `a ${role} account belongs to a ${ROLE_ORG_KINDS[role].join(' or ')}, not a ${org.kind}`,
        'role_org_mismatch',
        {
          field: 'orgId',
        },
      );
    }
    const data = { accountId: command.accountId, displayName: command.displayName, role, orgId: org?.id ?? null };
    return [{ type: 'organizations.AccountCreated', data }];
  },
  evolve: (_state, event) => ({ exists: true, account: event.data }),
};
