/**
 * The import formats `npm run import -- FILE [--format bods|ftm]` knows, by name, and how it tells them
 * apart without `--format`: from the file's first JSON value (a JSON array is BODS; in JSON Lines, the first
 * line that parses: a BODS statement has `statementId`/`recordType` (or 0.2's `statementType`), an FtM
 * entity `schema` and `properties`). A file none of whose lines parses is read as BODS, which reports it.
 */
import type { Database } from '../db/database.js';
import { BODS } from './bods.js';
import type { ImportFormat } from './format.js';
import { FTM } from './ftm.js';
import { ImportInputError } from './problems.js';
import { type ImportOptions, type ImportSummary, readInput, runImport } from './run.js';

export const IMPORT_FORMATS = { bods: BODS, ftm: FTM } as const satisfies Record<string, ImportFormat>;
export type ImportFormatName = keyof typeof IMPORT_FORMATS;
export const isImportFormat = (name: string): name is ImportFormatName => Object.hasOwn(IMPORT_FORMATS, name);

const has = (v: unknown, ...keys: string[]) => typeof v === 'object' && v !== null && keys.some((k) => k in v);

/** The format of a file's content. */
export function detectFormat(content: string): ImportFormatName {
  if (content.trimStart().startsWith('[')) return 'bods';
  let index = 0;
  for (const line of content.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      index++;
      continue;
    }
    if (has(value, 'statementId', 'recordType', 'statementType', 'recordDetails')) return 'bods';
    if (has(value, 'schema') && has(value, 'properties')) return 'ftm';
    throw new ImportInputError([
      {
        index,
        field: '',
        message: 'neither a BODS statement (statementId, recordType) nor an FtM entity (schema, properties): give --format bods or --format ftm',
      },
    ]);
  }
  return 'bods';
}

/** Imports a file in the format given, else the one its content shows. */
export async function importFile(db: Database, file: string, options: ImportOptions & { format?: ImportFormatName }): Promise<ImportSummary> {
  const content = readInput(file);
  return runImport(db, { file, content }, IMPORT_FORMATS[options.format ?? detectFormat(content)], options);
}
