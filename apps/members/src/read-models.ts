import { orgDirectoryProjection } from '@gongjian/auth';
import type { Projection } from '@gongjian/read-models';
import { accountsProjection } from './registry/accounts.projection';
import { balancesProjection, ledgerEntriesProjection } from './points/ledger.projection';
import { membersProjection } from './registry/members.projection';

/**
 * The read models of the members service, from one entry that pulls in no controller: the module
 * registers them, and this service answers replays, time travel and effects of them for the audit
 * service (ReadModels, `/api/v1/read-models`; docs/ops/service-boundaries.md). Queries read them
 * through the document store by these projections' collections.
 */
export const MEMBERS_PROJECTIONS: Projection<any>[] = [
  membersProjection,
  balancesProjection,
  ledgerEntriesProjection,
  accountsProjection,
  orgDirectoryProjection('members'),
];
