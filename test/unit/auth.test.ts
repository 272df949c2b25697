/**
 * Authentication without a database: token verification (HS256 with a secret; RS256/ES256 against a
 * JWKS served by a local node:http server), the roles claim, `requireRole`, the token signer, the
 * settings, and that the secret never reaches a log line or a configuration error.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRole, rolesOf, withImplied } from '../../src/auth/roles.js';
import { signToken, ttlSeconds } from '../../src/auth/token.js';
import { type AuthSettings, createVerifier } from '../../src/auth/verify.js';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/config/logger.js';
import { bearerToken } from '../../src/server/auth.js';

const SECRET = 'unit-test-secret-that-is-long-enough-0123456789';
const key = new TextEncoder().encode(SECRET);
const settings: AuthSettings = {
  AUTH_JWT_SECRET: SECRET,
  AUTH_JWKS_URL: undefined,
  AUTH_ISSUER: undefined,
  AUTH_AUDIENCE: undefined,
  AUTH_ROLES_CLAIM: 'roles',
};
const now = () => Math.floor(Date.now() / 1000);

/** An HS256 token with `claims` (sub "alice" and exp in an hour unless given; `undefined` leaves a claim out). */
function hs256(claims: JWTPayload = {}, secret: Uint8Array = key): Promise<string> {
  const payload = Object.fromEntries(Object.entries({ sub: 'alice', exp: now() + 3_600, ...claims }).filter(([, v]) => v !== undefined));
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(secret);
}

