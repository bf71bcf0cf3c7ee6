import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { keyId } from '@gongjian/auth';
import { loadConfig, parseJwtTtl, type RuntimeConfig } from '@gongjian/runtime';
import { type Platform, startPlatform } from '../apps/platform/src/platform';
import { ROOT } from './support/platform';

const FIRST = 'first-secret-of-this-test-0123456789abcdef';
const SECOND = 'second-secret-of-this-test-0123456789abcdef';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

function forge(header: object, payload: object, secret: string | null): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${secret === null ? '' : createHmac('sha256', secret).update(input).digest('base64url')}`;
}

const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

describe('access tokens: HS256 only, short-lived, with key rotation', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-jwt-'));
  let platform: Platform | null = null;

  async function start(config: Partial<RuntimeConfig>, dir = dataDir): Promise<Platform> {
    await platform?.app.close();
    platform = await startPlatform(
      { dataDir: dir, port: 0, adminUser: ROOT.username, adminPassword: ROOT.password, ...config },
      false,
    );
    return platform;
  }
  const server = () => request(platform!.app.getHttpServer());
  const login = async () =>
    (await server().post('/api/v1/auth/login').send(ROOT).expect(200)).body.accessToken as string;
  const me = (token: string) => server().get('/api/v1/accounts/me').set('Authorization', `Bearer ${token}`);

  afterAll(async () => {
    await platform?.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('issues HS256 tokens with the key id and the configured lifetime, and refuses every forgery with 401', async () => {
    await start({ jwtSecret: FIRST, jwtPreviousSecrets: [], jwtTtlSeconds: 600 });
    const token = await login();
    const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString());
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT', kid: keyId(FIRST) });
    expect(decode(token).exp - decode(token).iat).toBe(600);
    await me(token).expect(200);

    const kid = keyId(FIRST);
    const claims = { sub: ROOT.username, role: 'district_admin', orgId: null, iat: now(), exp: now() + 600 };
    const forgeries: Record<string, string> = {
      'alg none': forge({ alg: 'none', typ: 'JWT', kid }, claims, null),
      'alg none, signed anyway': forge({ alg: 'none', typ: 'JWT', kid }, claims, FIRST),
      'RS256 header on an HMAC signature': forge({ alg: 'RS256', typ: 'JWT', kid }, claims, FIRST),
      'unknown kid': forge({ alg: 'HS256', typ: 'JWT', kid: 'not-a-key' }, claims, FIRST),
      'no kid': forge({ alg: 'HS256', typ: 'JWT' }, claims, FIRST),
      'wrong secret': forge({ alg: 'HS256', typ: 'JWT', kid }, claims, SECOND),
      expired: forge({ alg: 'HS256', typ: 'JWT', kid }, { ...claims, exp: now() - 30 }, FIRST),
      'no expiry': forge({ alg: 'HS256', typ: 'JWT', kid }, { ...claims, exp: undefined }, FIRST),
      tampered: `${token.split('.')[0]}.${b64({ ...decode(token), sub: 'someone-else' })}.${token.split('.')[2]}`,
      garbage: 'a.b.c',
    };
    for (const [name, forged] of Object.entries(forgeries)) {
      const res = await me(forged);
      expect({ name, status: res.status }).toEqual({ name, status: 401 });
      expect(res.body).toEqual({ statusCode: 401, error: 'unauthorized', message: 'the token is invalid or expired' });
    }
  });

  it('keeps accepting tokens of a rotated-out key while it is listed, and refuses them once it is dropped', async () => {
    await start({ jwtSecret: FIRST, jwtPreviousSecrets: [] });
    const old = await login();
    await start({ jwtSecret: SECOND, jwtPreviousSecrets: [FIRST] });
    await me(old).expect(200);
    const fresh = await login();
    expect(JSON.parse(Buffer.from(fresh.split('.')[0], 'base64url').toString()).kid).toBe(keyId(SECOND));
    await start({ jwtSecret: SECOND, jwtPreviousSecrets: [] });
    await me(old).expect(401);
    await me(fresh).expect(200);
  });

  it('without GONGJIAN_JWT_SECRET uses a random secret kept in the data directory, never a constant', async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'gongjian-jwt-other-'));
    try {
      await start({ jwtSecret: undefined, jwtPreviousSecrets: [] });
      const file = join(dataDir, 'jwt-secret');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8').trim().length).toBeGreaterThanOrEqual(48);
      const token = await login();
      await start({ jwtSecret: undefined, jwtPreviousSecrets: [] });
      await me(token).expect(200); // the same data directory keeps its secret across restarts
      await start({ jwtSecret: undefined, jwtPreviousSecrets: [] }, otherDir);
      await me(token).expect(401); // another data directory has another secret
      expect(readFileSync(join(otherDir, 'jwt-secret'), 'utf8')).not.toEqual(readFileSync(file, 'utf8'));
    } finally {
      await platform?.app.close();
      platform = null;
      rmSync(otherDir, { recursive: true, force: true });
    }
  });
});

describe('JWT settings from the environment', () => {
  it('reads the current secret, the previous ones and a bounded lifetime', () => {
    const config = loadConfig({
      GONGJIAN_JWT_SECRET: FIRST,
      GONGJIAN_JWT_PREVIOUS_SECRETS: ` ${SECOND} ,,older-secret`,
      GONGJIAN_JWT_TTL: '15m',
    });
    expect(config).toMatchObject({
      jwtSecret: FIRST,
      jwtPreviousSecrets: [SECOND, 'older-secret'],
      jwtTtlSeconds: 900,
    });
    expect(loadConfig({}).jwtTtlSeconds).toBe(3600);
    expect(parseJwtTtl('7200')).toBe(7200);
    expect(parseJwtTtl('1h')).toBe(3600);
    for (const bad of ['0', '10s', '2d', '-5m', 'forever', '1h30m'])
      expect(() => parseJwtTtl(bad)).toThrow(/GONGJIAN_JWT_TTL/);
  });
});
