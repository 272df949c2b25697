/**
 * The synthetic graph: a deterministic, seeded world of companies in ownership trees, their services,
 * people, authorities, places, statements and events, reported by generated news articles whose text
 * is built from the very sentences the facts quote as evidence.
 *
 * It is built in two steps. The constructor makes a compact plan (entities, facts, which articles
 * source which fact) and the article texts, which every batch needs (`texts`). `batches()` then turns
 * the plan into record sets one batch at a time, in an order that lets each batch be written on its
 * own: articles first (with the outlets and PUBLISHED_BY edges), then entities, then relations. Each
 * source's excerpt is recomputed from (fact, article) by the same function that wrote the text, so it
 * is verbatim by construction, and the write path checks it again.
 *
 * Benchmark anchors (`WELL_KNOWN`): a hub company with exactly 300 direct subsidiaries, a leaf exactly
 * 12 OWNS hops below its only ultimate owner, and a pair of entities whose shortest path over fact
 * relations is exactly 5 hops (the path's inner entities and its far end have no other fact relation).
 */
import type { FactProperty, Kind, RelationType } from '../ontology.js';
import type { SeedEntity, SeedSource } from '../seed/schema.js';
import { derivedRelations, type ArticleRecord, type RecordSet, type RelationRecord } from '../store/rows.js';
import { dayOf, isoDay, longDate, weekday } from './dates.js';
import {
  AUTHORITY_BODIES,
  AUTHORITY_TITLES,
  COMPANY_SUFFIXES,
  COMPANY_WORDS,
  EVENT_KINDS,
  fill,
  FIRST_NAMES,
  INITIALS,
  LAST_NAMES,
  MEDIA,
  OUTLET_PAPERS,
  pad,
  placeNames,
  SECTORS,
  SERVICE_KINDS,
  SERVICE_WORDS,
  STATEMENT_QUOTES,
  TITLE_TEMPLATES,
  TITLES,
} from './names.js';
import { hash32, Rng } from './random.js';

/** Bump when the generator's output changes: a database marked with another version is not reused. */
export const GENERATOR_VERSION = 2;

export const WELL_KNOWN = {
  /** Exactly HUB_SUBSIDIARIES direct OWNS targets (companies; services too when N is small). */
  hub: 'company:syn-hub',
  /** Exactly DEEP_LEAF_DEPTH OWNS hops below its only ultimate owner, `deepRoot`; owns nothing. */
  deepLeaf: 'company:syn-deep-leaf',
  deepRoot: 'company:syn-deep-root',
  /** Shortest path between these two over fact relation types: exactly PATH_HOPS hops. */
  pathFrom: 'person:syn-path-start',
  pathTo: 'place:syn-path-end',
} as const;
export const HUB_SUBSIDIARIES = 300;
export const DEEP_LEAF_DEPTH = 12;
export const PATH_HOPS = 5;
/** No OWNS path from an ultimate owner is longer than this, cycles aside. */
export const MAX_OWNERSHIP_DEPTH = 12;

export interface SyntheticOptions {
  companies: number;
  seed: number;
  /** Target records (nodes, relations, sources) per batch. */
  batch: number;
}
export const DEFAULT_OPTIONS: SyntheticOptions = { companies: 100_000, seed: 1, batch: 10_000 };
export const MIN_COMPANIES = 50;

export interface Scale {
  companies: number;
  services: number;
  authorities: number;
  people: number;
  places: number;
  statements: number;
  events: number;
  outlets: number;
  articles: number;
  /** The hub's direct subsidiaries: companies, and services when there are too few companies. */
  hubCompanies: number;
  hubServices: number;
  cycles: number;
}

/** Every count, from the number of companies. */
export function scaleFor(companies: number): Scale {
  if (!Number.isInteger(companies) || companies < MIN_COMPANIES) throw new Error(`companies must be a whole number of at least ${MIN_COMPANIES}`);
  const n = companies;
  const hubCompanies = Math.min(HUB_SUBSIDIARIES, Math.floor((n - FIRST_HUB_SUBSIDIARY) * 0.8));
  const hubServices = HUB_SUBSIDIARIES - hubCompanies;
  return {
    companies: n,
    services: Math.max(Math.round(n / 10), hubServices + 10),
    authorities: Math.max(6, Math.round(n / 50)),
    people: Math.max(10, Math.round(n / 5)),
    places: Math.max(8, Math.round(n / 500)),
    statements: Math.max(5, Math.round(n / 10)),
    events: Math.max(3, Math.round(n / 100)),
    outlets: Math.min(50, Math.max(5, Math.round(n / 2000))),
    articles: Math.max(20, Math.round(n / 5)),
    hubCompanies,
    hubServices,
    cycles: Math.max(1, Math.round(n / 25_000)),
  };
}

/** Identity of a generated graph in a database: same identity, same records. */
export const graphIdentity = (o: Pick<SyntheticOptions, 'companies' | 'seed'>) => `synthetic-v${GENERATOR_VERSION}:companies=${o.companies}:seed=${o.seed}`;

export interface Batch {
  index: number;
  phase: 'articles' | 'entities' | 'relations';
  set: RecordSet;
  /** Nodes + relations (derived ones included) + sources in `set`. */
  records: number;
}

export interface Totals {
  entities: number;
  articles: number;
  nodes: number;
  factRelations: number;
  publishedBy: number;
  mentions: number;
  relations: number;
  sources: number;
  records: number;
  byKind: Record<string, number>;
  byType: Record<string, number>;
}

type EntityKind = Exclude<Kind, 'Article'>;
type Props = Partial<Record<FactProperty, string>>;

interface PlanEntity {
  kind: EntityKind;
  id: string;
  name: string;
  aliases: string[];
  description: string;
  props?: Props;
  /** Words the sentences about it use (a sector, a category, what a body oversees). */
  detail: string;
  /** Locality: facts with close keys are reported by the same articles. */
  key: number;
  /** A statement's speaker (entity index). */
  speaker?: number;
}

type Variant = 'plain' | 'tree' | 'cross' | 'cycle' | 'person' | 'service' | 'city' | 'authority';

