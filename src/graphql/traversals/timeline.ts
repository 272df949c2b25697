/**
 * The timeline: dated facts in date order, read from the evidence in one planned statement. Each source
 * may give its own date (sources disagree), so an item is a fact at a date one of its sources gives.
 */
import { viewArgs } from '../view-args.js';
import {
  entityRecord,
  type EntityRecord,
  isMap,
  listOf,
  relationRecord,
  type RelationRecord,
  type SourceRecord,
  sources,
  str,
  strings,
} from '../../data/records.js';
import { runPlan, streamedRows } from '../../plan/index.js';
import { builder } from '../builder.js';
import { BadUserInputError, notFound } from '../../errors.js';
import { LIMITS } from '../../bounds.js';
import { range, EntityRef, RelationRef, SourceRef, supportArg } from '../refs.js';

interface TimelineItem {
  date: string;
  summary: string;
  /** How the first source giving the date words it. */
  dateText: string | null;
  dateResolvedFrom: string | null;
  dateAnchor: string | null;
  entity: EntityRecord | null;
  relation: RelationRecord | null;
  sources: SourceRecord[];
}

const timelineItem = (v: unknown): TimelineItem | null => {
  const date = isMap(v) ? str(v.date) : null;
  if (!isMap(v) || date === null) return null;
  const dating = isMap(v.dating) ? v.dating : {};
  return {
    date,
    summary: str(v.summary) ?? '',
    dateText: str(dating.dateText),
    dateResolvedFrom: str(dating.dateResolvedFrom),
    dateAnchor: str(dating.dateAnchor),
    entity: entityRecord(v.entity),
    relation: relationRecord(v.relation),
    sources: sources(v.sources),
  };
};

const TimelineItemRef = builder.objectRef<TimelineItem>('TimelineItem').implement({
  description: 'One dated fact: an event, a statement, or a relation, at a date one of its sources gives.',
  fields: (t) => ({
    date: t.field({ type: 'Date', description: 'When (ISO), as given by `sources` (those whose `date` is this day).', resolve: (i) => i.date }),
    dateText: t.string({ nullable: true, description: 'The date as the first source giving it words it ("last Wednesday").', resolve: (i) => i.dateText }),
    dateResolved: t.boolean({
      description: 'True when the first source giving the date resolved it from a relative phrase.',
      resolve: (i) => i.dateResolvedFrom !== null,
    }),
    dateResolvedFrom: t.string({
      nullable: true,
      description: 'The relative phrase the date was resolved from, by the first source giving it.',
      resolve: (i) => i.dateResolvedFrom,
    }),
    dateAnchor: t.field({ type: 'Date', nullable: true, description: 'The day that phrase was resolved against.', resolve: (i) => i.dateAnchor }),
    summary: t.string({
      description: 'A one-line label: the event or statement name, or "from TYPE to" for a relation.',
      resolve: (i) => i.summary,
    }),
    entity: t.field({ type: EntityRef, nullable: true, description: 'The event or statement, when the item is one.', resolve: (i) => i.entity }),
    relation: t.field({ type: RelationRef, nullable: true, description: 'The relation, when the item is one.', resolve: (i) => i.relation }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources that give this date, each with its exact excerpt and how it words the date.',
      resolve: (i) => i.sources,
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
      ...viewArgs(t),
      limit: t.arg.int({
        defaultValue: LIMITS.defaultTimelineItems,
        description: `How many items at most: 1-${LIMITS.timelineItems}, default ${LIMITS.defaultTimelineItems}.`,
        validate: range(1, LIMITS.timelineItems),
      }),
    },
    resolve: async (_r, args, ctx, info) => {
      if (args.since && args.until && args.since > args.until) throw new BadUserInputError('Argument "since" is after "until"', 'since');
      const { items, head } = streamedRows(await runPlan(ctx, info));
      const error = notFound(strings(head.missing), { entity: args.entity });
      if (error) throw error;
      return listOf(timelineItem)(items);
    },
  }),
);
