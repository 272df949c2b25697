/**
 * What the record-based exports (BODS, FollowTheMoney) read of the graph: the entities of the kinds they
 * map, the OWNS and MENTIONS relationships among them, each fact's sources (excerpt, support, the day
 * reported) with the article each is REPORTED_BY, and the articles with their texts. Unlike GraphML and
 * CSV, which copy every node and relationship as they are, these formats describe facts with their evidence
 * inline, so a fact's statement can only be written once its sources are known: the selection is gathered
 * in memory first (what is kept is small beside the graph: no name keys, update notes or versions).
 */
import { encode } from './values.js';
import type { Counts, GraphNode, GraphRelationship } from './read.js';
import type { ReadInto } from './format.js';

/** An entity node, by its `kind` (the ontology's kind, e.g. `Company`). */
export interface CollectedEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description?: string;
}

export interface CollectedArticle {
  id: string;
  title: string;
  url?: string;
  /** The article's date (ISO), else its publication day. */
  date?: string;
  publishedAt?: string;
  byline?: string;
  /** The id of the outlet that published it, where known. */
  outletId?: string;
  text?: string;
}

export interface CollectedSource {
  id: string;
  fact: string;
  excerpt: string;
  support: string;
  reportedOn?: string;
  ordinal: number;
  article?: CollectedArticle;
}

export interface CollectedRelation {
  id: string;
  type: string;
  from: CollectedEntity;
  to: CollectedEntity;
  description?: string;
  status?: string;
  support?: string;
  reportedOn?: string;
  props: Record<string, string>;
}

export interface Collected {
  counts: Counts;
  entities: CollectedEntity[];
  articles: CollectedArticle[];
  relations: CollectedRelation[];
  /** Each fact's sources (entity or relation id), in their order. */
  sources: Map<string, CollectedSource[]>;
}

/** A property as text: strings as they are, dates and numbers in their ISO or decimal form; absent stays absent. */
export function textOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const [, text] = encode(v);
  return typeof text === 'string' ? text : undefined;
}

const textsOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Reads the selection and keeps what the record-based exports need; `relationTypes` says which relations. */
export async function collect(read: ReadInto, relationTypes: ReadonlySet<string>): Promise<Collected> {
  const entities = new Map<string, CollectedEntity>();
  const articles = new Map<string, CollectedArticle>();
  const texts = new Map<string, string>();
  const sources = new Map<string, CollectedSource>();
  const pending: GraphRelationship[] = [];
  const reportedBy: [string, string][] = [];
  const hasText: [string, string][] = [];

  const node = async (n: GraphNode) => {
    const p = n.props;
    if (n.labels.includes('Source')) {
      const [id, fact, excerpt, support] = [textOf(p.id), textOf(p.fact), textOf(p.excerpt), textOf(p.support)];
      if (id && fact && excerpt && support)
        sources.set(n.key, { id, fact, excerpt, support, reportedOn: textOf(p.reportedOn), ordinal: Number(textOf(p.ordinal) ?? 0) });
    } else if (n.labels.includes('ArticleText')) {
      const text = textOf(p.text);
      if (text !== undefined) texts.set(n.key, text);
    } else if (n.labels.includes('Entity')) {
      const [id, kind] = [textOf(p.id), textOf(p.kind)];
      if (!id || !kind) return;
      if (kind === 'Article') {
        articles.set(n.key, {
          id,
          title: textOf(p.title) ?? textOf(p.name) ?? id,
          url: textOf(p.url),
          date: textOf(p.date),
          publishedAt: textOf(p.publishedAt),
          byline: textOf(p.byline),
          outletId: textOf(p.outletId),
        });
      }
      entities.set(n.key, { id, kind, name: textOf(p.name) ?? id, aliases: textsOf(p.aliases), description: textOf(p.description) });
    }
  };
  const relationship = async (r: GraphRelationship) => {
    if (r.type === 'REPORTED_BY') reportedBy.push([r.start, r.end]);
    else if (r.type === 'HAS_TEXT') hasText.push([r.start, r.end]);
    else if (relationTypes.has(r.type)) pending.push(r);
  };
  const counts = await read({ node, relationship });

  for (const [article, text] of hasText) {
    const a = articles.get(article);
    const t = texts.get(text);
    if (a && t !== undefined) a.text = t;
  }
  for (const [source, article] of reportedBy) {
    const s = sources.get(source);
    if (s) s.article = articles.get(article);
  }
  const byFact = new Map<string, CollectedSource[]>();
  for (const s of sources.values()) byFact.set(s.fact, [...(byFact.get(s.fact) ?? []), s]);
  for (const list of byFact.values()) list.sort((a, b) => a.ordinal - b.ordinal || a.id.localeCompare(b.id));

  const relations: CollectedRelation[] = [];
  for (const r of pending) {
    const [from, to, id] = [entities.get(r.start), entities.get(r.end), textOf(r.props.id)];
    if (!from || !to || !id) continue;
    const props: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.props)) {
      const t = textOf(v);
      if (t !== undefined) props[k] = t;
    }
    relations.push({
      id,
      type: r.type,
      from,
      to,
      description: props.description,
      status: props.status,
      support: props.support,
      reportedOn: props.reportedOn,
      props,
    });
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    counts,
    entities: [...entities.values()].sort(byId),
    articles: [...articles.values()].sort(byId),
    relations: relations.sort(byId),
    sources: byFact,
  };
}
