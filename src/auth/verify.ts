/**
 * Verifies a bearer JWT: HS256 against AUTH_JWT_SECRET, every asymmetric algorithm against the keys of
 * AUTH_JWKS_URL (the token's `alg` picks which); then its `exp` (required), `nbf`, `iss` and `aud` (when
 * set) and a non-empty `sub`. A token that fails any check is UNAUTHENTICATED with a message saying which
 * check, never what the secret or the keys are.
 */
import { createRemoteJWKSet, decodeProtectedHeader, errors, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions, jwtVerify } from 'jose';
import type { Config } from '../config/config.js';
import { AuthUnavailableError, UnauthenticatedError } from '../errors.js';
import { rolesOf, type Viewer } from './roles.js';

export type AuthSettings = Pick<Config, 'AUTH_JWT_SECRET' | 'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE' | 'AUTH_ROLES_CLAIM'>;

/** The algorithms an identity provider's keys may sign with; `none` and the HMAC ones never come from a JWKS. */
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
/** Clock skew allowed between the token's issuer and this server, in seconds (for `exp` and `nbf`). */
const CLOCK_TOLERANCE_S = 5;

export interface Verifier {
  /** Whether any token can be verified (AUTH_JWT_SECRET or AUTH_JWKS_URL set). */
  configured: boolean;
  /** The viewer a token names; throws UnauthenticatedError (401) for a bad token, AuthUnavailableError (503) when the keys cannot be fetched. */
  verify(token: string): Promise<Viewer>;
}

/** Marks a failure to fetch the identity provider's keys, as opposed to a token they do not verify. */
class KeysUnavailable extends Error {}

const invalid = (message: string) => new UnauthenticatedError(message, 'invalid_token');

export function createVerifier(settings: AuthSettings, options: { jwksTimeoutMs?: number } = {}): Verifier {
  const secret = settings.AUTH_JWT_SECRET === undefined ? undefined : new TextEncoder().encode(settings.AUTH_JWT_SECRET);
  const jwks =
    settings.AUTH_JWKS_URL === undefined ? undefined : createRemoteJWKSet(new URL(settings.AUTH_JWKS_URL), { timeoutDuration: options.jwksTimeoutMs ?? 5_000 });
  // A key id the set does not hold is the token's fault; anything else in fetching the set is the provider's.
  const providerKey: JWTVerifyGetKey | undefined =
    jwks &&
    (async (header, token) => {
      try {
        return await jwks(header, token);
      } catch (error) {
        if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys || error instanceof errors.JOSEAlgNotAllowed)
          throw error;
        throw new KeysUnavailable('the JSON Web Key Set could not be fetched', { cause: error });
      }
    });
  const checks = (algorithms: string[]): JWTVerifyOptions => ({
    algorithms,
    issuer: settings.AUTH_ISSUER,
    audience: settings.AUTH_AUDIENCE,
    requiredClaims: ['sub', 'exp'],
    clockTolerance: CLOCK_TOLERANCE_S,
  });

  async function payloadOf(token: string): Promise<JWTPayload> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw invalid('The token is not a JWT');
    }
    if (alg === 'HS256') {
      if (!secret) throw invalid('HS256 tokens are not accepted by this API');
      return (await jwtVerify(token, secret, checks(['HS256']))).payload;
    }
    if (!providerKey || !alg || !ASYMMETRIC.includes(alg)) throw invalid(`Tokens signed with "${alg ?? 'no algorithm'}" are not accepted by this API`);
    return (await jwtVerify(token, providerKey, checks(ASYMMETRIC))).payload;
  }

  return {
    configured: secret !== undefined || jwks !== undefined,
    async verify(token) {
      let payload: JWTPayload;
      try {
        payload = await payloadOf(token);
      } catch (error) {
        throw translate(error);
      }
      if (typeof payload.sub !== 'string' || payload.sub === '') throw invalid('The token\'s "sub" claim must name the viewer');
      return { sub: payload.sub, roles: rolesOf(payload, settings.AUTH_ROLES_CLAIM) };
    },
  };
}

/** What went wrong with a token, as the error the client gets. */
function translate(error: unknown): Error {
  if (error instanceof UnauthenticatedError) return error;
  if (error instanceof KeysUnavailable) return new AuthUnavailableError(error.cause instanceof Error ? error.cause : undefined);
  if (error instanceof errors.JWTExpired) return invalid('The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return invalid(`The token has no "${error.claim}" claim`);
    if (error.claim === 'nbf') return invalid('The token is not valid yet ("nbf" is in the future)');
    if (error.claim === 'iss') return invalid('The token\'s issuer ("iss") is not the one this API accepts');
    if (error.claim === 'aud') return invalid('The token\'s audience ("aud") is not this API');
    return invalid(`The token's "${error.claim}" claim is invalid`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalid("The token's signature does not verify");
  if (error instanceof errors.JWKSNoMatchingKey) return invalid("No key of the identity provider matches the token's key id");
  if (error instanceof errors.JOSEError) return invalid('The token does not verify');
  return error instanceof Error ? error : new Error(String(error));
}
