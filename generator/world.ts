/**
 * The plan of a synthetic world: every entity and fact as a compact record addressed by number, long
 * before any of them becomes a record to write. The planners (places.ts, ownership.ts, people.ts,
 * actions.ts, articles.ts, path.ts) fill it from one seeded stream, `rng`, in the fixed order graph.ts
 * calls them: that order is part of the output, so reordering them (or their draws) changes the graph
 * a seed makes and needs a GENERATOR_VERSION bump.
 *
 * Entities of one kind sit in one contiguous range (`base[kind]` + number), so a planner can address
 * "company 42" without a lookup, and facts keep a locality `key` that sources.ts uses to let the
 * facts about one group of entities share articles.
 */
import type { FactProperty, Kind, RelationType } from '../src/ontology.js';
import type { Scale, SyntheticOptions } from './options.js';
import { hash32, Rng } from './random.js';

export type EntityKind = Exclude<Kind, 'Article'>;
export type Props = Partial<Record<FactProperty, string>>;

export interface PlanEntity {
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

/** Which family of sentences reports a relation (prose.ts), beyond its type. */
export type Variant = 'plain' | 'tree' | 'cross' | 'cycle' | 'person' | 'service' | 'city' | 'authority';

/** One fact: an entity's own (its name, description, properties) or one relation between two entities. */
export interface PlanFact {
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

export interface PlanArticle {
  id: string;
  day: number;
  /** Entity index of its outlet. */
  outlet: number;
  title: string;
  byline: string;
  minute: number;
}

export class World {
  readonly rng: Rng;
  readonly entities: PlanEntity[];
  readonly facts: PlanFact[] = [];
  readonly articles: PlanArticle[] = [];
  /** First entity index of each kind. */
  readonly base: Record<EntityKind, number>;
  /** type|from|to of the relations planned so far: two facts never join the same ends with one type. */
  private readonly relationKeys = new Set<string>();

  constructor(
    readonly options: SyntheticOptions,
    readonly scale: Scale,
  ) {
    this.rng = new Rng(hash32(options.seed, 0x5eed));
    const s = scale;
    // Place and Authority have room for the path's far end and its two authorities (path.ts).
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
  }

  company = (c: number) => this.base.Company + c;
  service = (s: number) => this.base.Service + s;
  person = (p: number) => this.base.Person + p;
  authority = (a: number) => this.base.Authority + a;
  place = (p: number) => this.base.Place + p;

  /** Plans entity `index` and its own fact (dated for events always, for statements by half their sources). */
  addEntity(index: number, e: Omit<PlanEntity, 'aliases'> & { aliases?: string[] }) {
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
  addRelation(
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

  /** Every relation is planned: the duplicate check's memory (one string per relation) can go. */
  relationsPlanned() {
    this.relationKeys.clear();
  }

  /** A locality key anywhere in the company range, for facts tied to no company. */
  spread = () => this.rng.float() * this.scale.companies;

  /** A random ordinary company (never the dedicated path company). */
  anyCompany = () => 1 + this.rng.int(this.scale.companies - 1);
  /** A random service other than the path service. */
  anyService = () => 1 + this.rng.int(this.scale.services - 1);
  anyPerson = () => this.rng.int(this.scale.people);
  anyAuthority = () => this.rng.int(this.scale.authorities);
  anyPlace = () => this.rng.int(this.scale.places);
}
