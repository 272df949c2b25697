/** The seed files without a database: they validate, quote their articles verbatim, and bad ones are refused naming file, record and field. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/seed/prepare.js';
import { readSeeds, SeedValidationError } from '../../src/seed/validate.js';
import { derivedRelations } from '../../src/store/rows.js';
import { brokenSeeds, type SeedFiles } from '../support/seeds.js';

describe('seed files', () => {
  it('validate, and the article copies are byte-identical to shared/seed-articles', () => {
    const seeds = readSeeds(SEEDS_DIR);
    expect(seeds.articles).toHaveLength(5);
    const shared = join(SEEDS_DIR, '..', '..', 'shared', 'seed-articles');
    if (existsSync(shared)) {
      for (const file of readdirSync(shared)) expect(readFileSync(join(SEEDS_DIR, 'articles', file), 'utf8')).toBe(readFileSync(join(shared, file), 'utf8'));
    }
  });

  it('every excerpt of every entity and relation is verbatim in its article', () => {
    const seeds = readSeeds(SEEDS_DIR);
    const text = new Map(seeds.articles.map((a) => [a.id, a.text]));
    const sources = [...seeds.entities, ...seeds.relations].flatMap((r) => r.sources);
    expect(sources.length).toBeGreaterThan(300);
    for (const s of sources) expect(text.get(s.article), `${s.article}: ${s.excerpt}`).toContain(s.excerpt);
  });
});

describe('seed validation', () => {
  it.each([
    [
      'a dangling reference',
      (f: SeedFiles) => (f.relations[0].to = 'company:does-not-exist'),
      /relations\.json › rel:[^ ]+ › to: dangling reference: no entity or article "company:does-not-exist"/,
    ],
    [
      'a misquoted excerpt',
      (f: SeedFiles) => (f.entities[0].sources[0].excerpt += ' (misquoted)'),
      /entities\.json › [^ ]+ › sources\.0\.excerpt: excerpt not found verbatim/,
    ],
    ['an unknown relation type', (f: SeedFiles) => (f.relations[1].type = 'LIKES'), /relations\.json › rel:[^ ]+ › type: /],
    [
      'a malformed date',
      (f: SeedFiles) => (f.relations.find((r: any) => r.sources[0].date).sources[0].date = '2020-07-32'),
      /relations\.json › rel:[^ ]+ › sources\.0\.date: is not a real calendar date/,
    ],
    [
      'a property the ontology does not give a kind',
      (f: SeedFiles) => (f.entities.find((e: any) => e.kind === 'Company').topic = 'x'),
      /entities\.json › company:[^ ]+ › topic: a Company has no property "topic"/,
    ],
    [
      'an attribute its relation type does not give',
      (f: SeedFiles) => (f.relations.find((r: any) => r.type === 'OWNS').sources[0].count = 3),
      /relations\.json › rel:owns:[^ ]+ › sources\.0\.count: sources of OWNS give no "count"/,
    ],
    [
      'an inferred source without a note',
      (f: SeedFiles) => (f.relations[0].sources[0].support = 'INFERRED'),
      /relations\.json › rel:[^ ]+ › sources\.0\.note: an INFERRED or BACKGROUND source needs a `note`/,
    ],
    [
      'an outlet only background knowledge gives, without a note',
      (f: SeedFiles) => {
        const a = f.articles.find((x: any) => x.outlet && x.outletSupport === 'STATED');
        a.outletSupport = 'BACKGROUND';
      },
      /articles\.json › article:[^ ]+ › outletNote: an INFERRED or BACKGROUND outlet needs an outletNote/,
    ],
    [
      'an alias no article among its sources uses ("Alphabet" for Google)',
      (f: SeedFiles) => f.entities.find((e: any) => e.id === 'company:google').aliases.push('Alphabet'),
      /entities\.json › company:google › aliases\.\d+: "Alphabet" does not occur as whole words in the text of any article among its sources/,
    ],
    [
      'an alias that occurs only inside a longer word',
      (f: SeedFiles) => f.entities.find((e: any) => e.id === 'company:facebook').aliases.push('Face'),
      /entities\.json › company:facebook › aliases\.\d+: "Face" does not occur/,
    ],
    [
      'an inferred date without a dateNote',
      (f: SeedFiles) => {
        const source = f.relations.find((r: any) => r.sources[0].date).sources[0];
        source.dateSupport = 'INFERRED';
        delete source.dateNote;
      },
      /relations\.json › rel:[^ ]+ › sources\.0\.dateNote: an INFERRED date needs date and a dateNote/,
    ],
    [
      'a kind not allowed at a relation end',
      (f: SeedFiles) => (f.relations.find((r: any) => r.type === 'OWNS').to = 'person:carrie-lam'),
      /OWNS does not allow a Person at its "to" end/,
    ],
  ])('refuses %s, naming file, record and field', (_name, edit, message) => {
    const dir = brokenSeeds(edit);
    expect(() => readSeeds(dir)).toThrow(SeedValidationError);
    expect(() => readSeeds(dir)).toThrow(message);
  });

  it('derived edges are MENTIONS and PUBLISHED_BY only, and carry no sources of their own except the outlet evidence', () => {
    const derived = derivedRelations(readSeeds(SEEDS_DIR));
    expect(new Set(derived.map((r) => r.type))).toEqual(new Set(['MENTIONS', 'PUBLISHED_BY']));
    expect(derived.filter((r) => r.type === 'MENTIONS').every((r) => r.sources.length === 0)).toBe(true);
  });

  it('an outlet only outside knowledge gives (002: "by Tyler Durden") is a BACKGROUND PUBLISHED_BY and no MENTIONS', () => {
    const seeds = readSeeds(SEEDS_DIR);
    const derived = derivedRelations(seeds);
    const zh = 'article:zerohedge-twitter-joins-facebook-telegram';
    const published = derived.find((r) => r.type === 'PUBLISHED_BY' && r.from === zh);
    expect(published?.sources).toEqual([expect.objectContaining({ excerpt: 'by Tyler Durden', support: 'BACKGROUND', note: expect.any(String) })]);
    expect(derived.some((r) => r.type === 'MENTIONS' && r.from === zh && r.to === 'outlet:zerohedge')).toBe(false);
    // Every other PUBLISHED_BY is STATED: MediaNama and The Independent are named in their texts.
    expect(derived.filter((r) => r.type === 'PUBLISHED_BY' && r.from !== zh).flatMap((r) => r.sources.map((s) => s.support))).toEqual(['STATED', 'STATED']);
  });
});
