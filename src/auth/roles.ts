/**
 * Roles and who may do what. Roles are ordered, each implying the ones before it: an admin is also an
 * editor, an editor also a reader. Mutation resolvers call `requireRole`; reads need no role.
 */
import { AuthNotConfiguredError, ForbiddenError, UnauthenticatedError } from '../errors.js';
import { isRecord } from '../shape.js';

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Whom a request's verified token names, with every role it grants (implied ones included), lowest first. */
export interface Viewer {
  sub: string;
  roles: Role[];
}

/** What of a request's context the auth layer reads (src/data/request.ts's `Context` has both). */
export interface AuthContext {
  /** The verified token's subject and roles; null when the request carried no token. */
  viewer: Viewer | null;
  /** Whether the API verifies tokens at all (AUTH_JWT_SECRET or AUTH_JWKS_URL set). */
  auth: { configured: boolean };
}

export const isRole = (v: unknown): v is Role => ROLES.some((role) => role === v);

/** The named roles and every role they imply, lowest first; unknown names are ignored. */
export function withImplied(names: readonly unknown[]): Role[] {
  const highest = Math.max(-1, ...names.filter(isRole).map((r) => ROLES.indexOf(r)));
  return ROLES.slice(0, highest + 1);
}

/**
 * The value of the roles claim: `path` names a claim, or a dotted path into nested objects
 * (`realm_access.roles`); a claim whose own name holds the dots (`https://example.org/roles`) wins.
 */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (path in payload) return payload[path];
  let value: unknown = payload;
  for (const key of path.split('.')) value = isRecord(value) ? value[key] : undefined;
  return value;
}

/** The roles a token grants: its roles claim as an array of strings, or one string of names separated by spaces or commas. */
export function rolesOf(payload: Record<string, unknown>, path: string): Role[] {
  const claim = claimAt(payload, path);
  if (typeof claim === 'string') return withImplied(claim.split(/[\s,]+/));
  return Array.isArray(claim) ? withImplied(claim) : [];
}

/**
 * The viewer of a request that may do what needs `role`, for a resolver to act as. Throws FORBIDDEN
 * (`reason: AUTH_NOT_CONFIGURED`) when the API verifies no tokens, UNAUTHENTICATED when the request had
 * no token, FORBIDDEN (`required: role`) when its token lacks the role.
 */
export function requireRole(ctx: AuthContext, role: 'editor' | 'admin'): Viewer {
  if (!ctx.auth.configured) throw new AuthNotConfiguredError();
  if (!ctx.viewer) throw new UnauthenticatedError(`This needs a token with the role "${role}": send it as \`Authorization: Bearer <token>\``);
  if (!ctx.viewer.roles.includes(role)) throw new ForbiddenError(role);
  return ctx.viewer;
}
