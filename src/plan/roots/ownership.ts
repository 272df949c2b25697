/** Roots that walk OWNS: the chain up to the ultimate owners, and the subsidiaries down a tree. */
import { LIMITS } from '../../bounds.js';
import { SOURCED, supportsOf } from '../../ontology.js';
import { type Compiler, indent } from '../compiler.js';
import { project, subquery } from '../project.js';
import { below, fieldsNamed, merged, type Selection, type SelectedField } from '../selection.js';
import { EMPTY, missing, resolve, type RootRule, streamed } from './common.js';

/** Paths an ownership chain lists at most. */
export const MAX_PATHS = 100;

/** The bound a chain or tree is walked with: `maxHops`, within 1..LIMITS.ownershipDepth. */
export const depthOf = (args: Record<string, unknown>): number => {
  const asked = typeof args.maxHops === 'number' ? args.maxHops : LIMITS.defaultOwnershipDepth;
  return Math.min(Math.max(Math.trunc(asked), 1), LIMITS.ownershipDepth);
};

/** The selection of the object fields named `name` of the root (all aliases, merged). */
const selected = (root: SelectedField, name: string): Selection => merged(fieldsNamed(root.selection, name)) ?? EMPTY;

/**
 * The independent outlets of each relation of `list` (a variable holding relationships), in order, as a
 * list (cypher/plan/relation/independent-outlets): the evidence strength of each hop, in `view`.
 */
export function outletCounts(c: Compiler, list: string, scope: string, view: string): { pre: string[]; value: string } {
  const [rel, n] = [c.fresh('r'), c.fresh('n')];
  return subquery(
    c,
    scope,
    [
      `UNWIND ${list} AS ${rel}`,
      c.fragment('relation/independent-outlets', { vars: { this: rel, that: n }, params: { view, sourced: c.constant('sourced', SOURCED) } }),
    ],
    `collect(${n})`,
  );
}

/** The share properties of each relation of `list` (a list of OWNS relationships), in order: what `effectiveShare` multiplies. */
const shareList = (list: string) => `[hop IN ${list} | hop {.shareExact, .shareMinimum, .shareMaximum}]`;

/** The datasets backing each relation of `list`, in order, as a list (cypher/plan/relation/independent-datasets). */
function datasetCounts(c: Compiler, list: string, scope: string): { pre: string[]; value: string } {
  const [rel, n] = [c.fresh('r'), c.fresh('n')];
  return subquery(c, scope, [`UNWIND ${list} AS ${rel}`, c.fragment('relation/independent-datasets', { vars: { this: rel, that: n } })], `collect(${n})`);
}

/** Whether any field named in `names` is selected on `selection`. */
const anySelected = (selection: Selection | null, ...names: string[]) => names.some((name) => fieldsNamed(selection, name).length > 0);

/** Each row of `list` (a variable holding a list) projected as `type`, in order, as a list: `[]` when nothing below is selected. */
function each(c: Compiler, list: string, type: string, selection: Selection | null, scope: string): { pre: string[]; value: string } {
  if (!selection) return { pre: [], value: '[]' };
  const item = c.fresh('v');
  const projection = project(c, type, item, selection);
  return subquery(c, scope, [`UNWIND ${list} AS ${item}`, ...projection.pre], `collect(${projection.map})`);
}

