/**
 * What a run asks for (companies, seed, batch size) and every count derived from it. Everything
 * scales from the number of companies, so one flag sizes the whole graph; the identity string names
 * a generated graph in the database, so a later run can tell "the same graph" from "another one".
 */
import { FIRST_HUB_SUBSIDIARY, HUB_SUBSIDIARIES } from './anchors.js';

/** Bump when the generator's output changes: a database marked with another version is not reused. */
export const GENERATOR_VERSION = 2;

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
