/**
 * The synthetic graph: a deterministic, seeded world of companies in ownership trees, their services,
 * people, authorities, places, statements and events, reported by generated news articles whose text
 * is built from the very sentences the facts quote as evidence.
 *
 * It is built in two steps. The constructor plans the world (world.ts, filled by the planners below
 * in a fixed order), assigns each fact its source articles (sources.ts) and writes the article texts
 * (articles.ts), which every batch needs. `batches()` then turns the plan into record sets one batch
 * at a time (batches.ts). Each source's excerpt is recomputed from (fact, article) by the function
 * that wrote the text (evidence.ts), so it is verbatim by construction, and the write path checks it
 * again.
 *
 * Benchmark anchors (anchors.ts): a hub company with exactly 300 direct subsidiaries, a leaf exactly
 * 12 OWNS hops below its only ultimate owner, and a pair of entities whose shortest path over fact
 * relations is exactly 5 hops.
 */
import { planEvents, planRequests, planStatements } from './actions.js';
import { planArticles, planOutlets, writeTexts } from './articles.js';
import { batches, countTotals, type Batch, type Totals } from './batches.js';
import { DEFAULT_OPTIONS, scaleFor, type Scale, type SyntheticOptions } from './options.js';
import { planCompanies, planServices } from './ownership.js';
import { planPath } from './path.js';
import { planPeople } from './people.js';
import { planAuthorities, planPlaces } from './places.js';
import { assignSources } from './sources.js';
import { World } from './world.js';

export class SyntheticGraph {
  readonly options: SyntheticOptions;
  readonly scale: Scale;
  /** Text of every article, by id: what `writeRecords` needs for any batch. */
  readonly texts: Map<string, string>;
  readonly totals: Totals;

  private readonly world: World;

  constructor(options: Partial<SyntheticOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    if (!Number.isInteger(this.options.seed)) throw new Error('seed must be a whole number');
    if (!Number.isInteger(this.options.batch) || this.options.batch < 100) throw new Error('batch must be a whole number of at least 100');
    this.scale = scaleFor(this.options.companies);
    const w = new World(this.options, this.scale);
    this.world = w;

    // One seeded stream feeds every planner: this order is part of the output (see world.ts).
    const places = planPlaces(w);
    planAuthorities(w, places);
    const ownership = planCompanies(w);
    planServices(w, ownership);
    planPeople(w, places, ownership);
    planStatements(w);
    planEvents(w);
    planOutlets(w);
    planPath(w);
    planRequests(w);
    w.relationsPlanned();
    planArticles(w);
    const localityOrder = assignSources(w);
    this.texts = writeTexts(w, localityOrder);
    this.totals = countTotals(w);
  }

  /** The record sets to write, in order (see batches.ts). */
  batches(): Generator<Batch> {
    return batches(this.world, this.texts, this.options.batch);
  }
}
