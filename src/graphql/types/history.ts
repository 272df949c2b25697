/** `history(id)`: what curation changed of an entity or fact, newest first (src/data/curation.ts reads it). */
import { type HistoryRecord, historyPage } from '../../data/curation.js';
import { LIMITS } from '../../bounds.js';
import { builder } from '../builder.js';

const FieldChangeRef = builder.simpleObject('FieldChange', {
  description: 'One field as a change left it: its value before and after, each as JSON text (null: absent).',
  fields: (t) => ({
    field: t.string({ description: 'The field ("description", "citation", "retracted", "merged" …).' }),
    before: t.string({ nullable: true, description: 'Its value before, as JSON; null when it had none.' }),
    after: t.string({ nullable: true, description: 'Its value after, as JSON; null when it has none now.' }),
  }),
});

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

const HistoryEntryRef = builder.objectRef<HistoryRecord>('HistoryEntry').implement({
  description: 'One change of an entity or fact: who made which mutation, when and why, and what it changed.',
  fields: (t) => ({
    id: t.id({ description: 'Stable id of this change.', resolve: (h) => h.id }),
    target: t.id({ description: 'The entity or fact changed.', resolve: (h) => h.target }),
    operation: t.string({ description: 'The mutation ("assertFact", "retractFact", "mergeEntities" …).', resolve: (h) => h.operation }),
    operationId: t.id({ description: 'The mutation call: changes of several entities or facts made by one call share it.', resolve: (h) => h.operationId }),
    actor: t.string({ description: 'Who made it: the `sub` of the token that asked.', resolve: (h) => h.actor }),
    at: t.field({ type: 'DateTime', description: 'When it was committed (UTC).', resolve: (h) => h.at }),
    reason: t.string({ nullable: true, description: 'Why, where the mutation takes a reason (retractions, merges).', resolve: (h) => h.reason }),
    changes: t.field({
      type: [FieldChangeRef],
      description: 'What it changed, field by field.',
      resolve: (h) => h.changes.map((c) => ({ field: c.field, before: json(c.before), after: json(c.after) })),
    }),
  }),
});

builder.queryField('history', (t) =>
  t.connection({
    type: HistoryEntryRef,
    nullable: true,
    description: `What curation changed of an entity or a fact (a relation), newest first: each mutation that touched it, with who, when, why and what. Empty for what the seed graph holds and nobody changed since. At most ${LIMITS.pageSize} per page, both ways (first/after, last/before).`,
    args: { id: t.arg.id({ required: true, description: 'The entity or fact (relation) id.' }) },
    resolve: (_root, args, ctx) => historyPage(ctx, args.id, args),
  }),
);
