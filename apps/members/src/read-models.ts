import { Injectable } from '@nestjs/common';
import { orgDirectoryProjection } from '@gongjian/auth';
import type { Projection, ReadModel } from '@gongjian/read-models';
import { Queries } from '@gongjian/runtime';
import { ACCOUNTS_COLLECTION, type AccountDocument, accountsProjection } from './registry/accounts.projection';
import {
  BALANCES_COLLECTION,
  type BalanceDocument,
  balancesProjection,
  LEDGER_COLLECTION,
  type LedgerEntryDocument,
  ledgerEntriesProjection,
} from './points/ledger.projection';
import {
  MERCHANTS_COLLECTION,
  type MemberMerchantDocument,
  membersMerchantsProjection,
} from './merchants/merchants.projection';
import { pointsLedgerProjections } from './points/points-ledger';
import { MEMBERS_COLLECTION, type MemberDocument, membersProjection } from './registry/members.projection';

/**
 * The read models of the members service, from one entry that pulls in no controller: the module
 * registers them, this service answers replays, time travel and effects of them for the audit
 * service (ReadModels, `/api/v1/read-models`; docs/ops/service-boundaries.md), and its use cases
 * query them through `MembersReadModels` (read-only).
 */
export const MEMBERS_PROJECTIONS: Projection<any>[] = [
  membersProjection,
  balancesProjection,
  ledgerEntriesProjection,
  accountsProjection,
  orgDirectoryProjection('members'),
  membersMerchantsProjection,
  ...pointsLedgerProjections(),
];

/** What the members service's use cases read: its read models, typed and read-only. */
@Injectable()
export class MembersReadModels {
  readonly members: ReadModel<MemberDocument>;
  readonly ledgerEntries: ReadModel<LedgerEntryDocument>;
  readonly balances: ReadModel<BalanceDocument>;
  /** the login accounts, from organizations.AccountCreated: whom a member record may be linked to */
  readonly accounts: ReadModel<AccountDocument>;
  /** the alliance's merchants, from the funds service's public events: what a redemption names */
  readonly merchants: ReadModel<MemberMerchantDocument>;

  constructor(queries: Queries) {
    this.members = queries.of(MEMBERS_COLLECTION, 'member');
    this.ledgerEntries = queries.of(LEDGER_COLLECTION, 'ledger entry');
    this.balances = queries.of(BALANCES_COLLECTION, 'balance');
    this.accounts = queries.of(ACCOUNTS_COLLECTION, 'account');
    this.merchants = queries.of(MERCHANTS_COLLECTION, 'merchant');
  }
}
