/**
 * The seed loader: validated seeds (see `readSeeds`) plus the edges derived from them, written through
 * the one write path (src/store/write.ts) in a single transaction: all of it commits, or none of it does.
 */
import type { Database } from '../db/database.js';
import { derivedRelations, type RecordSet } from '../store/rows.js';
import { writeRecords, type WriteReport } from '../store/write.js';
import type { SeedSet } from './validate.js';

export type LoadReport = WriteReport;

export async function loadSeeds(db: Database, seeds: SeedSet): Promise<LoadReport> {
  const set: RecordSet = { articles: seeds.articles, entities: seeds.entities, relations: [...seeds.relations, ...derivedRelations(seeds)] };
  const texts = new Map(seeds.articles.map((a) => [a.id, a.text]));
  return db.writeTransaction((run) => writeRecords(run, set, texts, { pruneDerivedOf: seeds.articles.map((a) => a.id) }));
}
