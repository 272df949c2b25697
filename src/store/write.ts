/**
 * The one write path: a record set → Neo4j, inside the caller's transaction. The seed loader runs it
 * once for the whole seed graph; `npm run generate` runs it per batch. Each record carries a hash
 * of what it says; unchanged records are skipped, so a second run writes nothing. Before returning it
 * checks the evidence it wrote (see cypher/store/check-evidence), so a transaction that commits never
 * holds a dangling or non-verbatim source. A write that changed anything also bumps the graph's data
 * version in the same transaction (cypher/store/bump-version), which the API's response cache is keyed on.
 */
import type { QueryResult } from 'neo4j-driver';
import { cypher, type CypherQuery } from '../db/cypher.js';
import type { Params } from '../db/database.js';
import { attach } from './attach.js';
import { type RecordSet, type RelationRow, type SourceRow, toRows } from './rows.js';

const EXISTING = cypher('store/existing-hashes');
const UPSERT_NODES = cypher('store/upsert-nodes');
const ARTICLE_TEXTS = cypher('store/article-texts');
const ARTICLE_UPDATES = cypher('store/article-updates');
const DELETE_FACTS = cypher('store/delete-facts');
const CREATE_RELATIONS = cypher('store/create-relations');
const CREATE_SOURCES = cypher('store/create-sources');
const CHECK_EVIDENCE = cypher('store/check-evidence');
const DELETE_DATASET_RECORDS = cypher('store/delete-dataset-records');
const CREATE_DATASET_RECORDS = cypher('store/create-dataset-records');
const IDENTIFIERS = cypher('store/identifiers');
const PRUNE_DERIVED = cypher('store/prune-derived');
const BUMP_VERSION = cypher('store/bump-version');

export type Run = (query: CypherQuery, params?: Params) => Promise<QueryResult>;

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}
export interface WriteReport {
  nodes: Tally;
  relations: Tally;
  /** Source records written (those of new or changed facts). */
  sources: number;
  /** Dataset records written (those of new or changed facts, and those attached to entities it does not rewrite). */
  records: number;
}

export class EvidenceError extends Error {
  override name = 'EvidenceError';
}

/** Rows per statement: large enough to amortise round trips, small enough to keep transaction memory flat. */
const CHUNK = 2_000;

async function chunked<T>(rows: T[], each: (chunk: T[]) => Promise<void>) {
  for (let i = 0; i < rows.length; i += CHUNK) await each(rows.slice(i, i + CHUNK));
}

const single = (r: QueryResult, key: string) => Number(r.records[0]?.get(key) ?? 0);

/**
 * Writes `set`. `texts` must hold the text of every article its sources quote. With `pruneDerivedOf`,
 * derived edges of those articles that `set` no longer implies are deleted (the seed loader's case).
 */
export interface WriteOptions {
  /** Delete derived edges of these articles that `set` no longer implies (the seed loader's case). */
  pruneDerivedOf?: string[];
  /**
   * The caller knows none of these records is in the database yet (a fresh synthetic load): skip the
   * look-up of existing hashes and the deletion of old facts, which would only find nothing.
   */
  fresh?: boolean;
}

