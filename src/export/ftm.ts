/**
 * FollowTheMoney (the entity model of Aleph and OpenSanctions) as entity JSON Lines: one
 * `{"id", "schema", "properties": {name: [values]}}` a line. Ids are the graph's with `.` for `:` (FtM ids
 * allow letters, digits, `.` and `-`): `company:facebook` is `company.facebook`.
 * - Companies → `Company`, people → `Person`, organisations and outlets → `Organization`, authorities →
 *   `PublicBody`, apps and services → `Asset` (what a company owns that is not a company); each with `name`,
 *   `alias`, `description`, and its sources: `notes` (each excerpt with its article and support) and
 *   `sourceUrl` (its articles' addresses).
 * - OWNS → `Ownership` (`owner`, `asset`, `description`; its sources as `summary` lines and `sourceUrl`;
 *   `date` the first day a source reported it; `recordId` the relation's id). The ontology has no share or
 *   dates of an interest yet, so `percentage`, `startDate` and `endDate` are never written.
 * - Articles → `Document` (`title`, `fileName`, `publishedAt`, `date`, `author`, `publisher`, `sourceUrl`,
 *   `bodyText`: the text the excerpts are checked against); each MENTIONS of an exported entity → `Mention`
 *   (`document`, `resolved`, `detectedSchema`, `name`: the entity's name or alias the article's text holds).
 * Values are given as FtM's own cleaning leaves them (days, date-times with an offset in UTC, no duplicates), so
 * `ftm validate` keeps every one (test/interop.test.ts compares them in and out).
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Collected, type CollectedArticle, type CollectedEntity, type CollectedSource, collect } from './collect.js';
import type { ExportFormat, ReadInto, Written } from './format.js';

/** FtM schemata of the kinds exported as entities. */
const SCHEMATA: Record<string, string> = {
  Company: 'Company',
  Person: 'Person',
  Organization: 'Organization',
  Outlet: 'Organization',
  Authority: 'PublicBody',
  Service: 'Asset',
};

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** FtM's entity ids: letters, digits, `.` and `-`, at most 200 characters (followthemoney's EntityType). */
const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
const FTM_ID_LENGTH = 200;

/** The FtM id of a graph id: its `:`s as `.` (`company:facebook` → `company.facebook`); a digest where that does not fit. */
export function ftmId(id: string): string {
  const dotted = id.replaceAll(':', '.');
  return FTM_ID.test(dotted) && dotted.length <= FTM_ID_LENGTH ? dotted : `kg.${createHash('sha256').update(id).digest('hex')}`;
}

/**
 * A date or date-time as FtM keeps it: FtM dates carry no time zone, so one with an offset is given in UTC
 * (`2020-07-06T12:21-04:00` → `2020-07-06T16:21:00`); days and local date-times stay as they are.
 */
export function ftmDate(value: string | undefined): string | undefined {
  if (!value || !/T.*(Z|[+-]\d\d:?\d\d)$/.test(value)) return value;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? value : t.toISOString().slice(0, 19);
}

/** Builds an entity's properties: no empty values, none twice, no empty property. */
function entity(id: string, schema: string, props: Record<string, (string | undefined)[]>): FtmEntity {
  const properties: Record<string, string[]> = {};
  for (const [k, values] of Object.entries(props)) {
    const kept = [...new Set(values.map((v) => v?.trim()).filter((v): v is string => Boolean(v)))];
    if (kept.length) properties[k] = kept;
  }
  return { id: ftmId(id), schema, properties };
}

const evidenceLine = (s: CollectedSource) =>
  `“${s.excerpt}” (${s.support}) — ${s.article ? `${s.article.title}${s.article.date ? `, ${s.article.date}` : ''}` : 'an article'}`;
const urlsOf = (sources: CollectedSource[]) => sources.map((s) => s.article?.url);

/** The name or alias of `e` the article's text holds (the longest, as a reader would have matched it), else its name. */
function matchedName(e: CollectedEntity, article: CollectedArticle): string {
  const text = article.text ?? '';
  const found = [e.name, ...e.aliases].filter((n) => n && text.includes(n)).sort((a, b) => b.length - a.length);
  return found[0] ?? e.name;
}

/** The FtM entities of a collected selection: parties first, then documents, ownerships and mentions. */
export function ftmEntities(c: Collected): FtmEntity[] {
  const out: FtmEntity[] = [];
  const exported = new Map<string, string>();
  const entitiesById = new Map(c.entities.map((e) => [e.id, e]));
  for (const e of c.entities) {
    const schema = SCHEMATA[e.kind];
    if (!schema) continue;
    exported.set(e.id, schema);
    const sources = c.sources.get(e.id) ?? [];
    out.push(
      entity(e.id, schema, {
        name: [e.name],
        alias: e.aliases,
        description: [e.description],
        notes: sources.map(evidenceLine),
        sourceUrl: urlsOf(sources),
      }),
    );
  }
  for (const a of c.articles) {
    out.push(
      entity(a.id, 'Document', {
        title: [a.title],
        fileName: [`${a.id.slice(a.id.indexOf(':') + 1)}.txt`],
        publishedAt: [ftmDate(a.publishedAt)],
        date: [a.date],
        author: [a.byline],
        publisher: [a.outletId ? entitiesById.get(a.outletId)?.name : undefined],
        sourceUrl: [a.url],
        bodyText: [a.text],
      }),
    );
  }
  const articles = new Map(c.articles.map((a) => [a.id, a]));
  for (const r of c.relations) {
    if (r.type === 'OWNS' && exported.has(r.from.id) && exported.has(r.to.id)) {
      const sources = c.sources.get(r.id) ?? [];
      const days = sources.map((s) => s.reportedOn).filter((d): d is string => Boolean(d));
      out.push(
        entity(r.id, 'Ownership', {
          owner: [ftmId(r.from.id)],
          asset: [ftmId(r.to.id)],
          description: [r.description],
          summary: sources.map(evidenceLine),
          sourceUrl: urlsOf(sources),
          date: [days.sort()[0] ?? r.reportedOn],
          recordId: [r.id],
        }),
      );
    } else if (r.type === 'MENTIONS' && exported.has(r.to.id)) {
      const article = articles.get(r.from.id);
      if (!article) continue;
      out.push(
        entity(r.id, 'Mention', {
          document: [ftmId(article.id)],
          resolved: [ftmId(r.to.id)],
          name: [matchedName(r.to, article)],
          detectedSchema: [exported.get(r.to.id)],
        }),
      );
    }
  }
  return out;
}

export const ftm: ExportFormat = {
  description: 'FollowTheMoney entity JSON Lines: Company, Person, Organization, PublicBody, Asset, Ownership, Document, Mention',
  defaultOut: 'export/ftm.jsonl',
  async write(read: ReadInto, out: string): Promise<Written> {
    const collected = await collect(read, new Set(['OWNS', 'MENTIONS']));
    const entities = ftmEntities(collected);
    mkdirSync(dirname(out), { recursive: true });
    const file = createWriteStream(out);
    for (const e of entities) if (!file.write(`${JSON.stringify(e)}\n`)) await once(file, 'drain');
    await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
    return { counts: collected.counts, records: entities.length, files: [{ path: out, bytes: statSync(out).size }] };
  },
};
