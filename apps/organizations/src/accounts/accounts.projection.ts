import { ACCOUNT_EVENTS } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import { type AccountCreatedData, type AccountEvent, type DisableReason, UNKNOWN_ADDRESS } from './account.decider';
import { type FailureRecord, recentFailures, retryAfterMs, THROTTLE_POLICY, withFailure } from './login-throttle';

export interface AccountDocument extends ReadModelDocument {
  displayName: string;
  role: string;
  orgId: string | null;
  createdAt: string;
  disabled: boolean;
  disabledReason: DisableReason | null;
  disabledAt: string | null;
  mustChangePassword: boolean;
  passwordChangedAt: string | null;
  /** logged wrong passwords by client address, within the throttle window (at most 200 addresses) */
  failures: FailureRecord;
  /** the last sign-in recorded (at most one a minute is), and the client address it came from */
  lastSignIn?: { at: string; address: string | null } | null;
}

export const ACCOUNTS_COLLECTION = 'organizations.accounts';

function created(data: AccountCreatedData, at: string): Omit<AccountDocument, 'version'> {
  const { accountId, displayName, role, orgId } = data;
  return {
    _id: accountId,
    displayName,
    role,
    orgId,
    createdAt: at,
    disabled: false,
    disabledReason: null,
    disabledAt: null,
    mustChangePassword: false,
    passwordChangedAt: null,
    failures: {},
    lastSignIn: null,
  };
}

function apply(doc: AccountDocument, e: AccountEvent, at: string): Omit<AccountDocument, 'version'> | null {
  switch (e.type) {
    case 'organizations.LoginFailed': {
      const address = e.data.address ?? UNKNOWN_ADDRESS;
      return { ...doc, failures: withFailure(doc.failures ?? {}, address, Date.parse(e.data.at ?? at)) };
    }
    case 'organizations.LoginSucceeded': {
      const lastSignIn = { at: e.data.at ?? at, address: e.data.address ?? null };
      if (e.data.address === undefined) return { ...doc, failures: {}, lastSignIn };
      const { [e.data.address]: _cleared, ...failures } = doc.failures ?? {};
      return { ...doc, failures, lastSignIn };
    }
    case 'organizations.AccountUnlocked':
      return { ...doc, failures: {} };
    case ACCOUNT_EVENTS.disabled:
      return { ...doc, disabled: true, disabledReason: e.data.reason, disabledAt: e.data.at };
    case ACCOUNT_EVENTS.enabled:
      return { ...doc, disabled: false, disabledReason: null, disabledAt: null };
    case ACCOUNT_EVENTS.passwordChanged:
      return { ...doc, mustChangePassword: false, passwordChangedAt: e.data.at };
    case ACCOUNT_EVENTS.passwordReset:
      return { ...doc, mustChangePassword: true, passwordChangedAt: e.data.at, failures: {} };
    default:
      return null;
  }
}

export const accountsProjection: Projection<AccountDocument> = {
  name: 'organizations.accounts',
  collection: ACCOUNTS_COLLECTION,
  handles: [
    'organizations.AccountCreated',
    'organizations.LoginFailed',
    'organizations.LoginSucceeded',
    'organizations.AccountUnlocked',
    ACCOUNT_EVENTS.disabled,
    ACCOUNT_EVENTS.enabled,
    ACCOUNT_EVENTS.passwordChanged,
    ACCOUNT_EVENTS.passwordReset,
  ],
  indexes: [{ fields: { orgId: 1 } }],
  apply(doc, event) {
    const e = { type: event.type, data: event.data } as AccountEvent;
    if (e.type === 'organizations.AccountCreated') return created(e.data, event.occurredAt);
    return doc && apply(doc, e, event.occurredAt);
  },
};

/** The login throttle of an account as administrators see it, at `now`. */
export function throttleView(failures: FailureRecord = {}, now = Date.now()) {
  const addresses = Object.entries(failures)
    .filter(([, f]) => f.lastAt > now - THROTTLE_POLICY.windowMs)
    .map(([address, f]) => ({
      address,
      failures: f.failures,
      lastFailureAt: new Date(f.lastAt).toISOString(),
      retryAfterSeconds: Math.ceil(retryAfterMs(failures, address, now) / 1000),
    }))
    .sort((a, b) => (a.lastFailureAt < b.lastFailureAt ? 1 : -1));
  return {
    recentFailures: recentFailures(failures, now),
    throttledAddresses: addresses.filter((a) => a.retryAfterSeconds > 0).length,
    lastFailureAt: addresses.length > 0 ? addresses[0].lastFailureAt : null,
    addresses,
  };
}

/** An account as its queries return it; the failures by address only for `withAttempts`. */
export function toAccountResource(doc: AccountDocument, now = new Date()) {
  const { _id, failures, ...rest } = doc;
  const { addresses: _addresses, ...throttle } = throttleView(failures, now.getTime());
  return {
    id: _id,
    username: _id,
    ...rest,
    disabled: rest.disabled ?? false,
    disabledReason: rest.disabledReason ?? null,
    mustChangePassword: rest.mustChangePassword ?? false,
    lastSignIn: rest.lastSignIn ?? null,
    loginThrottle: throttle,
  };
}
