/**
 * Finding names in an article's text, without a database: the candidate spans (runs of up to
 * MAX_SPAN_WORDS whole words), their name keys (`nameKey`, as the NameKey index stores names and
 * aliases), which of them name something (longest match first, never overlapping), and the verbatim
 * excerpt each match is quoted by. Offsets are UTF-16 code units, as everywhere in the store.
 */
import { nameKey } from '../ontology.js';

/** The most words a name is looked for in; longer names and aliases are not found in a text. */
export const MAX_SPAN_WORDS = 8;
/** An excerpt's longest length (the Source schema's bound). */
export const MAX_EXCERPT = 600;

/** A run of whole words of the text, `[start, end)`, and the name key it reads as. */
export interface Span {
  start: number;
  end: number;
  key: string;
}

/**
 * A word: a run of letters, digits and marks, with apostrophes inside ("Facebook's", "Durov’s") but
 * not around it (a quoted 'Facebook'), so "Apple" is never found inside "Applebee's" nor "ZH" inside
 * "ZHE". Han, Hiragana and Katakana characters are words of their own: those scripts put no space
 * between words, so "抖音" is found inside a longer run of them.
 */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const LETTER = String.raw`(?:(?![${CJK}])[\p{L}\p{N}\p{M}])`;
const WORD = new RegExp(String.raw`[${CJK}]|${LETTER}+(?:['\u2019]${LETTER}+)*`, 'gu');
/** A possessive ending of a word ("Facebook's", "Twitter’s"): the name is the word without it. */
const POSSESSIVE = /['\u2019][sS]$/;

export function words(text: string): { start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Every run of 1 to `maxWords` consecutive words on one line, with its key; a run whose last word is
 * possessive also as the run without the "'s" (the key of "Facebook's" is "facebooks", not "facebook").
 * Punctuation between words is kept inside a span ("Facebook, Inc.", "U.S.", "HKmap.live"): the key
 * drops it, as it does from the stored names.
 */
export function candidateSpans(text: string, maxWords = MAX_SPAN_WORDS): Span[] {
  const list = words(text).map((w) => {
    const written = text.slice(w.start, w.end);
    return { ...w, key: nameKey(written), bare: POSSESSIVE.test(written) ? nameKey(written.slice(0, -2)) : undefined };
  });
  // A span's key is its words' keys joined as nameKey joins them: by a space, or by nothing where the
  // key drops what lies between (apostrophes; no gap at all between Han characters). Computed per word
  // and per gap once, since a text has up to MAX_SPAN_WORDS spans per word.
  const joins = list.map((w, i) => (i === 0 ? '' : nameKey(`a${text.slice(list[i - 1]!.end, w.start)}b`) === 'ab' ? '' : ' '));
  const spans: Span[] = [];
  for (let i = 0; i < list.length; i++) {
    let key = '';
    for (let j = i; j < list.length && j < i + maxWords; j++) {
      const w = list[j]!;
      if (j > i && /[\n\r]/.test(text.slice(list[j - 1]!.end, w.start))) break;
      const prefix = j > i ? key + joins[j] : '';
      key = prefix + w.key;
      spans.push({ start: list[i]!.start, end: w.end, key });
      if (w.bare !== undefined) spans.push({ start: list[i]!.start, end: w.end - 2, key: prefix + w.bare });
    }
  }
  return spans.filter((s) => s.key !== '' && !s.key.startsWith(' ') && !s.key.endsWith(' ') && !s.key.includes('  '));
}

/** The letters and digits of a name or a stretch of text, as the key keeps them (apostrophes and punctuation dropped). */
const keptCharacters = (s: string) => [...s.normalize('NFKC')].filter((c) => /[\p{L}\p{N}]/u.test(c));
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/**
 * Whether the text is written as `form` (a name or alias with the same key) is capitalised: every
 * capital of the form is a capital in the text, so "US" is not found in "us", nor "Signal" in "a
 * signal", while a form in lower case ("police") is found however the text writes it, and a headline
 * in capitals matches any form. The first capital of a form of several words may be sentence case,
 * not a proper noun's ("Advertisers cut ties with Facebook" is found in "advertisers cut ties with
 * Facebook"); a one-word form keeps it ("Apple" is not "apple").
 */
export function casingFits(form: string, written: string): boolean {
  const f = keptCharacters(form);
  const w = keptCharacters(written);
  if (f.length !== w.length) return true; // NFKC changed the length: no position to compare
  const from = /\s/.test(form.trim()) ? 1 : 0;
  return f.every((c, i) => i < from || !isUpper(c) || isUpper(w[i]!));
}

/** What a key names: one entry per entity, with the names and aliases of it that give this key. */
export interface Named {
  id: string;
  forms: string[];
}

export interface Match extends Span {
  /** The entities the words name; more than one: an ambiguous mention, linked to none. */
  entities: string[];
}

/**
 * The spans that name something, longest first, then leftmost, each kept only if it overlaps none kept
 * before: "Hong Kong Police" is one match, not also "Hong Kong". A span whose capitalisation fits none
 * of its key's forms names nothing. An ambiguous span still takes its words, so no shorter name inside
 * it is linked in its place.
 */
export function resolveMatches(text: string, spans: Span[], named: ReadonlyMap<string, Named[]>): Match[] {
  const hits = spans.flatMap((s) => {
    const written = text.slice(s.start, s.end);
    const entities = (named.get(s.key) ?? []).filter((n) => n.forms.some((f) => casingFits(f, written))).map((n) => n.id);
    return entities.length ? [{ ...s, entities: [...new Set(entities)].sort() }] : [];
  });
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Match[] = [];
  for (const h of hits) if (!taken.some((t) => h.start < t.end && t.start < h.end)) taken.push(h);
  return taken.sort((a, b) => a.start - b.start);
}

/** Abbreviations whose period ends no sentence ("Facebook Inc. said", "Mr. Durov"). */
const ABBREVIATIONS = new Set(['inc', 'ltd', 'co', 'corp', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'prof', 'gov', 'sen', 'rep', 'gen']);

/** Sentence ranges of the text: split after . ! ? (and closing quotes) before a space, and at line breaks. */
export function sentences(text: string): { start: number; end: number }[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(/[.!?]+["'\u2019\u201d)\]]*(?=\s)|[\r\n]+/g)) {
    const before = /(\p{L}+)\.$/u.exec(text.slice(Math.max(0, m.index - 12), m.index + 1));
    const word = before?.[1];
    if (m[0] === '.' && word && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    cuts.push(m.index + m[0].length);
  }
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(from, cut);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (piece.trim()) out.push({ start: from + lead, end: cut - trail });
    from = cut;
  }
  return out;
}

/**
 * The verbatim excerpt that quotes `[start, end)`: its sentence, cut to MAX_EXCERPT characters around
 * the match at word boundaries. The store locates an excerpt by its first occurrence in the text, so
 * an excerpt that occurs earlier too (a repeated sentence, a title repeated as the first line) is
 * widened by the sentences around it until its first occurrence is this one; undefined if none is.
 */
export function excerptFor(text: string, start: number, end: number, all = sentences(text)): { excerpt: string; start: number } | undefined {
  const at = all.findIndex((s) => s.end > start);
  if (at < 0) return undefined;
  let last = all.findIndex((s) => s.end >= end);
  if (last < 0) last = all.length - 1;
  // Widened a sentence at a time, before and after in turn (before first: what precedes a repeated
  // sentence tells its occurrences apart as well as what follows it).
  for (let before = 0, after = 0, step = 0; ; step++) {
    const from = Math.min(start, all[at - before]!.start);
    const to = Math.max(end, all[last + after]!.end);
    const window = trimAround(text, from, to, start, end);
    const excerpt = text.slice(window.start, window.end);
    if (excerpt.length >= 3 && text.indexOf(excerpt) === window.start) return { excerpt, start: window.start };
    const canBefore = at - before > 0;
    const canAfter = last + after < all.length - 1;
    if (to - from >= MAX_EXCERPT || (!canBefore && !canAfter)) return undefined;
    if (canBefore && (step % 2 === 0 || !canAfter)) before++;
    else after++;
  }
}

/** `[from, to)` cut to MAX_EXCERPT around `[start, end)`, at spaces where it is cut. */
function trimAround(text: string, from: number, to: number, start: number, end: number): { start: number; end: number } {
  if (to - from <= MAX_EXCERPT) return { start: from, end: to };
  const room = MAX_EXCERPT - (end - start);
  let left = Math.min(start - from, Math.floor(room / 2));
  const right = Math.min(to - end, room - left);
  left = Math.min(start - from, room - right);
  let a = start - left;
  let b = end + right;
  if (a > from) a = Math.min(start, nextSpace(text, a, start));
  if (b < to) b = Math.max(end, lastSpace(text, b, end));
  return { start: a, end: b };
}

const nextSpace = (text: string, i: number, limit: number) => {
  const j = text.slice(i, limit).search(/\s\S/);
  return j < 0 ? limit : i + j + 1;
};
const lastSpace = (text: string, i: number, limit: number) => {
  const j = text.slice(limit, i).search(/\S\s[^\s]*$/);
  return j < 0 ? limit : limit + j + 1;
};
