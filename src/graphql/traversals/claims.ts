/**
 * Claims: what the articles say about an entity, grouped by the question each fact answers, so that
 * claims that disagree (the law "enacted on June 30" / "signed on the night of July 1") stand side by
 * side. One planned statement: the facts, what is selected of them, and the articles and dates behind each.
 */
import { isMap, relationRecord, type RelationRecord, str, strings } from '../../data/records.js';
import { runPlan, streamedRows } from '../../plan/index.js';
import { builder } from '../builder.js';
import { RelationRef, supportArg } from '../refs.js';
import { MAX_CLAIMS } from '../../plan/roots/text.js';
import { notFound } from '../../errors.js';

interface Claim {
  relation: RelationRecord;
  /** The articles behind its sources, and the dates they give (when a group's counts are selected). */
  articles: string[];
  dates: string[];
}

interface ClaimGroup {
  topic: string;
  explicit: boolean;
  claims: Claim[];
}

const ClaimGroupRef = builder.objectRef<ClaimGroup>('ClaimGroup').implement({
  description: 'Facts that answer the same question about an entity, each with its own sources.',
  fields: (t) => ({
    topic: t.string({
      description:
        'The question the facts answer: a topic key the data names (e.g. "nsl-enactment-date"), or else the relation type and direction ("HOLDS_ROLE (outgoing)").',
      resolve: (g) => g.topic,
    }),
    claims: t.field({ type: [RelationRef], description: 'The facts, each with its sources.', resolve: (g) => g.claims.map((c) => c.relation) }),
    articleCount: t.int({
      description: 'How many distinct articles back this group.',
      resolve: (g) => new Set(g.claims.flatMap((c) => c.articles)).size,
    }),
    alternatives: t.boolean({
      description:
        'True when the data marks these facts as alternative answers to one question (a shared topic) and they actually differ: in their type, their ends, or the dates their sources give. Read them side by side.',
      resolve: (g) => disagree(g),
    }),
  }),
});

/** Whether alternative claims actually differ: by what they say (type, ends) or by the dates their sources give. */
function disagree(g: ClaimGroup): boolean {
  if (!g.explicit || g.claims.length < 2) return false;
  const shapes = new Set(g.claims.map(({ relation: r }) => `${r.type} ${r.from.id} ${r.to.id}`));
  return shapes.size > 1 || new Set(g.claims.flatMap((c) => c.dates)).size > 1;
}

builder.queryField('claims', (t) =>
  t.field({
    nullable: true,
    type: [ClaimGroupRef],
    description: `Everything the articles claim about an entity (at most ${MAX_CLAIMS} facts), grouped by topic; groups of alternative claims first.`,
    args: { entity: t.arg.string({ required: true, description: 'The entity: id, name or alias.' }), support: supportArg(t) },
    resolve: async (_r, args, ctx, info) => {
      const { items, head } = streamedRows(await runPlan(ctx, info));
      const error = notFound(strings(head.missing), { entity: args.entity });
      if (error) throw error;
      const id = str(head.entity);
      const groups = new Map<string, ClaimGroup>();
      for (const row of items.filter(isMap)) {
        const relation = relationRecord(row.relation);
        if (!relation) continue;
        const explicit = str(row.topic) ?? str(row.otherTopic);
        const topic = explicit ?? `${relation.type} (${str(row.start) === id ? 'outgoing' : 'incoming'})`;
        const group = groups.get(topic) ?? { topic, explicit: explicit !== null, claims: [] };
        group.claims.push({ relation, articles: strings(row.articles), dates: strings(row.dates) });
        groups.set(topic, group);
      }
      return [...groups.values()].sort(
        (a, b) => Number(b.explicit && b.claims.length > 1) - Number(a.explicit && a.claims.length > 1) || a.topic.localeCompare(b.topic),
      );
    },
  }),
);
