/** Roots that answer entities and articles: lookups by id, name or alias, and the entity and article lists. */
import { ARTICLE_LIST, articleDates, articlePageParams, ENTITY_LIST } from '../../data/lists.js';
import { project } from '../project.js';
import { connectionRoot, countLimit, countSelected, EMPTY, missing, oneEntity, pageOf, resolve, type RootRule, text } from './common.js';

const byId = oneEntity((c, root, that) => c.fragment('roots/entity', { vars: { that }, params: { id: c.param(root, 'id', (args) => String(args.id)) } }));

const entities: RootRule = {
  shape: (args) => ({ kind: args.kind != null, bounded: args.before != null, direction: pageOf(args, ENTITY_LIST).direction }),
  compile: (c, root) => {
    const ofKind = root.args.kind != null;
    const page = (name: 'afterName' | 'afterId' | 'beforeName' | 'beforeId' | 'limit') =>
      c.param(root, name, (args) => {
        const p = pageOf(args, ENTITY_LIST);
        return { afterName: p.after[0], afterId: p.after[1], beforeName: p.before[0], beforeId: p.before[1], limit: p.limit }[name];
      });
    const kind = c.param(root, 'kind', (args) => args.kind ?? null);
    const fragment = ofKind ? 'roots/entities-of-kind' : 'roots/entities';
    return connectionRoot(c, root, {
      nodeType: 'Entity',
      page: (that) =>
        c.fragment(fragment, {
          vars: { that },
          params: {
            kind,
            afterName: page('afterName'),
            afterId: page('afterId'),
            beforeName: page('beforeName'),
            beforeId: page('beforeId'),
            limit: page('limit'),
          },
          direction: pageOf(root.args, ENTITY_LIST).direction,
          drop: root.args.before != null ? [] : ['beforeName'],
        }),
      key: (that) => `[${that}.sortName, ${that}.id]`,
      count: (that) =>
        countSelected(root)
          ? c.fragment(ofKind ? 'roots/entities-count-of-kind' : 'roots/entities-count', { vars: { that }, params: { kind, countLimit: countLimit(c) } })
          : null,
    });
  },
};

/** `articles`: anchored at the entity they mention or the outlet that published them, else read from the date index. */
const articles: RootRule = {
  shape: (args) => ({ mentioning: text(args.mentioning) !== null, outlet: text(args.outlet) !== null, direction: pageOf(args, ARTICLE_LIST).direction }),
  compile: (c, root) => {
    const mentioned = resolve(c, root, 'mentioning');
    const outlet = resolve(c, root, 'outlet');
    const byMention = text(root.args.mentioning) !== null;
    const byOutlet = text(root.args.outlet) !== null;
    const dates = (args: Record<string, unknown>) => articleDates(text(args.since), text(args.until));
    const page = (name: keyof ReturnType<typeof articlePageParams>) =>
      c.param(root, name, (args) => articlePageParams(pageOf(args, ARTICLE_LIST), text(args.since), text(args.until))[name]);
    const params = {
      low: page('low'),
      high: page('high'),
      afterDate: page('afterDate'),
      afterId: page('afterId'),
      beforeDate: page('beforeDate'),
      beforeId: page('beforeId'),
      limit: page('limit'),
      byOutlet: c.param(root, 'byOutlet', (args) => text(args.mentioning) !== null && text(args.outlet) !== null),
    };
    const anchored = byMention || byOutlet;
    const vars = { anchor: byMention ? mentioned.v : outlet.v, outlet: outlet.v };
    const tokens = { VIA: byMention ? 'MENTIONS' : 'PUBLISHED_BY' };
    const countParams = {
      low: c.param(root, 'countLow', (args) => dates(args).low),
      high: c.param(root, 'countHigh', (args) => dates(args).high),
      byOutlet: params.byOutlet,
      countLimit: countLimit(c),
    };
    const statement = connectionRoot(c, root, {
      nodeType: 'Article',
      page: (that) =>
        c.fragment(anchored ? 'roots/articles-of' : 'roots/articles', {
          vars: { ...vars, that },
          params,
          tokens,
          direction: pageOf(root.args, ARTICLE_LIST).direction,
        }),
      key: (that) => `[toString(${that}.date), ${that}.id]`,
      count: (that) =>
        countSelected(root)
          ? c.fragment(anchored ? 'roots/articles-of-count' : 'roots/articles-count', { vars: { ...vars, that }, params: countParams, tokens })
          : null,
      imports: [mentioned.v, outlet.v],
      extra: { missing: missing(c, root, { mentioning: mentioned.v, outlet: outlet.v }) },
    });
    return [mentioned.clause, outlet.clause, statement].join('\n');
  },
};

/** Entities listed at most as the candidates of an ambiguous identifier. */
export const AMBIGUOUS_CANDIDATES = 20;

/**
 * `lookup`: the entity a reference resolves to (as every reference argument resolves, roots/resolve),
 * and, for an identifier several entities hold (which resolves to none), their ids (`ambiguous`).
 */
const lookup: RootRule = {
  compile: (c, root) => {
    const found = resolve(c, root, 'ref');
    const [that, ids] = [c.fresh('n'), c.fresh('ids')];
    const projection = project(c, root.type, that, root.selection ?? EMPTY);
    const holders = c.fragment('roots/identified', {
      vars: { that: ids },
      params: { text: c.param(root, 'refText', (args) => text(args.ref)), limit: c.constant('ambiguousCandidates', AMBIGUOUS_CANDIDATES) },
    });
    return [found.clause, `WITH ${found.v} AS ${that}`, ...projection.pre, holders, `RETURN {entity: ${projection.map}, ambiguous: ${ids}} AS root`].join('\n');
  },
};

export const ENTITY_ROOTS: Record<string, RootRule> = {
  lookup,
  entity: byId,
  node: byId,
  nodes: {
    compile: (c, root) => {
      const that = c.fresh('n');
      const projection = project(c, root.type, that, root.selection ?? EMPTY);
      const ids = c.param(root, 'ids', (args) => (Array.isArray(args.ids) ? args.ids.map(String) : []));
      return [c.fragment('roots/nodes', { vars: { that }, params: { ids } }), ...projection.pre, `RETURN {item: ${projection.map}} AS root`].join('\n');
    },
  },
  entities,
  articles,
};
