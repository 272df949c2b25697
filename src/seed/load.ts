/**
 * The one loader: seeds (already validated by `readSeeds`) → Neo4j, in a single write transaction.
 * Each record carries a hash of what was written; unchanged records are skipped, so a second run
 * writes nothing and the graph is byte-for-byte the same. The transaction commits whole or not at all.
 */
import { createHash } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { toNeo4jDate } from '../db/values.js';
import type { Kind, RelationType } from '../ontology.js';
import type { SeedRelation, SeedSource } from './schema.js';
import type { SeedSet } from './validate.js';

const EXISTING = cypher('seed/existing-hashes');
const UPSERT_NODES = cypher('seed/upsert-nodes');
const DELETE_RELATIONS = cypher('seed/delete-relations');
const CREATE_RELATIONS = cypher('seed/create-relations');
const PRUNE_DERIVED = cypher('seed/prune-derived');

/** Properties stored as Neo4j DATE values rather than strings. */
const DATE_FIELDS = new Set(['date', 'dateAnchor', 'startDate', 'endDate', 'periodStart', 'periodEnd']);

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}
export interface LoadReport {
  nodes: Tally;
  relations: Tally;
}

interface NodeRow {
  kind: Kind;
  props: Record<string, unknown>;
  sources: SeedSource[];
}
/** A seed relation, or one the loader derives (whose type seed files may not use). */
type RelationRecord = Omit<SeedRelation, 'type'> & { type: RelationType };

interface RelationRow {
  type: RelationType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export async function loadSeeds(db: Database, seeds: SeedSet): Promise<LoadReport> {
  const nodes = nodeRows(seeds);
  const relations = [...seeds.relations, ...derivedRelations(seeds)].map(relationRow);
  const ids = new Set(relations.map((r) => r.props.id));
  if (ids.size !== relations.length) throw new Error('relation ids collide between seed and derived relations');

  return db.writeTransaction(async (run) => {
    const existing = await run(EXISTING, { nodeIds: nodes.map((n) => n.props.id), relationIds: relations.map((r) => r.props.id) });
    const hashes = new Map(existing.records.map((r) => [r.get('id') as string, r.get('hash') as string | null]));
    const changedNodes = nodes.filter((n) => hashes.get(n.props.id as string) !== n.props.seedHash);
    const changedRelations = relations.filter((r) => hashes.get(r.props.id as string) !== r.props.seedHash);

    if (changedNodes.length > 0) await run(UPSERT_NODES, { rows: changedNodes });
    if (changedRelations.length > 0) {
      await run(DELETE_RELATIONS, { ids: changedRelations.map((r) => r.props.id) });
      await run(CREATE_RELATIONS, { rows: changedRelations });
    }
    await run(PRUNE_DERIVED, { articleIds: seeds.articles.map((a) => a.id), keepIds: relations.map((r) => r.props.id) });

    return {
      nodes: tally(nodes.map((n) => n.props.id as string), changedNodes.map((n) => n.props.id as string), hashes),
      relations: tally(relations.map((r) => r.props.id as string), changedRelations.map((r) => r.props.id as string), hashes),
    };
  });
}

function tally(all: string[], changed: string[], existing: Map<string, unknown>): Tally {
  const created = changed.filter((id) => !existing.has(id)).length;
  return { created, updated: changed.length - created, unchanged: all.length - changed.length };
}

function nodeRows(seeds: SeedSet): NodeRow[] {
  const articles: NodeRow[] = seeds.articles.map(({ outlet, ...a }) => ({
    kind: 'Article',
    // An article is its own source: its title is quoted from its text.
    sources: [],
    props: withHash({ ...a, outletId: outlet, kind: 'Article', name: a.title, aliasText: a.aliases.join(' | ') }),
  }));
  const entities: NodeRow[] = seeds.entities.map(({ sources, ...e }) => ({
    kind: e.kind,
    sources,
    props: withHash({ ...e, aliasText: e.aliases.join(' | ') }, sources),
  }));
  return [...articles, ...entities];
}

function relationRow({ type, from, to, sources, ...rest }: RelationRecord): RelationRow {
  return {
    type,
    from,
    to,
    props: withHash({ ...rest, sourceArticles: sources.map((s) => s.article), sourceExcerpts: sources.map((s) => s.excerpt) }, { type, from, to }),
  };
}

/**
 * Edges the loader derives: PUBLISHED_BY from each article's outlet evidence, and MENTIONS from each
 * article to every entity its facts involve, quoting the excerpts that involve it.
 */
function derivedRelations(seeds: SeedSet): RelationRecord[] {
  const out: RelationRecord[] = [];
  for (const a of seeds.articles) {
    if (a.outlet && a.outletEvidence) {
      out.push({ id: `rel:published-by:${a.id}:${a.outlet}`, type: 'PUBLISHED_BY', from: a.id, to: a.outlet, sources: [{ article: a.id, excerpt: a.outletEvidence }] });
    }
  }
  const mentions = new Map<string, Map<string, string[]>>(); // article → entity → excerpts
  const mention = (article: string, entity: string, excerpt: string) => {
    if (article === entity) return;
    const byEntity = mentions.get(article) ?? new Map<string, string[]>();
    mentions.set(article, byEntity);
    const excerpts = byEntity.get(entity) ?? [];
    if (!excerpts.includes(excerpt)) excerpts.push(excerpt);
    byEntity.set(entity, excerpts);
  };
  for (const e of seeds.entities) for (const s of e.sources) mention(s.article, e.id, s.excerpt);
  for (const r of seeds.relations) for (const s of r.sources) for (const end of [r.from, r.to]) if (!end.startsWith('article:')) mention(s.article, end, s.excerpt);
  for (const [article, byEntity] of [...mentions].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [entity, excerpts] of [...byEntity].sort(([a], [b]) => a.localeCompare(b))) {
      out.push({ id: `rel:mentions:${article}:${entity}`, type: 'MENTIONS', from: article, to: entity, sources: excerpts.map((excerpt) => ({ article, excerpt })) });
    }
  }
  return out;
}

/** Drops undefined fields, turns date fields into Neo4j DATEs, and adds `seedHash` over everything written. */
function withHash(props: Record<string, unknown>, extra: unknown = null): Record<string, unknown> {
  const defined = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
  const seedHash = createHash('sha256').update(JSON.stringify([defined, extra])).digest('hex').slice(0, 16);
  const stored = Object.fromEntries(Object.entries(defined).map(([k, v]) => [k, DATE_FIELDS.has(k) && typeof v === 'string' ? toNeo4jDate(v) : v]));
  return { ...stored, seedHash };
}
