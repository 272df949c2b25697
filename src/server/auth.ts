/**
 * Authentication of GraphQL requests: the `Authorization: Bearer <jwt>` header is read and verified once
 * per request, before anything runs, and the viewer it names goes on the context (`viewer`, with
 * `auth.configured`) for `requireRole` (src/auth/roles.ts). A token that does not verify answers the
 * whole request 401 UNAUTHENTICATED with `WWW-Authenticate: Bearer error="invalid_token"`; so does a
 * request without one when AUTH_READS=required. Only GraphQL requests pass here: `/health` and `/ready`
 * are answered before Yoga (http.ts), and GraphiQL's page and the static files never reach the parameters.
 */
import type { Plugin } from 'graphql-yoga';
import type { AuthContext, Viewer } from '../auth/roles.js';
import { type AuthSettings, createVerifier, type Verifier } from '../auth/verify.js';
import { type Config, withDefaults } from '../config/config.js';
import type { Logger } from '../config/logger.js';
import { AuthUnavailableError, UnauthenticatedError } from '../errors.js';

export type AuthOptions = AuthSettings & Pick<Config, 'AUTH_READS'>;

/** The authentication a configuration sets; anything it leaves out has its documented default (none configured, public reads). */
export function authOptions(config: Partial<Config> = {}): AuthOptions {
  const c = withDefaults(config);
  return {
    AUTH_JWT_SECRET: c.AUTH_JWT_SECRET,
    AUTH_JWKS_URL: c.AUTH_JWKS_URL,
    AUTH_ISSUER: c.AUTH_ISSUER,
    AUTH_AUDIENCE: c.AUTH_AUDIENCE,
    AUTH_ROLES_CLAIM: c.AUTH_ROLES_CLAIM,
    AUTH_READS: c.AUTH_READS,
  };
}

/** `Bearer <token>` (the scheme in any case) → the token; null for any other form. */
export function bearerToken(header: string): string | null {
  return /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i.exec(header)?.[1] ?? null;
}

export interface RequestAuth {
  plugin: Plugin;
  /** The auth part of a request's context: its viewer (null without a token) and whether auth is configured. */
  contextOf(request: Request): AuthContext;
}

export function requestAuth(options: AuthOptions, log: Logger, verifier: Verifier = createVerifier(options)): RequestAuth {
  const viewers = new WeakMap<Request, Viewer>();
  const auth = { configured: verifier.configured };
  return {
    contextOf: (request) => ({ viewer: viewers.get(request) ?? null, auth }),
    plugin: {
      async onParams({ request }) {
        // A batch runs its operations' hooks one by one; its one header is verified once.
        if (viewers.has(request)) return;
        const header = request.headers.get('authorization');
        // Unconfigured, a token is not checked: reads stay public, and requireRole says how to configure.
        if (header === null || !verifier.configured) {
          if (options.AUTH_READS === 'required')
            throw new UnauthenticatedError('This API answers only authenticated requests: send a token as `Authorization: Bearer <token>`', 'none');
          return;
        }
        const token = bearerToken(header);
        if (token === null) throw new UnauthenticatedError('The Authorization header must be `Bearer <token>`', 'invalid_request');
        try {
          viewers.set(request, await verifier.verify(token));
        } catch (error) {
          if (error instanceof AuthUnavailableError) log.warn({ cause: error.originalError?.message }, `authentication: ${error.message}`);
          throw error;
        }
      },
    },
  };
}
