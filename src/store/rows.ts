/**
 * The storage model, as rows ready for Cypher. Seeds and synthetic graphs (`npm run generate`) both
 * describe the graph as records (articles with their text, entities, relations, each fact with its
 * sources); this module turns records into what is stored:
 *
 *   (:Entity:<Kind> {id, name, sortName, aliases, fact properties, support, date})
 *   (:Entity:Article {id, name, sortName, aliases, description, its ARTICLE_PROPERTIES})-[:HAS_TEXT]->(:ArticleText {text, hash})
 *   (:Entity:Article)-[:HAS_UPDATE]->(:ArticleUpdate {its ARTICLE_UPDATE_PROPERTIES, ordinal})
 *   (:Entity)-[:KNOWN_AS {rank}]->(:NameKey {key})      name (rank 0) and aliases (rank 1), normalised
 *   (:Entity)-[:<TYPE> {id, fact properties, support, date}]->(:Entity)
 *   (:Source {id, fact, from, to, excerpt, start, end, textHash, support, note, attributes})-[:REPORTED_BY]->(:Entity:Article)
 *
 *   (:DatasetRecord {id, fact, from, to, recordId, statementId, statementDate, publicationDate, support, url})-[:PUBLISHED_IN]->(:Dataset {id, name, publisher, url})
 *   (:Entity)-[:IDENTIFIED_BY]->(:Identifier {key: "scheme:id", scheme, value})
 *
 * A Source is one piece of evidence for one fact (an entity or a relation: one mechanism), found by
 * its fact id through an index, or from its article along REPORTED_BY (exactly one per source). Offsets are UTF-16 code units into the article text
 * (JavaScript and Java string indices); `textHash` is the SHA-256 of that text, so an edited article
 * shows up as stale evidence. A DatasetRecord is the other kind of evidence: a record of a published dataset
 * (a BODS statement), with no excerpt and no article, so the verbatim check never applies to it and
 * every Source stays an article excerpt.
 */
import { createHash } from 'node:crypto';
import { toNeo4jDate } from '../db/values.js';
import {
  ARTICLE_PROPERTIES,
  FACT_PROPERTIES,
  type ARTICLE_UPDATE_PROPERTIES,
  type ArticlePropertySpec,
  nameKey,
  SOURCE_ATTRIBUTES,
  SOURCED,
  storedName,
  type StoredRecord,
  SUPPORT_ORDER,
  type Kind,
  type RelationType,
  type Support,
} from '../ontology.js';
import type { SeedArticle, SeedArticleUpdate, SeedEntity, SeedRelation, SeedSource } from './schema.js';

/**
 * What curation records on a fact (relation or entity) besides what it says: who asserted it and when, its
 * retraction, its version. Absent on the seed graph's records (their history starts after them). Times are
 * Neo4j DATETIMEs (src/db/values.ts `toNeo4jDateTime`), stored as given.
 */
export interface FactBookkeeping {
  assertedAt?: unknown;
  assertedBy?: string;
  retractedAt?: unknown;
  retractedBy?: string;
  retractionReason?: string;
  version?: number;
}
/** What curation records on a source (citation): who added it and when, its retraction. */
export interface SourceBookkeeping {
  addedAt?: unknown;
  addedBy?: string;
  retractedAt?: unknown;
  retractedBy?: string;
  retractionReason?: string;
}
export type SourceInput = SeedSource & SourceBookkeeping;

/** A published dataset: who publishes it and where. */
export interface DatasetInput {
  id: string;
  name: string;
  publisher: string;
  url?: string;
}
/** One record of a dataset that backs a fact (a BODS statement): its ids and dates as the dataset gives them. */
export interface DatasetRecordInput {
  dataset: DatasetInput;
  /** The record the statement describes (BODS `recordId`). */
  recordId: string;
  /** The statement itself (BODS `statementId`), unique within the dataset. */
  statementId: string;
  statementDate?: string;
  publicationDate?: string;
  url?: string;
  /** A dataset states what it publishes. */
  support: Support;
  /** What the record says that the fact does not hold (an unspecified owner's reason, in BODS terms). */
  note?: string;
}
/** Dataset evidence and identifiers, which only imported facts have. */
export interface DatasetFields {
  records?: DatasetRecordInput[];
  /** Identifiers as "scheme:id" (an entity's only). */
  identifiers?: string[];
}

