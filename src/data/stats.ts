/**
 * What the database holds: its data version (which the response cache is keyed on) and, for `graph`, its
 * size and the Neo4j serving it (one statement, counts from the count store).
 */
import { cypher } from '../db/cypher.js';
import { type Database, typed } from '../db/database.js';
import { num, str } from './records.js';
import { database } from './request.js';

const GRAPH_VERSION = cypher('store/graph-version');

/** The graph's data version: bumped by every write that changed something; null before the first (or after a wipe). */
export interface GraphVersion {
  version: number | null;
  changedAt: string | null;
}

/** Reads the graph's data version (one index seek; see cypher/store/graph-version). */
export async function readGraphVersion(db: Database): Promise<GraphVersion> {
  const [row] = await db.read(GRAPH_VERSION);
  return { version: typeof row?.version === 'number' ? row.version : null, changedAt: typeof row?.changedAt === 'string' ? row.changedAt : null };
}

export interface GraphStats {
  entities: number;
  relations: number;
  articles: number;
  sources: number;
  version: string;
  edition: string;
}

const STATS = typed(
  cypher('admin/graph-stats'),
  (r): GraphStats => ({
    entities: num(r.entities),
    relations: num(r.relations),
    articles: num(r.articles),
    sources: num(r.sources),
    version: str(r.version) ?? '',
    edition: str(r.edition) ?? '',
  }),
);

/** The graph's size and the database's version, read live. */
export async function readGraphStats(ctx: object): Promise<GraphStats | null> {
  const [stats] = await database(ctx).read(STATS);
  return stats ?? null;
}
