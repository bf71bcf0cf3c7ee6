import { type Account, api } from '../../api';

const KEY = 'gongjian.setup';

/**
 * Whether the console greets this account with the first-run setup: the bootstrap administrator
 * (a district admin of no organisation) while the region has no district yet — `GET
 * /organizations?kind=district` is empty, no flag on the server. Once begun, the setup is kept
 * until it is finished or skipped in this tab (a district created in its first step does not end it).
 */
export async function setupDue(account: Account): Promise<boolean> {
  if (account.role !== 'district_admin' || account.orgId !== null) return false;
  const state = sessionStorage.getItem(KEY);
  if (state === 'done') return false;
  if (state === 'begun') return true;
  const districts = await api.get('/organizations', { query: { kind: 'district', limit: 1 } });
  const due = districts.items.length === 0;
  sessionStorage.setItem(KEY, due ? 'begun' : 'done');
  return due;
}

/** The setup is over for this tab (finished or skipped). */
export function finishSetup(): void {
  sessionStorage.setItem(KEY, 'done');
}
