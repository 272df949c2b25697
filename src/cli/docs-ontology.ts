/**
 * The tables of schema/ONTOLOGY.md, rendered from src/ontology.ts (and, for examples, from the seed
 * files): kinds, relation types, fact properties, source attributes, support levels and the properties
 * of articles and their update notes. Registered in
 * `SECTIONS` of docs.ts, so `npm run docs:check` fails when the ontology changes and the page does not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTICLE_PROPERTIES,
  ARTICLE_UPDATE_PROPERTIES,
  ARTICLE_VALUE_TYPES,
  type ArticlePropertySpec,
  FACT_PROPERTIES,
  KIND_NAMES,
  KIND_RELATION_FIELDS,
  KINDS,
  keysOf,
  RELATION_TYPE_NAMES,
  relationSpec,
  SOURCE_ATTRIBUTES,
  SUPPORT_LEVELS,
} from '../ontology.js';
import { SEEDS_DIR } from '../seed/prepare.js';
import { markdownTable } from './markdown.js';

const code = (s: string) => `\`${s}\``;
const list = (items: readonly string[], empty = '') => (items.length ? items.map(code).join(', ') : empty);
const GENERATED = '(Generated from `src/ontology.ts` by `npm run docs`: edit the ontology there, not this table.)';

/** Up to `n` ids of each kind in the seed files, in file order. */
function seedExamples(n = 4): Map<string, string[]> {
  const read = (file: string): { id: string; kind?: string }[] => JSON.parse(readFileSync(join(SEEDS_DIR, file), 'utf8'));
  const byKind = new Map<string, string[]>();
  const records = [...read('entities.json'), ...read('articles.json').map((a) => ({ id: a.id, kind: 'Article' }))];
  for (const r of records) {
    const ids = byKind.get(r.kind ?? '') ?? [];
    if (ids.length < n) ids.push(r.id);
    byKind.set(r.kind ?? '', ids);
  }
  return byKind;
}

export function kindsTable(): string {
  const examples = seedExamples();
  const rows = KIND_NAMES.map((kind) => {
    const k = KINDS[kind];
    const fields = Object.entries(KIND_RELATION_FIELDS[kind] ?? {}).map(([name, f]) => `${code(name)} (${f.types.join(', ')}, ${f.direction})`);
    return [code(kind), code(`${k.prefix}:`), k.description, list(k.properties), list(k.attributes), fields.join('; '), list(examples.get(kind) ?? [])];
  });
  return `${markdownTable(['Kind', 'Id prefix', 'What it is', 'Properties', 'Source attributes', 'Typed relation fields (GraphQL)', 'Seed examples'], rows)}\n\n${GENERATED}`;
}

export function relationTypesTable(): string {
  const rows = RELATION_TYPE_NAMES.map((type) => {
    const r = relationSpec(type);
    const flags = [r.derived ? 'derived (written by the loader)' : '', r.provenance ? 'provenance' : ''].filter(Boolean).join(', ');
    return [
      code(type),
      r.from.length ? r.from.join(', ') : 'any',
      r.to.length ? r.to.join(', ') : 'any',
      r.description,
      list(r.properties),
      list(r.attributes),
      flags,
    ];
  });
  return `${markdownTable(['Type', 'From', 'To', 'Meaning', 'Properties', 'Source attributes', 'Kind of edge'], rows)}\n\n${GENERATED}`;
}

export function propertiesTable(): string {
  const facts = keysOf(FACT_PROPERTIES).map((p) => [code(p), 'fact property', FACT_PROPERTIES[p].type, FACT_PROPERTIES[p].description]);
  const attributes = keysOf(SOURCE_ATTRIBUTES).map((a) => [code(a), 'source attribute', SOURCE_ATTRIBUTES[a].type, SOURCE_ATTRIBUTES[a].description]);
  const support = keysOf(SUPPORT_LEVELS).map((s) => [code(s), 'support level', '', SUPPORT_LEVELS[s]]);
  return `${markdownTable(['Name', 'What', 'Type', 'Meaning'], [...facts, ...attributes, ...support])}\n\n${GENERATED}`;
}

/** One row per property of an article table; `prefix` names the list an update note's properties are in. */
function articleRows(table: Readonly<Record<string, ArticlePropertySpec>>, prefix = ''): string[][] {
  return Object.entries(table).map(([key, spec]) => {
    const seed = spec.loader ? 'written by the loader' : spec.required ? 'required' : 'optional';
    const stored = spec.stored === false ? 'not on the node' : code(spec.storedAs ?? key);
    const fallback = spec.default ? ` (default ${code(spec.default)})` : '';
    return [code(`${prefix}${key}`), `${ARTICLE_VALUE_TYPES[spec.type]}${fallback}`, seed, stored, spec.description];
  });
}

export function articlePropertiesTable(): string {
  const rows = [...articleRows(ARTICLE_PROPERTIES), ...articleRows(ARTICLE_UPDATE_PROPERTIES, 'updates[].')];
  return `${markdownTable(['Property', 'Type', 'In seed files', 'Stored as', 'Meaning'], rows)}\n\n${GENERATED}`;
}
