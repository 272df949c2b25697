/**
 * What keeps browsers from being turned against the API or its pages:
 *   - CSRF: a GET that carries a query document must also carry a header a page cannot send cross-site
 *     without a CORS preflight (`x-graphql-csrf`, or Yoga's and Apollo Client's own), else 403
 *     CSRF_HEADER_REQUIRED; a GET naming a persisted operation by its hash needs none (it can only run
 *     an operation the front-end was built with). POSTs are JSON-only (request-limits.ts), which a
 *     cross-site form cannot send.
 *   - Security headers on every HTML page (GraphiQL at /graphql, the explorer at /explore): a
 *     Content-Security-Policy, no framing, no MIME sniffing, no referrer; `nosniff` on every answer.
 *   - Request ids: a client's `x-request-id` is kept only when it is short and plain, else replaced.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { GRAPHIQL_SCRIPT_HASHES } from './graphiql.js';

/** Headers whose presence proves a preflighted (or same-origin) request: ours, Yoga's plugin's, Apollo Client's. */
export const CSRF_HEADERS = ['x-graphql-csrf', 'x-graphql-yoga-csrf', 'apollo-require-preflight'] as const;

/** Content types a browser sends cross-site without a preflight (a form, a text/plain fetch). */
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** True when a browser could have sent this request cross-site without asking (no preflight). */
export function mayBeCrossSite(headers: Headers): boolean {
  if (CSRF_HEADERS.some((name) => headers.has(name))) return false;
  const type = headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return type === undefined || type === '' || SIMPLE_TYPES.has(type);
}

/** 403 CSRF_HEADER_REQUIRED for a GET query document without a CSRF header (see the file's comment). */
export function useCsrfPrevention(): Plugin {
  return {
    onParams({ request, params }) {
      // A GET with a hash and no document runs a persisted operation (this hook runs before the hash is looked up).
      if (request.method !== 'GET' || !params.query || !mayBeCrossSite(request.headers)) return;
      throw createGraphQLError(
        `A GET request with a query must carry the header "${CSRF_HEADERS[0]}" (any value), so that no other site can make a browser send it; or POST it as JSON`,
        { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
      );
    },
  };
}

/** A client's request id is kept when it is 1 to 64 of these characters; anything else is replaced by a UUID. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdFrom(header: string | null): string {
  return header !== null && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Sources every page may use besides its own origin: none. Nothing is framed, posted elsewhere or based elsewhere. */
const COMMON = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * GraphiQL: its two inline scripts by hash (graphiql.ts), no other inline script. Its styles stay
 * 'unsafe-inline': the editor (Monaco) and GraphiQL's components write <style> elements and style
 * attributes at run time, which no hash or nonce can cover.
 */
export const GRAPHIQL_CSP = [
  ...COMMON,
  `script-src 'self' ${GRAPHIQL_SCRIPT_HASHES.map((h) => `'${h}'`).join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "worker-src 'self'",
].join('; ');

/**
 * The one <style> element cytoscape.js writes into the explorer page (its container's `position:
 * relative`), allowed by its hash; a new cytoscape that wrote another would show as a CSP violation in
 * the browser test.
 */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';

/** Every other page (the explorer): scripts and styles from files of this origin only, and cytoscape's one style element. */
export const PAGE_CSP = [...COMMON, "script-src 'self'", `style-src 'self' 'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`].join(
  '; ',
);

/** The security headers of every answer, and of HTML pages (the GraphiQL page is the one at `graphqlEndpoint`). */
export function useSecurityHeaders(graphqlEndpoint: string): Plugin {
  return {
    onResponse({ request, response }) {
      response.headers.set('x-content-type-options', 'nosniff');
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      const path = new URL(request.url).pathname;
      response.headers.set('content-security-policy', path === graphqlEndpoint ? GRAPHIQL_CSP : PAGE_CSP);
      response.headers.set('x-frame-options', 'DENY');
      response.headers.set('referrer-policy', 'no-referrer');
    },
  };
}
