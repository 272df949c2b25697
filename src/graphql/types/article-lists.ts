/**
 * Lists of articles, shared by entities and relations: the one article connection type (`articles`,
 * `Entity.mentionedIn`, `reportedBy`), and `reportedBy` itself.
 */
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { LIMITS } from '../../bounds.js';
import { ARTICLE_LIST, REPORTED_BY_LIST, reportingKey } from '../../data/lists.js';
import { countReportedBy, type ListedArticle, listedArticle, loadReportedBy } from '../../data/loaders.js';
import { keysetConnection, type keysetPage, pageOf } from '../../data/paging.js';
import type { EntityRecord } from '../../data/records.js';
import { planned, plannedPage } from '../../plan/index.js';
import { builder, type FieldsOf } from '../builder.js';
import { counted, countFields } from '../connections.js';
import { ArticleRef } from '../refs.js';

/** The one connection type of article lists (`articles`, `Entity.mentionedIn`, `reportedBy`). */
export const ArticleConnection = builder.connectionObject(
  {
    type: ArticleRef,
    name: 'ArticleConnection',
    description: 'One page of a list of articles, with the size of the whole list.',
    fields: (c) => countFields(c, 'articles'),
  },
  { name: 'ArticleEdge', description: 'One article of the page, with its cursor.' },
);

/** A page of listed articles as an article connection, with its lazy count. */
export async function articleConnection(
  args: DefaultConnectionArguments,
  rows: (page: ReturnType<typeof keysetPage>) => ListedArticle[] | Promise<ListedArticle[]>,
  count: () => number | Promise<number>,
  bounds = ARTICLE_LIST,
) {
  const page = await keysetConnection(args, (r: ListedArticle) => r.key, bounds, rows);
  return counted({ ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.article })) }, count);
}

/**
 * `reportedBy` of an entity or a relation: the distinct articles its sources are REPORTED_BY. `derived` is set
 * for a fact with no sources of its own (a MENTIONS edge, reported by the article it starts at).
 */
export const reportedByField = <P extends { planned?: EntityRecord['planned'] }>(
  t: FieldsOf<P, 'Interface'>,
  fact: (parent: P) => { id: string; derived?: EntityRecord },
) =>
  t.connection(
    {
      type: ArticleRef,
      description: `The articles that reported this: the distinct articles its sources are REPORTED_BY (one hop from each source), newest first (undated last, ties by id), with \`totalCount\`. At most ${LIMITS.pageSize} per page, both ways (first/after, last/before); batched across facts asking for the same page.`,
      resolve: async (parent, args, ctx, info) => {
        const { id, derived } = fact(parent);
        const plan = await planned(parent, info, plannedPage(listedArticle), () => null);
        return articleConnection(
          args,
          (p) => plan?.rows ?? (derived ? pageOf([{ article: derived, key: reportingKey(derived) }], (r) => r.key, p) : loadReportedBy(ctx, id, p)),
          () => plan?.count ?? (derived ? 1 : countReportedBy(ctx, id)),
          REPORTED_BY_LIST,
        );
      },
    },
    ArticleConnection,
  );
