/** Roots that walk the graph in general: shortest paths, neighbourhoods, and name search. */
import { LIMITS } from '../../bounds.js';
import { isKind, isRelationType } from '../../data/records.js';
import { FACT_RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType, supportsOf } from '../../ontology.js';
import { project, subquery } from '../project.js';
import { below, fieldsNamed, merged, type Selection, type SelectedField } from '../selection.js';
import { EMPTY, missing, resolve, type RootRule, streamed } from './common.js';
import { outletCounts } from './ownership.js';

/** The relation types a traversal follows: those asked for (allow-listed by the enum), else every fact type. */
export const traversalTypes = (arg: unknown): RelationType[] => {
  const asked = Array.isArray(arg) ? [...new Set(arg.filter(isRelationType))].sort() : [];
  return asked.length ? asked : [...FACT_RELATION_TYPES];
};

/** A label expression of allow-listed relation type names (`OWNS|PAUSED_REQUESTS_FROM`). */
const labels = (types: readonly RelationType[]) => types.filter((t) => RELATION_TYPE_NAMES.includes(t)).join('|');

const bounded = (v: unknown, fallback: number, max: number) => (typeof v === 'number' && Number.isInteger(v) ? Math.min(Math.max(v, 1), max) : fallback);

/** What the root's fields named `name` select (all aliases, merged). */
const selected = (root: SelectedField, name: string): Selection => merged(fieldsNamed(root.selection, name)) ?? EMPTY;

/**
 * Words → a Lucene query for `search`. Each word is escaped (user input never reaches Lucene syntax) and
 * matches as a whole word, a prefix ("tele" → Telegram) or, from five letters on, with one typo.
 */
export function toLuceneQuery(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `(${w}^3 OR ${w}*${w.length >= 5 ? ` OR ${w}~1` : ''})`).join(' AND ');
}

const paths: RootRule = {
  shape: (args) => ({ hops: bounded(args.maxHops, LIMITS.defaultPathHops, LIMITS.pathHops), types: traversalTypes(args.relationTypes) }),
  compile: (c, root) => {
    const [from, to] = [resolve(c, root, 'from'), resolve(c, root, 'to')];
    const [p, n, r] = [c.fresh('p'), c.fresh('n'), c.fresh('r')];
    const node = project(c, 'Entity', n, selected(root, 'nodes'));
    const edge = project(c, 'Relation', r, selected(root, 'edges'));
    const nodes = subquery(c, p, [`UNWIND nodes(${p}) AS ${n}`, ...node.pre], `collect(${node.map})`);
    const edges = subquery(c, p, [`UNWIND relationships(${p}) AS ${r}`, ...edge.pre], `collect(${edge.map})`);
    const wanted = (name: string) => fieldsNamed(root.selection, name).length > 0;
    const outlets = wanted('independentOutlets') || wanted('strength') ? outletCounts(c, `relationships(${p})`, p, c.view(root)) : { pre: [], value: '[]' };
    return [
      from.clause,
      to.clause,
      streamed(
        `${from.v}, ${to.v}`,
        [
          c.fragment('roots/paths', {
            vars: { from: from.v, to: to.v, that: p },
            params: {
              supports: c.param(root, 'supports', (args) => supportsOf(args.support)),
              view: c.view(root),
              limit: c.param(root, 'limit', (args) => bounded(args.limit, LIMITS.defaultPaths, LIMITS.maxPaths)),
            },
            tokens: {
              TYPES: labels(traversalTypes(root.args.relationTypes)),
              MAX_HOPS: String(bounded(root.args.maxHops, LIMITS.defaultPathHops, LIMITS.pathHops)),
            },
          }),
          ...(wanted('nodes') ? nodes.pre : []),
          ...(wanted('edges') ? edges.pre : []),
          ...outlets.pre,
        ],
        `{length: length(${p}), nodes: ${wanted('nodes') ? nodes.value : '[]'}, edges: ${wanted('edges') ? edges.value : '[]'}, outlets: ${outlets.value}}`,
        { ends: `[${from.v}.id, ${to.v}.id]`, missing: missing(c, root, { from: from.v, to: to.v }) },
      ),
    ].join('\n');
  },
};

/** What a neighbourhood's entries project of their entity: what `entity` selects, and `name` when the entry's own `name` is selected. */
function entrySelection(nodes: readonly SelectedField[]): Selection {
  const entity = below(nodes, 'entity') ?? EMPTY;
  const name = nodes.flatMap((f) => fieldsNamed(f.selection, 'name'))[0];
  if (!name || entity.fields.some((f) => f.key === 'name' && f.name !== 'name')) return entity;
  return { ...entity, fields: [...entity.fields.filter((f) => f.key !== 'name'), { ...name, key: 'name', on: null }] };
}