export async function writeRecords(runStatement: Run, set: RecordSet, texts: ReadonlyMap<string, string>, options: WriteOptions = {}): Promise<WriteReport> {
  // Whether any statement changed the graph (Neo4j's update counters): only then is the version bumped,
  // so a load that finds everything unchanged does not invalidate the API's caches.
  let changed = false;
  const run: Run = async (query, params) => {
    const result = await runStatement(query, params);
    if (result.summary?.counters?.containsUpdates()) changed = true;
    return result;
  };
  const rows = toRows(set, texts);
  const relationIds = new Set(rows.relations.map((r) => r.props.id));
  if (relationIds.size !== rows.relations.length) throw new Error('relation ids collide within the record set');

  const hashes = new Map<string, string | null>();
  if (!options.fresh)
    await chunked(
      [...rows.nodes.map((n) => ({ node: n.props.id })), ...rows.relations.map((r) => ({ rel: { id: r.props.id, from: r.from, to: r.to } }))],
      async (chunk) => {
        const result = await run(EXISTING, {
          nodeIds: chunk.flatMap((c) => ('node' in c ? [c.node] : [])),
          relations: chunk.flatMap((c) => ('rel' in c ? [c.rel] : [])),
        });
        for (const r of result.records) {
          const id: unknown = r.get('id');
          const hash: unknown = r.get('hash');
          if (typeof id === 'string') hashes.set(id, typeof hash === 'string' ? hash : null);
        }
      },
    );
  const changedNodes = rows.nodes.filter((n) => hashes.get(n.props.id) !== n.props.seedHash);
  const changedRelations = rows.relations.filter((r) => hashes.get(r.props.id) !== r.props.seedHash);
  const changedArticles = new Set(changedNodes.filter((n) => n.kind === 'Article').map((n) => n.props.id));
  const changedFacts = [...changedNodes.filter((n) => n.kind !== 'Article'), ...changedRelations].map((r) => r.props.id);

  await chunked(changedNodes, (chunk) => run(UPSERT_NODES, { rows: chunk }).then(() => undefined));
  await chunked(
    rows.texts.filter((t) => changedArticles.has(t.id)),
    (chunk) => run(ARTICLE_TEXTS, { rows: chunk }).then(() => undefined),
  );
  await chunked(
    rows.updates.filter((u) => changedArticles.has(u.id)),
    (chunk) => run(ARTICLE_UPDATES, { rows: chunk }).then(() => undefined),
  );
  if (!options.fresh) await chunked(changedFacts, (chunk) => run(DELETE_FACTS, { facts: chunk }).then(() => undefined));
  // Also when this write brings no records: a seed or curated fact may replace an imported one of the same id.
  if (!options.fresh) await chunked(changedFacts, (chunk) => run(DELETE_DATASET_RECORDS, { facts: chunk }).then(() => undefined));
  const changedIds = new Set(changedNodes.map((n) => n.props.id));
  await chunked(
    rows.identifiers.filter((i) => changedIds.has(i.id)),
    (chunk) => run(IDENTIFIERS, { rows: chunk }).then(() => undefined),
  );
  const sources = changedFacts.flatMap((f) => rows.sources.get(f) ?? []);
  // The quoted articles (their stored text checked) and the starts of relations without sources (a
  // derived MENTIONS takes its article's day), with the day of each: the `reportedOn` of what it reports.
  const articles = new Map<string, { id: string; hash: string | null }>();
  for (const src of sources) articles.set(src.article, { id: src.article, hash: src.props.textHash });
  for (const r of changedRelations) if (!rows.sources.get(r.props.id)?.length && !articles.has(r.from)) articles.set(r.from, { id: r.from, hash: null });
  const days = new Map<string, unknown>();
  await chunked([...articles.values()], async (chunk) => {
    const checked = (await run(CHECK_EVIDENCE, { quoted: chunk })).records;
    const broken = checked.filter((r) => r.get('problem') !== null).slice(0, 20);
    if (broken.length > 0) {
      const list = broken.map((r) => `${r.get('article')}: ${r.get('problem')}`).join('; ');
      throw new EvidenceError(`broken evidence, nothing was written: ${list}`);
    }
    for (const r of checked) days.set(String(r.get('article')), r.get('day'));
  });
  const reportedOn = (article: string) => days.get(article) ?? null;
  await chunked(changedRelations, async (chunk) => {
    const withDays = chunk.map((r) => ({ ...r, props: { ...r.props, reportedOn: relationDay(r, rows.sources.get(r.props.id) ?? [], reportedOn) } }));
    const created = single(await run(CREATE_RELATIONS, { rows: withDays }), 'created');
    if (created !== chunk.length) throw new EvidenceError(`${chunk.length - created} relation(s) name an entity that does not exist; nothing was written`);
  });
  await chunked(sources, async (chunk) => {
    const withDays = chunk.map((src) => ({ ...src, props: { ...src.props, reportedOn: reportedOn(src.article) } }));
    const created = single(await run(CREATE_SOURCES, { rows: withDays }), 'created');
    if (created !== chunk.length) throw new EvidenceError(`${chunk.length - created} source(s) name an article that does not exist; nothing was written`);
  });
  const records = changedFacts.flatMap((f) => rows.records.get(f) ?? []);
  await chunked(records, async (chunk) => {
    const created = single(await run(CREATE_DATASET_RECORDS, { rows: chunk }), 'created');
    if (created !== chunk.length) throw new EvidenceError(`${chunk.length - created} dataset record(s) were not written; nothing was written`);
  });
  // Dataset evidence for entities this set resolved to but does not rewrite (src/store/attach.ts).
  const attached = set.attachments?.length ? await attach(run, set.attachments) : 0;
  if (options.pruneDerivedOf) await run(PRUNE_DERIVED, { articleIds: options.pruneDerivedOf, keepIds: [...relationIds] });
  // Last, so the version node is locked only for the end of the transaction.
  if (changed) await runStatement(BUMP_VERSION);

  return {
    nodes: tally(
      rows.nodes.map((n) => n.props.id),
      changedNodes.map((n) => n.props.id),
      hashes,
    ),
    relations: tally(
      [...relationIds],
      changedRelations.map((r) => r.props.id),
      hashes,
    ),
    sources: sources.length,
    records: records.length + attached,
  };
}

/**
 * The day the press first reported a relation: the earliest day of its sources that are not retracted,
 * or, for one with no sources at all (a derived MENTIONS edge), the day of the article it starts at
 * (null when it starts at no article).
 */
function relationDay(r: RelationRow, sources: SourceRow[], dayOf: (article: string) => unknown): unknown {
  if (sources.length === 0) return dayOf(r.from);
  const days = sources.filter((s) => s.props.retractedAt === undefined).map((s) => dayOf(s.article));
  let earliest: unknown = null;
  for (const day of days) if (day !== null && (earliest === null || String(day) < String(earliest))) earliest = day;
  return earliest;
}

function tally(all: string[], changed: string[], existing: Map<string, unknown>): Tally {
  const created = changed.filter((id) => !existing.has(id)).length;
  return { created, updated: changed.length - created, unchanged: all.length - changed.length };
}
