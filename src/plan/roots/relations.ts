/** Roots that answer relations: `relations` of one type, and `facts`. */
import { FACT_ORDERS, type FactOrder, factList, relationList } from '../../data/lists.js';
import { isRelationType } from '../../data/records.js';
import { FACT_RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType, supportsOf } from '../../ontology.js';
import { type Compiler, indent } from '../compiler.js';
import { project, subquery } from '../project.js';
import { below, fieldsNamed, type SelectedField } from '../selection.js';
import { connectionRoot, countLimit, countSelected, missing, pageOf, resolve, type RootRule, text } from './common.js';

/** The ids a `to` argument stands for (with `includeParts`, the bodies PART_OF it too), in a fresh variable. */
function targetsOf(c: Compiler, root: SelectedField, to: string): { clause: string; v: string } {
  const v = c.fresh('targets');
  return {
    clause: c.fragment('roots/targets', {
      vars: { to, that: v },
      params: { includeParts: c.param(root, 'includeParts', (args) => args.includeParts === true) },
    }),
    v,
  };
}

/** `relations`: one type, anchored at `from`, else at `to`'s targets, else read from the type's id index. */
const relations: RootRule = {
  shape: (args) => ({
    type: isRelationType(args.type) ? args.type : null,
    from: text(args.from) !== null,
    to: text(args.to) !== null,
    direction: pageOf(args, relationList(String(args.type))).direction,
  }),
  compile: (c, root) => {
    const type = isRelationType(root.args.type) ? root.args.type : 'OWNS';
    const bounds = relationList(type);
    const from = resolve(c, root, 'from');
    const to = resolve(c, root, 'to');
    const targets = targetsOf(c, root, to.v);
    const anchor = text(root.args.from) !== null ? 'from' : text(root.args.to) !== null ? 'to' : 'type';
    const fragment = { from: 'roots/relations-from', to: 'roots/relations-to', type: 'roots/relations-of-type' }[anchor];
    const countFragment = { from: 'roots/relations-from-count', to: 'roots/relations-to-count', type: 'roots/relations-count' }[anchor];
    const vars = { from: from.v, targets: targets.v };
    const tokens = { REL_TYPE: type };
    const supports = c.param(root, 'supports', (args) => supportsOf(args.support));
    const view = c.view(root);
    const page = (name: 'after' | 'before' | 'limit') =>
      c.param(root, name, (args) => {
        const p = pageOf(args, relationList(String(args.type)));
        return name === 'limit' ? p.limit : p[name][0];
      });
    const statement = connectionRoot(c, root, {
      nodeType: 'Relation',
      page: (that) =>
        c.fragment(fragment, {
          vars: { ...vars, that },
          params: { after: page('after'), before: page('before'), limit: page('limit'), supports, view },
          tokens,
          direction: pageOf(root.args, bounds).direction,
        }),
      key: (that) => `[${that}.id]`,
      count: (that) =>
        countSelected(root) ? c.fragment(countFragment, { vars: { ...vars, that }, params: { supports, view, countLimit: countLimit(c) }, tokens }) : null,
      imports: [from.v, targets.v],
      extra: { missing: missing(c, root, { from: from.v, to: to.v }) },
    });
    return [from.clause, to.clause, targets.clause, statement].join('\n');
  },
};

const orderOf = (v: unknown): FactOrder => FACT_ORDERS.find((o) => o === v) ?? 'ID';

/** The relation types `facts` lists: those asked for (allow-listed), else every fact type. */
const factTypes = (arg: unknown): RelationType[] => {
  const asked = Array.isArray(arg) ? [...new Set(arg.filter(isRelationType))].sort() : [];
  return asked.length ? asked : [...FACT_RELATION_TYPES];
};

/** Which index a `facts` page is read from: the most selective one its filters give. */
function anchorOf(args: Record<string, unknown>): 'from' | 'to' | 'articles' | 'dated' | 'type' {
  if (text(args.from) !== null) return 'from';
  if (text(args.to) !== null) return 'to';
  if (text(args.article) !== null || text(args.outlet) !== null) return 'articles';
  return text(args.since) !== null || text(args.until) !== null ? 'dated' : 'type';
}

/** Whether a source filter applies: a fact then needs one source meeting all of them. */
const bySource = (args: Record<string, unknown>) => [args.article, args.outlet, args.since, args.until].some((v) => text(v) !== null);

