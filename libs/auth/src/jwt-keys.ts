import { createHash, createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import { JwtSecretRequestType, JwtService } from '@nestjs/jwt';

/** The only algorithm gongjian signs or accepts: a shared secret, no public keys to confuse. */
export const JWT_ALGORITHM = 'HS256';

/** Tokens live this long unless GONGJIAN_JWT_TTL says otherwise (seconds). */
export const DEFAULT_JWT_TTL_SECONDS = 3600;

/** Below this a secret could be guessed offline from one captured token (RFC 7518 §3.2: ≥ 256 bits). */
export const MIN_JWT_SECRET_LENGTH = 32;

export interface TokenClaims {
  sub: string;
  role: string;
  orgId: string | null;
  /**
   * When the token was issued, in epoch milliseconds (claim `iat_ms`): `iat` has second
   * granularity, and a token issued one millisecond before a password change must die while one
   * issued after it lives. Tokens without the claim count from the start of their `iat` second.
   */
  issuedAtMs: number;
  /** Claim `pwd_change`: issued for a temporary password, good only for changing it. */
  mustChangePassword: boolean;
}

/** Signs an access token for an account, with the millisecond issue time the guard checks. */
export function signAccessToken(
  jwt: JwtService,
  account: { sub: string; role: string; orgId: string | null },
  options: { mustChangePassword?: boolean } = {},
): Promise<string> {
  const claims: Record<string, unknown> = { ...account, iat_ms: Date.now() };
  if (options.mustChangePassword) claims.pwd_change = true;
  return jwt.signAsync(claims);
}

export interface SigningKey {
  /** Named in the token header, so a verifier picks the right secret after a rotation. */
  kid: string;
  secret: string;
}

/**
 * A key id derived from the secret: every service sharing a secret agrees on its id without more
 * configuration, and a hash of a random secret says nothing about it.
 */
export function keyId(secret: string): string {
  return createHash('sha256').update('gongjian.jwt.kid\0').update(secret).digest('base64url').slice(0, 16);
}

/**
 * The current signing key and the previous ones still accepted for verification
 * (GONGJIAN_JWT_SECRET, GONGJIAN_JWT_PREVIOUS_SECRETS). Rotation: make the current secret a
 * previous one, set a new current one, restart; drop the previous one after one token lifetime.
 */
export class JwtKeyRing {
  readonly current: SigningKey;
  private readonly secrets = new Map<string, string>();
  /**
   * The same secrets as KeyObjects, made once: given a string, jsonwebtoken first tries it as a
   * public key and builds a secret key from it on every verification (a thrown error each time).
   */
  private readonly keys = new Map<string, KeyObject>();
  /** `derivedKeys` by purpose, made once */
  private readonly derived = new Map<string, Buffer[]>();

  constructor(currentSecret: string, previousSecrets: readonly string[] = []) {
    if (!currentSecret) throw new Error('a JWT secret is required');
    this.current = { kid: keyId(currentSecret), secret: currentSecret };
    for (const secret of [currentSecret, ...previousSecrets]) {
      if (!secret) continue;
      this.secrets.set(keyId(secret), secret);
      this.keys.set(keyId(secret), createSecretKey(Buffer.from(secret, 'utf8')));
    }
  }

  get kids(): string[] {
    return [...this.secrets.keys()];
  }

  secretFor(kid: unknown): string | undefined {
    return typeof kid === 'string' ? this.secrets.get(kid) : undefined;
  }

  keyFor(kid: unknown): KeyObject | undefined {
    return typeof kid === 'string' ? this.keys.get(kid) : undefined;
  }

  get currentKey(): KeyObject {
    return this.keys.get(this.current.kid)!;
  }

  /**
   * Keys for another `purpose` (e.g. `volunteering.check-in-code`), derived from the secrets with
   * HKDF-SHA256, the current one first: every process that shares the JWT secrets derives the
   * same keys without more configuration, a rotation of the secret rotates them (the previous
   * ones still verify during the change-over), and no derived key says anything about a secret
   * or about another purpose's key.
   */
  derivedKeys(purpose: string): Buffer[] {
    let keys = this.derived.get(purpose);
    if (!keys) {
      keys = [...this.secrets.values()].map((secret) =>
        Buffer.from(hkdfSync('sha256', secret, 'gongjian.derived-key', purpose, 32)),
      );
      this.derived.set(purpose, keys);
    }
    return keys;
  }
}

/** Why a token was refused; the guard answers 401 whatever it is, the reason is for logs and tests. */
export class InvalidToken extends Error {}

interface TokenHeader {
  alg?: unknown;
  kid?: unknown;
  typ?: unknown;
}

function decodeHeader(token: string): TokenHeader | null {
  const [header] = token.split('.');
  try {
    const parsed: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as TokenHeader) : null;
  } catch {
    return null;
  }
}

/**
 * A JwtService that signs HS256 with the current key (its `kid` in the header) and a short
 * expiry, and verifies only HS256 with the key the header names: `alg: none`, RS256/HS256
 * confusion and tokens signed with a retired or unknown key fail before any signature check.
 */
export function createJwtService(ring: JwtKeyRing, ttlSeconds = DEFAULT_JWT_TTL_SECONDS): JwtService {
  return new JwtService({
    secretOrKeyProvider: (type, tokenOrPayload) => {
      if (type === JwtSecretRequestType.SIGN) return ring.currentKey;
      const header = typeof tokenOrPayload === 'string' ? decodeHeader(tokenOrPayload) : null;
      if (header?.alg !== JWT_ALGORITHM) throw new InvalidToken(`algorithm ${String(header?.alg)} is not accepted`);
      const key = ring.keyFor(header.kid);
      if (!key) throw new InvalidToken('the token names no signing key this service knows');
      return key;
    },
    signOptions: { algorithm: JWT_ALGORITHM, expiresIn: ttlSeconds, keyid: ring.current.kid },
    verifyOptions: { algorithms: [JWT_ALGORITHM], clockTolerance: 5 },
  });
}

/**
 * Verifies a bearer token and returns its claims, or throws InvalidToken. Beyond the signature:
 * an expiry is required (jsonwebtoken accepts tokens without `exp`), and the claims must have
 * the shape gongjian signs.
 */
export async function verifyAccessToken(jwt: JwtService, token: string): Promise<TokenClaims> {
  let payload: Record<string, unknown>;
  try {
    payload = await jwt.verifyAsync<Record<string, unknown>>(token, { algorithms: [JWT_ALGORITHM] });
  } catch (error) {
    throw error instanceof InvalidToken ? error : new InvalidToken((error as Error).message);
  }
  if (typeof payload.exp !== 'number') throw new InvalidToken('the token has no expiry');
  if (typeof payload.sub !== 'string' || typeof payload.role !== 'string')
    throw new InvalidToken('the token has no subject or role');
  const orgId = payload.orgId ?? null;
  if (orgId !== null && typeof orgId !== 'string') throw new InvalidToken('the token has a malformed organisation');
  const issuedAtMs = payload.iat_ms ?? (typeof payload.iat === 'number' ? payload.iat * 1000 : 0);
  if (typeof issuedAtMs !== 'number' || !Number.isFinite(issuedAtMs))
    throw new InvalidToken('the token has a malformed issue time');
  if (payload.pwd_change !== undefined && payload.pwd_change !== true)
    throw new InvalidToken('the token has a malformed password-change claim');
  return { sub: payload.sub, role: payload.role, orgId, issuedAtMs, mustChangePassword: payload.pwd_change === true };
}
