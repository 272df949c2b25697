/** Roots over the evidence and its texts: full-text search, the timeline of dated facts, and the claims about an entity. */
import { LIMITS } from '../../bounds.js';
import { FACT_RELATION_TYPES, keysOf, SOURCED, supportsOf } from '../../ontology.js';
import { parseTextQuery, TEXT_FIELDS, TEXT_SEARCH, toLuceneTextQuery } from '../../data/text-query.js';
import { project, subquery } from '../project.js';
import { fieldsNamed, merged, type Selection, type SelectedField } from '../selection.js';
import { EMPTY, missing, resolve, type RootRule, streamed, text } from './common.js';

const selected = (root: SelectedField, name: string): Selection | null =>
  fieldsNamed(root.selection, name).length ? (merged(fieldsNamed(root.selection, name)) ?? EMPTY) : null;
const bounded = (v: unknown, fallback: number, max: number) => (typeof v === 'number' && Number.isInteger(v) ? Math.min(Math.max(v, 1), max) : fallback);

/** The projection of `v` as `type` when `selection` asks for it, else null. */
function optional(c: Parameters<RootRule['compile']>[0], type: string, v: string, selection: Selection | null) {
  return selection ? project(c, type, v, selection) : { pre: [], map: 'null' };
}

const textSearch: RootRule = {
  compile: (c, root) => {
    const limit = (args: Record<string, unknown>) => bounded(args.limit, TEXT_SEARCH.defaultHits, TEXT_SEARCH.hits);
    const article = optional(c, 'Article', 'article', selected(root, 'article'));
    const source = optional(c, 'Source', 'source', selected(root, 'source'));
    const entity = optional(c, 'Entity', 'entity', selected(root, 'entity'));
    const concernsSelection = selected(root, 'concerns');
    const concern = c.fresh('n');
    const concernProjection = concernsSelection ? project(c, 'Entity', concern, concernsSelection) : null;
    const concerns = concernProjection
      ? subquery(
          c,
          'field, article, entity, passage',
          [
            c.fragment('roots/text-search-concerns', {
              vars: { that: concern },
              params: { maxConcerns: c.constant('maxConcerns', TEXT_SEARCH.concerns), supports: c.constant('sourced', SOURCED) },
            }),
            ...concernProjection.pre,
          ],
          `collect(${concernProjection.map})`,
        )
      : { pre: [], value: '[]' };
    return streamed(
      '',
      [
        c.fragment('roots/text-search', {
          params: {
            query: c.param(root, 'query', (args) => toLuceneTextQuery(parseTextQuery(String(args.query)))),
            fields: c.param(root, 'fields', (args) => (Array.isArray(args.in) && args.in.length ? args.in : keysOf(TEXT_FIELDS))),
            limit: c.param(root, 'limit', limit),
            // Several sources often quote one passage and count as one hit: ask each index for more.
            fetch: c.param(root, 'fetch', (args) => limit(args) * 4),
            withText: c.constant('withText', fieldsNamed(root.selection, 'snippet').length > 0),
          },
        }),
        ...article.pre,
        ...source.pre,
        ...entity.pre,
        ...concerns.pre,
      ],
      `{field: field, score: score, text: text, article: ${article.map}, source: ${source.map}, entity: ${entity.map}, concerns: ${concerns.value}}`,
    );
  },
};

const timeline: RootRule = {
  shape: (args) => ({ entity: text(args.entity) !== null }),
  compile: (c, root) => {
    const anchored = text(root.args.entity) !== null;
    const entity = resolve(c, root, 'entity');
    const [n, r, s] = [c.fresh('n'), c.fresh('r'), c.fresh('s')];
    const fact = optional(c, 'Entity', n, selected(root, 'entity'));
    const relation = optional(c, 'Relation', r, selected(root, 'relation'));
    const sourcesSelection = selected(root, 'sources');
    const source = sourcesSelection ? project(c, 'Source', s, sourcesSelection) : null;
    const sources = source ? subquery(c, 'dating', [`UNWIND dating AS ${s}`, ...source.pre], `collect(${source.map})`) : { pre: [], value: '[]' };
    return [
      entity.clause,
      streamed(
        entity.v,
        [
          c.fragment(anchored ? 'roots/timeline-of' : 'roots/timeline', {
            vars: { entity: entity.v, factEntity: n, factRelation: r },
            params: {
              types: c.constant('factTypes', FACT_RELATION_TYPES),
              since: c.param(root, 'since', (args) => text(args.since)),
              until: c.param(root, 'until', (args) => text(args.until)),
              supports: c.param(root, 'supports', (args) => supportsOf(args.support)),
              view: c.view(root),
              limit: c.param(root, 'limit', (args) => bounded(args.limit, LIMITS.defaultTimelineItems, LIMITS.timelineItems)),
            },
          }),
          ...fact.pre,
          ...relation.pre,
          ...sources.pre,
        ],
        `{date: toString(date), summary: summary, dating: {dateText: dating[0].dateText, dateResolvedFrom: dating[0].dateResolvedFrom, dateAnchor: toString(dating[0].dateAnchor)}, entity: ${fact.map}, relation: ${relation.map}, sources: ${sources.value}}`,
        { missing: missing(c, root, { entity: entity.v }) },
      ),
    ].join('\n');
  },
};

/** Claims read at most this many facts about an entity. */
export const MAX_CLAIMS = 500;

const claims: RootRule = {
  compile: (c, root) => {
    const entity = resolve(c, root, 'entity');
    const r = c.fresh('r');
    const claim = merged(fieldsNamed(root.selection, 'claims').flatMap((f) => (f.selection ? [f] : []))) ?? EMPTY;
    const relation = project(c, 'Relation', r, claim);
    // What a group needs of its claims' sources: the articles behind them and the dates they give.
    const evidence = fieldsNamed(root.selection, 'articleCount').length + fieldsNamed(root.selection, 'alternatives').length > 0;
    return [
      entity.clause,
      streamed(
        entity.v,
        [
          c.fragment('roots/claims', {
            vars: { entity: entity.v, that: r },
            params: {
              types: c.constant('factTypes', FACT_RELATION_TYPES),
              supports: c.param(root, 'supports', (args) => supportsOf(args.support)),
              limit: c.constant('maxClaims', MAX_CLAIMS),
            },
          }),
          ...(evidence ? [c.fragment('roots/claims-evidence', { vars: { that: r } })] : ['WITH *, [] AS articles, [] AS dates']),
          ...relation.pre,
        ],
        `{relation: ${relation.map}, topic: ${r}.topic, otherTopic: far.topic, start: startNode(${r}).id, articles: articles, dates: dates}`,
        { entity: `${entity.v}.id`, missing: missing(c, root, { entity: entity.v }) },
      ),
    ].join('\n');
  },
};

export const TEXT_ROOTS: Record<string, RootRule> = { textSearch, timeline, claims };
