/**
 * FollowTheMoney entity JSON Lines as an import format: src/import/ftm-read.ts reads and checks the
 * entities, ftm-plan.ts maps them to records. The dataset is `--dataset NAME`, else the entities' own
 * `datasets` (as FtM stores and OpenSanctions write them), else the file's name; its publisher the
 * entities' `publisher` (the graph's own name for a file of its own export), else "unknown publisher".
 */
import { basename, extname } from 'node:path';
import type { Database } from '../db/database.js';
import { PUBLISHER } from '../export/bods.js';
import type { ImportFormat } from './format.js';
import { ftmLookupKeys, ftmPlan, isOwnExport } from './ftm-plan.js';
import { type FtmRecord, readFtm } from './ftm-read.js';
import { ImportInputError } from './problems.js';
import { datasetOf } from './resolve.js';
import { type ImportOptions, type ImportSummary, readInput, runImport } from './run.js';

const DOCUMENTS = new Set(['Document', 'Mention']);

function datasetName(records: FtmRecord[]): string | undefined {
  for (const r of records) {
    const named = r.meta.datasets;
    if (Array.isArray(named) && typeof named[0] === 'string' && named[0]) return named[0];
  }
  return undefined;
}

export const FTM: ImportFormat = {
  label: 'FollowTheMoney',
  noun: 'entities',
  read(content, options) {
    const records = readFtm(content);
    if (records.length === 0) throw new ImportInputError([{ index: null, field: '', message: 'no entities' }]);
    const own = isOwnExport(records);
    const publisher = own
      ? PUBLISHER.name
      : (records.find((r) => !DOCUMENTS.has(r.schema) && r.properties.publisher?.[0])?.properties.publisher?.[0] ?? 'unknown publisher');
    const dataset = datasetOf(options.dataset ?? datasetName(records) ?? basename(options.file, extname(options.file)), publisher);
    return { records: records.length, dataset, keys: ftmLookupKeys(records), plan: (lookups) => ftmPlan(records, dataset, lookups) };
  },
};

/** Imports a FollowTheMoney entity file (JSON Lines). */
export const importFtm = (db: Database, file: string, options: ImportOptions): Promise<ImportSummary> =>
  runImport(db, { file, content: readInput(file) }, FTM, options);
