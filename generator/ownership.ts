/**
 * The ownership structure: companies in OWNS trees (the anchors' deep chain and hub first, then
 * ordinary trees, mostly small and a few large), cross-holdings, a few cycles, and the services the
 * companies own. Depth is tracked per company so that no OWNS path from an ultimate owner grows past
 * MAX_OWNERSHIP_DEPTH: ownership queries then have a known worst case, and the deep leaf stays the
 * deepest entity at exactly DEEP_LEAF_DEPTH.
 */
import { DEEP_LEAF, DEEP_ROOT, FIRST_HUB_SUBSIDIARY, HUB, HUB_OWNER, MAX_OWNERSHIP_DEPTH, PATH_COMPANY, WELL_KNOWN } from './anchors.js';
import { COMPANY_SUFFIXES, COMPANY_WORDS, pad, SECTORS, SERVICE_KINDS, SERVICE_WORDS } from './names.js';
import { an, cap } from './prose.js';
import type { Variant, World } from './world.js';

/** What people.ts and the services need from the company plan. */
export interface Ownership {
  /** OWNS hops from each company's ultimate owner (the longest way, cycles aside). */
  depth: Int8Array;
  /** Roots of ordinary trees owned by a person (people.ts adds that OWNS edge). */
  personOwnedRoots: number[];
  /** Companies below the top of an ordinary tree in which a person holds a stake. */
  personStakes: number[];
}

/** A company that may own more: not the hub (its count is fixed) nor the deep leaf (it owns nothing). */
export function ownerCompany(w: World): number {
  for (;;) {
    const c = w.anyCompany();
    if (c !== DEEP_LEAF && c !== HUB) return c;
  }
}

function companyName(w: World, c: number): { name: string; aliases: string[]; sector: string } {
  const word = w.rng.pick(COMPANY_WORDS);
  const suffix = w.rng.pick(COMPANY_SUFFIXES);
  const num = pad(c, 6);
  const u = w.rng.float();
  const aliases = u < 0.1 ? [`${word} ${num}`] : u < 0.2 ? [`${word[0]}${suffix[0]} ${num}`] : [];
  return { name: `${word} ${suffix} ${num}`, aliases, sector: w.rng.pick(SECTORS) };
}

export function planCompanies(w: World): Ownership {
  const s = w.scale;
  const n = s.companies;
  const parent = new Int32Array(n).fill(-1);
  const depth = new Int8Array(n);
  const personOwnedRoots: number[] = [];
  const personStakes: number[] = [];
  const specialIds: Record<number, [string, string]> = {
    [PATH_COMPANY]: ['company:syn-path-1', 'Quenmoor Relay Systems'],
    [DEEP_ROOT]: [WELL_KNOWN.deepRoot, 'Deepwater Trust Holdings'],
    [DEEP_LEAF]: [WELL_KNOWN.deepLeaf, 'Deepwater Terminal Ltd'],
    [HUB]: [WELL_KNOWN.hub, 'Meridian Consolidated Holdings'],
  };
  for (let c = 0; c < n; c++) {
    // The anchors draw a name too: they keep its sector, and every company takes the same draws.
    const generated = companyName(w, c);
    const special = specialIds[c];
    w.addEntity(w.company(c), {
      kind: 'Company',
      id: special ? special[0] : `company:syn-${pad(c, 6)}`,
      name: special ? special[1] : generated.name,
      aliases: special ? [] : generated.aliases,
      description: `${cap(an(generated.sector))} company (synthetic).`,
      detail: generated.sector,
      key: c,
    });
  }
  // The key of an OWNS fact is its target's: a story about a company reports who owns it.
  const owns = (o: number, c: number, variant: Variant = 'tree', background = false) =>
    w.addRelation('OWNS', w.company(o), w.company(c), c, { variant: background ? 'tree' : variant, background });

  // The deep chain, each with exactly one owner.
  for (let c = DEEP_ROOT + 1; c <= DEEP_LEAF; c++) {
    parent[c] = c - 1;
    depth[c] = c - 1;
    owns(c - 1, c);
  }
  // The hub under a root, with its direct subsidiaries.
  const first = FIRST_HUB_SUBSIDIARY + s.hubCompanies;
  parent[HUB] = HUB_OWNER;
  depth[HUB] = 1;
  owns(HUB_OWNER, HUB);
  for (let c = FIRST_HUB_SUBSIDIARY; c < first; c++) {
    parent[c] = HUB;
    depth[c] = 2;
    owns(HUB, c);
  }

  let c = first;
  const attachUnder = (candidates: number[], count: number) => {
    for (let i = 0; i < count && c < n; i++, c++) {
      const p = w.rng.pick(candidates);
      parent[c] = p;
      depth[c] = depth[p]! + 1;
      owns(p, c, 'tree', w.rng.chance(0.01));
      if (depth[c]! < MAX_OWNERSHIP_DEPTH) candidates.push(c);
    }
  };
  const remaining = n - first;
  // Branches off the deep chain (never under the leaf) and under the hub's subsidiaries.
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
  attachUnder(range(DEEP_ROOT, DEEP_LEAF), Math.min(60, Math.floor(remaining * 0.01)));
  attachUnder(range(FIRST_HUB_SUBSIDIARY, first), Math.min(3 * s.hubCompanies, Math.floor(remaining * 0.03)));

  // Ordinary trees: mostly small, a few large; a quarter owned by a person (so one hop shallower).
  while (c < n) {
    const size = Math.min(n - c, w.rng.chance(0.01) ? w.rng.range(300, 2000) : 1 + Math.floor(120 * w.rng.float() ** 3));
    const root = c;
    const personOwned = w.rng.chance(0.25);
    depth[root] = personOwned ? 1 : 0;
    if (personOwned) personOwnedRoots.push(root);
    for (let j = 1; j < size; j++) {
      const node = root + j;
      let p = w.rng.chance(0.3) ? node - 1 : root + w.rng.int(j);
      for (let tries = 0; depth[p]! >= MAX_OWNERSHIP_DEPTH && tries < 4; tries++) p = root + w.rng.int(j);
      if (depth[p]! >= MAX_OWNERSHIP_DEPTH) p = root;
      parent[node] = p;
      depth[node] = depth[p]! + 1;
      owns(p, node, 'tree', w.rng.chance(0.01));
    }
    c += size;
  }

  // Cross-holdings: a second owner strictly shallower than the company, so no path gets longer
  // than MAX_OWNERSHIP_DEPTH and no cycle appears by accident. Never into the deep chain.
  for (let t = FIRST_HUB_SUBSIDIARY; t < n; t++) {
    if (depth[t]! < 1 || !w.rng.chance(0.03)) continue;
    for (let tries = 0; tries < 6; tries++) {
      const o = ownerCompany(w);
      if (o !== t && o !== parent[t] && depth[o]! < depth[t]! && owns(o, t, 'cross')) break;
    }
  }

  // A few cycles: a company owning a stake in one of its own (1–3 levels up) owners, in ordinary trees.
  for (let k = 0, tries = 0; k < s.cycles && tries < 10_000; tries++) {
    const d = first + w.rng.int(n - first);
    if (parent[d]! < first) continue;
    let x = parent[d]!;
    for (let up = w.rng.int(3); up > 0 && parent[x]! >= first; up--) x = parent[x]!;
    if (owns(d, x, 'cycle')) k++;
  }

  // Stakes held by people: never in a root (a person above it would make its tree one hop deeper).
  for (let k = Math.round(n / 200), tries = 0; k > 0 && tries < 100 * n; tries++) {
    const t = first + w.rng.int(n - first);
    if (depth[t]! >= 1) {
      personStakes.push(t);
      k--;
    }
  }

  // Where companies are based: every root, and a few others.
  for (let t = 1; t < n; t++) {
    if (parent[t] === -1 || w.rng.chance(0.05)) w.addRelation('LOCATED_IN', w.company(t), w.place(w.anyPlace()), t);
  }
  return { depth, personOwnedRoots, personStakes };
}

