/**
 * The news side: outlets, the articles they publish (date, outlet, byline) and each article's text,
 * titled after the first fact it is the primary source of and made of the evidence sentences of every
 * fact it reports (evidence.ts), in locality order, a few to a paragraph. The texts are planned up
 * front because every batch needs them: the write path checks each excerpt against its article's text.
 */
import type { ArticleInput } from '../src/store/rows.js';
import { dayOf, isoDay, longDate } from './dates.js';
import { evidence } from './evidence.js';
import { fill, FIRST_NAMES, LAST_NAMES, OUTLET_PAPERS, pad, placeNames, TITLE_TEMPLATES } from './names.js';
import { hash32, Rng } from './random.js';
import type { World } from './world.js';

const FIRST_DAY = dayOf('2018-01-01');
const LAST_DAY = dayOf('2024-12-31');

const slug = (id: string) => id.slice(id.indexOf(':') + 1);

export function planOutlets(w: World) {
  const s = w.scale;
  const used = new Set<string>();
  // "The <place-like name> <paper>", from a shuffle of its own (not the graph's places).
  const pool = placeNames(w.rng, 360);
  for (let o = 0; o < s.outlets; o++) {
    let name = '';
    while (!name || used.has(name)) name = `The ${w.rng.pick(pool)} ${w.rng.pick(OUTLET_PAPERS)}`;
    used.add(name);
    w.addEntity(w.base.Outlet + o, {
      kind: 'Outlet',
      id: `outlet:syn-outlet-${pad(o, 2)}`,
      name,
      aliases: [name.slice(4)],
      description: `A news outlet (synthetic).`,
      detail: 'news',
      key: -1,
    });
    w.addRelation('LOCATED_IN', w.base.Outlet + o, w.place(w.anyPlace()), w.spread());
  }
}

/**
 * The articles, numbered in the order sources.ts hands out primary sources. The first 3 × outlets go
 * round the outlets in turn, so each outlet has articles to source its own fact among the first
 * batch's; after them the outlets' shares are skewed, a few busy and a long tail.
 */
export function planArticles(w: World) {
  const s = w.scale;
  for (let a = 0; a < s.articles; a++) {
    const outlet = a < 3 * s.outlets ? a % s.outlets : w.rng.skewed(s.outlets, 1.5);
    w.articles.push({
      id: `article:syn-article-${pad(a, 6)}`,
      day: FIRST_DAY + w.rng.int(LAST_DAY - FIRST_DAY + 1),
      outlet: w.base.Outlet + outlet,
      title: '',
      byline: `${w.rng.pick(FIRST_NAMES)} ${w.rng.pick(LAST_NAMES)}`,
      minute: w.rng.int(24 * 60),
    });
  }
}

/**
 * Titles and texts of every article, by id. `localityOrder` lists the facts sources.ts sorted by
 * locality, so an article tells its facts in the order of their keys. Each article has a stream of
 * its own, so its title and paragraphing do not depend on the others.
 */
export function writeTexts(w: World, localityOrder: number[]): Map<string, string> {
  const texts = new Map<string, string>();
  const art = w.articles.length;
  // Facts each article reports, in locality order.
  const lists: number[][] = Array.from({ length: art }, () => []);
  for (const fi of localityOrder) for (const a of w.facts[fi]!.articles) lists[a]!.push(fi);
  for (let a = 0; a < art; a++) {
    const article = w.articles[a]!;
    const outlet = w.entities[article.outlet]!.name;
    const list = lists[a]!;
    const r = new Rng(hash32(w.options.seed, 0x7171e, a));
    const anchorFact = list.find((fi) => w.facts[fi]!.articles[0] === a) ?? list[0];
    if (anchorFact === undefined) article.title = `Notes from the ${outlet} newsroom, ${longDate(article.day)}`;
    else {
      const f = w.facts[anchorFact]!;
      article.title = fill(r.pick(TITLE_TEMPLATES), { x: w.entities[f.entity >= 0 ? f.entity : f.from]!.name });
    }
    const sentences = list.map((fi) => evidence(w, fi, a).excerpt);
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; ) {
      const size = r.range(3, 6);
      paragraphs.push(sentences.slice(i, i + size).join(' '));
      i += size;
    }
    const text = [
      article.title,
      `By ${article.byline} | Reported by ${outlet} | Published ${longDate(article.day)}`,
      ...paragraphs,
      `Copyright ${new Date(article.day * 86_400_000).getUTCFullYear()} ${outlet}. All rights reserved.`,
    ].join('\n\n');
    texts.set(article.id, `${text}\n`);
  }
  return texts;
}

/** Article `a` as the write path takes it: metadata, the outlet line it credits, its text. */
export function articleRecord(w: World, texts: Map<string, string>, a: number): ArticleInput {
  const p = w.articles[a]!;
  const outlet = w.entities[p.outlet]!;
  const num = slug(p.id).replace('syn-article-', '');
  const date = isoDay(p.day);
  return {
    id: p.id,
    file: `${slug(p.id)}.txt`,
    title: p.title,
    outlet: outlet.id,
    outletEvidence: `Reported by ${outlet.name}`,
    outletSupport: 'STATED',
    publishedAt: `${date}T${pad(Math.floor(p.minute / 60), 2)}:${pad(p.minute % 60, 2)}:00+00:00`,
    date,
    dateSupport: 'STATED',
    byline: p.byline,
    url: `https://news.example/${slug(outlet.id)}/${date.slice(0, 4)}/${num}`,
    description: `Synthetic article from ${outlet.name}.`,
    aliases: [],
    text: texts.get(p.id)!,
  };
}
