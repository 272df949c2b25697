/**
 * Dataset evidence for entities a write does not rewrite (`Attachment`, src/store/rows.ts): an import that
 * resolves a statement to an entity already in the graph (by identifier or name) adds its dataset record and
 * identifiers to that entity, leaving its properties and article sources as they are. Run by `writeRecords`
 * in its transaction; records are merged by id and identifiers by key, so the same attachment twice changes
 * nothing. A later rewrite of the entity (a seed load, a curated edit) replaces its dataset records as it does
 * any fact's; its identifiers stay.
 */
import type { QueryResult } from 'neo4j-driver';
import { cypher, type CypherQuery } from '../db/cypher.js';
import type { Params } from '../db/database.js';
import { type Attachment, datasetRecordRow, identifierRow } from './rows.js';

const ATTACH_RECORDS = cypher('store/attach-records');
const ATTACH_IDENTIFIERS = cypher('store/attach-identifiers');

/** Attaches the records and identifiers; returns how many records were new. */
export async function attach(run: (query: CypherQuery, params?: Params) => Promise<QueryResult>, attachments: Attachment[]): Promise<number> {
  // The entity's kind is read from its node by the Cypher (`factType`).
  const records = attachments.flatMap((a) => a.records.map((r, ordinal) => datasetRecordRow(a.id, { type: '' }, r, ordinal)));
  const identifiers = attachments.filter((a) => a.identifiers.length).map((a) => ({ id: a.id, identifiers: a.identifiers.map(identifierRow) }));
  const result = records.length ? await run(ATTACH_RECORDS, { rows: records }) : undefined;
  if (identifiers.length) await run(ATTACH_IDENTIFIERS, { rows: identifiers });
  return Number(result?.records[0]?.get('created') ?? 0);
}
