/**
 * PROFILE evidence for RESULTS.md: each question's floor statement, and the statements our API sends for
 * it (its own cypher/*.cypher files, with the parameters its resolvers pass), so a missed target can be
 * explained in db hits and operators rather than guessed at. Ids the API would take from an earlier
 * statement's answer (relation ids, a page's entity ids) are taken from the floor's answer, which the
 * run has already checked to hold the same facts.
 */
import type { Driver } from 'neo4j-driver';
import { cypher, directions, variants } from '../../src/db/cypher.js';
import { KEY_MAX } from '../../src/graphql/paging.js';
import { toParams } from '../../src/db/values.js';
import { FACT_RELATION_TYPES, nameKey } from '../../src/ontology.js';
import { floorCypher, floorRun, profile } from './floor.js';
import { COMPANY_RELATION_TYPES, type Anchors, type Question } from './questions.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const SOURCED = ['STATED', 'INFERRED'];
const ref = (text: string) => ({ text, key: nameKey(text) });

/** The statements our API runs for each question, in order, with their parameters. */
function apiStatements(a: Anchors, q: string, floor: Json[]): { name: string; params: Record<string, unknown> }[] {
  const resolve = (...texts: string[]) => ({ name: 'entities/resolve', params: { refs: texts.map(ref) } });
  switch (q) {
    case 'Q1': {
      const [row] = floor;
      return [
        resolve(a.entityName),
        { name: 'evidence/of-facts', params: { facts: [row.entity.id] } },
        {
          name: 'relations/of-entities',
          params: { ids: [row.entity.id], types: [...COMPANY_RELATION_TYPES].sort(), direction: 'BOTH', supports: SOURCED, limit: 200 },
        },
        { name: 'evidence/of-facts', params: { facts: row.relations.map((r: Json) => r.id) } },
      ];
    }
    case 'Q2':
      return [
        resolve(a.deepLeaf),
        { name: 'ownership/chain@12', params: { id: a.deepLeaf, supports: SOURCED, limit: 100 } },
        { name: 'evidence/of-facts', params: { facts: floor.flatMap((r) => r.hops.map((h: Json) => h.id)) } },
      ];
    case 'Q3': {
      const page = floor.slice(0, 100);
      return [
        {
          name: 'entities/page-of-kind@forward',
          params: { kind: 'Company', afterName: '', afterId: '', beforeName: KEY_MAX, beforeId: KEY_MAX, limit: 101 },
        },
        { name: 'relations/of-entities', params: { ids: page.map((r) => r.company.id), types: ['OWNS'], direction: 'IN', supports: SOURCED, limit: 200 } },
        { name: 'evidence/of-facts', params: { facts: page.map((r) => r.company.id) } },
        { name: 'evidence/of-facts', params: { facts: page.flatMap((r) => r.owners.map((o: Json) => o.id)) } },
      ];
    }
    case 'Q4':
      return [
        resolve(a.pathFrom, a.pathTo),
        { name: 'paths/shortest@5', params: { from: a.pathFrom, to: a.pathTo, types: FACT_RELATION_TYPES, supports: SOURCED, limit: 1 } },
      ];
    case 'Q5':
      return [{ name: 'search/fulltext', params: { kinds: null, limit: 20, fetch: 20 } }];
    case 'Q6':
      return [
        resolve(a.hub),
        {
          name: 'neighbourhood/around@2',
          params: { id: a.hub, types: FACT_RELATION_TYPES, supports: SOURCED, kinds: null, limit: 200, budget: 5000, maxEdges: 2000 },
        },
      ];
    default:
      return [];
  }
}

/** The text of an API statement by its logged name (`file`, `file@N` or `file@forward`/`@backward`), as src/db/cypher.ts builds it. */
function apiText(name: string): string {
  const [file, variant] = name.split('@') as [string, string | undefined];
  if (variant === undefined) return cypher(file).text;
  if (variant === 'forward' || variant === 'backward') return directions(cypher(file))[variant].text;
  const token = file.startsWith('ownership/') ? 'MAX_DEPTH' : 'MAX_HOPS';
  return variants(file, token, [Number(variant)]).get(Number(variant))!.text;
}

export interface StatementProfile {
  name: string;
  dbHits: number;
  rows: number;
  /** Size of the result as JSON, in characters. */
  chars: number;
  top: string[];
}

const summary = (name: string, p: Awaited<ReturnType<typeof profile>>): StatementProfile => ({
  name,
  dbHits: p.dbHits,
  rows: p.rows,
  chars: p.chars,
  top: [...p.operators]
    .sort((x, y) => y.dbHits - x.dbHits)
    .slice(0, 5)
    .map((o) => `${o.operator} ${o.dbHits} db hits, ${o.rows} rows${o.details ? ` (${o.details})` : ''}`),
});

export async function profileQuestion(
  driver: Driver,
  database: string,
  a: Anchors,
  q: Question,
): Promise<{ floor: StatementProfile; api: StatementProfile[] }> {
  const text = floorCypher(q.floor.file);
  const floorRows = await floorRun(driver, database, text, q.floor.params);
  const floor = summary(q.floor.file, await profile(driver, database, text, q.floor.params));
  const api: StatementProfile[] = [];
  for (const s of apiStatements(a, q.id, floorRows)) {
    // Q5's Lucene query is the floor's own parameter (the API builds the same; the run checked the facts).
    const params = q.id === 'Q5' ? { ...s.params, query: q.floor.params.query } : s.params;
    api.push(summary(s.name, await profile(driver, database, apiText(s.name), toParams(params) as Record<string, unknown>)));
  }
  return { floor, api };
}
