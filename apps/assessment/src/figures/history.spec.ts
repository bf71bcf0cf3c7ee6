import { MemoryDocumentStore, readOnly } from '@gongjian/read-models';
import type { AssessmentReadModels, InputDocument } from '../read-models';
import { History } from './history';

const hours = (id: string, memberId: string, occurredAt: string, amount: number): InputDocument => ({
  _id: id,
  version: 1,
  type: 'volunteering.VolunteerHoursVerified',
  data: { memberId, category: 'health', hours: amount },
  occurredAt,
  position: 0,
});
const registered = (memberId: string, branchId: string, occurredAt: string): InputDocument => ({
  _id: `r-${memberId}-${branchId}`,
  version: 1,
  type: memberId.startsWith('t') ? 'members.MemberTransferred' : 'members.MemberRegistered',
  data: { memberId: memberId.replace(/^t/, ''), name: memberId, branchId, toBranchId: branchId },
  occurredAt,
  position: 0,
});

describe('the live history', () => {
  it('folds what came since, and from scratch when something arrives that happened before the last folded', async () => {
    const store = new MemoryDocumentStore();
    const collection = store.collection<InputDocument>('assessment.inputs');
    const history = new History({ inputs: readOnly(collection) } as unknown as AssessmentReadModels);
    await collection.putIfNewer(registered('m1', 'b1', '2026-10-01T00:00:00Z'));
    await collection.putIfNewer(hours('h1', 'm1', '2026-10-02T00:00:00Z', 2));
    const first = await history.tally();
    expect(first.values('o:b1', '2026Q4').get('volunteer_hours')).toBe(2);

    // two at the same instant as the last folded, one later: folded onto the same tally
    await collection.putIfNewer(hours('h2', 'm1', '2026-10-02T00:00:00Z', 3));
    await collection.putIfNewer(hours('h3', 'm1', '2026-10-05T00:00:00Z', 4));
    const second = await history.tally();
    expect(second).toBe(first);
    expect(second.values('o:b1', '2026Q4').get('volunteer_hours')).toBe(9);

    // the member's transfer to b2, delivered late (it happened before h3): the fold starts again, in order
    await collection.putIfNewer(registered('tm1', 'b2', '2026-10-03T00:00:00Z'));
    const third = await history.tally();
    expect(third).not.toBe(first);
    expect(third.values('o:b1', '2026Q4').get('volunteer_hours')).toBe(5);
    expect(third.values('o:b2', '2026Q4').get('volunteer_hours')).toBe(4);
    const [a, b] = await Promise.all([history.tally(), history.tally()]);
    expect(a).toBe(b);
  });
});
