/**
 * Claims: what the articles say about an entity, grouped by the question each fact answers, so that
 * claims that disagree (the law "enacted on June 30" / "signed on the night of July 1") stand side by side.
 */
import { cypher } from '../../db/cypher.js';
import { builder } from '../builder.js';
import { FACT_RELATION_TYPES, type Support } from '../../ontology.js';
import type { Context } from '../context.js';
import { loadSources, resolveRef } from '../loaders.js';
import { toRelation, type RawRelation, type RelationRecord } from '../records.js';
import { RelationRef, supportArg, supportsOf } from '../refs.js';

const ABOUT = cypher('claims/about');
const MAX_CLAIMS = 500;

interface ClaimGroup {
  topic: string;
  explicit: boolean;
  claims: RelationRecord[];
}

const ClaimGroupRef = builder.objectRef<ClaimGroup>('ClaimGroup').implement({
  description: 'Facts that answer the same question about an entity, each with its own sources.',
  fields: (t) => ({
    topic: t.string({
      description:
        'The question the facts answer: a topic key the data names (e.g. "nsl-enactment-date"), or else the relation type and direction ("HOLDS_ROLE (outgoing)").',
      resolve: (g) => g.topic,
    }),
    claims: t.field({ type: [RelationRef], description: 'The facts, each with its sources.', resolve: (g) => g.claims }),
    articleCount: t.int({
      description: 'How many distinct articles back this group.',
      resolve: async (g, _a, ctx) => new Set((await Promise.all(g.claims.map((c) => loadSources(ctx, c.id)))).flat().map((s) => s.article)).size,
    }),
    alternatives: t.boolean({
      description:
        'True when the data marks these facts as alternative answers to one question (a shared topic) and they actually differ: in their type, their ends, or the dates their sources give. Read them side by side.',
      resolve: (g, _a, ctx) => disagree(ctx, g),
    }),
  }),
});

/** Whether alternative claims actually differ: by what they say (type, ends) or by the dates their sources give. */
async function disagree(ctx: Context, g: ClaimGroup): Promise<boolean> {
  if (!g.explicit || g.claims.length < 2) return false;
  const shapes = new Set(g.claims.map((c) => `${c.type} ${c.from.id} ${c.to.id}`));
  if (shapes.size > 1) return true;
  const dates = new Set((await Promise.all(g.claims.map((c) => loadSources(ctx, c.id)))).flat().flatMap((s) => (s.date ? [String(s.date)] : [])));
  return dates.size > 1;
}

builder.queryField('claims', (t) =>
  t.field({
    nullable: true,
    type: [ClaimGroupRef],
    description: `Everything the articles claim about an entity (at most ${MAX_CLAIMS} facts), grouped by topic; groups of alternative claims first.`,
    args: { entity: t.arg.string({ required: true, description: 'The entity: id, name or alias.' }), support: supportArg(t) },
    resolve: async (_r, args, ctx) => {
      const id = await resolveRef(ctx, args.entity);
      const rows = await ctx.db.read(ABOUT, { id, limit: MAX_CLAIMS, types: FACT_RELATION_TYPES, supports: supportsOf(args.support as Support[] | null) });
      const groups = new Map<string, ClaimGroup>();
      for (const row of rows) {
        const claim = toRelation(row.relation as RawRelation);
        const explicit = (claim.props.topic as string | undefined) ?? (row.otherTopic as string | null) ?? null;
        const topic = explicit ?? `${claim.type} (${claim.from.id === id ? 'outgoing' : 'incoming'})`;
        const group = groups.get(topic) ?? { topic, explicit: explicit !== null, claims: [] };
        group.claims.push(claim);
        groups.set(topic, group);
      }
      return [...groups.values()].sort(
        (a, b) => Number(b.explicit && b.claims.length > 1) - Number(a.explicit && a.claims.length > 1) || a.topic.localeCompare(b.topic),
      );
    },
  }),
);
