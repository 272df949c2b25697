/**
 * What every mutation shares: the role it needs, the errors a client can act on (members of each
 * mutation's result union, through Pothos' errors plugin) and who acts (the token's `sub`).
 */
import { ZodError } from 'zod';
import { requireRole } from '../../auth/roles.js';
import { runMutation } from '../../data/curation.js';
import type { Context } from '../../data/request.js';
import type { Clock, Curated, Outcome } from '../../store/curation/transaction.js';
import type { Run } from '../../store/write.js';
import { StaleVersionError, UnknownReferenceError } from '../../store/curation/errors.js';
import { builder, MUTATION_ROLES } from '../builder.js';

const roleOf = (field: string) => MUTATION_ROLES[field] ?? 'editor';

/** The actor a mutation records: the verified token's subject, if it has the role (else UNAUTHENTICATED or FORBIDDEN). */
export const actorOf = (ctx: Context, field: string) => requireRole(ctx, roleOf(field)).sub;

/** A curation operation of src/store/curation/: the graph change a mutation makes for `actor`. */
export type CurationWork<I, R> = (run: Run, clock: Clock, actor: string, input: I) => Promise<Outcome<R>>;

/**
 * Runs the mutation `field` for the request's actor (its role checked first): one transaction, recorded
 * with the input (less its idempotency key) and reason, replayed when the key was seen before.
 */
export function curatedMutation<I extends { idempotencyKey?: string; reason?: string }, R>(
  ctx: Context,
  field: string,
  input: I,
  work: CurationWork<I, R>,
): Promise<Curated<R>> {
  const actor = actorOf(ctx, field);
  const { idempotencyKey, ...rest } = input;
  return runMutation(ctx, { name: field, actor, reason: input.reason, idempotencyKey, input: rest }, (run, clock) => work(run, clock, actor, input));
}

/** An input path as the client sent it: below the mutation's `input` argument. */
const inputPath = (path: readonly PropertyKey[]) => (path[0] === 'input' ? path : ['input', ...path]).map(String);

const MutationError = builder.interfaceRef<Error>('MutationError').implement({
  description: "Why a mutation was refused; nothing was written. Each refusal is a member of the mutation's result union, with its own fields.",
  fields: (t) => ({
    message: t.string({
      description: 'What was wrong, in a sentence.',
      resolve: (e) => (e instanceof ZodError ? e.issues.map((i) => `${inputPath(i.path).join('.')}: ${i.message}`).join('; ') : e.message),
    }),
  }),
});

const ValidationIssue = builder.simpleObject('ValidationIssue', {
  description: 'One refused field of an input.',
  fields: (t) => ({
    path: t.stringList({ description: 'The field\'s path from the argument, e.g. ["input", "citations", "0", "excerpt"].' }),
    message: t.string({ description: 'Why the field was refused.' }),
  }),
});

builder.objectType(ZodError, {
  name: 'ValidationError',
  description:
    'The input was refused: a field is missing, malformed, outside its bounds or does not fit the graph (an excerpt not in its article, a relation the ontology does not allow, a property the type does not have, an idempotency key used for another input). Nothing was written.',
  interfaces: [MutationError],
  isTypeOf: (e) => e instanceof ZodError,
  fields: (t) => ({
    path: t.stringList({
      description: 'The path of the first refused field, from the argument (e.g. ["input", "text"]).',
      resolve: (e) => inputPath(e.issues[0]?.path ?? []),
    }),
    issues: t.field({
      type: [ValidationIssue],
      description: 'Every refused field.',
      resolve: (e) => e.issues.map((i) => ({ path: inputPath(i.path), message: i.message })),
    }),
  }),
});

builder.objectType(StaleVersionError, {
  name: 'ConflictError',
  description:
    'The entity or fact changed since the client read it: `expectedVersion` is not its version (another editor changed it first). Nothing was written; read it again and retry with `currentVersion`.',
  interfaces: [MutationError],
  isTypeOf: (e) => e instanceof StaleVersionError,
  fields: (t) => ({
    id: t.string({ description: 'The entity or fact (or, for one not created yet, what it would be).', resolve: (e) => e.id }),
    currentVersion: t.int({ description: 'Its version now (0: it does not exist yet).', resolve: (e) => e.currentVersion }),
    expectedVersion: t.int({ description: 'The version the mutation expected.', resolve: (e) => e.expectedVersion }),
  }),
});

builder.objectType(UnknownReferenceError, {
  name: 'NotFoundError',
  description: 'An input field names an entity, article, fact or citation that does not exist. Nothing was written.',
  interfaces: [MutationError],
  isTypeOf: (e) => e instanceof UnknownReferenceError,
  fields: (t) => ({
    ref: t.string({ description: 'What the field said.', resolve: (e) => e.ref }),
    path: t.stringList({ description: 'The field, from the argument (e.g. ["input", "from"]).', resolve: (e) => inputPath(e.field) }),
  }),
});

/** The errors option of a mutation field: its result union `<Name>Result` of the success type and the three refusals. */
export const mutationErrors = (name: string) => ({
  types: [ZodError, StaleVersionError, UnknownReferenceError],
  directResult: true as const,
  union: { name: `${name}Result`, description: `What \`${name[0]!.toLowerCase()}${name.slice(1)}\` did: its success, or why nothing was written.` },
});

builder.mutationType({
  description:
    'Curation: add articles and entities, assert and cite facts, retract them, merge entities. Every mutation needs a bearer token (`Authorization: Bearer <jwt>`) with the role `editor` (`mergeEntities`: `admin`): none or a bad one is UNAUTHENTICATED, a missing role FORBIDDEN. Each runs in one transaction through the write path, records who did what, when and why (see `history`), and is idempotent under its `idempotencyKey` (a retry returns the first result, `replayed: true`, and writes nothing). A refused input returns a `ValidationError`, `ConflictError` or `NotFoundError` member of its result union, and the graph (and its version) is left as it was.',
});
