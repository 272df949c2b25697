/**
 * Bad input to an import, whatever its format: each problem with the record's index in the file (null: the
 * file as a whole) and the field at fault. An import that finds any writes nothing.
 */

/** One problem of the input: the record's index in the file (null: the file as a whole) and the field. */
export interface InputProblem {
  index: number | null;
  field: string;
  message: string;
}

export class ImportInputError extends Error {
  override name = 'ImportInputError';
  constructor(readonly problems: InputProblem[]) {
    super(
      `${problems.length} problem(s) in the input, nothing was written:\n${problems
        .slice(0, 50)
        .map((p) => `  ${p.index === null ? 'file' : `record ${p.index}`}${p.field ? `, ${p.field}` : ''}: ${p.message}`)
        .join('\n')}`,
    );
  }
}
