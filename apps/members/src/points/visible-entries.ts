import type { Filter } from '@gongjian/read-models';
import { assertMayReadPoints, type MemberAccess } from '../members.policy';
import type { MemberViews } from '../registry/member-views';
import type { MemberDocument } from '../registry/members.projection';

/**
 * The ledger entries of `member` that `access` may see (members.policy.ts): all of them, or — for
 * the community a member reported to — those earned there; the destination of a pending
 * transfer, none yet (403).
 */
export async function visibleEntries(
  member: MemberDocument,
  access: MemberAccess,
  views: MemberViews,
): Promise<Filter> {
  assertMayReadPoints(access);
  if (access === 'reported') return { memberId: member._id, orgId: { $in: await views.servedIn(member) } };
  return { memberId: member._id };
}