/** An article to write: its seed record and its text. */
export type ArticleInput = SeedArticle & { text: string } & Pick<FactBookkeeping, 'assertedAt' | 'assertedBy' | 'version'>;
/** An entity to write: a seed record, or one a mutation built. */
export type EntityInput = Omit<SeedEntity, 'sources'> & FactBookkeeping & DatasetFields & { sources: SourceInput[] };
/** A seed relation, one the loader derives (whose type seed files may not use), or one a mutation built. */
export type RelationInput = Omit<SeedRelation, 'type' | 'sources'> &
  FactBookkeeping &
  Omit<DatasetFields, 'identifiers'> & { type: RelationType; sources: SourceInput[] };

/**
 * Dataset evidence for an entity the set does not rewrite (one an import resolved to by identifier or name):
 * its records and identifiers are added to what it has, its properties and sources stay as they are.
 */
export interface Attachment {
  id: string;
  records: DatasetRecordInput[];
  /** Identifiers as "scheme:id". */
  identifiers: string[];
}

/** A set of records to store together (the seed graph, a batch of a synthetic graph, or what a mutation changed). */
export interface RecordSet {
  articles: ArticleInput[];
  entities: EntityInput[];
  relations: RelationInput[];
  attachments?: Attachment[];
}

/** What a node or relation stores: its id, and `seedHash` over everything it says. */
export type StoredProps = Record<string, unknown> & { id: string; seedHash: string };

export interface NodeRow {
  kind: Kind;
  props: StoredProps;
  names: { key: string; rank: number }[];
}
export interface ArticleTextRow {
  id: string;
  text: string;
  hash: string;
}
/** An article's update notes, replaced as a whole whenever the article changes. */
export interface ArticleUpdatesRow {
  id: string;
  updates: Record<string, unknown>[];
}
export interface RelationRow {
  type: RelationType;
  from: string;
  to: string;
  props: StoredProps;
}
/** A source's properties, and the article it is REPORTED_BY (a relationship, not a property). */
export interface SourceRow {
  article: string;
  props: Record<string, unknown> & { id: string; fact: string; textHash: string };
}

/** A dataset record's properties, and the dataset it is PUBLISHED_IN. */
export interface DatasetRecordRow {
  dataset: DatasetInput;
  props: Record<string, unknown> & { id: string; fact: string };
}
/** An entity's identifiers, replaced as a whole when the entity changes. */
export interface IdentifiersRow {
  id: string;
  identifiers: { key: string; scheme: string; value: string }[];
}

