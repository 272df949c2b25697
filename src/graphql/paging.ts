/** Connection arguments: bounds checked up front, so an oversized page is a BAD_USER_INPUT naming the argument. */
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { BadUserInputError } from './errors.js';
import { LIMITS } from './limits.js';

export function pageArgs(args: DefaultConnectionArguments) {
  for (const name of ['first', 'last'] as const) {
    const v = args[name];
    if (v !== null && v !== undefined && (v < 1 || v > LIMITS.pageSize)) throw new BadUserInputError(`Argument "${name}" must be between 1 and ${LIMITS.pageSize} (got ${v})`, name);
  }
  return { args, defaultSize: LIMITS.defaultPageSize, maxSize: LIMITS.pageSize };
}
