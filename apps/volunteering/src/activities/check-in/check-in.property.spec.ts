import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { DomainError } from '@gongjian/eventing';
import { type ActivityDetails, activityDecider, type ActivityEvent, type ActivityState } from '../activity.decider';
import type { PersonRef } from '../attendance';
import {
  ACCEPTED_WINDOWS,
  CHECK_IN_CODE_PATTERN,
  CHECK_IN_PERIOD_SECONDS,
  issueCode,
  verifyCode,
  windowAt,
} from './check-in-code';

/**
 * 扫码签到 (issue 18): a code is accepted once per person, only in its window, only for its
 * activity. The code's own rules (check-in-code.ts) and the activity's (activity.decider.ts),
 * composed as the check-in route composes them.
 */
const PERIOD = CHECK_IN_PERIOD_SECONDS * 1000;
const KEY = randomBytes(32);
const OTHER_KEY = randomBytes(32);
const activityId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,40}$/);
/** an instant in 2026–2027 */
const instant = fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2027-12-31') });
const form = fc.constantFrom('code' as const, 'digits' as const);

describe('check-in codes', () => {
  it('look like what the route accepts', () => {
    fc.assert(
      fc.property(activityId, instant, (a, t) => {
        const c = issueCode(KEY, a, t);
        expect(c.code).toMatch(CHECK_IN_CODE_PATTERN);
        expect(c.digits).toMatch(/^\d{6}$/);
        expect(Date.parse(c.expiresAt) - Date.parse(c.validFrom)).toBe(ACCEPTED_WINDOWS * PERIOD);
      }),
    );
  });

  it('are accepted only in the window they were shown in and the next one', () => {
    fc.assert(
      fc.property(activityId, instant, fc.integer({ min: -5 * PERIOD, max: 30 * PERIOD }), form, (a, t, delay, f) => {
        const c = issueCode(KEY, a, t);
        const check = verifyCode([KEY], a, c[f], t + delay);
        const windows = windowAt(t + delay) - windowAt(t);
        if (windows >= 0 && windows < ACCEPTED_WINDOWS) expect(check).toEqual({ ok: true, window: c.window });
        else if (windows < 0) expect(check).toEqual({ ok: false, reason: 'check_in_code_invalid' });
        else if (f === 'code') expect(check).toEqual({ ok: false, reason: 'check_in_code_expired' });
        else expect(check.ok).toBe(false);
      }),
    );
  });

  it('are accepted only for their activity', () => {
    fc.assert(
      fc.property(activityId, activityId, instant, form, (a, b, t, f) => {
        fc.pre(a !== b);
        const c = issueCode(KEY, a, t);
        // six digits of two activities coincide once in a million windows, by design
        if (f === 'digits')
          fc.pre(issueCode(KEY, b, t).digits !== c.digits && issueCode(KEY, b, t - PERIOD).digits !== c.digits);
        const check = verifyCode([KEY], b, c[f], t);
        expect(check).toEqual({ ok: false, reason: f === 'code' ? 'check_in_code_foreign' : 'check_in_code_invalid' });
      }),
    );
  });

  it('cannot be forged: another key, another window number or a changed signature is refused', () => {
    fc.assert(
      fc.property(activityId, instant, fc.integer({ min: 1, max: 1000 }), fc.nat(21), (a, t, shift, at) => {
        const real = issueCode(KEY, a, t);
        expect(verifyCode([KEY], a, issueCode(OTHER_KEY, a, t).code, t)).toEqual({
          ok: false,
          reason: 'check_in_code_invalid',
        });
        // a later window number on an earlier code: the signature covers the window
        const [prefix, window, mac, ...rest] = real.code.split('.');
        const later = [prefix, String(Number(window) + shift), mac, ...rest].join('.');
        expect(verifyCode([KEY], a, later, t + shift * PERIOD).ok).toBe(false);
        const flipped = mac.slice(0, at) + (mac[at] === 'A' ? 'B' : 'A') + mac.slice(at + 1);
        expect(verifyCode([KEY], a, [prefix, window, flipped, ...rest].join('.'), t).ok).toBe(false);
      }),
    );
  });

  it('still verify under the previous key during a change-over of the JWT secret', () => {
    fc.assert(
      fc.property(activityId, instant, (a, t) => {
        expect(verifyCode([OTHER_KEY, KEY], a, issueCode(KEY, a, t).code, t).ok).toBe(true);
      }),
    );
  });
});

describe('check-in: a code is accepted once per person, only in its window, only for its activity', () => {
  const start = Date.parse('2026-12-01T08:00:00.000Z');
  const details: ActivityDetails = {
    activityId: 'act-A',
    orgId: 'g',
    communityId: 'c',
    title: '助老',
    description: '',
    category: 'elderly_care',
    place: '',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 3 * 3_600_000).toISOString(),
    slots: 10,
    pointsPerHour: 10,
    openTo: ['members', 'residents'],
  };
  const people: PersonRef[] = [
    { kind: 'member', id: 'm-1' },
    { kind: 'member', id: 'm-2' },
    { kind: 'resident', id: 'r-1' },
    { kind: 'resident', id: 'r-2' },
  ];
  /** m-1 and r-1 signed up; m-2 and r-2 did not */
  const signedUp = new Set(['m-1', 'r-1']);
  const given: ActivityEvent[] = [
    { type: 'volunteering.ActivityPublished', data: details },
    { type: 'volunteering.VolunteerSignedUp', data: { activityId: 'act-A', memberId: 'm-1' } },
    { type: 'volunteering.ResidentSignedUp', data: { activityId: 'act-A', residentId: 'r-1' } },
  ];

  const attempt = fc.record({
    person: fc.constantFrom(...people),
    /** the activity whose code the person holds */
    of: fc.constantFrom('act-A', 'act-B'),
    /** when the code was shown, and how long after that the person sent it */
    shownAt: fc.integer({ min: start, max: start + 2 * 3_600_000 }),
    delay: fc.integer({ min: 0, max: 4 * PERIOD }),
    form,
  });

  it('holds over any sequence of attempts', () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 30 }), (attempts) => {
        let state: ActivityState = given.reduce(activityDecider.evolve, activityDecider.initialState());
        const accepted: string[] = [];
        // attempts arrive in time order, as a server sees them
        const ordered = [...attempts].sort((x, y) => x.shownAt + x.delay - (y.shownAt + y.delay));
        for (const a of ordered) {
          const now = a.shownAt + a.delay;
          const code = issueCode(KEY, a.of, a.shownAt)[a.form];
          const inWindow = windowAt(now) - windowAt(a.shownAt) < ACCEPTED_WINDOWS;
          const ownCode =
            a.of === 'act-A' || (a.form === 'digits' && issueCode(KEY, 'act-A', a.shownAt).digits === code);
          const expected = inWindow && ownCode && signedUp.has(a.person.id) && !accepted.includes(a.person.id);
          let events: ActivityEvent[] = [];
          try {
            const check = verifyCode([KEY], 'act-A', code, now);
            if (check.ok)
              events = activityDecider.decide(
                { type: 'CheckIn', volunteer: a.person, now: new Date(now).toISOString() },
                state,
              );
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
          expect({ attempt: a, recorded: events.length > 0 }).toEqual({ attempt: a, recorded: expected });
          if (events.length) accepted.push(a.person.id);
          state = events.reduce(activityDecider.evolve, state);
        }
        const checkIns = state.exists ? Object.keys(state.checkIns) : [];
        expect(checkIns.sort()).toEqual([...accepted].sort());
      }),
    );
  });
});
