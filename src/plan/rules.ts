/**
 * Projection rules of the types read from the graph: entities (every kind, articles included), relations
 * (every relation type) and sources. Scalar fields name the properties they read; nested fields compile
 * the fragments of cypher/plan/ into subqueries, with the same filters, order and bounds as the loaders
 * their resolvers fall back to (src/graphql/loaders.ts), so a planned answer is the loaded one.
 */
import {
  ARTICLE_PROPERTIES,
  type ArticleProperty,
  FACT_PROPERTIES,
  KIND_NAMES,
  KIND_RELATION_FIELDS,
  KINDS,
  keysOf,
  type Kind,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  type RelationDirection,
  type RelationType,
  SOURCE_ATTRIBUTES,
  SOURCED,
  storedName,
  SUPPORT_NAMES,
  supportsOf,
} from '../ontology.js';
import { ARTICLE_LIST, articlePageParams, ENTITY_RELATION_LIST, REPORTED_BY_LIST } from '../data/lists.js';
import { isRelationType } from '../data/records.js';
import { COUNT_CAP, type KeysetBounds, plannablePage } from '../data/paging.js';
import { LIMITS } from '../bounds.js';
import { IDENTIFIERS_PER_ENTITY, RECORDS_PER_FACT } from '../data/datasets.js';
import type { Compiler } from './compiler.js';
import { type FieldRule, type Link, nested, project, registerTypes, subquery } from './project.js';
import { below, fieldsNamed, type SelectedField } from './selection.js';

const relationTypesOf = (arg: unknown): RelationType[] => (Array.isArray(arg) ? [...new Set(arg.filter(isRelationType))].sort() : []);

const directionOf = (arg: unknown): RelationDirection => (arg === 'OUT' || arg === 'IN' ? arg : 'BOTH');

/** A relationship pattern from `this` binding `that`: its types (allow-listed, so written out) and direction. */
function relationshipPattern(types: readonly RelationType[], direction: RelationDirection): string {
  const typed = types.filter((t) => RELATION_TYPE_NAMES.includes(t));
  const label = typed.length ? `:${typed.join('|')}` : '';
  return direction === 'OUT' ? `-[that${label}]->` : direction === 'IN' ? `<-[that${label}]-` : `-[that${label}]-`;
}

/** One rule object per distinct rule, so a field selected on several types shares it (see `ruleFor`). */
function memo<A extends unknown[]>(make: (...args: A) => FieldRule): (...args: A) => FieldRule {
  const made = new Map<string, FieldRule>();
  return (...args) => {
    const key = JSON.stringify(args);
    const found = made.get(key);
    if (found) return found;
    const rule = make(...args);
    made.set(key, rule);
    return rule;
  };
}

const scalar = memo((...reads: string[]): FieldRule => ({ reads }));

/** A fact's relations as `relations` and the typed relation fields list them. */
function relationList(c: Compiler, v: string, field: SelectedField, types: readonly RelationType[], direction: RelationDirection, supports: string): Link {
  return nested(c, v, field, (that) =>
    c.fragment('entity/relations', {
      vars: { this: v, that },
      params: { supports, view: c.view(field), limit: c.constant('relationsPerField', LIMITS.relationsPerField) },
      tokens: { PATTERN: relationshipPattern(types, direction) },
    }),
  );
}

/** A typed relation field of a kind (a company's `owners` ...): its types and direction are fixed, its facts sourced. */
const kindRelationRule = memo(
  (types: readonly RelationType[], direction: RelationDirection): FieldRule => ({
    link: (c, v, field) => relationList(c, v, field, types, direction, c.constant('sourced', SOURCED)),
  }),
);

/** What a connection field selects of its count: the count is read only when asked for. */
const countSelected = (field: SelectedField) => fieldsNamed(field.selection, 'totalCount').length + fieldsNamed(field.selection, 'totalCountCapped').length > 0;

