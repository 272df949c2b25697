/**
 * BODS 0.4 as an import format: src/import/bods-read.ts reads and checks the statements, bods-plan.ts maps
 * them to records. The dataset is the publisher's (or `--dataset NAME`).
 */
import type { Database } from '../db/database.js';
import { lookupKeys, plan } from './bods-plan.js';
import { parseJson, readStatements } from './bods-read.js';
import type { ImportFormat } from './format.js';
import { ImportInputError } from './problems.js';
import { datasetOf } from './resolve.js';
import { type ImportOptions, type ImportSummary, readInput, runImport } from './run.js';

export const BODS: ImportFormat = {
  label: 'BODS 0.4',
  noun: 'statements',
  read(content, options) {
    const statements = readStatements(parseJson(content));
    if (statements.length === 0) throw new ImportInputError([{ index: null, field: '', message: 'no statements' }]);
    const publisher = statements[0]?.publicationDetails.publisher;
    const publisherName = publisher?.name ?? 'unknown publisher';
    const dataset = datasetOf(options.dataset ?? publisherName, publisherName, publisher?.url ?? publisher?.uri);
    return { records: statements.length, dataset, keys: lookupKeys(statements), plan: (lookups) => plan(statements, dataset, lookups) };
  },
};

/** Imports a BODS 0.4 file (a JSON array or JSON Lines). */
export const importBods = (db: Database, file: string, options: ImportOptions): Promise<ImportSummary> =>
  runImport(db, { file, content: readInput(file) }, BODS, options);