interface PlanFact {
  /** Entity index for an entity fact, -1 for a relation. */
  entity: number;
  type: RelationType | null;
  from: number;
  to: number;
  props: Props | undefined;
  variant: Variant;
  /** 0: sources give no date; 1: every source dates it; 2: about half do. */
  dated: 0 | 1 | 2;
  /** Only source is BACKGROUND (never on a benchmark anchor's edges). */
  background: boolean;
  /** The fact's day, for dated facts. */
  day: number;
  key: number;
  /** Source articles, the primary first. */
  articles: number[];
}

interface PlanArticle {
  id: string;
  day: number;
  outlet: number;
  title: string;
  byline: string;
  minute: number;
}

/**
 * Company numbers with a role: the path company (owns only the path service, has only the path start
 * as chair), the deep chain DEEP_ROOT → … → DEEP_LEAF (each with exactly one owner), the hub under
 * its owner, then the hub's direct subsidiaries from FIRST_HUB_SUBSIDIARY; ordinary trees after them.
 */
const PATH_COMPANY = 0;
const DEEP_ROOT = 1;
const DEEP_LEAF = DEEP_ROOT + DEEP_LEAF_DEPTH;
const HUB_OWNER = DEEP_LEAF + 1;
const HUB = HUB_OWNER + 1;
const FIRST_HUB_SUBSIDIARY = HUB + 1;

const FIRST_DAY = dayOf('2018-01-01');
const LAST_DAY = dayOf('2024-12-31');

const slug = (id: string) => id.slice(id.indexOf(':') + 1);
const kebab = (type: string) => type.toLowerCase().replace(/_/g, '-');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** "a" or "an" before a word. */
const an = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

export class SyntheticGraph {
  readonly options: SyntheticOptions;
  readonly scale: Scale;
  /** Text of every article, by id: what `writeRecords` needs for any batch. */
  readonly texts = new Map<string, string>();
  readonly totals: Totals;

  private readonly rng: Rng;
  private readonly entities: PlanEntity[] = [];
  private readonly facts: PlanFact[] = [];
  private readonly articles: PlanArticle[] = [];
  private readonly relationKeys = new Set<string>();
  private readonly base: Record<EntityKind, number>;
  /** The first company of the ordinary trees. */
  private readonly firstNormalCompany: number;

  constructor(options: Partial<SyntheticOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    if (!Number.isInteger(this.options.seed)) throw new Error('seed must be a whole number');
    if (!Number.isInteger(this.options.batch) || this.options.batch < 100) throw new Error('batch must be a whole number of at least 100');
    this.scale = scaleFor(this.options.companies);
    this.rng = new Rng(hash32(this.options.seed, 0x5eed));
    const s = this.scale;
    const order: [EntityKind, number][] = [
      ['Outlet', s.outlets],
      ['Place', s.places + 1],
      ['Authority', s.authorities + 2],
      ['Company', s.companies],
      ['Service', s.services],
      ['Person', s.people],
      ['Statement', s.statements],
      ['Event', s.events],
    ];
    let at = 0;
    const base = {} as Record<EntityKind, number>;
    for (const [kind, count] of order) {
      base[kind] = at;
      at += count;
    }
    this.base = base;
    this.entities = new Array<PlanEntity>(at);
    this.firstNormalCompany = FIRST_HUB_SUBSIDIARY + s.hubCompanies;
    this.companyDepth = new Int8Array(s.companies);

    this.buildPlaces();
    this.buildAuthorities();
    this.buildCompanies();
    this.buildServices();
    this.buildPeople();
    this.buildStatements();
    this.buildEvents();
    this.buildOutlets();
    this.buildPath();
    this.buildRequests();
    this.relationKeys.clear();
    this.assignSources();
    this.buildTexts();
    this.sortedFacts = [];
    this.totals = this.count();
  }

  // ---------------------------------------------------------------------------------------------
  // entities and facts

  private company = (c: number) => this.base.Company + c;
  private service = (s: number) => this.base.Service + s;
  private person = (p: number) => this.base.Person + p;
  private authority = (a: number) => this.base.Authority + a;
  private place = (p: number) => this.base.Place + p;

  private addEntity(index: number, e: Omit<PlanEntity, 'aliases'> & { aliases?: string[] }) {
    this.entities[index] = { aliases: [], ...e };
    this.facts.push({
      entity: index,
      type: null,
      from: -1,
      to: -1,
      props: undefined,
      variant: 'plain',
      dated: e.kind === 'Event' ? 1 : e.kind === 'Statement' ? 2 : 0,
      background: false,
      day: 0,
      key: e.key,
      articles: [],
    });
  }

  /** Adds a relation unless one of the same type already joins the same ends; returns whether it did. */
  private addRelation(
    type: RelationType,
    from: number,
    to: number,
    key: number,
    more: Partial<Pick<PlanFact, 'props' | 'variant' | 'dated' | 'background'>> = {},
  ): boolean {
    const k = `${type}|${from}|${to}`;
    if (from === to || this.relationKeys.has(k)) return false;
    this.relationKeys.add(k);
    this.facts.push({
      entity: -1,
      type,
      from,
      to,
      props: more.props,
      variant: more.variant ?? 'plain',
      dated: more.dated ?? 0,
      background: more.background ?? false,
      day: 0,
      key,
      articles: [],
    });
    return true;
  }

  private spread = () => this.rng.float() * this.scale.companies;

  /** A random ordinary company (never the dedicated path company). */
  private anyCompany = () => 1 + this.rng.int(this.scale.companies - 1);
  /** A company that may own more: not the hub (its count is fixed) nor the deep leaf (it owns nothing). */
  private ownerCompany = (): number => {
    for (;;) {
      const c = this.anyCompany();
      if (c !== DEEP_LEAF && c !== HUB) return c;
    }
  };
  private anyService = () => 1 + this.rng.int(this.scale.services - 1);
  private anyPerson = () => this.rng.int(this.scale.people);
  private anyAuthority = () => this.rng.int(this.scale.authorities);
  private anyPlace = () => this.rng.int(this.scale.places);

  private placeList: string[] = [];
  private countries = 0;
  private countryOf: number[] = [];

