/** Seed folders for tests: a copy of seeds/ with an edit applied, written to a temporary folder. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS_DIR } from '../../src/seed/prepare.js';

/** The three seed files, as parsed JSON, for tests to edit. */
export type SeedFiles = { entities: any[]; relations: any[]; articles: any[] };

/** A copy of seeds/ in a temporary folder, with `edit` applied to its three JSON files. */
export function brokenSeeds(edit: (files: SeedFiles) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  const files = {
    entities: JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')),
    relations: JSON.parse(readFileSync(join(dir, 'relations.json'), 'utf8')),
    articles: JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')),
  };
  edit(files);
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(data, null, 2));
  return dir;
}