/** The error a token gets: its code, message and WWW-Authenticate header. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the token was accepted').toBeDefined();
  const ext = (error as { extensions?: { code?: string; http?: { status?: number; headers?: Record<string, string> } } }).extensions;
  return { code: ext?.code, status: ext?.http?.status, challenge: ext?.http?.headers?.['www-authenticate'], message: (error as Error).message };
}

describe('HS256 verification', () => {
  const verifier = createVerifier(settings);

  it('accepts a good token and names its viewer, with implied roles', async () => {
    expect(verifier.configured).toBe(true);
    expect(await verifier.verify(await hs256({ roles: ['editor'] }))).toEqual({ sub: 'alice', roles: ['reader', 'editor'] });
    expect(await verifier.verify(await hs256())).toEqual({ sub: 'alice', roles: [] });
  });

  it.each([
    ['a bad signature', () => hs256({}, new TextEncoder().encode('another-secret-that-is-long-enough-000000')), /signature does not verify/],
    ['an expired token', () => hs256({ exp: now() - 60 }), /expired/],
    ['a token not valid yet', () => hs256({ nbf: now() + 600 }), /not valid yet/],
    ['no sub', () => hs256({ sub: undefined }), /no "sub" claim/],
    ['an empty sub', () => hs256({ sub: '' }), /"sub" claim must name/],
    ['no exp', () => hs256({ exp: undefined }), /no "exp" claim/],
    ['not a JWT', async () => 'not.a.jwt', /not a JWT/],
    ['alg none', async () => new UnsecuredJWT({ sub: 'alice', exp: now() + 60 }).encode(), /"none" are not accepted/],
    [
      'a tampered payload',
      async () => {
        const [h, , s] = (await hs256({ roles: ['reader'] })).split('.');
        return [h, Buffer.from(JSON.stringify({ sub: 'alice', exp: now() + 60, roles: ['admin'] })).toString('base64url'), s].join('.');
      },
      /signature does not verify/,
    ],
  ])('refuses %s: 401 UNAUTHENTICATED, invalid_token', async (_name, token, message) => {
    const r = await refusal(verifier.verify(await token()));
    expect(r).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, challenge: 'Bearer error="invalid_token"' });
    expect(r.message).toMatch(message);
    expect(r.message).not.toContain(SECRET);
  });

  it('checks iss and aud when they are set', async () => {
    const strict = createVerifier({ ...settings, AUTH_ISSUER: 'https://issuer.example', AUTH_AUDIENCE: 'kg-api' });
    const good = await hs256({ iss: 'https://issuer.example', aud: ['other', 'kg-api'] });
    expect((await strict.verify(good)).sub).toBe('alice');
    expect((await refusal(strict.verify(await hs256({ iss: 'https://evil.example', aud: 'kg-api' })))).message).toMatch(/issuer/);
    expect((await refusal(strict.verify(await hs256({ iss: 'https://issuer.example', aud: 'other' })))).message).toMatch(/audience/);
    expect((await refusal(strict.verify(await hs256({ aud: 'kg-api' })))).message).toMatch(/no "iss" claim/);
  });

  it('refuses asymmetric tokens when no JWKS is set', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('1h').sign(privateKey);
    expect((await refusal(verifier.verify(token))).message).toMatch(/"ES256" are not accepted/);
  });

  it('is not configured without a secret or a JWKS', () => {
    expect(createVerifier({ ...settings, AUTH_JWT_SECRET: undefined }).configured).toBe(false);
  });
});

describe('the roles claim', () => {
  it.each([
    [{ roles: ['editor'] }, 'roles', ['reader', 'editor']],
    [{ roles: 'admin' }, 'roles', ['reader', 'editor', 'admin']],
    [{ roles: 'reader editor,owner' }, 'roles', ['reader', 'editor']],
    [{ roles: ['superuser', 42, null] }, 'roles', []],
    [{ roles: { editor: true } }, 'roles', []],
    [{}, 'roles', []],
    [{ realm_access: { roles: ['offline_access', 'admin'] } }, 'realm_access.roles', ['reader', 'editor', 'admin']],
    [{ realm_access: ['admin'] }, 'realm_access.roles', []],
    [{ 'https://kg.example/roles': ['editor'] }, 'https://kg.example/roles', ['reader', 'editor']],
    [{ groups: ['reader'] }, 'groups', ['reader']],
  ])('%o at %s grants %o', (payload, path, roles) => {
    expect(rolesOf(payload, path)).toEqual(roles);
  });

  it('orders roles, each implying the lower ones', () => {
    expect(withImplied(['admin', 'reader'])).toEqual(['reader', 'editor', 'admin']);
    expect(withImplied([])).toEqual([]);
  });
});

describe('requireRole', () => {
  const configured = { configured: true };

  it('returns the viewer that has the role (admin implies editor)', () => {
    const admin = { sub: 'root', roles: withImplied(['admin']) };
    expect(requireRole({ viewer: admin, auth: configured }, 'editor')).toBe(admin);
    expect(requireRole({ viewer: admin, auth: configured }, 'admin')).toBe(admin);
  });

  it('FORBIDDEN with `required` when the role is missing', () => {
    const reader = { sub: 'bob', roles: withImplied(['reader']) };
    expect(() => requireRole({ viewer: reader, auth: configured }, 'editor')).toThrow(
      expect.objectContaining({ extensions: { code: 'FORBIDDEN', required: 'editor' } }),
    );
    const editor = { sub: 'eve', roles: withImplied(['editor']) };
    expect(() => requireRole({ viewer: editor, auth: configured }, 'admin')).toThrow(
      expect.objectContaining({ extensions: { code: 'FORBIDDEN', required: 'admin' } }),
    );
  });

  it('UNAUTHENTICATED without a viewer (a field error: no HTTP status of its own)', () => {
    expect(() => requireRole({ viewer: null, auth: configured }, 'editor')).toThrow(
      expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/Authorization: Bearer/) }),
    );
  });

  it('FORBIDDEN AUTH_NOT_CONFIGURED, saying how to configure, when no token can be verified', () => {
    expect(() => requireRole({ viewer: null, auth: { configured: false } }, 'editor')).toThrow(
      expect.objectContaining({
        extensions: { code: 'FORBIDDEN', reason: 'AUTH_NOT_CONFIGURED' },
        message: expect.stringMatching(/AUTH_JWT_SECRET.*npm run -s token -- --role editor --sub NAME.*AUTH_JWKS_URL/),
      }),
    );
  });
});

describe('JWKS verification (keys served by a local server)', () => {
  let server: Server;
  let url: string;
  let available = true;
  let fetches = 0;
  const keys: { es: CryptoKeyPair; rs: CryptoKeyPair; other: CryptoKeyPair } = {} as never;

  beforeAll(async () => {
    keys.es = await generateKeyPair('ES256');
    keys.rs = await generateKeyPair('RS256');
    keys.other = await generateKeyPair('ES256');
    const jwks = {
      keys: [
        { ...(await exportJWK(keys.es.publicKey)), kid: 'es-1', alg: 'ES256', use: 'sig' },
        { ...(await exportJWK(keys.rs.publicKey)), kid: 'rs-1', alg: 'RS256', use: 'sig' },
      ],
    };
    server = createServer((_req, res) => {
      fetches++;
      if (!available) {
        res.writeHead(500).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const sign = (pair: CryptoKeyPair, alg: string, kid: string, claims: JWTPayload = {}) =>
    new SignJWT({ sub: 'carol', realm_access: { roles: ['editor'] }, ...claims })
      .setProtectedHeader({ alg, kid })
      .setIssuer('https://idp.example/realms/kg')
      .setAudience('kg-api')
      .setExpirationTime(claims.exp ?? '10m')
      .sign(pair.privateKey);

  const jwksSettings = (): AuthSettings => ({
    AUTH_JWT_SECRET: undefined,
    AUTH_JWKS_URL: url,
    AUTH_ISSUER: 'https://idp.example/realms/kg',
    AUTH_AUDIENCE: 'kg-api',
    AUTH_ROLES_CLAIM: 'realm_access.roles',
  });

  it('verifies ES256 and RS256 tokens against the provider keys', async () => {
    const verifier = createVerifier(jwksSettings());
    expect(await verifier.verify(await sign(keys.es, 'ES256', 'es-1'))).toEqual({ sub: 'carol', roles: ['reader', 'editor'] });
    expect(await verifier.verify(await sign(keys.rs, 'RS256', 'rs-1'))).toEqual({ sub: 'carol', roles: ['reader', 'editor'] });
  });

  it('refuses a token signed by another key, an unknown key id, an HS256 token, an expired one', async () => {
    const verifier = createVerifier(jwksSettings());
    expect((await refusal(verifier.verify(await sign(keys.other, 'ES256', 'es-1')))).message).toMatch(/signature does not verify/);
    expect((await refusal(verifier.verify(await sign(keys.other, 'ES256', 'unknown-kid')))).message).toMatch(/No key of the identity provider/);
    expect((await refusal(verifier.verify(await hs256({ sub: 'carol' })))).message).toMatch(/HS256 tokens are not accepted/);
    const expired = await sign(keys.es, 'ES256', 'es-1', { exp: now() - 60 });
    expect(await refusal(verifier.verify(expired))).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, message: expect.stringMatching(/expired/) });
  });

  it('with a secret too, the token’s alg picks the key', async () => {
    const both = createVerifier({ ...jwksSettings(), AUTH_JWT_SECRET: SECRET, AUTH_ROLES_CLAIM: 'roles' });
    const viaSecret = await hs256({ iss: 'https://idp.example/realms/kg', aud: 'kg-api', roles: ['admin'] });
    expect(await both.verify(viaSecret)).toEqual({ sub: 'alice', roles: ['reader', 'editor', 'admin'] });
    expect(await both.verify(await sign(keys.es, 'ES256', 'es-1', { roles: 'reader' }))).toEqual({ sub: 'carol', roles: ['reader'] });
  });

  it('AUTH_UNAVAILABLE (503) when the keys cannot be fetched', async () => {
    available = false;
    try {
      const before = fetches;
      const verifier = createVerifier(jwksSettings());
      const r = await refusal(verifier.verify(await sign(keys.es, 'ES256', 'es-1')));
      expect(r).toMatchObject({ code: 'AUTH_UNAVAILABLE', status: 503 });
      expect(fetches).toBeGreaterThan(before);
    } finally {
      available = true;
    }
  });
});

describe('the token signer', () => {
  it('signs what a verifier with the same settings accepts, with iss, aud and the roles claim', async () => {
    const s = { ...settings, AUTH_JWT_SECRET: SECRET, AUTH_ISSUER: 'kg', AUTH_AUDIENCE: 'kg-api', AUTH_ROLES_CLAIM: 'realm_access.roles' };
    const token = await signToken(s, { sub: 'dave', roles: ['editor'], ttlSeconds: 60 });
    expect(await createVerifier(s).verify(token)).toEqual({ sub: 'dave', roles: ['reader', 'editor'] });
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(payload).toMatchObject({ sub: 'dave', iss: 'kg', aud: 'kg-api', 'realm_access.roles': ['editor'] });
    expect(payload.exp - payload.iat).toBe(60);
  });

  it('reads durations', () => {
    expect([ttlSeconds('30s'), ttlSeconds('15m'), ttlSeconds('1h'), ttlSeconds('7d')]).toEqual([30, 900, 3_600, 604_800]);
    expect([ttlSeconds('0h'), ttlSeconds('1y'), ttlSeconds('-1h'), ttlSeconds('h')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('the Authorization header', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['Bearer  abc.def-_ghi ', 'abc.def-_ghi'],
    ['Basic dXNlcjpwYXNz', null],
    ['Bearer', null],
    ['Bearer a b', null],
    ['abc.def.ghi', null],
  ])('%j → %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});

describe('authentication settings', () => {
  it('reads them, with their defaults', () => {
    const c = loadConfig({ AUTH_JWT_SECRET: SECRET });
    expect(c).toMatchObject({ AUTH_JWT_SECRET: SECRET, AUTH_ROLES_CLAIM: 'roles', AUTH_READS: 'public' });
    expect(loadConfig({}).AUTH_JWT_SECRET).toBeUndefined();
  });

  it('refuses a short secret without echoing it', () => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'too-short-a-secret' })).toThrow(/^invalid configuration: AUTH_JWT_SECRET must be at least 32 bytes/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'too-short-a-secret' })).not.toThrow(/too-short-a-secret/);
  });

  it('AUTH_READS=required needs a way to verify tokens', () => {
    expect(() => loadConfig({ AUTH_READS: 'required' })).toThrow(/AUTH_READS is required but no token can be verified/);
    expect(loadConfig({ AUTH_READS: 'required', AUTH_JWKS_URL: 'https://idp.example/jwks' }).AUTH_READS).toBe('required');
  });

  it('takes a JWKS over https, or over http on loopback only', () => {
    expect(loadConfig({ AUTH_JWKS_URL: 'http://127.0.0.1:8080/jwks' }).AUTH_JWKS_URL).toBe('http://127.0.0.1:8080/jwks');
    expect(() => loadConfig({ AUTH_JWKS_URL: 'http://idp.example/jwks' })).toThrow(/AUTH_JWKS_URL must be an https:\/\/ URL/);
    expect(() => loadConfig({ AUTH_JWKS_URL: 'not a url' })).toThrow(/AUTH_JWKS_URL/);
  });
});

describe('logs', () => {
  it('redact the secret, the database password and Authorization headers', () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        out += String(chunk);
        done();
      },
    });
    const log = createLogger('info', sink);
    const config = loadConfig({ AUTH_JWT_SECRET: SECRET, NEO4J_PASSWORD: 'database-password' });
    log.info(config, 'configuration');
    log.info({ config }, 'nested');
    log.info({ headers: { authorization: 'Bearer abc.def.ghi' } }, 'request');
    expect(out).toContain('[Redacted]');
    expect(out).toContain('configuration');
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain('database-password');
    expect(out).not.toContain('abc.def.ghi');
  });
});
