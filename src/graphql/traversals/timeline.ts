/**
 * The timeline: dated facts in date order, read from the evidence. Each source may give its own date
 * (sources disagree), so an item is a fact at a date one of its sources gives.
 */
import { cypher } from '../../db/cypher.js';
import { FACT_RELATION_TYPES, type Support } from '../../ontology.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { LIMITS, range } from '../limits.js';
import { loadSources, resolveRef } from '../loaders.js';
import { toRelation, type EntityRecord, type RawRelation, type RelationRecord } from '../records.js';
import { EntityRef, formerName, RelationRef, SourceRef, supportArg, supportsOf } from '../refs.js';

const ALL = cypher('timeline/all');
const OF_ENTITY = cypher('timeline/of-entity');

interface TimelineItem {
  date: string;
  entity: EntityRecord | null;
  relation: RelationRecord | null;
}

const factId = (i: TimelineItem) => (i.relation?.id ?? i.entity?.id)!;

/** The sources of an item's fact that give the item's date, in their recorded order. */
const datingSources = async (ctx: Context, i: TimelineItem) => (await loadSources(ctx, factId(i))).filter((s) => String(s.date ?? '') === i.date);

/** A date field as the first source giving the item's date words it. */
const dating = (key: 'dateText' | 'dateResolvedFrom' | 'dateAnchor') => async (i: TimelineItem, _a: unknown, ctx: Context) =>
  ((await datingSources(ctx, i))[0]?.[key] as string | undefined) ?? null;

const TimelineItemRef = builder.objectRef<TimelineItem>('TimelineItem').implement({
  description: 'One dated fact: an event, a statement, or a relation, at a date one of its sources gives.',
  fields: (t) => ({
    date: t.field({ type: 'Date', description: 'When (ISO), as given by `sources` (those whose `date` is this day).', resolve: (i) => i.date }),
    dateText: t.string({ nullable: true, description: 'The date as the first source giving it words it ("last Wednesday").', resolve: dating('dateText') }),
    dateResolved: t.boolean({
      description: 'True when the first source giving the date resolved it from a relative phrase.',
      resolve: async (i, _a, ctx) => (await dating('dateResolvedFrom')(i, _a, ctx)) !== null,
    }),
    dateResolvedFrom: t.string({
      nullable: true,
      description: 'The relative phrase the date was resolved from, by the first source giving it.',
      resolve: dating('dateResolvedFrom'),
    }),
    dateAnchor: t.field({ type: 'Date', nullable: true, description: 'The day that phrase was resolved against.', resolve: dating('dateAnchor') }),
    summary: t.string({
      description: 'A one-line label: the event or statement name, or "from TYPE to" for a relation.',
      resolve: (i) => (i.relation ? `${i.relation.from.name} ${i.relation.type} ${i.relation.to.name}` : i.entity!.name),
    }),
    entity: t.field({ type: EntityRef, nullable: true, description: 'The event or statement, when the item is one.', resolve: (i) => i.entity }),
    relation: t.field({ type: RelationRef, nullable: true, description: 'The relation, when the item is one.', resolve: (i) => i.relation }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources that give this date, each with its exact excerpt and how it words the date.',
      resolve: (i, _a, ctx) => datingSources(ctx, i),
    }),
  }),
});

builder.queryField('timeline', (t) =>
  t.field({
    nullable: true,
    type: [TimelineItemRef],
    description: `Dated facts in date order (oldest first), for one entity or for the whole graph, optionally within a date range; read in date order from the evidence index; at most ${LIMITS.timelineItems} items.`,
    args: {
      entity: t.arg.string({
        description:
          "Only facts touching this entity (id, name or alias): its own dates, its relations', and those of events and statements linked to it; default: all.",
      }),
      since: t.arg({ type: 'Date', description: 'Only facts dated on or after this day.' }),
      until: t.arg({ type: 'Date', description: 'Only facts dated on or before this day.' }),
      support: supportArg(t),
      limit: t.arg.int({
        defaultValue: 50,
        description: `How many items at most: 1-${LIMITS.timelineItems}, default 50.`,
        validate: range(1, LIMITS.timelineItems),
      }),
      first: t.arg.int({ description: 'Former name of `limit`.', deprecationReason: formerName('limit'), validate: range(1, LIMITS.timelineItems) }),
    },
    resolve: async (_r, args, ctx) => {
      if (args.since && args.until && args.since > args.until) throw new BadUserInputError('Argument "since" is after "until"', 'since');
      const entity = args.entity ? await resolveRef(ctx, args.entity) : null;
      const params = {
        entity,
        types: FACT_RELATION_TYPES,
        since: args.since ?? null,
        until: args.until ?? null,
        supports: supportsOf(args.support as Support[] | null),
        limit: args.first ?? args.limit ?? 50,
      };
      const rows = await ctx.db.read(entity ? OF_ENTITY : ALL, params);
      return rows.map((r) => ({
        date: r.date as string,
        entity: (r.entity as EntityRecord | null) ?? null,
        relation: r.relation ? toRelation(r.relation as RawRelation) : null,
      }));
    },
  }),
);
