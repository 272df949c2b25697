/**
 * Mention linking without a database (src/store/mention-spans.ts, `mentionsOf`): which words are
 * candidate names, word boundaries, longest match first, capitalisation, and the excerpts that quote
 * each match.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/ontology.js';
import { SEEDS_DIR } from '../../src/seed/prepare.js';
import { readSeeds } from '../../src/seed/validate.js';
import { candidateSpans, casingFits, excerptFor, MAX_EXCERPT, type Named, resolveMatches, sentences } from '../../src/store/mention-spans.js';
import { mentionsOf } from '../../src/store/mentions.js';
import { Source } from '../../src/store/schema.js';

/** A name index as the NameKey statement gives it: each entity with its names and aliases. */
function index(entities: Record<string, string[]>): Map<string, Named[]> {
  const named = new Map<string, Named[]>();
  for (const [id, names] of Object.entries(entities)) {
    for (const key of new Set(names.map(nameKey))) named.set(key, [...(named.get(key) ?? []), { id, forms: names.filter((n) => nameKey(n) === key) }]);
  }
  return named;
}

const NAMES = index({
  'company:apple': ['Apple', 'Apple Inc.'],
  'company:facebook': ['Facebook', 'Facebook Inc', 'Facebook, Inc.'],
  'service:whatsapp': ['WhatsApp', "Facebook's WhatsApp"],
  'place:hong-kong': ['Hong Kong', 'HK'],
  'authority:hong-kong-police': ['Hong Kong Police', 'Hong Kong police', 'police'],
  'outlet:zerohedge': ['ZeroHedge', 'ZH'],
  'service:signal': ['Signal'],
  'place:united-states': ['United States', 'US', 'U.S.'],
  'authority:united-states-government': ['United States government', 'US'],
  'company:telegram': ['Telegram'],
  'service:telegram': ['Telegram'],
  'service:douyin': ['Douyin', '抖音'],
});

/** Each linked occurrence as "entity=words", and each ambiguous one as "?words". */
function link(text: string, named = NAMES): string[] {
  return resolveMatches(text, candidateSpans(text), named).map((m) => {
    const words = text.slice(m.start, m.end);
    return m.entities.length === 1 ? `${m.entities[0]}=${words}` : `?${words}`;
  });
}

describe('candidate spans', () => {
  it('are whole words: no "Apple" inside "Applebee\'s", no "ZH" inside "ZHE" or "ZH2"', () => {
    expect(link("Dinner at Applebee's, then ZHE and ZH2 news.")).toEqual([]);
    expect(link('Apple and ZH.')).toEqual(['company:apple=Apple', 'outlet:zerohedge=ZH']);
  });

  it('end before a possessive: "Facebook\'s" and "Facebook’s" name Facebook, the match stopping before the apostrophe', () => {
    const text = "Facebook's plan and Facebook’s reply; the companies' view.";
    expect(link(text)).toEqual(['company:facebook=Facebook', 'company:facebook=Facebook']);
    // An alias with the possessive in it is the longer match.
    expect(link("Facebook's WhatsApp paused")).toEqual(["service:whatsapp=Facebook's WhatsApp"]);
  });

  it('take hyphens, slashes and quotes as word boundaries, and keep punctuation inside a name', () => {
    expect(link('Facebook-owned “WhatsApp”, (Signal) and HK/US.')).toEqual([
      'company:facebook=Facebook',
      'service:whatsapp=WhatsApp',
      'service:signal=Signal',
      'place:hong-kong=HK',
      '?US',
    ]);
    expect(link('Facebook, Inc. said so; so did the U.S. yesterday.')).toEqual(['company:facebook=Facebook, Inc', 'place:united-states=U.S']);
  });

  it('do not run across a line break', () => {
    expect(link('in Hong\nKong')).toEqual([]);
  });

  it('find a name in a script without spaces between words', () => {
    expect(link('字节跳动旗下的抖音已经')).toEqual(['service:douyin=抖音']);
  });

  it("read as the key nameKey gives the words' text (the key the stored names have), on every seed article", () => {
    const differing = readSeeds(SEEDS_DIR).articles.flatMap((a) =>
      candidateSpans(a.text)
        .filter((s) => s.key !== nameKey(a.text.slice(s.start, s.end)))
        .map((s) => `${a.id}: ${a.text.slice(s.start, s.end)} → ${s.key}`),
    );
    expect(differing).toEqual([]);
  });

  it('are at most MAX_SPAN_WORDS words long', () => {
    const text = 'one two three four five six seven eight nine ten';
    const longest = Math.max(...candidateSpans(text).map((s) => s.key.split(' ').length));
    expect(longest).toBe(8);
  });
});

