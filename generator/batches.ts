/**
 * The plan, turned into record sets for the write path one batch at a time, so memory holds one batch
 * of records and not the graph. Order makes each batch writable on its own: articles first (with the
 * outlets and PUBLISHED_BY edges), then entities, then relations, so every source quotes an article
 * and every relation joins entities that this or an earlier batch wrote. MENTIONS are derived per
 * batch, each (article, entity) pair once over the whole run.
 */
import type { SeedEntity } from '../src/store/schema.js';
import { derivedRelations, type RecordSet, type RelationInput } from '../src/store/rows.js';
import { articleRecord } from './articles.js';
import { evidence } from './evidence.js';
import type { PlanFact, World } from './world.js';

export interface Batch {
  index: number;
  phase: 'articles' | 'entities' | 'relations';
  set: RecordSet;
  /** Nodes + relations (derived ones included) + sources in `set`. */
  records: number;
}

export interface Totals {
  entities: number;
  articles: number;
  nodes: number;
  factRelations: number;
  publishedBy: number;
  mentions: number;
  relations: number;
  sources: number;
  records: number;
  byKind: Record<string, number>;
  byType: Record<string, number>;
}

const slug = (id: string) => id.slice(id.indexOf(':') + 1);
const kebab = (type: string) => type.toLowerCase().replace(/_/g, '-');

/** Ends of a fact, as entity indices, for MENTIONS. */
const ends = (f: PlanFact): number[] => (f.entity >= 0 ? [f.entity] : [f.from, f.to]);

/** Fact `fi` as the write path takes it, its sources recomputed (evidence.ts) rather than kept. */
function factRecord(w: World, fi: number): SeedEntity | RelationInput {
  const f = w.facts[fi]!;
  const sources = f.articles.map((a) => evidence(w, fi, a));
  if (f.entity >= 0) {
    const e = w.entities[f.entity]!;
    return { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, description: e.description, ...e.props, sources } as SeedEntity;
  }
  const from = w.entities[f.from]!.id;
  const to = w.entities[f.to]!.id;
  return { id: `rel:${kebab(f.type!)}:${slug(from)}:${slug(to)}`, type: f.type!, from, to, ...f.props, sources };
}

/**
 * The record sets to write, in order, each of about `batchSize` records. Each holds articles, entities
 * and relations whose sources quote only articles of this or an earlier batch and whose ends were
 * written in this or an earlier batch, plus its derived edges (PUBLISHED_BY of its articles, MENTIONS
 * not written before).
 */
export function* batches(w: World, texts: Map<string, string>, batchSize: number): Generator<Batch> {
  const entityCount = w.entities.length;
  const seen = new Set<number>();
  let set: RecordSet = { articles: [], entities: [], relations: [] };
  let fresh = new Set<string>();
  let cost = 0;
  let index = 0;
  let phase: Batch['phase'] = 'articles';

  const addFact = (fi: number) => {
    const rec = factRecord(w, fi);
    if ('kind' in rec) set.entities.push(rec);
    else set.relations.push(rec);
    cost += 1 + rec.sources.length;
    const f = w.facts[fi]!;
    // A BACKGROUND source is outside knowledge: it makes no MENTIONS (derivedRelations).
    if (f.background) return;
    for (const a of f.articles) {
      for (const e of ends(f)) {
        const k = a * entityCount + e;
        if (seen.has(k)) continue;
        seen.add(k);
        fresh.add(`${w.articles[a]!.id}\n${w.entities[e]!.id}`);
        cost++;
      }
    }
  };
  const flush = (): Batch => {
    // derivedRelations gives every MENTIONS of the set's sources; keep those no earlier batch wrote,
    // matched by their ends (article, entity), whatever their id looks like.
    const derived = derivedRelations(set).filter((r) => r.type !== 'MENTIONS' || fresh.has(`${r.from}\n${r.to}`));
    const mentions = derived.length - set.articles.length;
    if (mentions !== fresh.size) throw new Error(`batch ${index}: ${mentions} MENTIONS derived, ${fresh.size} expected`);
    set.relations.push(...derived);
    const records =
      set.articles.length + set.entities.length + set.relations.length + [...set.entities, ...set.relations].reduce((n, r) => n + r.sources.length, 0);
    const batch: Batch = { index: index++, phase, set, records };
    set = { articles: [], entities: [], relations: [] };
    fresh = new Set();
    cost = 0;
    return batch;
  };

  // 1. Articles (an article costs itself, its PUBLISHED_BY and that edge's source); the outlets join
  // the first batch, with the articles their sources quote.
  const outletFacts = w.facts.flatMap((f, i) => (f.entity >= 0 && w.entities[f.entity]!.kind === 'Outlet' ? [i] : []));
  const mustHold = 3 * w.scale.outlets;
  for (let a = 0; a < w.articles.length; a++) {
    set.articles.push(articleRecord(w, texts, a));
    cost += 3;
    if (a === mustHold - 1) for (const fi of outletFacts) addFact(fi);
    if (a >= mustHold - 1 && cost >= batchSize) yield flush();
  }
  if (set.articles.length > 0) yield flush();

  // 2. Entities (outlets are written), 3. relations.
  phase = 'entities';
  for (let fi = 0; fi < w.facts.length; fi++) {
    const f = w.facts[fi]!;
    if (f.entity < 0 || w.entities[f.entity]!.kind === 'Outlet') continue;
    addFact(fi);
    if (cost >= batchSize) yield flush();
  }
  if (cost > 0) yield flush();
  phase = 'relations';
  for (let fi = 0; fi < w.facts.length; fi++) {
    if (w.facts[fi]!.entity >= 0) continue;
    addFact(fi);
    if (cost >= batchSize) yield flush();
  }
  if (cost > 0) yield flush();
}

/** What the whole run will write, counted from the plan without building a record (the CLI's report, progress totals). */
export function countTotals(w: World): Totals {
  const byKind: Record<string, number> = { Article: w.articles.length };
  const byType: Record<string, number> = {};
  const pairs = new Set<number>();
  const entityCount = w.entities.length;
  let sources = 0;
  let factRelations = 0;
  for (const f of w.facts) {
    sources += f.articles.length;
    if (f.entity >= 0) {
      const kind = w.entities[f.entity]!.kind;
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    } else {
      factRelations++;
      byType[f.type!] = (byType[f.type!] ?? 0) + 1;
    }
    for (const a of f.articles) for (const e of ends(f)) pairs.add(a * entityCount + e);
  }
  const articles = w.articles.length;
  byType.PUBLISHED_BY = articles;
  byType.MENTIONS = pairs.size;
  const nodes = w.entities.length + articles;
  const relations = factRelations + articles + pairs.size;
  // Each PUBLISHED_BY has one source: the article's outlet line.
  sources += articles;
  return {
    entities: w.entities.length,
    articles,
    nodes,
    factRelations,
    publishedBy: articles,
    mentions: pairs.size,
    relations,
    sources,
    records: nodes + relations + sources,
    byKind,
    byType,
  };
}
