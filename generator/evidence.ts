/**
 * The evidence one article gives for one fact: the sentence it reports the fact in, how that supports
 * it, and the date as the article gives it. A pure function of (seed, fact, article): each pair has its
 * own seeded stream, so the text (articles.ts, at planning time) and the source records (batches.ts,
 * batch by batch, much later) get the same sentence without keeping millions of excerpts in memory.
 */
import type { SeedSource } from '../src/store/schema.js';
import { isoDay, longDate, weekday } from './dates.js';
import { entitySentence, relationSentence } from './prose.js';
import { hash32, Rng } from './random.js';
import type { World } from './world.js';

export function evidence(w: World, fi: number, a: number): SeedSource {
  const f = w.facts[fi]!;
  const article = w.articles[a]!;
  const primary = f.articles[0] === a;
  const r = new Rng(hash32(w.options.seed, fi, a));
  const out: SeedSource = { article: article.id, excerpt: '', support: 'STATED' };

  // Dates, as this article gives them: "last Wednesday" when the primary article is a few days
  // after the fact, otherwise the full date (now and then a day off, as sources disagree).
  let when = '';
  if (f.dated === 1 || (f.dated === 2 && r.chance(0.5))) {
    const gap = article.day - f.day;
    if (primary && gap >= 1 && gap <= 6) {
      const phrase = `last ${weekday(f.day)}`;
      Object.assign(out, { date: isoDay(f.day), dateText: phrase, dateResolvedFrom: phrase, dateAnchor: isoDay(article.day) });
      when = phrase;
    } else {
      const day = !primary && r.chance(0.05) ? f.day + 1 : f.day;
      Object.assign(out, { date: isoDay(day), dateText: longDate(day) });
      when = `on ${longDate(day)}`;
    }
  }

  if (f.entity >= 0) {
    out.excerpt = entitySentence(w, f.entity, r, when, primary, article.id);
    return out;
  }
  const sentence = relationSentence(w, f, r, when, primary);
  if (sentence.support) out.support = sentence.support;
  if (sentence.note) out.note = sentence.note;
  out.excerpt = sentence.text;
  return out;
}
