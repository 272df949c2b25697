/** What the database holds and which Neo4j serves it (`graph`): one statement, counts from the count store. */
import { cypher } from '../db/cypher.js';
import { typed } from '../db/database.js';
import { num, str } from './records.js';
import { database } from './request.js';

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