interface ConnectionSpec {
  bounds: KeysetBounds;
  /** The page fragment (binding `that` and `key`) and its own parameters besides the page's. */
  page: {
    fragment: string;
    params?: (c: Compiler, field: SelectedField) => Record<string, string>;
    tokens?: (args: Record<string, unknown>) => Record<string, string>;
  };
  /** The parameters of a page: its cursors and size, as the fragment names them. */
  pageParams: (c: Compiler, field: SelectedField) => Record<string, string>;
  /** A page row: the map each edge is built from, `that` being what the fragment bound. */
  row: (c: Compiler, v: string, that: string, field: SelectedField) => { pre: string[]; map: string };
  /** The count fragment (rows to count, at most COUNT_CAP + 1 are asked for where the fragment says so). */
  count: { fragment: string; params?: (c: Compiler, field: SelectedField) => Record<string, string> };
  /** Shape beyond the page direction: what else of the arguments the text depends on. */
  shape?: (args: Record<string, unknown>) => unknown;
}

/** A nested connection: the page's rows (one more than asked, as the resolver expects) and, when selected, the count. */
function connectionRule(spec: ConnectionSpec): FieldRule {
  return {
    shape: (args) => {
      const page = plannablePage(args, spec.bounds);
      return page && { direction: page.direction, ...(spec.shape ? { of: spec.shape(args) } : {}) };
    },
    link: (c, v, field) => {
      const page = plannablePage(field.args, spec.bounds);
      const direction = page?.direction ?? 'forward';
      const that = c.fresh('v');
      const row = spec.row(c, v, that, field);
      const tokens = spec.page.tokens?.(field.args) ?? {};
      const rows = subquery(
        c,
        v,
        [
          c.fragment(spec.page.fragment, {
            vars: { this: v, that },
            params: { ...spec.pageParams(c, field), ...spec.page.params?.(c, field) },
            tokens,
            direction,
          }),
          ...row.pre,
        ],
        `collect(${row.map})`,
      );
      if (!countSelected(field)) return { pre: rows.pre, value: `{rows: ${rows.value}}` };
      const counted = c.fresh('v');
      const count = subquery(
        c,
        v,
        [c.fragment(spec.count.fragment, { vars: { this: v, that: counted }, params: spec.count.params?.(c, field) ?? {}, tokens })],
        'count(*)',
      );
      return { pre: [...rows.pre, ...count.pre], value: `{rows: ${rows.value}, count: ${count.value}}` };
    },
  };
}

/** The cursors and size of a keyset page whose fragment compares one `key` list with `$after`/`$before`. */
function keyPage(bounds: KeysetBounds) {
  return (c: Compiler, field: SelectedField) => ({
    after: c.param(field, 'after', (args) => plannablePage(args, bounds)?.after),
    before: c.param(field, 'before', (args) => plannablePage(args, bounds)?.before),
    limit: c.param(field, 'limit', (args) => plannablePage(args, bounds)?.limit),
  });
}

/** The parameters of an article page (cypher/plan/entity/mentioned-in): cursors and the open date range. */
function articlePage(c: Compiler, field: SelectedField) {
  const p = (name: keyof ReturnType<typeof articlePageParams>) =>
    c.param(field, name, (args) => {
      const page = plannablePage(args, ARTICLE_LIST);
      return page && articlePageParams(page, null, null)[name];
    });
  return {
    low: p('low'),
    high: p('high'),
    afterDate: p('afterDate'),
    afterId: p('afterId'),
    beforeDate: p('beforeDate'),
    beforeId: p('beforeId'),
    limit: p('limit'),
  };
}

/** An article as the article connections list it: the article and its key. */
const articleRow =
  (key: (that: string) => string) =>
  (c: Compiler, _v: string, that: string, field: SelectedField): { pre: string[]; map: string } => {
    const article = project(c, 'Article', that, below([field], 'edges', 'node') ?? { fields: [], conflict: false });
    return { pre: article.pre, map: `{key: ${key(that)}, article: ${article.map}}` };
  };

const countLimit = (c: Compiler) => ({ countLimit: c.constant('countLimit', COUNT_CAP + 1) });

/** `reportedBy`, on entities (fragments under entity/) and relations (relation/: a MENTIONS edge is reported by its article). */
const reportedByRule = (of: 'entity' | 'relation') =>
  connectionRule({
    bounds: REPORTED_BY_LIST,
    page: { fragment: `${of}/reported-by` },
    pageParams: keyPage(REPORTED_BY_LIST),
    row: articleRow(() => 'key'),
    count: { fragment: `${of}/reported-by-count` },
  });

