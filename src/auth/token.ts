/**
 * Signs the HS256 tokens of `npm run -s token` (src/cli/token.ts): `sub`, the roles claim under
 * AUTH_ROLES_CLAIM, `iss`/`aud` when AUTH_ISSUER/AUTH_AUDIENCE are set, `iat` and `exp`; what the
 * verifier (verify.ts) of an API with the same settings accepts.
 */
import { SignJWT } from 'jose';
import type { AuthSettings } from './verify.js';
import type { Role } from './roles.js';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };

/** `30s`, `15m`, `1h`, `7d` → seconds; undefined for anything else. */
export function ttlSeconds(text: string): number | undefined {
  const match = /^(\d{1,6})([smhd])$/.exec(text);
  if (!match) return undefined;
  const seconds = Number(match[1]) * (UNIT_SECONDS[match[2]!] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

export async function signToken(
  settings: AuthSettings & { AUTH_JWT_SECRET: string },
  claims: { sub: string; roles: Role[]; ttlSeconds: number },
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ [settings.AUTH_ROLES_CLAIM]: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt(now)
    .setExpirationTime(now + claims.ttlSeconds);
  if (settings.AUTH_ISSUER !== undefined) jwt.setIssuer(settings.AUTH_ISSUER);
  if (settings.AUTH_AUDIENCE !== undefined) jwt.setAudience(settings.AUTH_AUDIENCE);
  return jwt.sign(new TextEncoder().encode(settings.AUTH_JWT_SECRET));
}