describe('resolution', () => {
  it('takes the longest match first and never overlaps: "Hong Kong Police" is not also "Hong Kong"', () => {
    expect(link('The Hong Kong Police said Hong Kong is calm.')).toEqual(['authority:hong-kong-police=Hong Kong Police', 'place:hong-kong=Hong Kong']);
  });

  it('between equally long overlapping matches, takes the leftmost', () => {
    const named = index({ 'a:x': ['Alpha Beta'], 'b:y': ['Beta Gamma'] });
    expect(link('Alpha Beta Gamma', named)).toEqual(['a:x=Alpha Beta']);
  });

  it('respects the capitals of the names: "US" is not "us", "Signal" not "a signal"; a lower-case alias matches any case', () => {
    expect(link('Tell us, send a signal.')).toEqual([]);
    expect(link('Police and the police.')).toEqual(['authority:hong-kong-police=Police', 'authority:hong-kong-police=police']);
    expect(casingFits('WhatsApp', 'WHATSAPP')).toBe(true);
    expect(casingFits('WhatsApp', 'Whatsapp')).toBe(false);
  });

  it('leaves a key naming more than one entity unlinked, and lets it keep its words from shorter names', () => {
    expect(link('Telegram and the United States government')).toEqual(['?Telegram', 'authority:united-states-government=United States government']);
    const named = index({ 'a:x': ['Big Co'], 'a:y': ['Big Co'], 'b:z': ['Big'] });
    expect(link('Big Co', named)).toEqual(['?Big Co']);
  });
});

describe('excerpts', () => {
  it('are the sentence around the match, found first at its place', () => {
    const text = 'First one. Facebook Inc. said it paused. Then more.';
    const start = text.indexOf('Facebook');
    expect(excerptFor(text, start, start + 8)).toEqual({ excerpt: 'Facebook Inc. said it paused.', start });
  });

  it('widen a repeated sentence until its first occurrence is this one', () => {
    const text = 'Twitter paused.\nSome text.\nTwitter paused.\nMore.';
    const second = text.lastIndexOf('Twitter');
    const quoted = excerptFor(text, second, second + 7)!;
    expect(text.indexOf(quoted.excerpt)).toBe(quoted.start);
    expect(quoted.start).toBeLessThanOrEqual(second);
    expect(quoted.start + quoted.excerpt.length).toBeGreaterThanOrEqual(second + 7);
    expect(quoted.excerpt).toBe('Some text.\nTwitter paused.');
  });

  it('cut a long sentence to MAX_EXCERPT characters around the match, at spaces', () => {
    const text = `${'word '.repeat(200)}Telegram ${'more '.repeat(200)}end.`;
    const start = text.indexOf('Telegram');
    const quoted = excerptFor(text, start, start + 8)!;
    expect(quoted.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
    expect(quoted.excerpt).toContain('Telegram');
    expect(quoted.excerpt).toMatch(/^word .* more$/);
    expect(text.indexOf(quoted.excerpt)).toBe(quoted.start);
  });

  it('split sentences at . ! ? and line breaks, not after initials or abbreviations', () => {
    const text = 'The U.S. government said no. Mr. Durov agreed!\nNext';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['The U.S. government said no.', 'Mr. Durov agreed!', 'Next']);
  });
});

describe('mentionsOf', () => {
  const article = { id: 'article:x', text: 'Hong Kong Police asked. Facebook refused.\nFacebook paused. Facebook again. Facebook once more. Telegram too.' };
  const linked = mentionsOf(article, resolveMatches(article.text, candidateSpans(article.text), NAMES));

  it('gives one MENTIONS relation per entity, ready for writeRecords, with up to three verbatim sources of distinct excerpts', () => {
    expect(linked.relations.map((r) => r.id)).toEqual(['rel:mentions:article:x:authority:hong-kong-police', 'rel:mentions:article:x:company:facebook']);
    const facebook = linked.relations[1]!;
    expect(facebook).toMatchObject({ type: 'MENTIONS', from: 'article:x', to: 'company:facebook' });
    expect(facebook.sources.map((s) => s.excerpt)).toEqual(['Facebook refused.', 'Facebook paused.', 'Facebook again.']);
    for (const s of facebook.sources) expect(Source.parse(s)).toEqual({ article: 'article:x', excerpt: s.excerpt, support: 'STATED' });
  });

  it('reports the ambiguous names with the entities they name', () => {
    expect(linked.ambiguous).toEqual([
      {
        key: 'telegram',
        text: 'Telegram',
        start: article.text.indexOf('Telegram'),
        end: article.text.indexOf('Telegram') + 8,
        entities: ['company:telegram', 'service:telegram'],
        count: 1,
      },
    ]);
  });
});