const neighbourhood: RootRule = {
  shape: (args) => ({ hops: bounded(args.maxHops, LIMITS.defaultNeighbourhoodHops, LIMITS.neighbourhoodHops), types: traversalTypes(args.relationTypes) }),
  compile: (c, root) => {
    const entity = resolve(c, root, 'entity');
    const centre = project(c, 'Entity', entity.v, selected(root, 'centre'));
    const [entries, entry, n, r, members] = [c.fresh('entries'), c.fresh('entry'), c.fresh('n'), c.fresh('r'), c.fresh('members')];
    const types = labels(traversalTypes(root.args.relationTypes));
    const supports = c.param(root, 'supports', (args) => supportsOf(args.support));
    const nodeFields = fieldsNamed(root.selection, 'nodes');
    const node = project(c, 'Entity', n, entrySelection(nodeFields));
    const nodes = subquery(
      c,
      entries,
      [`UNWIND ${entries} AS ${entry}`, `WITH ${entry}.node AS ${n}, ${entry}.depth AS depth`, ...node.pre],
      `collect({entity: ${node.map}, depth: depth})`,
    );
    const edge = project(c, 'Relation', r, selected(root, 'edges'));
    const edges = subquery(
      c,
      members,
      [
        c.fragment('roots/neighbourhood-edges', {
          vars: { members, that: r },
          params: { supports, view: c.view(root), maxEdges: c.constant('neighbourhoodEdges', LIMITS.neighbourhoodEdges) },
          tokens: { TYPES: types },
        }),
        ...edge.pre,
      ],
      `collect(${edge.map})`,
    );
    const wanted = (name: string) => fieldsNamed(root.selection, name).length > 0;
    return [
      entity.clause,
      c.fragment('roots/neighbourhood', {
        vars: { entity: entity.v, that: entries },
        params: {
          supports,
          view: c.view(root),
          kinds: c.param(root, 'kinds', (args) => {
            const kinds = Array.isArray(args.kinds) ? args.kinds.filter(isKind) : [];
            return kinds.length ? kinds : null;
          }),
          limit: c.param(root, 'limit', (args) => bounded(args.limit, LIMITS.defaultNeighbourhoodNodes, LIMITS.neighbourhoodNodes)),
          budget: c.constant('neighbourhoodBudget', LIMITS.neighbourhoodBudget),
        },
        tokens: { TYPES: types, MAX_HOPS: String(bounded(root.args.maxHops, LIMITS.defaultNeighbourhoodHops, LIMITS.neighbourhoodHops)) },
      }),
      `WITH ${entity.v}, truncated, ${entries}, [e IN ${entries} | e.node] AS ${members}`,
      ...centre.pre,
      ...(wanted('nodes') ? nodes.pre : []),
      ...(wanted('edges') ? edges.pre : []),
      `RETURN {centre: ${centre.map}, nodes: ${wanted('nodes') ? nodes.value : '[]'}, edges: ${wanted('edges') ? edges.value : '[]'}, truncated: truncated, missing: ${missing(c, root, { entity: entity.v })}} AS root`,
    ].join('\n');
  },
};

const search: RootRule = {
  compile: (c, root) => {
    const that = c.fresh('n');
    const entity = project(c, 'Entity', that, selected(root, 'entity'));
    const kinds = (args: Record<string, unknown>) => {
      const asked = Array.isArray(args.kinds) ? args.kinds.filter(isKind) : [];
      return asked.length ? asked : null;
    };
    const limit = (args: Record<string, unknown>) => bounded(args.limit, LIMITS.defaultSearchHits, LIMITS.searchHits);
    return streamed(
      '',
      [
        c.fragment('roots/search', {
          vars: { that },
          params: {
            query: c.param(root, 'query', (args) => toLuceneQuery(String(args.query))),
            kinds: c.param(root, 'kinds', kinds),
            limit: c.param(root, 'limit', limit),
            fetch: c.param(root, 'fetch', (args) => (kinds(args) ? 1000 : limit(args))),
          },
        }),
        ...entity.pre,
      ],
      `{score: score, entity: ${entity.map}}`,
    );
  },
};

export const GRAPH_ROOTS: Record<string, RootRule> = { paths, neighbourhood, search };