  private buildPlaces() {
    const s = this.scale;
    this.placeList = placeNames(this.rng, s.places);
    this.countries = Math.max(2, Math.round(s.places / 4));
    for (let p = 0; p < s.places; p++) {
      const country = p < this.countries;
      const name = this.placeList[p]!;
      this.countryOf[p] = country ? p : this.rng.int(this.countries);
      this.addEntity(this.place(p), {
        kind: 'Place',
        id: `place:syn-place-${pad(p, 4)}`,
        name,
        aliases: country && this.rng.chance(0.5) ? [`Republic of ${name}`] : [],
        description: country ? `A country (synthetic).` : `A city in ${this.placeList[this.countryOf[p]!]} (synthetic).`,
        detail: country ? 'country' : 'city',
        key: this.spread(),
      });
      if (!country) this.addRelation('PART_OF', this.place(p), this.place(this.countryOf[p]!), this.entities[this.place(p)]!.key, { variant: 'city' });
    }
  }

  private buildAuthorities() {
    const s = this.scale;
    const government = new Map<number, number>();
    let a = 0;
    for (let b = 0; b < AUTHORITY_BODIES.length && a < s.authorities; b++) {
      for (let p = 0; p < s.places && a < s.authorities; p++, a++) {
        const [body, area] = AUTHORITY_BODIES[b]!;
        const place = this.placeList[p]!;
        if (b === 0) government.set(p, a);
        const aliases = b === 0 ? [`${place} government`] : this.rng.chance(0.3) ? [`${place} ${area} body`] : [];
        this.addEntity(this.authority(a), {
          kind: 'Authority',
          id: `authority:syn-auth-${pad(a, 4)}`,
          name: `${place} ${body}`,
          aliases,
          description: `The body responsible for ${area} in ${place} (synthetic).`,
          detail: `${area} in ${place}`,
          key: this.spread(),
        });
        const key = this.entities[this.authority(a)]!.key;
        const parent = b === 0 ? (p >= this.countries ? government.get(this.countryOf[p]!) : undefined) : this.rng.chance(0.9) ? government.get(p) : undefined;
        if (parent !== undefined) this.addRelation('PART_OF', this.authority(a), this.authority(parent), key, { variant: 'authority' });
        if (this.rng.chance(0.7)) this.addRelation('JURISDICTION_OVER', this.authority(a), this.place(p), key);
      }
    }
  }

  private companyName(c: number): { name: string; aliases: string[]; sector: string } {
    const word = this.rng.pick(COMPANY_WORDS);
    const suffix = this.rng.pick(COMPANY_SUFFIXES);
    const num = pad(c, 6);
    const u = this.rng.float();
    const aliases = u < 0.1 ? [`${word} ${num}`] : u < 0.2 ? [`${word[0]}${suffix[0]} ${num}`] : [];
    return { name: `${word} ${suffix} ${num}`, aliases, sector: this.rng.pick(SECTORS) };
  }

  private buildCompanies() {
    const s = this.scale;
    const n = s.companies;
    const parent = new Int32Array(n).fill(-1);
    const depth = this.companyDepth;
    const specialIds: Record<number, [string, string]> = {
      [PATH_COMPANY]: ['company:syn-path-1', 'Quenmoor Relay Systems'],
      [DEEP_ROOT]: [WELL_KNOWN.deepRoot, 'Deepwater Trust Holdings'],
      [DEEP_LEAF]: [WELL_KNOWN.deepLeaf, 'Deepwater Terminal Ltd'],
      [HUB]: [WELL_KNOWN.hub, 'Meridian Consolidated Holdings'],
    };
    for (let c = 0; c < n; c++) {
      const generated = this.companyName(c);
      const special = specialIds[c];
      this.addEntity(this.company(c), {
        kind: 'Company',
        id: special ? special[0] : `company:syn-${pad(c, 6)}`,
        name: special ? special[1] : generated.name,
        aliases: special ? [] : generated.aliases,
        description: `${cap(an(generated.sector))} company (synthetic).`,
        detail: generated.sector,
        key: c,
      });
    }
    const owns = (o: number, c: number, variant: Variant = 'tree', background = false) =>
      this.addRelation('OWNS', this.company(o), this.company(c), c, { variant: background ? 'tree' : variant, background });

    // The deep chain, each with exactly one owner.
    for (let c = DEEP_ROOT + 1; c <= DEEP_LEAF; c++) {
      parent[c] = c - 1;
      depth[c] = c - 1;
      owns(c - 1, c);
    }
    // The hub under a root, with its direct subsidiaries.
    parent[HUB] = HUB_OWNER;
    depth[HUB] = 1;
    owns(HUB_OWNER, HUB);
    for (let c = FIRST_HUB_SUBSIDIARY; c < this.firstNormalCompany; c++) {
      parent[c] = HUB;
      depth[c] = 2;
      owns(HUB, c);
    }

    const first = this.firstNormalCompany;
    let c = first;
    const attachUnder = (candidates: number[], count: number) => {
      for (let i = 0; i < count && c < n; i++, c++) {
        const p = this.rng.pick(candidates);
        parent[c] = p;
        depth[c] = depth[p]! + 1;
        owns(p, c, 'tree', this.rng.chance(0.01));
        if (depth[c]! < MAX_OWNERSHIP_DEPTH) candidates.push(c);
      }
    };
    const remaining = n - first;
    // Branches off the deep chain (never under the leaf) and under the hub's subsidiaries.
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
    attachUnder(range(DEEP_ROOT, DEEP_LEAF), Math.min(60, Math.floor(remaining * 0.01)));
    attachUnder(range(FIRST_HUB_SUBSIDIARY, this.firstNormalCompany), Math.min(3 * s.hubCompanies, Math.floor(remaining * 0.03)));

    // Ordinary trees: mostly small, a few large; a quarter owned by a person (so one hop shallower).
    this.personOwnedRoots = [];
    while (c < n) {
      const size = Math.min(n - c, this.rng.chance(0.01) ? this.rng.range(300, 2000) : 1 + Math.floor(120 * this.rng.float() ** 3));
      const root = c;
      const personOwned = this.rng.chance(0.25);
      depth[root] = personOwned ? 1 : 0;
      if (personOwned) this.personOwnedRoots.push(root);
      for (let j = 1; j < size; j++) {
        const node = root + j;
        let p = this.rng.chance(0.3) ? node - 1 : root + this.rng.int(j);
        for (let tries = 0; depth[p]! >= MAX_OWNERSHIP_DEPTH && tries < 4; tries++) p = root + this.rng.int(j);
        if (depth[p]! >= MAX_OWNERSHIP_DEPTH) p = root;
        parent[node] = p;
        depth[node] = depth[p]! + 1;
        owns(p, node, 'tree', this.rng.chance(0.01));
      }
      c += size;
    }

    // Cross-holdings: a second owner strictly shallower than the company, so no path gets longer
    // than MAX_OWNERSHIP_DEPTH and no cycle appears by accident. Never into the deep chain.
    for (let t = FIRST_HUB_SUBSIDIARY; t < n; t++) {
      if (depth[t]! < 1 || !this.rng.chance(0.03)) continue;
      for (let tries = 0; tries < 6; tries++) {
        const o = this.ownerCompany();
        if (o !== t && o !== parent[t] && depth[o]! < depth[t]! && owns(o, t, 'cross')) break;
      }
    }

    // A few cycles: a company owning a stake in one of its own (1–3 levels up) owners, in ordinary trees.
    for (let k = 0, tries = 0; k < s.cycles && tries < 10_000; tries++) {
      const d = first + this.rng.int(n - first);
      if (parent[d]! < first) continue;
      let x = parent[d]!;
      for (let up = this.rng.int(3); up > 0 && parent[x]! >= first; up--) x = parent[x]!;
      if (owns(d, x, 'cycle')) k++;
    }

    // Stakes held by people: never in a root (a person above it would make its tree one hop deeper).
    for (let k = Math.round(n / 200), tries = 0; k > 0 && tries < 100 * n; tries++) {
      const t = first + this.rng.int(n - first);
      if (depth[t]! >= 1) {
        this.personStakes.push(t);
        k--;
      }
    }

    // Where companies are based: every root, and a few others.
    for (let t = 1; t < n; t++) {
      if (parent[t] === -1 || this.rng.chance(0.05)) this.addRelation('LOCATED_IN', this.company(t), this.place(this.anyPlace()), t);
    }
  }

