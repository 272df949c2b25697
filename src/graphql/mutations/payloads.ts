/** The success halves of the mutations' result unions: what was written, loaded as the read API shows it, and whether it was a replay. */
import { loadEntity, loadRelation, loadSources } from '../../data/loaders.js';
import type { Context } from '../../data/request.js';
import { CURRENT } from '../../data/view.js';
import type { EntityRecord, RelationRecord, SourceRecord } from '../../data/records.js';
import { builder } from '../builder.js';
import { ArticleRef, EntityRef, RelationRef, SourceRef } from '../refs.js';

const replayed = {
  description: 'True when this answers a retry under the same idempotency key: the first call wrote, this one wrote nothing.',
};

/** The relation a fact mutation names, as the read API loads it (retracted or not). */
export async function factRecord(ctx: Context, ref: { fact: string; from: string; to: string }): Promise<RelationRecord> {
  const record = await loadRelation(ctx, ref.fact, ref.from, ref.to);
  if (!record) throw new Error(`fact ${ref.fact} is not readable after it was written`);
  return record;
}

export async function entityRecordOf(ctx: Context, id: string): Promise<EntityRecord> {
  const record = await loadEntity(ctx, id);
  if (!record) throw new Error(`entity ${id} is not readable after it was written`);
  return record;
}

export async function citationRecord(ctx: Context, fact: string, id: string | undefined): Promise<SourceRecord | null> {
  // A retracted citation too: `retractCitation` answers with the one it retracted.
  return id ? ((await loadSources(ctx, fact, { ...CURRENT, retracted: true })).find((s) => s.id === id) ?? null) : null;
}

export interface FactPayload {
  fact: RelationRecord;
  created: boolean;
  replayed: boolean;
  citation: SourceRecord | null;
}
export const FactPayloadRef = builder.objectRef<FactPayload>('FactChanged').implement({
  description: 'A fact as a mutation left it (`assertFact`, `addCitation`, `retractFact`, `retractCitation`).',
  fields: (t) => ({
    fact: t.field({ type: RelationRef, description: 'The fact, as the read API shows it (a retracted one too).', resolve: (p) => p.fact }),
    created: t.boolean({
      description: 'True when the mutation created the fact (assertFact found no standing fact of this type between these ends).',
      resolve: (p) => p.created,
    }),
    citation: t.field({
      type: SourceRef,
      nullable: true,
      description: 'The citation added or retracted, where the mutation is about one.',
      resolve: (p) => p.citation,
    }),
    replayed: t.boolean({ ...replayed, resolve: (p) => p.replayed }),
  }),
});

export interface EntityPayload {
  entity: EntityRecord;
  created: boolean;
  replayed: boolean;
  merged: string | null;
}
export const EntityPayloadRef = builder.objectRef<EntityPayload>('EntityChanged').implement({
  description: 'An entity as a mutation left it (`upsertEntity`, `mergeEntities`).',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The entity (for a merge: the one kept).', resolve: (p) => p.entity }),
    created: t.boolean({ description: 'True when the mutation created it.', resolve: (p) => p.created }),
    merged: t.id({ nullable: true, description: 'For a merge: the id merged into `entity` (it keeps resolving to it).', resolve: (p) => p.merged }),
    replayed: t.boolean({ ...replayed, resolve: (p) => p.replayed }),
  }),
});

export interface ArticlePayload {
  article: EntityRecord;
  created: boolean;
  replayed: boolean;
  mentions: RelationRecord[];
}
export const ArticlePayloadRef = builder.objectRef<ArticlePayload>('ArticleAdded').implement({
  description: 'An article `addArticle` stored, with the mentions linked in its text.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, description: 'The article.', resolve: (p) => p.article }),
    created: t.boolean({ description: 'False when the same title and text were stored already (nothing was written).', resolve: (p) => p.created }),
    mentions: t.field({
      type: [RelationRef],
      description:
        'The MENTIONS edges mention linking wrote: every known name or alias found in the text (word-bounded, longest match first), with its evidence.',
      resolve: (p) => p.mentions,
    }),
    replayed: t.boolean({ ...replayed, resolve: (p) => p.replayed }),
  }),
});