/** The first source of a fact (in recorded order) that gives `attribute`: what a fact shows of it without its sources. */
const firstGiven = memo(
  (sourcesFragment: 'entity/sources' | 'relation/sources', attribute: string): FieldRule => ({
    link: (c, v, field) => {
      const that = c.fresh('s');
      const body = [
        c.fragment(sourcesFragment, { vars: { this: v, that }, params: { view: c.view(field) } }),
        c.fragment('first-given', { vars: { that }, tokens: { ATTRIBUTE: attribute } }),
      ];
      return subquery(c, v, body, `head(collect(${that}.${attribute}))`);
    },
  }),
);

const ATTRIBUTE_NAMES = keysOf(SOURCE_ATTRIBUTES);

/** The history fields of a fact or a source (src/graphql/types/history.ts): each reads its property, `retracted` reads `retractedAt`. */
const HISTORY = (...own: string[]): Record<string, FieldRule> => ({
  ...Object.fromEntries([...own, 'retractedAt', 'retractedBy', 'retractionReason', 'reportedOn'].map((p) => [p, scalar(p)])),
  retracted: scalar('retractedAt'),
});

// ---------------------------------------------------------------------------------------------
// Entities

const ENTITY_SCALARS: Record<string, FieldRule> = {
  id: scalar('id'),
  kind: scalar('kind'),
  name: scalar('name'),
  aliases: scalar('aliases'),
  description: scalar('description'),
  support: scalar('support'),
  date: scalar('date'),
  ...Object.fromEntries(keysOf(FACT_PROPERTIES).map((p) => [p, scalar(p)])),
};

/** A fact's dataset records (`records`, on entities and relations alike). */
const recordsRule: FieldRule = {
  link: (c, v, field) =>
    nested(c, v, field, (that) => c.fragment('records', { vars: { this: v, that }, params: { limit: c.constant('recordsPerFact', RECORDS_PER_FACT) } })),
};

const ENTITY_LINKS: Record<string, FieldRule> = {
  records: recordsRule,
  identifiers: {
    link: (c, v, field) =>
      nested(c, v, field, (that) =>
        c.fragment('entity/identifiers', { vars: { this: v, that }, params: { limit: c.constant('identifiersPerEntity', IDENTIFIERS_PER_ENTITY) } }),
      ),
  },
  sources: { link: (c, v, field) => nested(c, v, field, (that) => c.fragment('entity/sources', { vars: { this: v, that }, params: { view: c.view(field) } })) },
  relations: {
    shape: (args) => ({ types: relationTypesOf(args.types), direction: directionOf(args.direction) }),
    link: (c, v, field) =>
      relationList(
        c,
        v,
        field,
        relationTypesOf(field.args.types),
        directionOf(field.args.direction),
        c.param(field, 'supports', (args) => supportsOf(args.support)),
      ),
  },
  relationsConnection: connectionRule({
    bounds: ENTITY_RELATION_LIST,
    shape: (args) => ({ types: relationTypesOf(args.types), direction: directionOf(args.direction) }),
    page: {
      fragment: 'entity/relations-page',
      params: (c, field) => ({ supports: c.param(field, 'supports', (args) => supportsOf(args.support)), view: c.view(field) }),
      tokens: (args) => ({ PATTERN: relationshipPattern(relationTypesOf(args.types), directionOf(args.direction)) }),
    },
    pageParams: keyPage(ENTITY_RELATION_LIST),
    row: (c, v, that, field) => {
      const relation = project(c, 'Relation', that, below([field], 'edges', 'node') ?? { fields: [], conflict: false });
      const other = project(c, 'Entity', 'far', below([field], 'edges', 'other') ?? { fields: [], conflict: false });
      return { pre: [...relation.pre, ...other.pre], map: `{key: key, out: startNode(${that}) = ${v}, relation: ${relation.map}, other: ${other.map}}` };
    },
    count: {
      fragment: 'entity/relations-count',
      params: (c, field) => ({ supports: c.param(field, 'supports', (args) => supportsOf(args.support)), view: c.view(field), ...countLimit(c) }),
    },
  }),
  mentionedIn: connectionRule({
    bounds: ARTICLE_LIST,
    page: { fragment: 'entity/mentioned-in' },
    pageParams: articlePage,
    row: articleRow((that) => `[toString(${that}.date), ${that}.id]`),
    count: { fragment: 'entity/mentioned-in-count' },
  }),
  reportedBy: reportedByRule('entity'),
};

