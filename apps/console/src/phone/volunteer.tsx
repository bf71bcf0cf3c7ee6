import { CHECK_IN_REFUSALS } from '@gongjian/contracts';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { type Activity, api, ApiError, type Member, type Output } from '../api';
import { useErrorText } from '../components/data';
import { useI18n } from '../i18n';
import { useAccount } from '../session';

export type Resident = Output<'get', '/residents/me'>;
type Proposals = Output<'get', '/members/me/account-proposals'>['items'];

/**
 * Who the signed-in person is as a volunteer: a `member` account's own member record (null until
 * the link an administrator proposed is confirmed, with the proposals waiting for it), or a
 * `resident` account's own resident record (null until it registered itself). Read once for the
 * phone's pages; `reload` after the person changes it (confirms the link, registers, withdraws).
 */
export type Volunteer =
  | { kind: 'member'; member: Member | null; proposals: Proposals; communities: Communities }
  | { kind: 'resident'; resident: Resident | null; communities: Communities };

/** The communities a volunteer serves in: where they belong, and (a member) where they reported to (双报到). */
export interface Communities {
  home: string | null;
  reported: string | null;
}

interface VolunteerState {
  volunteer: Volunteer | null;
  error: unknown;
  reload: () => void;
}

const VolunteerContext = createContext<VolunteerState | null>(null);

/**
 * The community an organisation, building, party branch (党支部, where a member belongs since
 * issue 18) or unit lies in (walking up the tree), or null.
 */
export async function communityOf(orgId: string | null | undefined): Promise<string | null> {
  const missing = (e: unknown) => e instanceof ApiError && e.status === 404;
  const read = (id: string): Promise<{ id: string; kind: string; parentId: string | null }> =>
    api
      .get('/organizations/{id}', { path: { id } })
      .catch((e: unknown) => (missing(e) ? api.get('/party-organizations/{id}', { path: { id } }) : Promise.reject(e)))
      .catch((e: unknown) => (missing(e) ? api.get('/units/{id}', { path: { id } }) : Promise.reject(e)));
  let id = orgId ?? null;
  for (let depth = 0; id && depth < 6; depth++) {
    const org = await read(id);
    if (org.kind === 'community') return org.id;
    id = org.parentId;
  }
  return null;
}

async function readVolunteer(role: string, orgId: string | null): Promise<Volunteer> {
  const missing = (e: unknown) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e));
  if (role === 'resident') {
    const resident = await api.get('/residents/me').catch(missing);
    return {
      kind: 'resident',
      resident,
      communities: { home: resident?.communityId ?? (await communityOf(orgId)), reported: null },
    };
  }
  // a member's own record is the full view; the console's Member names the fields every view may have
  const member = (await api.get('/members/me').catch(missing)) as Member | null;
  const proposals = member ? [] : (await api.get('/members/me/account-proposals')).items;
  const branch = member?.branchId ?? orgId;
  const home = await communityOf(branch);
  const reported = member?.reportedTo && member.reportedTo !== home ? member.reportedTo : null;
  return { kind: 'member', member, proposals, communities: { home, reported } };
}

export function VolunteerProvider({ children }: { children: ReactNode }) {
  const account = useAccount();
  const [volunteer, setVolunteer] = useState<Volunteer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    readVolunteer(account.role, account.orgId)
      .then((v) => live && (setVolunteer(v), setError(null)))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [account, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return <VolunteerContext.Provider value={{ volunteer, error, reload }}>{children}</VolunteerContext.Provider>;
}

export function useVolunteer(): VolunteerState {
  const value = useContext(VolunteerContext);
  if (!value) throw new Error('useVolunteer outside VolunteerProvider');
  return value;
}

/**
 * What a volunteer's phone says of a refused call: a check-in's refusal by its code
 * (CHECK_IN_REFUSALS of libs/contracts, in the person's language), anything else as the console says it.
 */
export function useRefusal() {
  const { label } = useI18n();
  const errorText = useErrorText();
  return useCallback(
    (e: unknown) => {
      if (e instanceof ApiError) {
        const code = e.status === 429 ? 'too_many_requests' : e.code;
        if (code in CHECK_IN_REFUSALS) return label('checkInRefusal', code);
      }
      return errorText(e);
    },
    [label, errorText],
  );
}

/** Check-in opens 30 minutes before the start; check-out closes 2 hours after the end (docs/volunteering.md). */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
export const CHECK_OUT_CLOSES_AFTER_MS = 2 * 3_600_000;

/** What the volunteer may do about attendance now: check in, check out, or nothing. */
export function attendanceStep(a: Activity, now = Date.now()): 'in' | 'out' | null {
  const self = a.self;
  if (!self?.signedUp || a.cancelled || self.hours !== null) return null;
  const starts = Date.parse(a.startsAt);
  const ends = Date.parse(a.endsAt);
  if (!self.checkedInAt) return now >= starts - CHECK_IN_OPENS_BEFORE_MS && now < ends ? 'in' : null;
  if (!self.checkedOutAt) return now < ends + CHECK_OUT_CLOSES_AFTER_MS ? 'out' : null;
  return null;
}

/** The activity a scanned check-in code names: `C1.<window>.<signature>.<activityId>` (docs/volunteering.md). */
export function activityOfCode(text: string): string | null {
  const parts = text.trim().split('.');
  return parts.length === 4 && parts[0] === 'C1' && parts[3] ? parts[3] : null;
}

/** A time of day (or a date and time when not today), short, in the person's locale. */
export function clock(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const today = new Date().toDateString() === d.toDateString();
  return d.toLocaleString(document.documentElement.lang || undefined, {
    ...(today ? {} : { month: 'numeric', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** A start and an end, on one line: `12月8日 09:00–11:00`. */
export function span(startsAt: string, endsAt: string): string {
  const s = new Date(startsAt);
  const e = new Date(endsAt);
  const lang = document.documentElement.lang || undefined;
  const day = s.toLocaleDateString(lang, { month: 'short', day: 'numeric', weekday: 'short' });
  const time = (d: Date) => d.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', hour12: false });
  const sameDay = s.toDateString() === e.toDateString();
  return `${day} ${time(s)}–${sameDay ? '' : `${e.toLocaleDateString(lang, { month: 'short', day: 'numeric' })} `}${time(e)}`;
}

/** One activity read by id (`GET /activities/{id}`), with a setter for the answers of the actions on it. */
export function useActivity(id: string) {
  const [activity, setActivity] = useState<Activity | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    api
      .get('/activities/{id}', { path: { id } })
      .then((a) => live && setActivity(a))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id]);
  return { activity, setActivity, error };
}