  private personOwnedRoots: number[] = [];
  /** OWNS hops from each company's ultimate owner (the longest way, cycles aside). */
  private companyDepth = new Int8Array(0);
  /** Companies below the top of an ordinary tree in which a person holds a stake. */
  private personStakes: number[] = [];

  private buildServices() {
    const s = this.scale;
    for (let v = 0; v < s.services; v++) {
      const word = this.rng.pick(SERVICE_WORDS);
      const [product, category] = this.rng.pick(SERVICE_KINDS);
      const num = pad(v, 6);
      // The path service (0) is owned by the path company; then the hub's services; then those of
      // companies above the deepest level (a service is one more OWNS hop down).
      let owner = v === 0 ? PATH_COMPANY : v <= s.hubServices ? HUB : this.ownerCompany();
      while (this.companyDepth[owner]! >= MAX_OWNERSHIP_DEPTH) owner = this.ownerCompany();
      this.addEntity(this.service(v), {
        kind: 'Service',
        id: v === 0 ? 'service:syn-path-2' : `service:syn-svc-${num}`,
        name: v === 0 ? 'Quenmoor Relay Messenger' : `${word} ${product} ${num}`,
        aliases: v > 0 && this.rng.chance(0.2) ? [`${word}${product} ${num}`] : [],
        description: `${cap(an(category))} service (synthetic).`,
        detail: category,
        key: owner + 0.5,
      });
      this.addRelation('OWNS', this.company(owner), this.service(v), owner + 0.5, { variant: 'service' });
    }
    for (let v = 1; v < s.services; v++) {
      const sv = this.service(v);
      const key = this.entities[sv]!.key;
      if (this.rng.chance(0.03)) this.addRelation('VERSION_OF', sv, this.service(this.anyService()), key);
      if (this.rng.chance(0.5)) this.addRelation('AVAILABLE_IN', sv, this.place(this.anyPlace()), key);
      if (this.rng.chance(0.1)) this.addRelation('STORES_DATA_IN', sv, this.place(this.anyPlace()), key);
      if (this.rng.chance(0.02)) this.addRelation('BLOCKED_IN', sv, this.place(this.anyPlace()), key, { dated: 1, props: { status: 'blocked' } });
      if (this.rng.chance(0.01)) this.addRelation('EXITS_MARKET', sv, this.place(this.anyPlace()), key, { dated: 1, props: { status: 'exiting' } });
    }
  }

  private buildPeople() {
    const s = this.scale;
    const used = new Set<string>();
    for (let p = 0; p < s.people; p++) {
      let name = '';
      for (let tries = 0; !name || used.has(name); tries++) {
        const first = this.rng.pick(FIRST_NAMES);
        const last = this.rng.pick(LAST_NAMES);
        name = tries < 8 ? `${first} ${INITIALS[this.rng.int(INITIALS.length)]}. ${last}` : `${first} ${last} ${pad(p, 6)}`;
      }
      used.add(name);
      const employer = Math.max(1, Math.min(s.companies - 1, Math.floor((p * s.companies) / s.people) + this.rng.int(3)));
      const home = this.placeList[this.anyPlace()]!;
      const [first, ...rest] = name.split(' ');
      this.addEntity(this.person(p), {
        kind: 'Person',
        id: p === 0 ? WELL_KNOWN.pathFrom : `person:syn-person-${pad(p, 6)}`,
        name,
        aliases: this.rng.chance(0.15) ? [`${first} ${rest[rest.length - 1]}`] : [],
        description: `A business executive based in ${home} (synthetic).`,
        detail: home,
        key: employer + 0.25,
      });
      const key = employer + 0.25;
      this.addRelation('HOLDS_ROLE', this.person(p), this.company(employer), key, { props: { title: this.rng.pick(TITLES) } });
      if (this.rng.chance(0.15))
        this.addRelation('HOLDS_ROLE', this.person(p), this.company(this.anyCompany()), key, { props: { title: this.rng.pick(TITLES) } });
      if (this.rng.chance(0.02))
        this.addRelation('HOLDS_ROLE', this.person(p), this.authority(this.anyAuthority()), key, { props: { title: this.rng.pick(AUTHORITY_TITLES) } });
    }
    // Owners: of a quarter of the trees' roots, and small stakes below the top.
    for (const root of this.personOwnedRoots) this.addRelation('OWNS', this.person(this.anyPerson()), this.company(root), root, { variant: 'person' });
    for (const c of this.personStakes) this.addRelation('OWNS', this.person(this.anyPerson()), this.company(c), c, { variant: 'person' });
  }

