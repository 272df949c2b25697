/** Full-text search over names and aliases through Neo4j's full-text index. */
import { cypher } from '../../db/cypher.js';
import { builder } from '../builder.js';
import { BadUserInputError } from '../errors.js';
import { LIMITS, range } from '../limits.js';
import type { EntityRecord } from '../records.js';
import { EntityRef, formerName, KindEnum } from '../refs.js';

const FULLTEXT = cypher('search/fulltext');

interface SearchHit {
  entity: EntityRecord;
  score: number;
}

/**
 * Words → a Lucene query. Each word is escaped (user input never reaches Lucene syntax) and matches
 * as a whole word, a prefix ("tele" → Telegram) or, from five letters on, with one typo.
 */
export function toLuceneQuery(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `(${w}^3 OR ${w}*${w.length >= 5 ? ` OR ${w}~1` : ''})`).join(' AND ');
}

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
        validate: { maxLength: [200, { message: 'must be at most 200 characters' }] },
      }),
      kinds: t.arg({ type: [KindEnum], description: 'Only entities of these kinds.' }),
      limit: t.arg.int({ defaultValue: 10, description: `How many hits at most: 1-${LIMITS.searchHits}, default 10.`, validate: range(1, LIMITS.searchHits) }),
      first: t.arg.int({ description: 'Former name of `limit`.', deprecationReason: formerName('limit'), validate: range(1, LIMITS.searchHits) }),
    },
    resolve: async (_r, args, ctx) => {
      const query = toLuceneQuery(args.query);
      if (!query) throw new BadUserInputError('Argument "query" holds no word to search for', 'query');
      const limit = args.first ?? args.limit ?? 10;
      const kinds = args.kinds?.length ? args.kinds : null;
      const rows = await ctx.db.read(FULLTEXT, { query, kinds, limit, fetch: kinds ? 1000 : limit });
      return rows.map((r) => ({ entity: r.entity as EntityRecord, score: r.score as number }));
    },
  }),
);
