import { MERCHANT_EVENTS } from '@gongjian/contracts';

/**
 * The events of the funds service (issue 19). Each event that moves money carries its posting
 * (`data.posting`, libs/ledger): the log is the journal, balances are read models of it.
 */
export const FUNDS_EVENTS = {
  fundOpened: 'funds.FundOpened',
  allocationRequested: 'funds.AllocationRequested',
  allocationApproved: 'funds.AllocationApproved',
  allocationRejected: 'funds.AllocationRejected',
  contributionRecorded: 'funds.ContributionRecorded',
  spendingRecorded: 'funds.SpendingRecorded',
  spendingReversed: 'funds.SpendingReversed',
  microProjectProposed: 'funds.MicroProjectProposed',
  microProjectCompleted: 'funds.MicroProjectCompleted',
  microProjectCancelled: 'funds.MicroProjectCancelled',
  /** the merchant alliance (红色联盟): public, libs/contracts MERCHANT_EVENTS */
  merchantRegistered: MERCHANT_EVENTS.registered,
  merchantTermsChanged: MERCHANT_EVENTS.termsChanged,
  merchantSuspended: MERCHANT_EVENTS.suspended,
  merchantReinstated: MERCHANT_EVENTS.reinstated,
  /** the office confirmed a month's statement with the merchant (internal) */
  statementReconciled: 'funds.MerchantStatementReconciled',
} as const;

/** The events whose data may carry a posting: what the ledger's read models fold. */
export const POSTING_EVENTS = [
  FUNDS_EVENTS.fundOpened,
  FUNDS_EVENTS.allocationApproved,
  FUNDS_EVENTS.contributionRecorded,
  FUNDS_EVENTS.spendingRecorded,
  FUNDS_EVENTS.spendingReversed,
] as const;
