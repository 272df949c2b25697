/** The timeline: dated events, statements and relations in date order, with their sources. */
import { cypher } from '../../db/cypher.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { LIMITS, range } from '../limits.js';
import { loadRelations, resolveRef } from '../loaders.js';
import { toRelation, type EntityRecord, type RawRelation, type RelationRecord, type SourceRecord } from '../records.js';
import { EntityRef, RelationRef, SourceRef } from '../refs.js';

const ITEMS = cypher('timeline/items');

interface TimelineItem {
  date: string;
  entity: EntityRecord | null;
  relation: RelationRecord | null;
}

const dated = (i: TimelineItem) => (i.relation?.props ?? i.entity ?? {}) as Record<string, unknown>;

async function itemSources(ctx: Context, i: TimelineItem): Promise<SourceRecord[]> {
  if (i.relation) return i.relation.sources;
  return (await loadRelations(ctx, i.entity!.id, ['REPORTED_BY'], 'OUT')).flatMap((r) => r.sources);
}

const TimelineItemRef = builder.objectRef<TimelineItem>('TimelineItem').implement({
  description: 'One dated fact: an event, a statement, or a relation with a date.',
  fields: (t) => ({
    date: t.field({ type: 'Date', description: 'When (ISO).', resolve: (i) => i.date }),
    dateText: t.string({ nullable: true, description: 'The date as the article words it.', resolve: (i) => (dated(i).dateText as string | undefined) ?? null }),
    dateResolved: t.boolean({ description: 'True when the date was resolved from a relative phrase ("on Monday") against the article date.', resolve: (i) => dated(i).dateResolvedFrom != null }),
    dateResolvedFrom: t.string({ nullable: true, description: 'The relative phrase the date was resolved from.', resolve: (i) => (dated(i).dateResolvedFrom as string | undefined) ?? null }),
    dateAnchor: t.field({ type: 'Date', nullable: true, description: 'The article date it was resolved against.', resolve: (i) => (dated(i).dateAnchor as string | undefined) ?? null }),
    summary: t.string({
      description: 'A one-line label: the event or statement name, or "from TYPE to" for a relation.',
      resolve: (i) => (i.relation ? `${i.relation.from.name} ${i.relation.type} ${i.relation.to.name}` : i.entity!.name),
    }),
    entity: t.field({ type: EntityRef, nullable: true, description: 'The event or statement, when the item is one.', resolve: (i) => i.entity }),
    relation: t.field({ type: RelationRef, nullable: true, description: 'The relation, when the item is one.', resolve: (i) => i.relation }),
    sources: t.field({ type: [SourceRef], description: 'Articles reporting it, with exact excerpts.', resolve: (i, _a, ctx) => itemSources(ctx, i) }),
  }),
});

builder.queryField('timeline', (t) =>
  t.field({
    type: [TimelineItemRef],
    description: `Dated events, statements and relations in date order (oldest first), for one entity or for the whole graph, optionally within a date range; at most ${LIMITS.timelineItems} items.`,
    args: {
      entity: t.arg.string({ description: 'Only facts touching this entity (id, name or alias); default: all.' }),
      since: t.arg({ type: 'Date', description: 'Only facts dated on or after this day.' }),
      until: t.arg({ type: 'Date', description: 'Only facts dated on or before this day.' }),
      first: t.arg.int({ defaultValue: 50, description: `How many items at most: 1-${LIMITS.timelineItems}, default 50.`, validate: range(1, LIMITS.timelineItems) }),
    },
    resolve: async (_r, args, ctx) => {
      if (args.since && args.until && args.since > args.until) throw new BadUserInputError('Argument "since" is after "until"', 'since');
      const entity = args.entity ? await resolveRef(ctx, args.entity) : null;
      const rows = await ctx.db.read(ITEMS, { entity, since: args.since ?? null, until: args.until ?? null, limit: args.first ?? 50 });
      return rows.map((r) => ({ date: r.date as string, entity: (r.entity as EntityRecord | null) ?? null, relation: r.relation ? toRelation(r.relation as RawRelation) : null }));
    },
  }),
);
