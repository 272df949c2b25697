/**
 * Record sets as the graph the write path would store, written as neo4j-admin CSV (src/export/admin-csv.ts)
 * instead of through Cypher: the rows of `toRows` (src/store/rows.ts: properties, `seedHash`, name keys,
 * source ids, the verbatim check) and, computed here as the write path's statements compute them in Neo4j,
 *
 *   (:Entity:<Kind> row.props)-[:KNOWN_AS {rank}]->(:NameKey {key})    store/upsert-nodes (a key once)
 *   (:Entity:Article)-[:HAS_TEXT]->(:ArticleText {text, hash})          store/article-texts
 *   (:Entity:Article)-[:HAS_UPDATE]->(:ArticleUpdate row)               store/article-updates
 *   (:Entity)-[:<TYPE> row.props + reportedOn]->(:Entity)               store/create-relations, store/reported-on
 *   (:Source row.props + reportedOn)-[:REPORTED_BY]->(:Entity:Article)  store/create-sources, store/reported-on
 *
 * `reportedOn` is a source's article's day (its `date`, else the day of its `publishedAt`); a relation's
 * the earliest of its standing sources', or, with no sources at all (MENTIONS), its article's day.
 * Dataset records and identifiers (imports only) are refused: the generator writes none.
 *
 * Node ids within the import are prefixed by what the node is (`e|` entities, `k|` name keys, `t|` article
 * texts, `u|` update notes, `s|` sources), so no two kinds of node can share one.
 */
import { toNeo4jDate, toParams } from '../src/db/values.js';
import type { AdminCsvOptions, AdminCsvWriter } from '../src/export/admin-csv.js';
import { type Encoded, encode } from '../src/export/values.js';
import { type RecordSet, toRows } from '../src/store/rows.js';

const entity = (id: string) => `e|${id}`;

/** A value as the write path's parameters store it (src/db/values.ts `toParams`): a whole number is an INTEGER. */
export const encodeAsParameter: NonNullable<AdminCsvOptions['encode']> = (v: unknown): Encoded => {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? ['long', String(v)] : encode(v);
  return encode(Array.isArray(v) ? toParams(v) : v);
};

export class StoredGraphCsv {
  readonly #csv: AdminCsvWriter;
  /** Name keys written so far: a key is one node, however many entities it names. */
  readonly #keys = new Set<string>();
  /** Each article's day (ISO), for the `reportedOn` of the sources quoting it and of the MENTIONS starting at it. */
  readonly #days = new Map<string, string>();
  readonly counts = { nodes: 0, relationships: 0 };

  constructor(csv: AdminCsvWriter) {
    this.#csv = csv;
  }

  /** Writes a record set whose sources quote articles of this or an earlier set (`texts` holds their texts). */
  async write(set: RecordSet, texts: ReadonlyMap<string, string>): Promise<void> {
    const rows = toRows(set, texts);
    if (rows.records.size > 0 || rows.identifiers.length > 0) throw new Error('the bulk load writes no dataset records or identifiers');
    const pending: Promise<void>[] = [];
    const node = (key: string, labels: string[], props: Record<string, unknown>) => {
      this.counts.nodes++;
      const p = this.#csv.node({ key, labels, props });
      if (p) pending.push(p);
    };
    const relationship = (type: string, start: string, end: string, props: Record<string, unknown>) => {
      this.counts.relationships++;
      const p = this.#csv.relationship({ type, start, end, props });
      if (p) pending.push(p);
    };

    for (const n of rows.nodes) {
      const id = n.props.id;
      if (n.kind === 'Article') this.#days.set(id, articleDay(n.props));
      node(entity(id), ['Entity', n.kind], n.props);
      for (const { key, rank } of n.names) {
        if (!this.#keys.has(key)) {
          this.#keys.add(key);
          node(`k|${key}`, ['NameKey'], { key });
        }
        relationship('KNOWN_AS', entity(id), `k|${key}`, { rank });
      }
    }
    for (const t of rows.texts) {
      node(`t|${t.id}`, ['ArticleText'], { text: t.text, hash: t.hash });
      relationship('HAS_TEXT', entity(t.id), `t|${t.id}`, {});
    }
    for (const u of rows.updates) {
      for (const update of u.updates) {
        const key = `u|${u.id}|${String(update.ordinal)}`;
        node(key, ['ArticleUpdate'], update);
        relationship('HAS_UPDATE', entity(u.id), key, {});
      }
    }
    for (const list of rows.sources.values()) {
      for (const s of list) {
        node(`s|${s.props.id}`, ['Source'], { ...s.props, reportedOn: toNeo4jDate(this.#day(s.article)) });
        relationship('REPORTED_BY', `s|${s.props.id}`, entity(s.article), {});
      }
    }
    for (const r of rows.relations) {
      const sources = rows.sources.get(r.props.id) ?? [];
      let reportedOn: string | undefined;
      if (sources.length === 0) reportedOn = this.#days.get(r.from);
      else
        for (const s of sources) {
          if (s.props.retractedAt !== undefined) continue;
          const day = this.#day(s.article);
          if (reportedOn === undefined || day < reportedOn) reportedOn = day;
        }
      relationship(r.type, entity(r.from), entity(r.to), reportedOn === undefined ? r.props : { ...r.props, reportedOn: toNeo4jDate(reportedOn) });
    }
    await Promise.all(pending);
  }

  #day(article: string): string {
    const day = this.#days.get(article);
    if (day === undefined) throw new Error(`a source quotes ${article}, which no earlier record set wrote`);
    return day;
  }
}

/** `coalesce(a.date, date(datetime(a.publishedAt)))`: the stored date, else the day of the publication time in its own offset. */
function articleDay(props: Record<string, unknown>): string {
  if (props.date !== undefined && props.date !== null) return String(props.date);
  const at = props.publishedAt;
  if (typeof at !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(at)) throw new Error(`article ${String(props.id)} has neither a date nor a publication time`);
  return at.slice(0, 10);
}