export interface Rows {
  nodes: NodeRow[];
  texts: ArticleTextRow[];
  updates: ArticleUpdatesRow[];
  relations: RelationRow[];
  /** Sources by the fact they support, for the facts in `nodes` and `relations`. */
  sources: Map<string, SourceRow[]>;
  /** Dataset records by the fact they support. */
  records: Map<string, DatasetRecordRow[]>;
  /** Identifiers of the entities in `nodes` that have any. */
  identifiers: IdentifiersRow[];
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Relation properties that are not sources' own: a fact without date attributes keeps none. */
const DATE_ATTRIBUTES = new Set(
  [...Object.entries(SOURCE_ATTRIBUTES), ...Object.entries(FACT_PROPERTIES)].filter(([, v]) => v.type === 'date').map(([k]) => k),
);

/**
 * Builds the rows of a record set. `texts` holds the text of every article the sources may quote
 * (those of this set and, for a synthetic graph's batch, earlier ones); an excerpt that is not in its article
 * throws, so a row set never holds evidence that does not check out.
 */
export function toRows(set: RecordSet, texts: ReadonlyMap<string, string>): Rows {
  const sources = new Map<string, SourceRow[]>();
  // Each quoted text is hashed once per set, not once per source quoting it.
  const hashes = new Map<string, string>();
  const quote = (article: string) => {
    const text = texts.get(article);
    if (text === undefined) return undefined;
    const hash = hashes.get(article) ?? sha256(text);
    hashes.set(article, hash);
    return { text, hash };
  };
  const records = new Map<string, DatasetRecordRow[]>();
  const evidence = (fact: string, ends: { from?: string; to?: string; type: string }, list: SourceInput[], listed: DatasetRecordInput[] = []) => {
    const rows = list.map((s, ordinal) => sourceRow(fact, ends, s, ordinal, quote));
    sources.set(fact, rows);
    if (listed.length)
      records.set(
        fact,
        listed.map((r, ordinal) => datasetRecordRow(fact, ends, r, ordinal)),
      );
    return summarise([...list, ...listed]);
  };
  const identifiers: IdentifiersRow[] = [];

  const nodes: NodeRow[] = [];
  const articleTexts: ArticleTextRow[] = [];
  const articleUpdates: ArticleUpdatesRow[] = [];
  for (const { text, updates = [], ...a } of set.articles) {
    const hash = sha256(text);
    articleTexts.push({ id: a.id, text, hash });
    articleUpdates.push({ id: a.id, updates: updates.map((u, ordinal) => updateRow(a.id, u, ordinal, text)) });
    // The updates are nodes of their own (a list of maps is no property), but part of what the article says.
    nodes.push(node('Article', { ...articleProps(a), name: a.title, textHash: hash }, [a.title, ...a.aliases], updates));
  }
  for (const { sources: list, records: listed, ...e } of set.entities) {
    // Records are part of what an entity says, so a changed record rewrites it (as a changed source does).
    nodes.push(node(e.kind, { ...e, ...evidence(e.id, { type: e.kind }, list, listed) }, [e.name, ...e.aliases], listed ?? []));
    if (e.identifiers?.length) identifiers.push({ id: e.id, identifiers: e.identifiers.map(identifierRow) });
  }
  const relations = set.relations.map(({ type, from, to, sources: list, records: listed, ...rest }) => ({
    type,
    from,
    to,
    props: withHash(
      { ...rest, ...evidence(rest.id, { type, from, to }, list, listed) },
      listed?.length ? { type, from, to, list, listed } : { type, from, to, list },
    ),
  }));
  return { nodes, texts: articleTexts, updates: articleUpdates, relations, sources, records, identifiers };
}

const ARTICLE_SPECS: Readonly<Record<string, ArticlePropertySpec>> = ARTICLE_PROPERTIES;

/**
 * An article's node properties: its seed fields under the names the ontology stores them by (the
 * outlet as `outletId`), without those it does not store on the node (the text file, the update notes).
 */
function articleProps(a: Omit<ArticleInput, 'text' | 'updates'>): Record<string, unknown> & { id: string } {
  const own: Record<string, unknown> = {};
  const renamed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(a)) {
    const spec = Object.hasOwn(ARTICLE_SPECS, key) ? ARTICLE_SPECS[key] : undefined;
    const name = spec ? storedName(key, spec) : key;
    if (name !== undefined) (name === key ? own : renamed)[name] = value;
  }
  // Renamed ones last: with update notes, the order of these properties is part of `seedHash`.
  return { ...own, ...renamed, id: a.id };
}

/** An update note, located in the article text like an excerpt; one that is not verbatim there throws. */
function updateRow(article: string, u: SeedArticleUpdate, ordinal: number, text: string): Record<string, unknown> {
  const start = text.indexOf(u.excerpt);
  if (start < 0) throw new Error(`update ${ordinal} of ${article}: excerpt not verbatim in the article text`);
  const row: StoredRecord<typeof ARTICLE_UPDATE_PROPERTIES> & { ordinal: number } = { ...u, start, end: start + u.excerpt.length, ordinal };
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
}

function node(kind: Kind, props: Record<string, unknown> & { id: string }, names: string[], alsoHashed: unknown[] = []): NodeRow {
  const keys = new Map<string, number>();
  names.forEach((n, i) => {
    const key = nameKey(n);
    if (key && !keys.has(key)) keys.set(key, i === 0 ? 0 : 1);
  });
  return {
    kind,
    props: withHash(
      { ...props, kind, sortName: nameKey(String(props.name)), aliasText: Array.isArray(props.aliases) ? props.aliases.join(' | ') : '' },
      alsoHashed.length ? [props, alsoHashed] : props,
    ),
    names: [...keys].map(([key, rank]) => ({ key, rank })),
  };
}

/**
 * What a fact stores of its sources: its support (the strongest) and date (the earliest given), for filters and
 * ordering. Retracted sources no longer back it; a fact whose sources are all retracted keeps what they said.
 */
function summarise(all: { support: Support; date?: unknown; retractedAt?: unknown }[]): { support: Support; date?: string } {
  const standing = all.filter((s) => s.retractedAt === undefined);
  const list = standing.length ? standing : all;
  const support = SUPPORT_ORDER.find((level) => list.some((s) => s.support === level)) ?? 'STATED';
  const dates = list
    .map((s) => s.date)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  return { support, date: dates[0] };
}