const chain: RootRule = {
  shape: (args) => ({ depth: depthOf(args) }),
  compile: (c, root) => {
    const entity = resolve(c, root, 'entity');
    const start = project(c, 'Entity', entity.v, selected(root, 'entity'));
    const paths = fieldsNamed(root.selection, 'paths');
    const [p, top, pathRows, tops] = [c.fresh('p'), c.fresh('top'), c.fresh('paths'), c.fresh('tops')];
    const hops = each(c, `relationships(${p})`, 'OwnsRelation', below(paths, 'hops'), p);
    const owner = project(c, 'Entity', top, below(paths, 'owner') ?? EMPTY);
    const strength = anySelected(root.selection, 'strength') || paths.some((f) => anySelected(f.selection, 'independentOutlets', 'strength'));
    const outlets = strength ? outletCounts(c, `relationships(${p})`, p, c.view(root)) : { pre: [], value: '[]' };
    const shares = paths.some((f) => anySelected(f.selection, 'effectiveShare')) ? shareList(`relationships(${p})`) : '[]';
    const datasets = paths.some((f) => anySelected(f.selection, 'independentDatasets')) ? datasetCounts(c, `relationships(${p})`, p) : { pre: [], value: '[]' };
    const walk = [
      `CALL (${entity.v}) {`,
      ...indent([
        c.fragment('roots/ownership-chain', {
          vars: { entity: entity.v, that: p, top },
          params: { supports: c.param(root, 'supports', (args) => supportsOf(args.support)), view: c.view(root), limit: c.constant('maxPaths', MAX_PATHS) },
          tokens: { MAX_DEPTH: String(depthOf(root.args)) },
        }),
        ...hops.pre,
        ...owner.pre,
        ...outlets.pre,
        ...datasets.pre,
        `RETURN collect({length: length(${p}), cycle: cycle, truncated: truncated, hops: ${hops.value}, owner: ${owner.map}, outlets: ${outlets.value}, datasets: ${datasets.value}, shares: ${shares}}) AS ${pathRows},`,
        // The tops of complete paths: the ultimate owners (the resolver keeps each once).
        `       collect(CASE WHEN NOT cycle AND NOT truncated THEN ${top} END) AS ${tops}`,
      ]),
      '}',
    ];
    const ultimate = fieldsNamed(root.selection, 'ultimateOwners').length
      ? each(c, tops, 'Entity', selected(root, 'ultimateOwners'), tops)
      : { pre: [], value: '[]' };
    return [
      entity.clause,
      ...start.pre,
      ...walk,
      ...ultimate.pre,
      `RETURN {entity: ${start.map}, paths: ${pathRows}, ultimateOwners: ${ultimate.value}, missing: ${missing(c, root, { entity: entity.v })}} AS root`,
    ].join('\n');
  },
};

const subsidiaries: RootRule = {
  shape: (args) => ({ depth: depthOf(args) }),
  compile: (c, root) => {
    const entity = resolve(c, root, 'entity');
    const [that, via] = [c.fresh('n'), c.fresh('r')];
    const owned = project(c, 'Entity', that, selected(root, 'entity'));
    const reached = project(c, 'OwnsRelation', via, selected(root, 'via'));
    const outlets = anySelected(root.selection, 'independentOutlets', 'strength')
      ? outletCounts(c, 'hops', `${that}, hops`, c.view(root))
      : { pre: [], value: '[]' };
    const datasets = anySelected(root.selection, 'independentDatasets') ? datasetCounts(c, 'hops', `${that}, hops`) : { pre: [], value: '[]' };
    return [
      entity.clause,
      streamed(
        entity.v,
        [
          c.fragment('roots/subsidiaries', {
            vars: { entity: entity.v, that, via },
            params: {
              supports: c.param(root, 'supports', (args) => supportsOf(args.support)),
              view: c.view(root),
              limit: c.constant('relationsPerField', LIMITS.relationsPerField),
            },
            tokens: { MAX_DEPTH: String(depthOf(root.args)) },
          }),
          ...owned.pre,
          ...reached.pre,
          ...outlets.pre,
          ...datasets.pre,
        ],
        `{entity: ${owned.map}, depth: depth, via: ${reached.map}, outlets: ${outlets.value}, datasets: ${datasets.value}, shares: ${anySelected(root.selection, 'effectiveShare') ? shareList('hops') : '[]'}}`,
        { missing: missing(c, root, { entity: entity.v }) },
      ),
    ].join('\n');
  },
};

export const OWNERSHIP_ROOTS: Record<string, RootRule> = { ownershipChain: chain, subsidiaries };