/** An article's own property, read from its node by the field of its name (stored under that name: not the outlet id, the text file or the update notes). */
const articleProperty = (p: ArticleProperty) => scalar(p);
const ARTICLE_PROPERTY_FIELDS: Record<string, FieldRule> = Object.fromEntries(
  keysOf(ARTICLE_PROPERTIES)
    .filter((p) => storedName(p, ARTICLE_PROPERTIES[p]) === p)
    .map((p) => [p, articleProperty(p)]),
);

/** Article fields: scalars read from its node, links to its outlet, text, update notes, evidence and edges. */
const ARTICLE_FIELDS: Record<string, FieldRule> = {
  ...ARTICLE_PROPERTY_FIELDS,
  // The title falls back to the name (src/graphql/types/entity.ts).
  title: scalar('title', 'name'),
  publishedOn: articleProperty('publishedAt'),
  updatedOn: articleProperty('updatedAt'),
  outlet: { link: (c, v, field) => nested(c, v, field, (that) => c.fragment('article/outlet', { vars: { this: v, that } }), 'one') },
  text: {
    link: (c, v) => {
      const that = c.fresh('t');
      return subquery(c, v, [c.fragment('article/text', { vars: { this: v, that } })], `head(collect(${that}.text))`);
    },
  },
  updates: {
    link: (c, v) => {
      const that = c.fresh('u');
      return subquery(c, v, [c.fragment('article/updates', { vars: { this: v, that } })], `collect(${that} {.*})`);
    },
  },
  evidence: {
    link: (c, v, field) =>
      nested(c, v, field, (that) =>
        c.fragment('article/evidence', { vars: { this: v, that }, params: { limit: c.constant('relationsPerField', LIMITS.relationsPerField) } }),
      ),
  },
  citations: { link: (c, v, field) => relationList(c, v, field, ['CITES'], 'OUT', c.constant('anySupport', SUPPORT_NAMES)) },
  mentions: { link: (c, v, field) => relationList(c, v, field, ['MENTIONS'], 'OUT', c.constant('anySupport', SUPPORT_NAMES)) },
};

const KIND_SET: ReadonlySet<string> = new Set(KIND_NAMES);
const isKindName = (type: string): type is Kind => KIND_SET.has(type);

function entityRule(type: string, field: string): FieldRule | undefined {
  if (isKindName(type)) {
    const spec = KIND_RELATION_FIELDS[type]?.[field];
    if (spec) return kindRelationRule([...spec.types].sort(), spec.direction);
    if (type === 'Article' && ARTICLE_FIELDS[field]) return ARTICLE_FIELDS[field];
    const attribute = ATTRIBUTE_NAMES.find((a) => a === field);
    if (attribute && attribute !== 'date' && KINDS[type].attributes.some((a) => a === attribute)) return firstGiven('entity/sources', attribute);
  }
  return ENTITY_SCALARS[field] ?? ENTITY_LINKS[field];
}

const propertyList = (reads: readonly string[]) => reads.map((r) => `.${r}`).join(', ');
const plannedEntry = (planned: readonly string[]) => (planned.length ? [`planned: {${planned.join(', ')}}`] : []);

registerTypes(['Entity', 'Node', ...KIND_NAMES], {
  map: (v, reads, planned) =>
    reads === null
      ? `${v} {.*${plannedEntry(planned).map((p) => `, ${p}`)}}`
      : `${v} {${[propertyList([...new Set(['id', 'kind', ...reads])]), ...plannedEntry(planned)].join(', ')}}`,
  rule: entityRule,
});

// ---------------------------------------------------------------------------------------------
// Relations

/** `PAUSED_REQUESTS_FROM` → `PausedRequestsFromRelation` (src/graphql/types/relation.ts names them so). */
const relationTypeName = (type: string) =>
  `${type
    .toLowerCase()
    .split('_')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')}Relation`;
const RELATION_BY_TYPE_NAME = new Map<string, RelationType>(RELATION_TYPE_NAMES.map((t) => [relationTypeName(t), t]));

const endOf = (which: 'startNode' | 'endNode'): FieldRule => ({
  link: (c, v, field) => nested(c, v, field, (that) => `WITH ${which}(${v}) AS ${that}`, 'one'),
});

