/**
 * Search over every text the graph holds: article texts, evidence excerpts, statements' quoted words and
 * entity descriptions, each through its own Neo4j full-text index (cypher/migrations/003_text-search), in
 * one planned statement. Lucene ranks the hits; the snippet around the first match is cut here, from the
 * same terms (src/data/text-query.ts), so what is marked is what was searched for.
 */
import { entities, entityRecord, type EntityRecord, isMap, listOf, num, sourceRecord, type SourceRecord, str } from '../../data/records.js';
import { parseTextQuery, snippet, type Term, TEXT_FIELDS, TEXT_SEARCH, type TextField } from '../../data/text-query.js';
import { keysOf } from '../../ontology.js';
import { runPlan, streamedRows } from '../../plan/index.js';
import { builder } from '../builder.js';
import { range, EntityRef, SourceRef, ArticleRef } from '../refs.js';

interface TextHit {
  field: TextField;
  score: number;
  text: string;
  terms: Term[];
  article: EntityRecord | null;
  source: SourceRecord | null;
  entity: EntityRecord | null;
  concerns: EntityRecord[];
}

const TEXT_FIELD_NAMES = keysOf(TEXT_FIELDS);
const textField = (v: unknown): TextField | null => TEXT_FIELD_NAMES.find((f) => f === v) ?? null;

const textHit =
  (terms: Term[]) =>
  (v: unknown): TextHit | null => {
    const field = isMap(v) ? textField(v.field) : null;
    if (!isMap(v) || !field) return null;
    return {
      field,
      score: num(v.score),
      text: str(v.text) ?? '',
      terms,
      article: entityRecord(v.article),
      source: sourceRecord(v.source),
      entity: entityRecord(v.entity),
      concerns: entities(v.concerns),
    };
  };

const TextFieldEnum = builder.enumType('TextField', {
  description: 'A kind of text `textSearch` looks in.',
  values: Object.fromEntries(TEXT_FIELD_NAMES.map((f) => [f, { value: f, description: TEXT_FIELDS[f] }])),
});

const TextHitRef = builder.objectRef<TextHit>('TextHit').implement({
  description: 'A passage found by `textSearch`: where it matched, a marked snippet, the article it comes from and the entities it concerns.',
  fields: (t) => ({
    score: t.float({
      description:
        "Relevance from the field's full-text index; higher is better. Each field has its own index, so scores rank across fields only roughly; prefix-only queries score every hit alike.",
      resolve: (h) => h.score,
    }),
    field: t.field({ type: TextFieldEnum, description: 'The kind of text that matched.', resolve: (h) => h.field }),
    snippet: t.string({
      description: `At most ${TEXT_SEARCH.snippetChars} characters of the matched text around its first match, cut at spaces, with every matched word or phrase wrapped in « and » and "…" where text was cut; white space collapsed to single spaces.`,
      resolve: (h) => snippet(h.text, h.terms),
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description:
        "The article the text comes from (title, outlet, date): the article itself for ARTICLE_TEXT, the excerpt's article for EXCERPT, the article of the entity's first source for STATEMENT and DESCRIPTION (an article's own description: that article). Null when there is none.",
      resolve: (h) => h.article,
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description:
        "For EXCERPT: the source whose excerpt matched (the first, when one passage backs several facts; `concerns` lists all their entities). For STATEMENT and DESCRIPTION: the entity's first source. Null for ARTICLE_TEXT.",
      resolve: (h) => h.source,
    }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'For STATEMENT and DESCRIPTION: the entity whose text matched. Null otherwise.',
      resolve: (h) => h.entity,
    }),
    concerns: t.field({
      type: [EntityRef],
      description: `The entities the text is about, at most ${TEXT_SEARCH.concerns}: for EXCERPT the ends of the relations (or the entities) its sources back; for ARTICLE_TEXT the entities the article mentions, in name order; for STATEMENT who made it, to whom and what it is about (sourced facts only); for DESCRIPTION the entity itself.`,
      resolve: (h) => h.concerns,
    }),
  }),
});

builder.queryField('textSearch', (t) =>
  t.field({
    nullable: true,
    type: [TextHitRef],
    description: `Searches every text of the graph (article texts, evidence excerpts, statements' quoted words, entity descriptions) through full-text indexes, best first. Every word, prefix and phrase given must occur: "end-to-end encryption" in quotes is a phrase, encrypt* a prefix; case does not matter. Each hit has a marked snippet, the article it comes from and the entities it concerns. At most ${TEXT_SEARCH.hits} hits; for names and aliases use \`search\`.`,
    args: {
      query: t.arg.string({
        required: true,
        description: `What to look for, at most ${TEXT_SEARCH.queryChars} characters and ${TEXT_SEARCH.terms} words or phrases, all required: words, "quoted phrases" and prefixes ending in * (at least 2 characters before it). Punctuation separates words; no other search syntax applies.`,
        validate: { maxLength: [TEXT_SEARCH.queryChars, { message: `must be at most ${TEXT_SEARCH.queryChars} characters` }] },
      }),
      in: t.arg({ type: [TextFieldEnum], description: 'Only these kinds of text (default: all).' }),
      limit: t.arg.int({
        defaultValue: TEXT_SEARCH.defaultHits,
        description: `How many hits at most: 1-${TEXT_SEARCH.hits}, default ${TEXT_SEARCH.defaultHits}.`,
        validate: range(1, TEXT_SEARCH.hits),
      }),
    },
    resolve: async (_r, args, ctx, info) => {
      const terms = parseTextQuery(args.query);
      return listOf(textHit(terms))(streamedRows(await runPlan(ctx, info)).items);
    },
  }),
);
