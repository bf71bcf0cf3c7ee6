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
} as const;

/** The events whose data may carry a posting: what the ledger's read models fold. */
export const POSTING_EVENTS = [
  FUNDS_EVENTS.fundOpened,
  FUNDS_EVENTS.allocationApproved,
  FUNDS_EVENTS.contributionRecorded,
  FUNDS_EVENTS.spendingRecorded,
  FUNDS_EVENTS.spendingReversed,
] as const;
