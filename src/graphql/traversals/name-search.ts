/** Full-text search over names and aliases through Neo4j's full-text index: one planned statement. */
import { entityRecord, type EntityRecord, isMap, listOf, num } from '../../data/records.js';
import { runPlan, streamedRows } from '../../plan/index.js';
import { toLuceneQuery } from '../../plan/roots/graph.js';
import { builder } from '../builder.js';
import { BadUserInputError } from '../../errors.js';
import { LIMITS } from '../../bounds.js';
import { range, EntityRef, KindEnum } from '../refs.js';

interface SearchHit {
  entity: EntityRecord;
  score: number;
}

const searchHit = (v: unknown): SearchHit | null => {
  const entity = isMap(v) ? entityRecord(v.entity) : null;
  return isMap(v) && entity ? { entity, score: num(v.score) } : null;
};

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A search result and its relevance.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The entity found.', resolve: (h) => h.entity }),
    score: t.float({ description: 'Relevance from the full-text index; higher is better.', resolve: (h) => h.score }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    nullable: true,
    type: [SearchHitRef],
    description: `Finds entities by name or alias, best first: case-insensitive, matching whole words, word prefixes ("tele") and small typos. At most ${LIMITS.searchHits} hits.`,
    args: {
      query: t.arg.string({
        required: true,
        description: 'Words to look for ("HK police", "whats").',
        validate: { maxLength: [LIMITS.searchQueryChars, { message: `must be at most ${LIMITS.searchQueryChars} characters` }] },
      }),
      kinds: t.arg({ type: [KindEnum], description: 'Only entities of these kinds.' }),
      limit: t.arg.int({
        defaultValue: LIMITS.defaultSearchHits,
        description: `How many hits at most: 1-${LIMITS.searchHits}, default ${LIMITS.defaultSearchHits}.`,
        validate: range(1, LIMITS.searchHits),
      }),
    },
    resolve: async (_r, args, ctx, info) => {
      if (!toLuceneQuery(args.query)) throw new BadUserInputError('Argument "query" holds no word to search for', 'query');
      return listOf(searchHit)(streamedRows(await runPlan(ctx, info)).items);
    },
  }),
);
