import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;

/** scrypt with N=2^15, r=8, p=1 (OWASP's minimum is 2^17 for interactive; this is ~50 ms here). */
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** `scrypt$N$r$p$salt$hash`, all base64 — self-describing so parameters can grow later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFKC'), salt, 32, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/**
 * Password hashes live outside the event log (the log is immutable and exported for audits; a
 * changed password must not stay readable there).
 */
export interface CredentialStore {
  get(accountId: string): Promise<string | null>;
  set(accountId: string, passwordHash: string): Promise<void>;
}

export const CREDENTIAL_STORE = Symbol('CREDENTIAL_STORE');

// Adapters: sqlite.credential-store.ts, mongodb.credential-store.ts, imported from their own
// paths ('@gongjian/auth/sqlite.credential-store') by the runtime that picks one.
