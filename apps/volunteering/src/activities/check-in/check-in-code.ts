import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * 扫码签到: the code an organiser's screen shows for an activity. It changes every
 * `CHECK_IN_PERIOD_SECONDS`, is an HMAC (SHA-256) over the activity id and the window number
 * under a key derived from the JWT secrets (`JwtKeyRing.derivedKeys(CHECK_IN_CODE_PURPOSE)`),
 * so no one without the key can make one, and a code is good only for its activity and only in
 * the window it was shown in and the next (30 to 60 seconds: long enough to scan or type it).
 *
 * Two forms of the same code: `code`, for the QR image (`C1.<window>.<mac>.<activityId>`: the
 * activity is in it, so a phone that scans it knows where to go and the server can say "this
 * code is another activity's"), and `digits`, six figures a person types when the camera fails
 * (HOTP's dynamic truncation of the same MAC, RFC 4226 §5.3). Six digits are guessed once in a
 * million: the check-in route lets an account get at most `WRONG_CODES_ALLOWED` codes wrong per
 * activity and `WRONG_CODES_WINDOW_SECONDS` (check-in-attempts.ts).
 */
export const CHECK_IN_PERIOD_SECONDS = 30;
export const CHECK_IN_CODE_PURPOSE = 'volunteering.check-in-code';
/** a code is accepted in the window it was shown in and in the next one */
export const ACCEPTED_WINDOWS = 2;
/** a typed code this many windows old is called expired (not invalid): the person typed an old one */
const RECENT_WINDOWS = 20;
const PERIOD_MS = CHECK_IN_PERIOD_SECONDS * 1000;
const PREFIX = 'C1';
const MAC_BYTES = 16;

/** The longest `code` (the prefix, a window number, the MAC, an id of at most 100 characters). */
export const CHECK_IN_CODE_MAX_LENGTH = 160;
/** what a code may look like: six digits, or the QR form (base64url and an id's characters) */
export const CHECK_IN_CODE_PATTERN = /^(\d{6}|C1\.\d{1,12}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9][A-Za-z0-9_.:-]{0,99})$/;

export interface CheckInCode {
  activityId: string;
  /** the QR form */
  code: string;
  /** the six digits a person types */
  digits: string;
  /** the number of the 30-second window it was made in */
  window: number;
  validFrom: string;
  /** when it stops being accepted: the end of the next window */
  expiresAt: string;
  /** when the screen should ask for the next one: the end of this window */
  refreshAt: string;
}

export type CodeRefusal = 'check_in_code_invalid' | 'check_in_code_expired' | 'check_in_code_foreign';
export type CodeCheck = { ok: true; window: number } | { ok: false; reason: CodeRefusal };

export const windowAt = (ms: number) => Math.floor(ms / PERIOD_MS);

function mac(key: Buffer, activityId: string, window: number): Buffer {
  return createHmac('sha256', key).update(`gongjian.check-in\0${activityId}\0${window}`).digest();
}

/** The QR form's signature: the first 16 bytes of the MAC, base64url. */
const signature = (key: Buffer, activityId: string, window: number) =>
  Buffer.from(mac(key, activityId, window).subarray(0, MAC_BYTES).toString('base64url'));

/** HOTP dynamic truncation to six digits. */
function digitsOf(m: Buffer): string {
  const offset = m[m.length - 1] & 0x0f;
  const value = m.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

const sameBytes = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

/** The code of `activityId` for the window of `nowMs`, under `key` (the current derived key). */
export function issueCode(key: Buffer, activityId: string, nowMs: number): CheckInCode {
  const window = windowAt(nowMs);
  const m = mac(key, activityId, window);
  return {
    activityId,
    code: `${PREFIX}.${window}.${signature(key, activityId, window).toString()}.${activityId}`,
    digits: digitsOf(m),
    window,
    validFrom: new Date(window * PERIOD_MS).toISOString(),
    expiresAt: new Date((window + ACCEPTED_WINDOWS) * PERIOD_MS).toISOString(),
    refreshAt: new Date((window + 1) * PERIOD_MS).toISOString(),
  };
}

/**
 * Whether `code` (either form) is a code of `activityId` accepted at `nowMs`, under any of `keys`
 * (the current derived key and those of the previous JWT secrets). Refusals: `foreign` (a real
 * code of another activity, QR form), `expired` (a real code of an earlier window), `invalid`
 * (anything else: forged, malformed, from a later window, six digits that match nothing).
 */
export function verifyCode(keys: Buffer[], activityId: string, code: string, nowMs: number): CodeCheck {
  const now = windowAt(nowMs);
  if (/^\d{6}$/.test(code)) return verifyDigits(keys, activityId, code, now);
  const parts = code.split('.');
  if (parts.length < 4 || parts[0] !== PREFIX || !/^\d{1,12}$/.test(parts[1])) return refused('check_in_code_invalid');
  const window = Number(parts[1]);
  // compared as text: base64url has several spellings of the same bytes, a code has one
  const given = Buffer.from(parts[2]);
  const codeActivity = parts.slice(3).join('.');
  const genuine = keys.some((key) => sameBytes(signature(key, codeActivity, window), given));
  if (!genuine) return refused('check_in_code_invalid');
  if (codeActivity !== activityId) return refused('check_in_code_foreign');
  return inWindow(window, now);
}

function verifyDigits(keys: Buffer[], activityId: string, digits: string, now: number): CodeCheck {
  const given = Buffer.from(digits);
  for (let window = now; window > now - RECENT_WINDOWS; window--) {
    if (keys.some((key) => sameBytes(Buffer.from(digitsOf(mac(key, activityId, window))), given)))
      return inWindow(window, now);
  }
  return refused('check_in_code_invalid');
}

function inWindow(window: number, now: number): CodeCheck {
  if (window > now) return refused('check_in_code_invalid');
  if (window <= now - ACCEPTED_WINDOWS) return refused('check_in_code_expired');
  return { ok: true, window };
}

const refused = (reason: CodeRefusal): CodeCheck => ({ ok: false, reason });
