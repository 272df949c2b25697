/**
 * Claims: what the articles say about an entity, grouped by the question each fact answers, so that
 * claims that disagree (the law "enacted on June 30" / "signed on the night of July 1") stand side by side.
 */
import { cypher } from '../../db/cypher.js';
import { builder } from '../builder.js';
import { resolveRef } from '../loaders.js';
import { toRelation, type RawRelation, type RelationRecord } from '../records.js';
import { RelationRef } from '../refs.js';

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
    topic: t.string({ description: 'The question the facts answer: a topic key the data names (e.g. "nsl-enactment-date"), or else the relation type and direction ("HOLDS_ROLE (outgoing)").', resolve: (g) => g.topic }),
    claims: t.field({ type: [RelationRef], description: 'The facts, each with its sources.', resolve: (g) => g.claims }),
    articleCount: t.int({ description: 'How many distinct articles back this group.', resolve: (g) => new Set(g.claims.flatMap((c) => c.sources.map((s) => s.article))).size }),
    alternatives: t.boolean({
      description: 'True when the data marks these facts as alternative claims on one topic (they may disagree; read them side by side).',
      resolve: (g) => g.explicit && g.claims.length > 1,
    }),
  }),
});

builder.queryField('claims', (t) =>
  t.field({
    type: [ClaimGroupRef],
    description: `Everything the articles claim about an entity (at most ${MAX_CLAIMS} facts), grouped by topic; groups of alternative claims first.`,
    args: { entity: t.arg.string({ required: true, description: 'The entity: id, name or alias.' }) },
    resolve: async (_r, args, ctx) => {
      const id = await resolveRef(ctx, args.entity);
      const rows = await ctx.db.read(ABOUT, { id, limit: MAX_CLAIMS });
      const groups = new Map<string, ClaimGroup>();
      for (const row of rows) {
        const claim = toRelation(row.relation as RawRelation, id);
        const explicit = (claim.props.topic as string | undefined) ?? (row.otherTopic as string | null) ?? null;
        const topic = explicit ?? `${claim.type} (${claim.from.id === id ? 'outgoing' : 'incoming'})`;
        const group = groups.get(topic) ?? { topic, explicit: explicit !== null, claims: [] };
        group.claims.push(claim);
        groups.set(topic, group);
      }
      return [...groups.values()].sort((a, b) => Number(b.explicit && b.claims.length > 1) - Number(a.explicit && a.claims.length > 1) || a.topic.localeCompare(b.topic));
    },
  }),
);
