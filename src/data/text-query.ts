/**
 * Text queries of `textSearch`: what a user typed, parsed into words, prefixes and phrases (never Lucene
 * syntax), the Lucene query built from them, and the marked snippet cut from a matched text with the same
 * terms, so what is marked is what was searched for.
 */
import { BadUserInputError } from '../errors.js';
import { LIMITS } from '../bounds.js';

/** Bounds of `textSearch`, stated in its descriptions. */
export const TEXT_SEARCH = {
  hits: LIMITS.searchHits,
  defaultHits: LIMITS.defaultSearchHits,
  queryChars: LIMITS.searchQueryChars,
  /** Words, prefixes and phrases a query may combine. */
  terms: 8,
  /** Characters of text a snippet shows at most (plus its marks and "…"). */
  snippetChars: 240,
  /** Entities listed as what one hit concerns. */
  concerns: 10,
} as const;

/** The kinds of text `textSearch` looks in. */
export const TEXT_FIELDS = {
  ARTICLE_TEXT: 'The full text of an article (Article.text).',
  EXCERPT: 'An evidence excerpt: the exact words of an article that back a fact (Source.excerpt).',
  STATEMENT: 'The quoted words of a statement (the `text` of a Statement entity).',
  DESCRIPTION: 'The one-sentence description of an entity (Entity.description), articles included.',
} as const;
export type TextField = keyof typeof TEXT_FIELDS;

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
