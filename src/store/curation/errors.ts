/**
 * Why a mutation was refused. A client's mistake is a `ZodError` (the same error the input schemas
 * raise, so every refusal of an input names its field path the same way); a stale `expectedVersion` is a
 * `StaleVersionError`; a reference to nothing is an `UnknownReferenceError`. The GraphQL layer shows each as
 * a member of the mutation's result union. Thrown inside the mutation's transaction, each rolls it back.
 */
import { ZodError } from 'zod';

/** A refused input: `path` is the field's path below `input` (e.g. `["citations", 0, "excerpt"]`). */
export function invalid(path: (string | number)[], message: string): ZodError {
  return new ZodError([{ code: 'custom', path, message, input: undefined }]);
}

/** The entity or fact changed since the client read it: `expectedVersion` is not its version. */
export class StaleVersionError extends Error {
  override name = 'StaleVersionError';
  constructor(
    readonly id: string,
    readonly currentVersion: number,
    readonly expectedVersion: number,
  ) {
    super(`${id} is at version ${currentVersion}, not ${expectedVersion}: read it again and retry with expectedVersion ${currentVersion}`);
  }
}

/** Nothing has this id (or name): `field` is the input field that named it. */
export class UnknownReferenceError extends Error {
  override name = 'UnknownReferenceError';
  constructor(
    readonly ref: string,
    readonly field: (string | number)[],
    what = 'entity',
  ) {
    super(`No ${what} matches "${ref}" (input field "${field.join('.')}")`);
  }
}

/** Refuses a stale `expectedVersion` (none given: any version is accepted). */
export function checkVersion(id: string, current: number, expected: number | undefined | null): void {
  if (expected !== undefined && expected !== null && expected !== current) throw new StaleVersionError(id, current, expected);
}
