/**
 * Reads seeds/ and checks everything before anything is written: the zod shape of each record, then
 * what a schema cannot see (ids that exist, kinds allowed at each end of a relation, excerpts that
 * are verbatim in their article). All problems are collected, each naming file, record and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ID_PREFIXES, kindOfId, RELATION_TYPES, type Kind, usesName } from '../ontology.js';
import type { ArticleInput } from '../store/rows.js';
import { ArticlesFile, EntitiesFile, RelationsFile, type SeedEntity, type SeedRelation, type SeedSource } from '../store/schema.js';
import { fieldOf, messageOf } from '../shape.js';

export interface SeedIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly issues: SeedIssue[]) {
    super(`seed data is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written:\n${issues.map(formatIssue).join('\n')}`);
  }
}

export function formatIssue(i: SeedIssue): string {
  return `  ${i.file} › ${i.record} › ${i.field}: ${i.message}`;
}

export interface SeedSet {
  articles: ArticleInput[];
  entities: SeedEntity[];
  relations: SeedRelation[];
}

export const SEED_FILES = { articles: 'articles.json', entities: 'entities.json', relations: 'relations.json' } as const;

/** Reads and validates a seed folder. Throws `SeedValidationError` listing every problem found. */
export function readSeeds(dir: string): SeedSet {
  const issues: SeedIssue[] = [];
  const articles = parseFile(dir, SEED_FILES.articles, ArticlesFile, issues);
  const entities = parseFile(dir, SEED_FILES.entities, EntitiesFile, issues);
  const relations = parseFile(dir, SEED_FILES.relations, RelationsFile, issues);

  const loaded: ArticleInput[] = [];
  for (const a of articles) {
    const path = join(dir, 'articles', a.file);
    if (!existsSync(path)) {
      issues.push({ file: SEED_FILES.articles, record: a.id, field: 'file', message: `article text seeds/articles/${a.file} does not exist` });
      continue;
    }
    loaded.push({ ...a, text: readFileSync(path, 'utf8') });
  }
  if (issues.length === 0) checkReferences({ articles: loaded, entities, relations }, issues);
  if (issues.length > 0) throw new SeedValidationError(issues);
  return { articles: loaded, entities, relations };
}

function parseFile<T extends z.ZodArray>(dir: string, file: string, schema: T, issues: SeedIssue[]): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    issues.push({ file, record: '(file)', field: '(file)', message: messageOf(e) });
    return [] as z.infer<T>;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const [index, ...field] = issue.path;
    const id = Array.isArray(json) && typeof index === 'number' ? fieldOf(json[index], 'id') : undefined;
    const record = typeof id === 'string' ? id : `#${String(index ?? '(file)')}`;
    issues.push({ file, record, field: field.join('.') || '(record)', message: issue.message });
  }
  return [] as z.infer<T>;
}

function checkReferences(seeds: SeedSet, issues: SeedIssue[]): void {
  const kindOf = new Map<string, Kind>();
  const text = new Map<string, string>();
  const claim = (file: string, id: string, kind: Kind) => {
    if (kindOf.has(id)) issues.push({ file, record: id, field: 'id', message: 'duplicate id' });
    kindOf.set(id, kind);
  };
  for (const a of seeds.articles) {
    claim(SEED_FILES.articles, a.id, 'Article');
    text.set(a.id, a.text);
  }
  for (const e of seeds.entities) {
    claim(SEED_FILES.entities, e.id, e.kind);
    if (kindOfId(e.id) !== e.kind)
      issues.push({ file: SEED_FILES.entities, record: e.id, field: 'id', message: `a ${e.kind} id must start with "${ID_PREFIXES[e.kind]}:"` });
  }

  const checkSources = (file: string, record: string, sources: SeedSource[]) =>
    sources.forEach((s, i) => {
      if (sources.findIndex((o) => o.article === s.article && o.excerpt === s.excerpt) !== i)
        issues.push({ file, record, field: `sources.${i}`, message: 'the same excerpt of the same article is listed twice' });
      const body = text.get(s.article);
      if (body === undefined) issues.push({ file, record, field: `sources.${i}.article`, message: `unknown article "${s.article}"` });
      else if (!body.includes(s.excerpt))
        issues.push({ file, record, field: `sources.${i}.excerpt`, message: `excerpt not found verbatim in ${s.article}: "${s.excerpt.slice(0, 80)}"` });
    });

  for (const a of seeds.articles) {
    if (a.outlet && kindOf.get(a.outlet) !== 'Outlet')
      issues.push({ file: SEED_FILES.articles, record: a.id, field: 'outlet', message: `"${a.outlet}" is not an Outlet entity` });
    if (a.outletEvidence && !a.text.includes(a.outletEvidence))
      issues.push({ file: SEED_FILES.articles, record: a.id, field: 'outletEvidence', message: 'not found verbatim in the article text' });
    if (!a.text.includes(a.title)) issues.push({ file: SEED_FILES.articles, record: a.id, field: 'title', message: 'not found verbatim in the article text' });
    a.updates?.forEach((u, i) => {
      if (!a.text.includes(u.excerpt))
        issues.push({ file: SEED_FILES.articles, record: a.id, field: `updates.${i}.excerpt`, message: 'not found verbatim in the article text' });
    });
  }
  for (const e of seeds.entities) {
    checkSources(SEED_FILES.entities, e.id, e.sources);
    const quoted = [...new Set(e.sources.map((s) => text.get(s.article)))].filter((t): t is string => t !== undefined);
    checkAliases(SEED_FILES.entities, e.id, e.aliases, quoted, issues);
  }
  for (const a of seeds.articles) checkAliases(SEED_FILES.articles, a.id, a.aliases, [a.text], issues);

  const relationIds = new Set<string>();
  for (const r of seeds.relations) {
    const file = SEED_FILES.relations;
    if (relationIds.has(r.id)) issues.push({ file, record: r.id, field: 'id', message: 'duplicate relation id' });
    relationIds.add(r.id);
    const rule = RELATION_TYPES[r.type];
    for (const end of ['from', 'to'] as const) {
      const kind = kindOf.get(r[end]);
      const allowed: readonly Kind[] = rule[end];
      if (!kind) issues.push({ file, record: r.id, field: end, message: `dangling reference: no entity or article "${r[end]}"` });
      else if (allowed.length > 0 && !allowed.includes(kind))
        issues.push({ file, record: r.id, field: end, message: `${r.type} does not allow a ${kind} at its "${end}" end (allowed: ${allowed.join(', ')})` });
    }
    checkSources(file, r.id, r.sources);
  }
}

/**
 * An alias is a name the articles use: it must occur verbatim, as whole words, in the text of an article
 * among the record's sources (an article's own text for an article), so a lookup by a name no source uses
 * ("Alphabet" for Google) cannot answer.
 */
function checkAliases(file: string, record: string, aliases: string[], texts: string[], issues: SeedIssue[]): void {
  aliases.forEach((alias, i) => {
    if (!texts.some((t) => usesName(t, alias)))
      issues.push({ file, record, field: `aliases.${i}`, message: `"${alias}" does not occur as whole words in the text of any article among its sources` });
  });
}
