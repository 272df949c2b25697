/**
 * Search over every text the graph holds: article texts, evidence excerpts, statements' quoted words and
 * entity descriptions, each through its own Neo4j full-text index (cypher/migrations/003_text-search).
 * Lucene ranks the hits; the snippet around the first match is cut here, from the same terms, so what is
 * marked is what was searched for.
 */
import { cypher } from '../../db/cypher.js';
import { builder } from '../builder.js';
import { BadUserInputError } from '../errors.js';
import { LIMITS, range } from '../limits.js';
import { loadEntity } from '../loaders.js';
import type { EntityRecord, SourceRecord } from '../records.js';
import { EntityRef, formerName, SOURCED, SourceRef } from '../refs.js';
import { ArticleRef } from '../types/entity.js';

const QUERY = cypher('text-search/query');

/** Bounds of `textSearch`, stated in its descriptions. */
export const TEXT_SEARCH = {
  hits: LIMITS.searchHits,
  defaultHits: 10,
  queryChars: 200,
  /** Words, prefixes and phrases a query may combine. */
  terms: 8,
  /** Characters of text a snippet shows at most (plus its marks and "…"). */
  snippetChars: 240,
  /** Entities listed as what one hit concerns. */
  concerns: 10,
} as const;

const TEXT_FIELDS = {
  ARTICLE_TEXT: 'The full text of an article (Article.text).',
  EXCERPT: 'An evidence excerpt: the exact words of an article that back a fact (Source.excerpt).',
  STATEMENT: 'The quoted words of a statement (the `text` of a Statement entity).',
  DESCRIPTION: 'The one-sentence description of an entity (Entity.description), articles included.',
} as const;
type TextField = keyof typeof TEXT_FIELDS;
const TEXT_FIELD_NAMES = Object.keys(TEXT_FIELDS) as TextField[];

/** One thing every hit must contain: a word, a word prefix ("encrypt*") or a phrase ("end to end encryption"). */
export interface Term {
  words: string[];
  prefix: boolean;
}

/**
 * Words as the index's standard tokenizer sees them: letters and digits, joined by an apostrophe, full
 * stop or comma between two of them ("MediaNama’s", "13,000"). Anything else separates words, so no
 * Lucene syntax (quotes, colons, AND, wildcards, brackets) from the user ever reaches the query.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;

/**
 * Parses what a user typed: "quoted words" are a phrase, a bare word ending in `*` a prefix, a bare token
 * of several words ("end-to-end") a phrase of them, any other bare word a word. Every term must match.
 * Throws BAD_USER_INPUT (argument "query") for a query without words, a prefix of one character or
 * more than 8 terms.
 */
export function parseTextQuery(input: string): Term[] {
  const terms: Term[] = [];
  for (const [, quoted, bare] of input.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const words = (quoted ?? bare ?? '').toLowerCase().match(WORD) ?? [];
    if (words.length === 0) continue;
    const prefix = bare?.endsWith('*') === true && words.length === 1;
    if (prefix && words[0]!.length < 2)
      throw new BadUserInputError(`Argument "query": a prefix needs at least 2 characters before "*" (got "${bare}")`, 'query');
    terms.push({ words, prefix });
  }
  if (terms.length === 0) throw new BadUserInputError('Argument "query" holds no word to search for', 'query');
  if (terms.length > TEXT_SEARCH.terms)
    throw new BadUserInputError(`Argument "query" combines ${terms.length} words or phrases; at most ${TEXT_SEARCH.terms} are allowed`, 'query');
  return terms;
}