  private buildStatements() {
    const s = this.scale;
    const names = new Map<string, number>();
    for (let t = 0; t < s.statements; t++) {
      const byCompany = this.rng.chance(0.6);
      const speaker = byCompany ? this.company(this.anyCompany()) : this.person(this.anyPerson());
      const u = this.rng.float();
      const about =
        u < 0.5
          ? this.authority(this.anyAuthority())
          : u < 0.8
            ? this.company(this.anyCompany())
            : u < 0.9
              ? this.service(this.anyService())
              : this.place(this.anyPlace());
      const speakerName = this.entities[speaker]!.name;
      const aboutEntity = this.entities[about]!;
      // The quotes name an authority as "the X"; other entities by their bare name.
      const quote = fill(this.rng.pick(STATEMENT_QUOTES), { about: aboutEntity.kind === 'Authority' ? `the ${aboutEntity.name}` : aboutEntity.name });
      let name = `${speakerName} statement on ${aboutEntity.name}`;
      const seen = names.get(name) ?? 0;
      names.set(name, seen + 1);
      if (seen > 0) name = `${name} (${seen + 1})`;
      const key = this.entities[speaker]!.key;
      const props: Props = {
        text: quote,
        medium: this.rng.pick(MEDIA),
        speaker: byCompany ? `a spokesperson for ${speakerName}` : speakerName,
      };
      if (this.rng.chance(0.3)) props.topic = 'data requests';
      this.addEntity(this.base.Statement + t, {
        kind: 'Statement',
        id: `statement:syn-stmt-${pad(t, 6)}`,
        name,
        description: `What ${speakerName} said about ${aboutEntity.name} (synthetic).`,
        detail: aboutEntity.name,
        props,
        key,
        speaker,
      });
      this.addRelation('MADE_STATEMENT', speaker, this.base.Statement + t, key);
      this.addRelation('ABOUT', this.base.Statement + t, about, key);
    }
  }

  private buildEvents() {
    const s = this.scale;
    const names = new Map<string, number>();
    for (let v = 0; v < s.events; v++) {
      const c = this.anyCompany();
      const [phrase, role] = this.rng.pick(EVENT_KINDS);
      let name = `${phrase} ${this.entities[this.company(c)]!.name}`;
      const seen = names.get(name) ?? 0;
      names.set(name, seen + 1);
      if (seen > 0) name = `${name} (${seen + 1})`;
      const ev = this.base.Event + v;
      const props: Props = this.rng.chance(0.3) ? { topic: 'enforcement' } : {};
      this.addEntity(ev, { kind: 'Event', id: `event:syn-event-${pad(v, 5)}`, name, description: `${name} (synthetic).`, detail: role, props, key: c });
      this.addRelation('INVOLVES', ev, this.company(c), c, { props: { role } });
      if (this.rng.chance(0.5)) {
        const other = this.rng.chance(0.5) ? this.authority(this.anyAuthority()) : this.person(this.anyPerson());
        this.addRelation('INVOLVES', ev, other, c, { props: { role: this.entities[other]!.kind === 'Authority' ? 'investigating authority' : 'witness' } });
      }
      this.addRelation('LOCATED_IN', ev, this.place(this.anyPlace()), c);
    }
  }

  private buildOutlets() {
    const s = this.scale;
    const used = new Set<string>();
    const pool = placeNames(this.rng, 360);
    for (let o = 0; o < s.outlets; o++) {
      let name = '';
      while (!name || used.has(name)) name = `The ${this.rng.pick(pool)} ${this.rng.pick(OUTLET_PAPERS)}`;
      used.add(name);
      this.addEntity(this.base.Outlet + o, {
        kind: 'Outlet',
        id: `outlet:syn-outlet-${pad(o, 2)}`,
        name,
        aliases: [name.slice(4)],
        description: `A news outlet (synthetic).`,
        detail: 'news',
        key: -1,
      });
      this.addRelation('LOCATED_IN', this.base.Outlet + o, this.place(this.anyPlace()), this.spread());
    }
  }

  /** The 5-hop pair: start person → path company → path service → inspectorate → ministry → end place. */
  private buildPath() {
    const s = this.scale;
    const a3 = this.authority(s.authorities);
    const a4 = this.authority(s.authorities + 1);
    const end = this.place(s.places);
    const key = this.spread();
    this.addEntity(end, {
      kind: 'Place',
      id: WELL_KNOWN.pathTo,
      name: 'Quenmoor',
      aliases: ['Isle of Quenmoor'],
      description: 'An island territory (synthetic; the far end of the 5-hop benchmark path).',
      detail: 'territory',
      key,
    });
    this.addEntity(a3, {
      kind: 'Authority',
      id: 'authority:syn-path-3',
      name: 'Quenmoor Telecom Inspectorate',
      description: 'The telecommunications inspectorate of Quenmoor (synthetic).',
      detail: 'telecommunications in Quenmoor',
      key,
    });
    this.addEntity(a4, {
      kind: 'Authority',
      id: 'authority:syn-path-4',
      name: 'Quenmoor Interior Ministry',
      description: 'The interior ministry of Quenmoor (synthetic).',
      detail: 'internal affairs in Quenmoor',
      key,
    });
    this.addRelation('HOLDS_ROLE', this.person(0), this.company(PATH_COMPANY), key, { props: { title: 'chair' } });
    // OWNS company 0 → service 0 was added with the services.
    this.addRelation('PAUSED_REQUESTS_FROM', this.service(0), a3, key, { dated: 1, props: { status: 'paused' } });
    this.addRelation('PART_OF', a3, a4, key, { variant: 'authority' });
    this.addRelation('JURISDICTION_OVER', a4, end, key);
  }

