/**
 * Relations (edges) and their provenance. Every relation exposes its own properties and its sources:
 * the article (title, outlet, date) and the exact excerpt that states it.
 */
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { cypher } from '../../db/cypher.js';
import { builder } from '../builder.js';
import { pageArgs } from '../paging.js';
import { loadEntity, resolveRef } from '../loaders.js';
import { LIMITS } from '../limits.js';
import { toRelation, type RawRelation, type RelationRecord } from '../records.js';
import { EntityRef, RelationRef, RelationTypeEnum, SourceRef } from '../refs.js';
import { ArticleRef } from './entity.js';

const LIST = cypher('relations/list');

SourceRef.implement({
  description: 'Where a fact comes from: the article that reported it and the exact words it used.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      description: 'The article that reported the fact (title, outlet, date).',
      resolve: async (s, _a, ctx) => s.record ?? (await loadEntity(ctx, s.article))!,
    }),
    excerpt: t.exposeString('excerpt', { description: 'An exact quote from the article (at most one or two sentences) stating the fact.' }),
  }),
});

const prop = <T>(r: RelationRecord, key: string) => (r.props[key] ?? null) as T | null;

RelationRef.implement({
  description: 'A typed, directed relation between two entities, with its properties and its sources.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id of the relation, e.g. "rel:owns:facebook:whatsapp".' }),
    type: t.field({ type: RelationTypeEnum, description: 'The relation type.', resolve: (r) => r.type }),
    from: t.field({ type: EntityRef, description: 'The entity the relation starts at (the owner in OWNS).', resolve: (r) => r.from }),
    to: t.field({ type: EntityRef, description: 'The entity the relation points to (the owned in OWNS).', resolve: (r) => r.to }),
    fromId: t.id({ description: 'Id of `from`, for graph views.', resolve: (r) => r.from.id }),
    toId: t.id({ description: 'Id of `to`, for graph views.', resolve: (r) => r.to.id }),
    other: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The far end, seen from the entity whose field listed this relation; null when listed without one.',
      resolve: (r) => (r.viewpoint === undefined ? null : r.viewpoint === r.from.id ? r.to : r.from),
    }),
    sources: t.field({ type: [SourceRef], description: 'The articles that report this relation, each with its exact excerpt. Never empty.', resolve: (r) => r.sources }),
    date: t.field({ type: 'Date', nullable: true, description: 'When it happened or took effect (ISO).', resolve: (r) => prop(r, 'date') }),
    dateText: t.string({ nullable: true, description: 'The date as the article words it ("last Wednesday").', resolve: (r) => prop(r, 'dateText') }),
    dateResolved: t.boolean({ description: 'True when `date` was resolved from a relative phrase against the article date.', resolve: (r) => prop(r, 'dateResolvedFrom') !== null }),
    dateResolvedFrom: t.string({ nullable: true, description: 'The relative phrase `date` was resolved from.', resolve: (r) => prop(r, 'dateResolvedFrom') }),
    dateAnchor: t.field({ type: 'Date', nullable: true, description: 'The article date the relative phrase was resolved against.', resolve: (r) => prop(r, 'dateAnchor') }),
    startDate: t.field({ type: 'Date', nullable: true, description: 'Start of the period the relation holds (since).', resolve: (r) => prop(r, 'startDate') }),
    endDate: t.field({ type: 'Date', nullable: true, description: 'End of the period the relation holds (until).', resolve: (r) => prop(r, 'endDate') }),
    status: t.string({ nullable: true, description: 'Status in the source\'s words ("paused", "refused", "exiting").', resolve: (r) => prop(r, 'status') }),
    reason: t.string({ nullable: true, description: 'Why, as the source puts it.', resolve: (r) => prop(r, 'reason') }),
    condition: t.string({ nullable: true, description: 'Until when or on what condition ("until an international consensus is reached").', resolve: (r) => prop(r, 'condition') }),
    title: t.string({ nullable: true, description: 'HOLDS_ROLE: the title held ("CEO", "head of marketing").', resolve: (r) => prop(r, 'title') }),
    role: t.string({ nullable: true, description: 'INVOLVES: how the entity takes part.', resolve: (r) => prop(r, 'role') }),
    description: t.string({ nullable: true, description: 'A note on the relation (what a power or penalty is).', resolve: (r) => prop(r, 'description') }),
    topic: t.string({ nullable: true, description: 'The question this fact answers; facts sharing a topic are alternative claims.', resolve: (r) => prop(r, 'topic') }),
    periodStart: t.field({ type: 'Date', nullable: true, description: 'Figures: first day of the period covered.', resolve: (r) => prop(r, 'periodStart') }),
    periodEnd: t.field({ type: 'Date', nullable: true, description: 'Figures: last day of the period covered.', resolve: (r) => prop(r, 'periodEnd') }),
    count: t.int({ nullable: true, description: 'Figures: number of requests (or other items) counted.', resolve: (r) => prop(r, 'count') }),
    accountCount: t.int({ nullable: true, description: 'Figures: number of accounts the requests specified.', resolve: (r) => prop(r, 'accountCount') }),
    percentProduced: t.float({ nullable: true, description: 'Figures: share of requests for which data was produced, in percent.', resolve: (r) => prop(r, 'percentProduced') }),
    amount: t.float({ nullable: true, description: 'Penalties: an amount of money.', resolve: (r) => prop(r, 'amount') }),
    currency: t.string({ nullable: true, description: 'Penalties: ISO currency code of `amount`.', resolve: (r) => prop(r, 'currency') }),
  }),
});

builder.queryFields((t) => ({
  relations: t.connection({
    type: RelationRef,
    description: `Relations of one type, optionally only those from and/or to given entities, e.g. everyone who paused requests from any Hong Kong body: relations(type: PAUSED_REQUESTS_FROM, to: "Hong Kong authorities", includeParts: true). Ordered by the names of their ends; at most ${LIMITS.pageSize} per page.`,
    args: {
      type: t.arg({ type: RelationTypeEnum, required: true, description: 'The relation type.' }),
      from: t.arg.string({ description: 'Only relations starting at this entity (id, name or alias).' }),
      to: t.arg.string({ description: 'Only relations ending at this entity (id, name or alias).' }),
      includeParts: t.arg.boolean({
        defaultValue: false,
        description: 'With `to`: also relations ending at any body PART_OF it, up to 3 levels down (e.g. the Hong Kong police as part of the Hong Kong authorities).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const from = args.from ? await resolveRef(ctx, args.from, 'from') : null;
      const to = args.to ? await resolveRef(ctx, args.to, 'to') : null;
      return resolveOffsetConnection(pageArgs(args), async ({ offset, limit }) => {
        const rows = await ctx.db.read(LIST, { type: args.type, from, to, includeParts: args.includeParts ?? false, offset, limit });
        return rows.map((r) => toRelation(r.relation as RawRelation));
      });
    },
  }),
}));