const RELATION_FIELDS: Record<string, FieldRule> = {
  id: scalar(),
  type: scalar(),
  fromId: scalar(),
  toId: scalar(),
  support: scalar('support'),
  date: scalar('date'),
  from: endOf('startNode'),
  to: endOf('endNode'),
  sources: {
    link: (c, v, field) => nested(c, v, field, (that) => c.fragment('relation/sources', { vars: { this: v, that }, params: { view: c.view(field) } })),
  },
  reportedBy: reportedByRule('relation'),
  records: recordsRule,
  dateResolved: firstGiven('relation/sources', 'dateResolvedFrom'),
  ...HISTORY('assertedAt', 'assertedBy', 'version'),
};

function relationRule(type: string, field: string): FieldRule | undefined {
  const relationType = RELATION_BY_TYPE_NAME.get(type);
  if (relationType) {
    const spec = RELATION_TYPES[relationType];
    if (spec.properties.some((p) => p === field)) return scalar(field);
    if (relationType === 'OWNS' && field === 'share') return scalar('shareExact', 'shareMinimum', 'shareMaximum');
    const attribute = spec.attributes.find((a) => a === field && a !== 'date');
    if (attribute) return firstGiven('relation/sources', attribute);
  }
  return RELATION_FIELDS[field];
}

const endMap = (v: string, which: 'startNode' | 'endNode', whole: boolean) =>
  whole ? `properties(${which}(${v}))` : `{id: ${which}(${v}).id, kind: ${which}(${v}).kind}`;

registerTypes(['Relation', ...RELATION_BY_TYPE_NAME.keys()], {
  map: (v, reads, planned) => {
    const props = reads === null ? `properties(${v})` : reads.length ? `${v} {${propertyList(reads)}}` : '{}';
    const entries = [
      `id: ${v}.id`,
      `type: type(${v})`,
      `props: ${props}`,
      `from: ${endMap(v, 'startNode', reads === null)}`,
      `to: ${endMap(v, 'endNode', reads === null)}`,
    ];
    return `{${[...entries, ...plannedEntry(planned)].join(', ')}}`;
  },
  rule: relationRule,
});

// ---------------------------------------------------------------------------------------------
// Sources

const SOURCE_FIELDS: Record<string, FieldRule> = {
  id: scalar('id'),
  excerpt: scalar('excerpt'),
  start: scalar('start'),
  end: scalar('end'),
  textHash: scalar('textHash'),
  support: scalar('support'),
  note: scalar('note'),
  dateResolved: scalar('dateResolvedFrom'),
  ...HISTORY('addedAt', 'addedBy'),
  ...Object.fromEntries(ATTRIBUTE_NAMES.map((a) => [a, scalar(a)])),
  article: { link: (c, v, field) => nested(c, v, field, (that) => c.fragment('source/article', { vars: { this: v, that } }), 'one') },
  entity: { link: (c, v, field) => nested(c, v, field, (that) => c.fragment('source/entity', { vars: { this: v, that } }), 'one') },
  relation: { link: (c, v, field) => nested(c, v, field, (that) => c.fragment('source/relation', { vars: { this: v, that } }), 'one') },
};

registerTypes(['Source'], {
  map: (v, reads, planned) =>
    reads === null
      ? `${v} {.*, article: [(${v})-[:REPORTED_BY]->(article) | article.id][0]${plannedEntry(planned).map((p) => `, ${p}`)}}`
      : `${v} {${[propertyList([...new Set(['id', 'fact', 'from', 'to', ...reads])]), ...plannedEntry(planned)].join(', ')}}`,
  rule: (_type, field) => SOURCE_FIELDS[field],
});

// ---------------------------------------------------------------------------------------------
// Dataset evidence and identifiers (src/graphql/types/datasets.ts): read whole, their links loaded.

registerTypes(['DatasetRecord'], {
  map: (v) => `${v} {.*, publishedIn: [(${v})-[:PUBLISHED_IN]->(dataset:Dataset) | dataset {.*}][0]}`,
  rule: () => undefined,
});

registerTypes(['Identifier'], {
  map: (v) => `${v} {.key, .scheme, .value}`,
  rule: () => undefined,
});