/** Terms → a Lucene query: all terms required; words carry no Lucene syntax (see WORD). */
export function toLuceneTextQuery(terms: readonly Term[]): string {
  return terms.map((t) => (t.words.length > 1 ? `"${t.words.join(' ')}"` : t.prefix ? `${t.words[0]}*` : t.words[0])).join(' AND ');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression finding a term in text as the index matched it: whole words, any case, any separators in a phrase. */
function termPattern(t: Term): RegExp {
  const body = t.words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${t.prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`, 'giu');
}

/**
 * At most `max` characters of `text` around the first match, cut at spaces, with every match inside
 * wrapped in « and » and "…" where text was cut; white space collapsed. With several terms, the first
 * match from which a window holds the most of them (a title naming one word should not hide the
 * passage with all of them). Without a match (the index's tokenizer can differ from this one in corner
 * cases) the text's beginning, unmarked.
 */
export function snippet(text: string, terms: readonly Term[], max: number = TEXT_SEARCH.snippetChars): string {
  const matches = terms
    .flatMap((t, term) => [...text.matchAll(termPattern(t))].map((m) => ({ term, start: m.index, end: m.index + m[0].length })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // From each match, the matches a window starting there holds: keep the first holding the most terms.
  const windows = matches.map((lead) => {
    const inside = matches.filter((m) => m.start >= lead.start && m.end <= lead.start + max);
    return { lead, terms: new Set(inside.map((m) => m.term)).size, end: Math.max(...inside.map((m) => m.end), lead.end) };
  });
  const best = windows.reduce<(typeof windows)[number] | undefined>((a, w) => (a && a.terms >= w.terms ? a : w), undefined);
  // Some context before the matches, a third of what the window has left.
  let from = best ? Math.max(0, best.lead.start - Math.floor(Math.max(0, max - (best.end - best.lead.start)) / 3)) : 0;
  let to = Math.min(text.length, from + max);
  from = Math.max(0, Math.min(from, to - max));
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && (!best || space < best.lead.start)) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= (best ? best.end : from + 1)) to = space;
  }
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const m of matches) {
    if (m.start < at || m.end > to) continue;
    out += `${text.slice(at, m.start)}«${text.slice(m.start, m.end)}»`;
    at = m.end;
  }
  out += text.slice(at, to) + (to < text.length ? '…' : '');
  return out.replace(/\s+/g, ' ').trim();
}

interface TextHit {
  field: TextField;
  score: number;
  text: string;
  terms: Term[];
  article: string | null;
  source: SourceRecord | null;
  entity: string | null;
  concerns: string[];
}

const TextFieldEnum = builder.enumType('TextField', {
  description: 'A kind of text `textSearch` looks in.',
  values: Object.fromEntries(TEXT_FIELD_NAMES.map((f) => [f, { value: f, description: TEXT_FIELDS[f] }])) as Record<
    TextField,
    { value: TextField; description: string }
  >,
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
      resolve: (h, _a, ctx) => (h.article ? loadEntity(ctx, h.article) : null),
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
      resolve: (h, _a, ctx) => (h.entity ? loadEntity(ctx, h.entity) : null),
    }),
    concerns: t.field({
      type: [EntityRef],
      description: `The entities the text is about, at most ${TEXT_SEARCH.concerns}: for EXCERPT the ends of the relations (or the entities) its sources back; for ARTICLE_TEXT the entities the article mentions, in name order; for STATEMENT who made it, to whom and what it is about (sourced facts only); for DESCRIPTION the entity itself.`,
      resolve: async (h, _a, ctx) => (await Promise.all(h.concerns.map((id) => loadEntity(ctx, id)))).filter((e): e is EntityRecord => e !== null),
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
      first: t.arg.int({ description: 'Former name of `limit`.', deprecationReason: formerName('limit'), validate: range(1, TEXT_SEARCH.hits) }),
    },
    resolve: async (_r, args, ctx) => {
      const terms = parseTextQuery(args.query);
      const limit = args.first ?? args.limit ?? TEXT_SEARCH.defaultHits;
      const rows = await ctx.db.read(QUERY, {
        query: toLuceneTextQuery(terms),
        fields: args.in?.length ? args.in : TEXT_FIELD_NAMES,
        limit,
        // Several sources often quote one passage and count as one hit: ask each index for more.
        fetch: limit * 4,
        maxConcerns: TEXT_SEARCH.concerns,
        supports: SOURCED,
      });
      return rows.map((r) => ({
        field: r.field as TextField,
        score: r.score as number,
        text: (r.text as string | null) ?? '',
        terms,
        article: (r.article as string | null) ?? null,
        source: (r.source as SourceRecord | null) ?? null,
        entity: (r.entity as string | null) ?? null,
        concerns: [...new Set(r.concerns as string[])].slice(0, TEXT_SEARCH.concerns),
      }));
    },
  }),
);
