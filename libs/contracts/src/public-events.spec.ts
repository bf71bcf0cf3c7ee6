import { type ConformsToContracts, isPublicEvent, MATCHING_EVENTS, PUBLIC_EVENT_TYPES } from './index';

/**
 * The public events (issue 21 item 5). The type-level cases are checked by `tsc --noEmit`
 * (`npm run lint`): an `@ts-expect-error` that stops erring fails the build.
 */
type Posted = { type: 'matching.NeedPosted'; data: { needId: string; communityId: string; title: string } };
type Internal = { type: 'matching.NeedEdited'; data: { anything: number } };
type Whole = {
  type: 'matching.NeedPosted';
  data: { needId: string; communityId: string; gridId: null; title: string; category: 'health' };
};

// a public type whose payload lacks contract fields (gridId, category) does not conform
// @ts-expect-error the payload misses gridId and category
const drifted: ConformsToContracts<Posted | Internal> = true;
// internal types are free; a public one with (at least) its contract's payload conforms
const whole: ConformsToContracts<Whole | Internal> = true;

describe('public events', () => {
  it('are the contract types, and only those', () => {
    expect(isPublicEvent(MATCHING_EVENTS.needPosted)).toBe(true);
    expect(isPublicEvent('matching.NeedEdited')).toBe(false);
    expect(isPublicEvent('matching.RunPartRecorded')).toBe(false);
    expect(isPublicEvent('members.PointsAwarded')).toBe(false);
    expect(PUBLIC_EVENT_TYPES.size).toBe(42);
    expect([drifted, whole]).toEqual([true, true]);
  });
});