/**
 * Services, each owned by one company: the path service by the path company, then the hub's share of
 * its subsidiaries, then any company above the deepest level (a service is one more OWNS hop down).
 * Then what services do in places: versions, availability, data storage, blocks and exits.
 */
export function planServices(w: World, ownership: Ownership) {
  const s = w.scale;
  for (let v = 0; v < s.services; v++) {
    const word = w.rng.pick(SERVICE_WORDS);
    const [product, category] = w.rng.pick(SERVICE_KINDS);
    const num = pad(v, 6);
    let owner = v === 0 ? PATH_COMPANY : v <= s.hubServices ? HUB : ownerCompany(w);
    while (ownership.depth[owner]! >= MAX_OWNERSHIP_DEPTH) owner = ownerCompany(w);
    // Just after its owner in locality order, so the owner's articles report it.
    const key = owner + 0.5;
    w.addEntity(w.service(v), {
      kind: 'Service',
      id: v === 0 ? 'service:syn-path-2' : `service:syn-svc-${num}`,
      name: v === 0 ? 'Quenmoor Relay Messenger' : `${word} ${product} ${num}`,
      aliases: v > 0 && w.rng.chance(0.2) ? [`${word}${product} ${num}`] : [],
      description: `${cap(an(category))} service (synthetic).`,
      detail: category,
      key,
    });
    w.addRelation('OWNS', w.company(owner), w.service(v), key, { variant: 'service' });
  }
  for (let v = 1; v < s.services; v++) {
    const sv = w.service(v);
    const key = w.entities[sv]!.key;
    if (w.rng.chance(0.03)) w.addRelation('VERSION_OF', sv, w.service(w.anyService()), key);
    if (w.rng.chance(0.5)) w.addRelation('AVAILABLE_IN', sv, w.place(w.anyPlace()), key);
    if (w.rng.chance(0.1)) w.addRelation('STORES_DATA_IN', sv, w.place(w.anyPlace()), key);
    if (w.rng.chance(0.02)) w.addRelation('BLOCKED_IN', sv, w.place(w.anyPlace()), key, { dated: 1, props: { status: 'blocked' } });
    if (w.rng.chance(0.01)) w.addRelation('EXITS_MARKET', sv, w.place(w.anyPlace()), key, { dated: 1, props: { status: 'exiting' } });
  }
}
