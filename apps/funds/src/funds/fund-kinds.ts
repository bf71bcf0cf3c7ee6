/**
 * The kinds of funds, allocation targets and statuses (issue 19): kept in libs/contracts, which
 * the web console reads too.
 */
export {
  ALLOCATION_STATUS_CODES,
  ALLOCATION_STATUSES,
  ALLOCATION_TARGET_CODES,
  ALLOCATION_TARGETS,
  type AllocationStatus,
  type AllocationTarget,
  FUND_KIND_CODES,
  FUND_KINDS,
  type FundKind,
} from '@gongjian/contracts';