function sourceRow(
  fact: string,
  ends: { from?: string; to?: string; type: string },
  s: SourceInput,
  ordinal: number,
  quote: (article: string) => { text: string; hash: string } | undefined,
): SourceRow {
  const quoted = quote(s.article);
  if (quoted === undefined) throw new Error(`source ${ordinal} of ${fact}: unknown article ${s.article}`);
  const { text, hash: textHash } = quoted;
  const start = text.indexOf(s.excerpt);
  if (start < 0) throw new Error(`source ${ordinal} of ${fact}: excerpt not verbatim in ${s.article}`);
  const { article, excerpt, support, note, ...attributes } = s;
  const row: Record<string, unknown> = {
    fact,
    factType: ends.type,
    from: ends.from,
    to: ends.to,
    excerpt,
    start,
    end: start + excerpt.length,
    support,
    note,
    ordinal,
    ...attributes,
  };
  const props = Object.fromEntries(
    Object.entries(row)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, DATE_ATTRIBUTES.has(k) && typeof v === 'string' ? toNeo4jDate(v) : v]),
  );
  return { article, props: { ...props, id: `source:${sha256(`${fact}|${article}|${excerpt}`).slice(0, 20)}`, fact, textHash } };
}

/** "scheme:id" split at its first colon (a scheme has none; an id may). */
export function identifierRow(key: string): { key: string; scheme: string; value: string } {
  const at = key.indexOf(':');
  return { key, scheme: key.slice(0, at), value: key.slice(at + 1) };
}

export function datasetRecordRow(fact: string, ends: { from?: string; to?: string; type: string }, r: DatasetRecordInput, ordinal: number): DatasetRecordRow {
  const { dataset, statementDate, publicationDate, ...rest } = r;
  const props = Object.fromEntries(
    Object.entries({
      fact,
      factType: ends.type,
      from: ends.from,
      to: ends.to,
      ordinal,
      dataset: dataset.id,
      ...rest,
      statementDate: statementDate && toNeo4jDate(statementDate),
      publicationDate: publicationDate && toNeo4jDate(publicationDate),
    }).filter(([, v]) => v !== undefined),
  );
  return { dataset, props: { ...props, id: `record:${sha256(`${fact}|${dataset.id}|${r.statementId}`).slice(0, 20)}`, fact } };
}

/** Drops undefined fields, stores dates as Neo4j DATEs, and adds `seedHash` over everything the record says. */
function withHash(props: Record<string, unknown> & { id: string }, hashed: unknown): StoredProps {
  const defined = Object.entries(props).filter(([, v]) => v !== undefined);
  const seedHash = sha256(JSON.stringify([Object.fromEntries(defined.sort(([a], [b]) => a.localeCompare(b))), hashed])).slice(0, 16);
  return {
    ...Object.fromEntries(defined.map(([k, v]) => [k, DATE_ATTRIBUTES.has(k) && typeof v === 'string' && k !== 'publishedAt' ? toNeo4jDate(v) : v])),
    id: props.id,
    seedHash,
  };
}

/**
 * Edges the loader derives: PUBLISHED_BY from each article's outlet evidence (with the outlet's support),
 * and MENTIONS from each article to every entity that a fact it sources (STATED or INFERRED) involves. MENTIONS carry no sources of their own:
 * their evidence is the sources of those facts in that article.
 */
export function derivedRelations(set: RecordSet): RelationInput[] {
  const out: RelationInput[] = [];
  for (const a of set.articles) {
    if (a.outlet && a.outletEvidence) {
      out.push({
        id: `rel:published-by:${a.id}:${a.outlet}`,
        type: 'PUBLISHED_BY',
        from: a.id,
        to: a.outlet,
        // The outlet's own support (BACKGROUND where only outside knowledge ties the byline to it).
        sources: [{ article: a.id, excerpt: a.outletEvidence, support: a.outletSupport ?? 'STATED', note: a.outletNote }],
      });
    }
  }
  const mentions = new Set<string>();
  // An article mentions what it sources: a BACKGROUND source is outside knowledge, not the article's words.
  const mention = (article: string, entity: string, support: Support) => {
    if (SOURCED.includes(support) && article !== entity && !entity.startsWith('article:')) mentions.add(`${article}\n${entity}`);
  };
  for (const e of set.entities) for (const s of e.sources) mention(s.article, e.id, s.support);
  for (const r of set.relations) for (const s of r.sources) for (const end of [r.from, r.to]) mention(s.article, end, s.support);
  for (const pair of [...mentions].sort()) {
    const [article = '', entity = ''] = pair.split('\n');
    out.push({ id: `rel:mentions:${article}:${entity}`, type: 'MENTIONS', from: article, to: entity, sources: [] });
  }
  return out;
}
