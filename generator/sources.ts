/**
 * Which articles report which fact. Every fact gets a primary article by locality: facts sorted by
 * key share articles, so a story about a company also reports its owner, its services and its people,
 * as real news does. Some facts (45 %) get one or two more sources: mostly an article that already reports one of their ends, some nearby, a few anywhere.
 * Outlets are sourced by their own first articles, which are all in the first batch (batches.ts).
 */
import type { World } from './world.js';

/** Fills every fact's `articles` (primary first) and dated facts' `day`; returns the non-outlet facts in locality order. */
export function assignSources(w: World): number[] {
  const s = w.scale;
  const art = s.articles;
  const outletBase = w.base.Outlet;
  // Outlets are sourced by the articles they published among the first ones (all in the first batch).
  const sortable: number[] = [];
  w.facts.forEach((f, i) => {
    if (f.entity >= 0 && w.entities[f.entity]!.kind === 'Outlet') {
      const o = f.entity - outletBase;
      const count = w.rng.range(1, 3);
      for (let k = 0; k < count; k++) f.articles.push(o + k * s.outlets);
    } else sortable.push(i);
  });
  // Everything else: the primary article by locality (facts about one group share articles). A dated
  // fact happened up to a month before its primary article reports it.
  sortable.sort((x, y) => w.facts[x]!.key - w.facts[y]!.key || x - y);
  sortable.forEach((fi, rank) => {
    const f = w.facts[fi]!;
    const primary = Math.floor((rank * art) / sortable.length);
    f.articles.push(primary);
    if (f.dated) f.day = w.articles[primary]!.day - w.rng.int(31);
  });
  // Where each entity is introduced: the primary article of its own entity fact.
  const home = new Int32Array(w.entities.length).fill(-1);
  for (const f of w.facts) if (f.entity >= 0) home[f.entity] = f.articles[0]!;
  // Further sources: most in an article that already reports one end of the fact (as a story about
  // a company mentions its owner), some nearby, a few anywhere. A background fact keeps its one source.
  for (const fi of sortable) {
    const f = w.facts[fi]!;
    const u = w.rng.float();
    const extra = f.background ? 0 : u < 0.55 ? 0 : u < 0.85 ? 1 : 2;
    const primary = f.articles[0]!;
    for (let k = 0, tries = 0; k < extra && tries < 20; tries++) {
      const v = w.rng.float();
      const a =
        v < 0.6 && f.entity < 0
          ? home[w.rng.chance(0.5) ? f.from : f.to]!
          : v < 0.85
            ? primary + (w.rng.chance(0.5) ? 1 : -1) * w.rng.range(1, 10)
            : w.rng.int(art);
      if (a < 0 || a >= art || f.articles.includes(a)) continue;
      f.articles.push(a);
      k++;
    }
  }
  return sortable;
}
