/** `upsertEntity` and `mergeEntities` (admin), and `addArticle`: entities and articles, each one transaction through the write path. */
import { addArticle } from '../../store/curation/articles.js';
import { mergeEntities, upsertEntity } from '../../store/curation/entities.js';
import * as Z from '../../store/curation/inputs.js';
import { builder } from '../builder.js';
import { AddArticleInput, MergeEntitiesInput, UpsertEntityInput } from './inputs.js';
import { ArticlePayloadRef, EntityPayloadRef, entityRecordOf, factRecord } from './payloads.js';
import { curatedMutation, mutationErrors } from './results.js';

builder.mutationField('upsertEntity', (t) =>
  t.field({
    type: EntityPayloadRef,
    description:
      'Creates or updates an entity (role editor): the one with `id`, else the one of this kind named `name`, else a new one, which needs a description and at least one citation. Updates set the fields given and add the citations; version + 1.',
    errors: mutationErrors('UpsertEntity'),
    args: { input: t.arg({ type: UpsertEntityInput, required: true, description: 'The entity.', validate: { schema: Z.UpsertEntityInput } }) },
    resolve: async (_root, args, ctx) => {
      const { result, replayed } = await curatedMutation(ctx, 'upsertEntity', Z.UpsertEntityInput.parse(args.input), upsertEntity);
      return { entity: await entityRecordOf(ctx, result.entity), created: result.created && !replayed, replayed, merged: null };
    },
  }),
);

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: EntityPayloadRef,
    description:
      "Merges one entity into another of the same kind (role admin): relations, evidence, names and aliases move to `keep`, and `merge`'s id keeps resolving to it. A relation between the two is dropped (recorded in the history).",
    errors: mutationErrors('MergeEntities'),
    args: { input: t.arg({ type: MergeEntitiesInput, required: true, description: 'The two entities and why.', validate: { schema: Z.MergeEntitiesInput } }) },
    resolve: async (_root, args, ctx) => {
      const { result, replayed } = await curatedMutation(ctx, 'mergeEntities', Z.MergeEntitiesInput.parse(args.input), mergeEntities);
      return { entity: await entityRecordOf(ctx, result.entity), created: false, replayed, merged: result.merged };
    },
  }),
);

builder.mutationField('addArticle', (t) =>
  t.field({
    type: ArticlePayloadRef,
    description:
      'Stores an article (role editor): its text (at most MAX_ARTICLE_CHARS characters) and its SHA-256, and a MENTIONS edge, with its evidence, to every entity whose name or alias the text writes (found through the name index, word-bounded, longest match first; a name of several entities is left unlinked). Citations can then quote it.',
    errors: mutationErrors('AddArticle'),
    args: { input: t.arg({ type: AddArticleInput, required: true, description: 'The article.', validate: { schema: Z.AddArticleInput } }) },
    resolve: async (_root, args, ctx) => {
      const { result, replayed } = await curatedMutation(ctx, 'addArticle', Z.AddArticleInput.parse(args.input), (run, clock, actor, input) =>
        addArticle(run, clock, actor, input, ctx.maxArticleChars),
      );
      return {
        article: await entityRecordOf(ctx, result.article),
        created: result.created && !replayed,
        replayed,
        mentions: await Promise.all(result.mentions.map((m) => factRecord(ctx, { fact: m.id, from: result.article, to: m.entity }))),
      };
    },
  }),
);
