import { createHmac } from 'node:crypto';

/** The purpose of the key the phone digests are made with (JwtKeyRing.derivedKeys). */
export const PHONE_DIGEST_PURPOSE = 'volunteering.resident-phone';

/** 138****5678: enough to recognise a number, not to call it (as members' phones are shown). */
export function maskPhone(phone: string): string {
  return phone.length <= 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/**
 * A keyed digest of the number (without dashes), so that one number registers once per community
 * without the number being kept: without the key, which lives outside the log, the digest of a
 * guessed number cannot be computed.
 */
export function phoneDigest(key: Buffer, phone: string): string {
  return createHmac('sha256', key).update(phone.replace(/-/g, '')).digest('base64url');
}
