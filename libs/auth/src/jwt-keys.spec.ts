import { createHmac, generateKeyPairSync, sign as rsaSign } from 'node:crypto';
import { createJwtService, InvalidToken, JwtKeyRing, keyId, verifyAccessToken } from './jwt-keys';

const OLD = 'old-secret-0123456789-0123456789-0123456789';
const CURRENT = 'current-secret-0123456789-0123456789-01234567';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: object = {}) => ({
  sub: 'root',
  role: 'district_admin',
  orgId: null,
  exp: now() + 600,
  ...extra,
});

/** A token with any header, signed with HMAC-SHA256 over `secret` (or unsigned). */
function forge(header: object, payload: object, secret: string | null): string {
  const input = `${b64(header)}.${b64(payload)}`;
  const signature = secret === null ? '' : createHmac('sha256', secret).update(input).digest('base64url');
  return `${input}.${signature}`;
}

describe('JWT key ring', () => {
  const jwt = createJwtService(new JwtKeyRing(CURRENT, [OLD]), 900);
  const refused = async (token: string, reason: RegExp) => {
    const error = await verifyAccessToken(jwt, token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidToken);
    expect((error as Error).message).toMatch(reason);
  };

  it('signs HS256 with the current key id and the configured lifetime', async () => {
    const token = await jwt.signAsync({ sub: 'root', role: 'district_admin', orgId: null });
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT', kid: keyId(CURRENT) });
    expect(payload.exp - payload.iat).toBe(900);
    await expect(verifyAccessToken(jwt, token)).resolves.toEqual({
      sub: 'root',
      role: 'district_admin',
      orgId: null,
      issuedAtMs: expect.any(Number),
      mustChangePassword: false,
    });
  });

  it('verifies tokens of a previous key, and refuses them once that key is dropped', async () => {
    const old = forge({ alg: 'HS256', typ: 'JWT', kid: keyId(OLD) }, claims(), OLD);
    await expect(verifyAccessToken(jwt, old)).resolves.toMatchObject({ sub: 'root' });
    await expect(verifyAccessToken(createJwtService(new JwtKeyRing(CURRENT)), old)).rejects.toThrow(/no signing key/);
  });

  it('refuses alg none, other algorithms, RS256 confusion, unknown or missing kid', async () => {
    const kid = keyId(CURRENT);
    await refused(forge({ alg: 'none', typ: 'JWT', kid }, claims(), null), /algorithm none/);
    await refused(forge({ alg: 'none', typ: 'JWT', kid }, claims(), CURRENT), /algorithm none/);
    const hs512 = `${b64({ alg: 'HS512', kid })}.${b64(claims())}`;
    await refused(`${hs512}.${createHmac('sha512', CURRENT).update(hs512).digest('base64url')}`, /algorithm HS512/);
    // header says RS256, signature is the HMAC of the shared secret: the classic confusion
    await refused(forge({ alg: 'RS256', typ: 'JWT', kid }, claims(), CURRENT), /algorithm RS256/);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rs = `${b64({ alg: 'RS256', kid })}.${b64(claims())}`;
    await refused(`${rs}.${rsaSign('sha256', Buffer.from(rs), privateKey).toString('base64url')}`, /algorithm RS256/);
    await refused(forge({ alg: 'HS256', typ: 'JWT', kid: 'unknown' }, claims(), CURRENT), /no signing key/);
    await refused(forge({ alg: 'HS256', typ: 'JWT' }, claims(), CURRENT), /no signing key/);
  });

  it('refuses expired tokens, tokens without expiry, malformed claims and tampered payloads', async () => {
    const header = { alg: 'HS256', typ: 'JWT', kid: keyId(CURRENT) };
    await refused(forge(header, claims({ exp: now() - 60 }), CURRENT), /expired/);
    const { exp: _exp, ...noExpiry } = claims();
    await refused(forge(header, noExpiry, CURRENT), /no expiry/);
    await refused(forge(header, claims({ role: 7 }), CURRENT), /no subject or role/);
    await refused(forge(header, claims({ orgId: { $ne: null } }), CURRENT), /malformed organisation/);
    const token = await jwt.signAsync({ sub: 'er-shequ', role: 'community_admin', orgId: 'c' });
    const [h, , s] = token.split('.');
    await refused(
      `${h}.${b64({ sub: 'er-shequ', role: 'district_admin', orgId: null, exp: now() + 600 })}.${s}`,
      /invalid signature/,
    );
    await refused('not-a-token', /algorithm undefined/);
    await refused('a.b.c', /algorithm undefined/);
  });

  it('derives key ids that do not reveal the secret', () => {
    expect(keyId(CURRENT)).toHaveLength(16);
    expect(keyId(CURRENT)).not.toEqual(keyId(OLD));
    expect(CURRENT).not.toContain(keyId(CURRENT));
    expect(new JwtKeyRing(CURRENT, [OLD, '']).kids).toEqual([keyId(CURRENT), keyId(OLD)]);
  });

  it('derives keys for other purposes: the same in every process, apart per purpose, rotated with the secret', () => {
    const ring = new JwtKeyRing(CURRENT, [OLD]);
    const [current, previous] = ring.derivedKeys('volunteering.check-in-code');
    expect(current).toHaveLength(32);
    expect(new JwtKeyRing(CURRENT).derivedKeys('volunteering.check-in-code')).toEqual([current]);
    expect(new JwtKeyRing(OLD).derivedKeys('volunteering.check-in-code')).toEqual([previous]);
    expect(ring.derivedKeys('volunteering.resident-phone')[0]).not.toEqual(current);
    expect(current.toString('utf8')).not.toContain(CURRENT);
    expect(current.equals(Buffer.from(CURRENT).subarray(0, 32))).toBe(false);
  });
});