  private buildRequests() {
    const s = this.scale;
    const subject = () => (this.rng.chance(0.5) ? this.company(this.anyCompany()) : this.service(this.anyService()));
    for (let k = Math.round(s.companies / 50); k > 0; k--) {
      const from = subject();
      const props: Props = { status: 'paused' };
      if (this.rng.chance(0.4)) props.reason = 'pending a review of the new security law';
      if (this.rng.chance(0.2)) props.condition = 'until the legal position is clarified';
      this.addRelation('PAUSED_REQUESTS_FROM', from, this.authority(this.anyAuthority()), this.entities[from]!.key, { dated: 1, props });
    }
    for (let k = Math.round(s.companies / 200); k > 0; k--) {
      const from = subject();
      this.addRelation('REFUSES_REQUESTS_FROM', from, this.authority(this.anyAuthority()), this.entities[from]!.key, {
        dated: 2,
        props: { status: 'refusing' },
      });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // articles and sources

  private assignSources() {
    const s = this.scale;
    const art = s.articles;
    const outletBase = this.base.Outlet;
    for (let a = 0; a < art; a++) {
      const outlet = a < 3 * s.outlets ? a % s.outlets : this.rng.skewed(s.outlets, 1.5);
      this.articles.push({
        id: `article:syn-article-${pad(a, 6)}`,
        day: FIRST_DAY + this.rng.int(LAST_DAY - FIRST_DAY + 1),
        outlet: outletBase + outlet,
        title: '',
        byline: `${this.rng.pick(FIRST_NAMES)} ${this.rng.pick(LAST_NAMES)}`,
        minute: this.rng.int(24 * 60),
      });
    }
    // Outlets are sourced by the articles they published among the first ones (all in the first batch).
    const sortable: number[] = [];
    this.facts.forEach((f, i) => {
      if (f.entity >= 0 && this.entities[f.entity]!.kind === 'Outlet') {
        const o = f.entity - outletBase;
        const count = this.rng.range(1, 3);
        for (let k = 0; k < count; k++) f.articles.push(o + k * s.outlets);
      } else sortable.push(i);
    });
    // Everything else: the primary article by locality (facts about one group share articles), up to
    // two more nearby or anywhere.
    sortable.sort((x, y) => this.facts[x]!.key - this.facts[y]!.key || x - y);
    sortable.forEach((fi, rank) => {
      const f = this.facts[fi]!;
      const primary = Math.floor((rank * art) / sortable.length);
      f.articles.push(primary);
      if (f.dated) f.day = this.articles[primary]!.day - this.rng.int(31);
    });
    // Where each entity is introduced: the primary article of its own entity fact.
    const home = new Int32Array(this.entities.length).fill(-1);
    for (const f of this.facts) if (f.entity >= 0) home[f.entity] = f.articles[0]!;
    // Further sources: most in an article that already reports one end of the fact (as a story about
    // a company mentions its owner), some nearby, a few anywhere.
    for (const fi of sortable) {
      const f = this.facts[fi]!;
      const u = this.rng.float();
      const extra = f.background ? 0 : u < 0.55 ? 0 : u < 0.85 ? 1 : 2;
      const primary = f.articles[0]!;
      for (let k = 0, tries = 0; k < extra && tries < 20; tries++) {
        const w = this.rng.float();
        const a =
          w < 0.6 && f.entity < 0
            ? home[this.rng.chance(0.5) ? f.from : f.to]!
            : w < 0.85
              ? primary + (this.rng.chance(0.5) ? 1 : -1) * this.rng.range(1, 10)
              : this.rng.int(art);
        if (a < 0 || a >= art || f.articles.includes(a)) continue;
        f.articles.push(a);
        k++;
      }
    }
    this.sortedFacts = sortable;
  }

  private sortedFacts: number[] = [];

  private buildTexts() {
    const art = this.articles.length;
    // Facts each article reports, in locality order.
    const lists: number[][] = Array.from({ length: art }, () => []);
    for (const fi of this.sortedFacts) for (const a of this.facts[fi]!.articles) lists[a]!.push(fi);
    for (let a = 0; a < art; a++) {
      const article = this.articles[a]!;
      const outlet = this.entities[article.outlet]!.name;
      const list = lists[a]!;
      const r = new Rng(hash32(this.options.seed, 0x7171e, a));
      const anchorFact = list.find((fi) => this.facts[fi]!.articles[0] === a) ?? list[0];
      if (anchorFact === undefined) article.title = `Notes from the ${outlet} newsroom, ${longDate(article.day)}`;
      else {
        const f = this.facts[anchorFact]!;
        article.title = fill(r.pick(TITLE_TEMPLATES), { x: this.entities[f.entity >= 0 ? f.entity : f.from]!.name });
      }
      const sentences = list.map((fi) => this.source(fi, a).excerpt);
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
      this.texts.set(article.id, `${text}\n`);
    }
  }

  private name(i: number): string {
    const e = this.entities[i]!;
    return e.kind === 'Authority' ? `the ${e.name}` : e.kind === 'Event' ? `the ${lowerFirst(e.name)}` : e.name;
  }

  /** The evidence one article gives for one fact: the sentence it reports it in, with any date. */
  private source(fi: number, a: number): SeedSource {
    const f = this.facts[fi]!;
    const article = this.articles[a]!;
    const primary = f.articles[0] === a;
    const r = new Rng(hash32(this.options.seed, fi, a));
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
      out.excerpt = this.entitySentence(f.entity, r, when, primary, article);
      return out;
    }
    const from = this.name(f.from);
    const to = this.name(f.to);
    const From = cap(from);
    const To = cap(to);
    const p = f.props ?? {};
    const v = r.int(3);
    let text: string;
    switch (f.type) {
      case 'OWNS':
        if (f.background) {
          out.support = 'BACKGROUND';
          out.note = `The article names both companies without saying that ${this.entities[f.from]!.name} owns ${this.entities[f.to]!.name}; the ownership is background knowledge.`;
          text = `${To} and ${from} were both named in the filing.`;
        } else if (f.variant === 'service')
          text = [`${To} is run by ${from}.`, `${From} operates the ${to} app.`, `${To}, a service owned by ${from}, gained users this year.`][v]!;
        else if (f.variant === 'cross')
          text = [`${From} holds a minority stake in ${to}.`, `${From} also owns part of ${to}.`, `${To} counts ${from} among its shareholders.`][v]!;
        else if (f.variant === 'cycle')
          text = [
            `${From} in turn owns a stake in ${to}.`,
            `In a circular arrangement, ${from} owns shares of ${to}.`,
            `${From} holds shares in its own parent, ${to}.`,
          ][v]!;
        else if (f.variant === 'person') text = [`${To} is controlled by its founder, ${from}.`, `${From} owns ${to}.`, `${From} is the owner of ${to}.`][v]!;
        else text = [`${From} owns ${to}.`, `${To} is a subsidiary of ${from}.`, `${To}, which is owned by ${from}, reported higher revenue.`][v]!;
        break;
      case 'HOLDS_ROLE':
        if (r.chance(0.02) && !primary) {
          out.support = 'INFERRED';
          out.note = `The article has ${this.entities[f.from]!.name} speaking for ${this.entities[f.to]!.name}; the role is inferred from that.`;
          text = `${From} spoke on behalf of ${to} at the hearing.`;
        } else
          text = [
            `${From}, the ${p.title} of ${to}, declined to comment.`,
            `${From} serves as ${p.title} at ${to}.`,
            `${cap(to)} named ${from} as its ${p.title}.`,
          ][v]!;
        break;
      case 'PART_OF':
        text =
          f.variant === 'city'
            ? [`${From} is a city in ${to}.`, `${From}, in ${to}, is a regional hub.`, `The city of ${from} lies in ${to}.`][v]!
            : [`${From} is part of ${to}.`, `${From} is an agency of ${to}.`, `${From} reports to ${to}.`][v]!;
        break;
      case 'JURISDICTION_OVER':
        text = [`${From} has jurisdiction over ${to}.`, `${From} governs ${to}.`, `In ${to}, ${from} has the final say.`][v]!;
        break;
      case 'LOCATED_IN':
        text =
          this.entities[f.from]!.kind === 'Event'
            ? `${From} took place in ${to}.`
            : [`${From} is based in ${to}.`, `${From} is headquartered in ${to}.`, `${From} has its head office in ${to}.`][v]!;
        break;
      case 'VERSION_OF':
        text = `${From} is the international version of ${to}.`;
        break;
      case 'AVAILABLE_IN':
        text = [`${From} is widely used in ${to}.`, `${From} is popular in ${to}.`, `${From} is available in ${to}.`][v]!;
        break;
      case 'STORES_DATA_IN':
        text = [`${From} stores user data on servers in ${to}.`, `${From} keeps its users' data in ${to}.`, `The data of ${from} users is held in ${to}.`][v]!;
        break;
      case 'BLOCKED_IN':
        text = `${From} was blocked in ${to} ${when}.`;
        break;
      case 'EXITS_MARKET':
        text = `${From} said ${when} that it would exit ${to}.`;
        break;
      case 'PAUSED_REQUESTS_FROM':
        text = when
          ? [
              `${From} said ${when} that it had paused processing requests for user data from ${to}.`,
              `${From} stopped handling data requests from ${to} ${when}.`,
            ][v % 2]!
          : `${From} has paused processing requests for user data from ${to}.`;
        if (p.reason && v === 0) text = `${text.slice(0, -1)}, ${p.reason}.`;
        break;
      case 'REFUSES_REQUESTS_FROM':
        text = when ? `${From} said ${when} that it has never handed user data to ${to}.` : `${From} says it has never handed user data to ${to}.`;
        break;
      case 'MADE_STATEMENT':
        text = `${From} said: "${this.entities[f.to]!.props!.text}."`;
        break;
      case 'ABOUT':
        text = [
          `The statement by ${this.entities[this.entities[f.from]!.speaker!]!.name} concerned ${to}.`,
          `${cap(this.entities[this.entities[f.from]!.speaker!]!.name)} was commenting on ${to}.`,
        ][v % 2]!;
        break;
      case 'INVOLVES':
        text = [`${cap(to)} was the ${p.role} in ${from}.`, `${From} involved ${to} as ${p.role}.`][v % 2]!;
        break;
      default:
        throw new Error(`no sentence for ${f.type}`);
    }
    out.excerpt = text;
    return out;
  }

  private entitySentence(i: number, r: Rng, when: string, primary: boolean, article: PlanArticle): string {
    const e = this.entities[i]!;
    const alias = primary && e.aliases.length > 0 ? ` (also known as ${e.aliases[0]})` : '';
    const v = r.int(3);
    switch (e.kind) {
      case 'Company':
        return [
          `${e.name}${alias} is ${an(e.detail)} company.`,
          `${e.name}${alias}, ${an(e.detail)} firm, declined to comment.`,
          `Records show that ${e.name}${alias} works in ${e.detail}.`,
        ][v]!;
      case 'Service':
        return [
          `${e.name}${alias} is ${an(e.detail)} service.`,
          `The ${e.detail} app ${e.name}${alias} has millions of users.`,
          `${e.name}${alias} offers ${e.detail}.`,
        ][v]!;
      case 'Person':
        return [
          `${e.name}${alias} is a business executive based in ${e.detail}.`,
          `${e.name}${alias}, an executive from ${e.detail}, was named in the filings.`,
          `${e.name}${alias} lives in ${e.detail}.`,
        ][v]!;
      case 'Authority':
        return [
          `The ${e.name}${alias} is responsible for ${e.detail}.`,
          `The ${e.name}${alias} oversees ${e.detail}.`,
          `Responsibility for ${e.detail} lies with the ${e.name}${alias}.`,
        ][v]!;
      case 'Place':
        return e.detail === 'city'
          ? [`${e.name} is a city.`, `The city of ${e.name} has grown quickly.`, `${e.name} is a busy city.`][v]!
          : [
              `${e.name}${alias} is a ${e.detail}.`,
              `The ${e.detail} of ${e.name}${alias} has its own laws.`,
              `${e.name}${alias} is an independent ${e.detail}.`,
            ][v]!;
      case 'Statement': {
        const p = e.props!;
        return when ? `${cap(p.speaker!)} said ${when} in a ${p.medium}: "${p.text}."` : `In a ${p.medium}, ${p.speaker} said: "${p.text}."`;
      }
      case 'Event':
        return when ? `${cap(this.name(i))} took place ${when}.` : `${cap(this.name(i))} drew wide attention.`;
      case 'Outlet':
        return `Reported by ${e.name}`;
      default:
        throw new Error(`no sentence for a ${e.kind} (article ${article.id})`);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // records

  private articleRecord(a: number): ArticleRecord {
    const p = this.articles[a]!;
    const outlet = this.entities[p.outlet]!;
    const num = slug(p.id).replace('syn-article-', '');
    const date = isoDay(p.day);
    return {
      id: p.id,
      file: `${slug(p.id)}.txt`,
      title: p.title,
      outlet: outlet.id,
      outletEvidence: `Reported by ${outlet.name}`,
      publishedAt: `${date}T${pad(Math.floor(p.minute / 60), 2)}:${pad(p.minute % 60, 2)}:00+00:00`,
      date,
      dateSupport: 'STATED',
      byline: p.byline,
      url: `https://news.example/${slug(outlet.id)}/${date.slice(0, 4)}/${num}`,
      description: `Synthetic article from ${outlet.name}.`,
      aliases: [],
      text: this.texts.get(p.id)!,
    };
  }

  private factRecord(fi: number): SeedEntity | RelationRecord {
    const f = this.facts[fi]!;
    const sources = f.articles.map((a) => this.source(fi, a));
    if (f.entity >= 0) {
      const e = this.entities[f.entity]!;
      return { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, description: e.description, ...e.props, sources } as SeedEntity;
    }
    const from = this.entities[f.from]!.id;
    const to = this.entities[f.to]!.id;
    return { id: `rel:${kebab(f.type!)}:${slug(from)}:${slug(to)}`, type: f.type!, from, to, ...f.props, sources };
  }

  /** Ends of a fact, as entity indices, for MENTIONS. */
  private ends(f: PlanFact): number[] {
    return f.entity >= 0 ? [f.entity] : [f.from, f.to];
  }

  /**
   * The record sets to write, in order. Each holds articles, entities and relations whose sources
   * quote only articles of this or an earlier batch and whose ends were written in this or an earlier
   * batch, plus its derived edges (PUBLISHED_BY of its articles, MENTIONS not written before).
   */
  *batches(): Generator<Batch> {
    const entityCount = this.entities.length;
    const seen = new Set<number>();
    let set: RecordSet = { articles: [], entities: [], relations: [] };
    let fresh = new Set<string>();
    let cost = 0;
    let index = 0;
    let phase: Batch['phase'] = 'articles';

    const addFact = (fi: number) => {
      const rec = this.factRecord(fi);
      if ('kind' in rec) set.entities.push(rec);
      else set.relations.push(rec);
      cost += 1 + rec.sources.length;
      const f = this.facts[fi]!;
      for (const a of f.articles) {
        for (const e of this.ends(f)) {
          const k = a * entityCount + e;
          if (seen.has(k)) continue;
          seen.add(k);
          fresh.add(`${this.articles[a]!.id}\n${this.entities[e]!.id}`);
          cost++;
        }
      }
    };
    const flush = (): Batch => {
      // MENTIONS by their ends (article, entity), whatever their id looks like.
      const derived = derivedRelations(set).filter((r) => r.type !== 'MENTIONS' || fresh.has(`${r.from}\n${r.to}`));
      const mentions = derived.length - set.articles.length;
      if (mentions !== fresh.size) throw new Error(`batch ${index}: ${mentions} MENTIONS derived, ${fresh.size} expected`);
      set.relations.push(...derived);
      const records =
        set.articles.length + set.entities.length + set.relations.length + [...set.entities, ...set.relations].reduce((n, r) => n + r.sources.length, 0);
      const batch: Batch = { index: index++, phase, set, records };
      set = { articles: [], entities: [], relations: [] };
      fresh = new Set();
      cost = 0;
      return batch;
    };

    // 1. Articles; the outlets join the first batch, with the articles their sources quote.
    const outletFacts = this.facts.flatMap((f, i) => (f.entity >= 0 && this.entities[f.entity]!.kind === 'Outlet' ? [i] : []));
    const mustHold = 3 * this.scale.outlets;
    for (let a = 0; a < this.articles.length; a++) {
      set.articles.push(this.articleRecord(a));
      cost += 3;
      if (a === mustHold - 1) for (const fi of outletFacts) addFact(fi);
      if (a >= mustHold - 1 && cost >= this.options.batch) yield flush();
    }
    if (set.articles.length > 0) yield flush();

    // 2. Entities (outlets are written), 3. relations.
    phase = 'entities';
    for (let fi = 0; fi < this.facts.length; fi++) {
      const f = this.facts[fi]!;
      if (f.entity < 0 || this.entities[f.entity]!.kind === 'Outlet') continue;
      addFact(fi);
      if (cost >= this.options.batch) yield flush();
    }
    if (cost > 0) yield flush();
    phase = 'relations';
    for (let fi = 0; fi < this.facts.length; fi++) {
      if (this.facts[fi]!.entity >= 0) continue;
      addFact(fi);
      if (cost >= this.options.batch) yield flush();
    }
    if (cost > 0) yield flush();
  }

  private count(): Totals {
    const byKind: Record<string, number> = { Article: this.articles.length };
    const byType: Record<string, number> = {};
    const pairs = new Set<number>();
    const entityCount = this.entities.length;
    let sources = 0;
    let factRelations = 0;
    for (const f of this.facts) {
      sources += f.articles.length;
      if (f.entity >= 0) {
        const kind = this.entities[f.entity]!.kind;
        byKind[kind] = (byKind[kind] ?? 0) + 1;
      } else {
        factRelations++;
        byType[f.type!] = (byType[f.type!] ?? 0) + 1;
      }
      for (const a of f.articles) for (const e of this.ends(f)) pairs.add(a * entityCount + e);
    }
    const articles = this.articles.length;
    byType.PUBLISHED_BY = articles;
    byType.MENTIONS = pairs.size;
    const nodes = this.entities.length + articles;
    const relations = factRelations + articles + pairs.size;
    sources += articles;
    return {
      entities: this.entities.length,
      articles,
      nodes,
      factRelations,
      publishedBy: articles,
      mentions: pairs.size,
      relations,
      sources,
      records: nodes + relations + sources,
      byKind,
      byType,
    };
  }
}
