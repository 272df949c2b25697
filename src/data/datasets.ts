/**
 * Evidence from datasets and identifiers, as resolvers read them (see src/store/rows.ts for what is
 * stored): an entity's identifiers, a fact's dataset records, datasets by id and a dataset's records
 * page by page. Each is a per-request DataLoader (src/data/loaders.ts): the keys asked for in one tick
 * are one statement, however many parents ask.
 */
import { cypher, directions, type PageDirection } from '../db/cypher.js';
import { type Read, typed } from '../db/database.js';
import { isSupport, type Support } from '../ontology.js';
import { keyed, type Keyed, loaders } from './loaders.js';
import { KEY_MAX, KEY_MIN, type KeysetBounds, type KeysetPage } from './paging.js';
import { isMap, listOf, num, str } from './records.js';
import { database } from './request.js';

/** What every dataset id starts with (src/import/bods-plan.ts `datasetOf`): how `node` tells a dataset from an entity. */
export const DATASET_ID_PREFIX = 'dataset:';

/** Identifiers listed per entity at most. */
export const IDENTIFIERS_PER_ENTITY = 20;
/** Dataset records listed per fact at most. */
export const RECORDS_PER_FACT = 20;
/** Datasets `datasets` lists at most. */
export const DATASETS_LISTED = 100;

/** An identifier as stored: its key ("GB-COH:01234567") split at its first colon into scheme and value. */
export interface IdentifierData {
  key: string;
  scheme: string;
  value: string;
}

/** A published dataset: who publishes it and where. */
export interface DatasetData {
  id: string;
  name: string;
  publisher: string;
  url?: string;
  /** The latest publication date of its records (ISO), where they give one. */
  publicationDate?: string;
}

/** One record of a dataset backing a fact (a BODS statement), with the dataset it is published in. */
export interface DatasetRecordData {
  id: string;
  /** The entity or relation id it backs. */
  fact: string;
  /** The relation type of the fact, or the entity's kind. */
  factType?: string;
  from?: string;
  to?: string;
  recordId: string;
  statementId: string;
  statementDate?: string;
  publicationDate?: string;
  url?: string;
  support: Support;
  note?: string;
  dataset: DatasetData;
}

export function identifierData(v: unknown): IdentifierData | null {
  if (!isMap(v)) return null;
  const [key, scheme, value] = [str(v.key), str(v.scheme), str(v.value)];
  return key !== null && scheme !== null && value !== null ? { key, scheme, value } : null;
}

export function datasetData(v: unknown): DatasetData | null {
  if (!isMap(v)) return null;
  const [id, name, publisher, url, published] = [str(v.id), str(v.name), str(v.publisher), str(v.url), str(v.publicationDate)];
  if (id === null || name === null || publisher === null) return null;
  return { id, name, publisher, ...(url !== null ? { url } : {}), ...(published !== null ? { publicationDate: published } : {}) };
}

/** A record map as cypher/evidence/records-of-facts projects it (the dataset under `publishedIn`), or null. */
export function datasetRecordData(v: unknown): DatasetRecordData | null {
  if (!isMap(v)) return null;
  const dataset = datasetData(v.publishedIn);
  const [id, fact, recordId, statementId] = [str(v.id), str(v.fact), str(v.recordId), str(v.statementId)];
  if (!dataset || id === null || fact === null || recordId === null || statementId === null) return null;
  const optional = (key: string) => {
    const value = str(v[key]);
    return value === null ? {} : { [key]: value };
  };
  return {
    id,
    fact,
    recordId,
    statementId,
    support: isSupport(v.support) ? v.support : 'STATED',
    ...optional('factType'),
    ...optional('from'),
    ...optional('to'),
    ...optional('statementDate'),
    ...optional('publicationDate'),
    ...optional('url'),
    ...optional('note'),
    dataset,
  };
}

const IDENTIFIERS = keyed(cypher('entities/identifiers'), 'id', (r) => listOf(identifierData)(r.identifiers));
const identifiers = loaders(
  (db, ids: string[]) => db.read(IDENTIFIERS, { ids, limit: IDENTIFIERS_PER_ENTITY }),
  (): IdentifierData[] => [],
);

/** An entity's identifiers, in key order; batched across entities. */
export const loadIdentifiers = (ctx: object, id: string) => identifiers(ctx)().load(id);

const RECORDS_OF = keyed(cypher('evidence/records-of-facts'), 'fact', (r) => listOf(datasetRecordData)(r.records));
const recordsOf = loaders(
  (db, facts: string[]) => db.read(RECORDS_OF, { facts, limit: RECORDS_PER_FACT }),
  (): DatasetRecordData[] => [],
);

/** The dataset records of a fact (an entity or relation id), in their recorded order; batched across facts. */
export const loadRecords = (ctx: object, fact: string) => recordsOf(ctx)().load(fact);

const DATASETS = keyed(cypher('datasets/by-ids'), 'id', (r) => datasetData(r.dataset));
const datasets = loaders(
  (db, ids: string[]) => db.read(DATASETS, { ids }),
  (): DatasetData | null => null,
);

/** A dataset by id, or null. */
export const loadDataset = (ctx: object, id: string) => datasets(ctx)().load(id);

/** A dataset's records, in record id order: cursors hold [record id]. */
export const DATASET_RECORD_LIST: KeysetBounds = { list: 'dataset-records', after: [KEY_MIN], before: [KEY_MAX] };

const RECORD_PAGES = directions(cypher('datasets/records'));
const recordPageReads = {
  forward: keyed(RECORD_PAGES.forward, 'id', (r) => listOf(datasetRecordData)(r.records)),
  backward: keyed(RECORD_PAGES.backward, 'id', (r) => listOf(datasetRecordData)(r.records)),
} satisfies Record<PageDirection, Read<Keyed<DatasetRecordData[]>>>;
const recordPages = loaders(
  (db, ids: string[], page: KeysetPage) => db.read(recordPageReads[page.direction], { ids, after: page.after[0], before: page.before[0], limit: page.limit }),
  (): DatasetRecordData[] => [],
);

/** One keyset page of a dataset's records; batched across datasets asking for the same page. */
export const loadDatasetRecords = (ctx: object, id: string, page: KeysetPage) => recordPages(ctx)(page).load(id);

const RECORD_COUNTS = keyed(cypher('datasets/count-records'), 'id', (r) => num(r.total));
const recordCounts = loaders(
  (db, ids: string[], countLimit: number) => db.read(RECORD_COUNTS, { ids, countLimit }),
  () => 0,
);

/** How many records a dataset holds, up to `countLimit`; batched across datasets. */
export const countDatasetRecords = (ctx: object, id: string, countLimit: number) => recordCounts(ctx)(countLimit).load(id);

const LIST = typed(cypher('datasets/list'), (r) => datasetData(r.dataset));

/** Every dataset, in id order (at most DATASETS_LISTED). */
export const listDatasets = (ctx: object) => database(ctx).read(LIST, { limit: DATASETS_LISTED });
