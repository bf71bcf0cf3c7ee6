import { InvalidStateTransition } from '@gongjian/eventing';
import type { MembersReadModels } from '../read-models';

/** One account, one member: an account linked to another member is not linked again (409). */
export async function assertAccountFree(
  readModels: MembersReadModels,
  accountId: string,
  memberId: string,
): Promise<void> {
  const [holder] = await readModels.members.find({ accountId });
  if (holder && holder._id !== memberId)
    throw new InvalidStateTransition(`the account ${accountId} is linked to another member`);
}