const facts: RootRule = {
  shape: (args) => {
    const order = orderOf(args.orderBy);
    const anchor = anchorOf(args);
    return { anchor, order, direction: pageOf(args, factList(order)).direction, types: anchor === 'type' ? factTypes(args.types) : null };
  },
  compile: (c, root) => {
    const order = orderOf(root.args.orderBy);
    const bounds = factList(order);
    const refs = { from: resolve(c, root, 'from'), to: resolve(c, root, 'to'), article: resolve(c, root, 'article'), outlet: resolve(c, root, 'outlet') };
    const targets = targetsOf(c, root, refs.to.v);
    const articles = c.fresh('articles');
    const page = (args: Record<string, unknown>) => pageOf(args, factList(orderOf(args.orderBy)));
    const params = {
      order: c.param(root, 'order', (args) => orderOf(args.orderBy)),
      afterKey: c.param(root, 'afterKey', (args) => page(args).after),
      beforeKey: c.param(root, 'beforeKey', (args) => page(args).before),
      limit: c.param(root, 'limit', (args) => page(args).limit),
      types: c.param(root, 'types', (args) => factTypes(args.types)),
      supports: c.param(root, 'supports', (args) => supportsOf(args.support)),
      view: c.view(root),
      topic: c.param(root, 'topic', (args) => text(args.topic)),
      bySource: c.param(root, 'bySource', bySource),
      since: c.param(root, 'since', (args) => text(args.since)),
      until: c.param(root, 'until', (args) => text(args.until)),
    };
    const vars = { from: refs.from.v, targets: targets.v, articles };
    const direction = pageOf(root.args, bounds).direction;
    const anchor = anchorOf(root.args);
    /** The anchor, binding the candidate relations as `that` (by type alone: a page's worth of each type, or every one of each to count). */
    const candidates = (that: string, counting = false) =>
      anchor === 'type'
        ? [
            'CALL () {',
            ...indent(
              factTypes(root.args.types)
                .filter((t) => RELATION_TYPE_NAMES.includes(t))
                .map((type) =>
                  c.fragment(counting ? 'roots/facts-type-count' : 'roots/facts-type', { vars: { that }, params, tokens: { REL_TYPE: type }, direction }),
                )
                .join('\nUNION ALL\n')
                .split('\n'),
            ),
            '}',
          ].join('\n')
        : c.fragment(`roots/facts-${anchor}`, { vars: { ...vars, that }, params });
    const filtered = (that: string) => c.fragment('roots/facts-filter', { vars: { ...vars, that }, params });
    const edgeSources = below([root], 'edges', 'sources');
    // The view the edges' sources are read in: that of the (first) `sources` field, its own arguments over the root's.
    const sourcesField = fieldsNamed(root.selection, 'edges').flatMap((e) => fieldsNamed(e.selection, 'sources'))[0];
    const statement = connectionRoot(c, root, {
      nodeType: 'Relation',
      page: (that) => [candidates(that), filtered(that), c.fragment('roots/facts-key', { vars: { that }, params, direction })].join('\n'),
      key: () => 'key',
      count: (that) => (countSelected(root) ? [candidates(that, true), filtered(that), `WITH ${that} LIMIT ${countLimit(c)}`].join('\n') : null),
      imports: [refs.from.v, targets.v, articles],
      row: (that): { pre: string[]; entries: Record<string, string> } => {
        if (!edgeSources) return { pre: [], entries: {} };
        // The sources that met the source filters (all of them when there are none).
        const s = c.fresh('s');
        const source = project(c, 'Source', s, edgeSources);
        const sourceView = sourcesField ? c.view(sourcesField) : params.view;
        const fragment = bySource(root.args)
          ? c.fragment('roots/facts-matching-sources', { vars: { this: that, that: s, articles }, params: { ...params, view: sourceView } })
          : c.fragment('relation/sources', { vars: { this: that, that: s }, params: { view: sourceView } });
        const sources = subquery(c, `${that}, ${articles}`, [fragment, ...source.pre], `collect(${source.map})`);
        return { pre: sources.pre, entries: { sources: sources.value } };
      },
      extra: {
        missing: missing(c, root, { from: refs.from.v, to: refs.to.v, article: refs.article.v, outlet: refs.outlet.v }),
        kinds: `{article: ${refs.article.v}.kind, outlet: ${refs.outlet.v}.kind}`,
        ids: `{article: ${refs.article.v}.id, outlet: ${refs.outlet.v}.id}`,
      },
    });
    return [
      ...Object.values(refs).map((r) => r.clause),
      targets.clause,
      c.fragment('roots/facts-articles-of', { vars: { article: refs.article.v, outlet: refs.outlet.v, that: articles } }),
      statement,
    ].join('\n');
  },
};

export const RELATION_ROOTS: Record<string, RootRule> = { relations, facts };
