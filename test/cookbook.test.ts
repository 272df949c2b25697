/**
 * The documentation shows real answers: every query README.md and docs/*.md show with an answer (a
 * ```graphql block whose next block is ```json) is sent to the API on the seed graph, and the answer must
 * equal the one shown. docs/queries.md holds every example of examples/ with exactly its file's text, so
 * the cookbook and the files cannot drift apart (`npm run docs:queries` rewrites it).
 * A neighbourhood's edges come in no defined order, so they are compared as a set (`canonical`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COOKBOOK_PATH, canonical, shownAnswers } from '../examples/cookbook.js';
import { examples } from '../src/examples.js';
import { useSeededApi } from './support/api.js';

const { api } = useSeededApi();

const ROOT = new URL('../', import.meta.url);
const PAGES = ['README.md', ...readdirSync(new URL('docs/', ROOT)).flatMap((f) => (f.endsWith('.md') ? [`docs/${f}`] : []))];
const SHOWN = PAGES.flatMap((page) => shownAnswers(readFileSync(new URL(page, ROOT), 'utf8')).map((s) => ({ where: `${page}:${s.line}`, ...s })));

describe('queries shown with their answers', () => {
  it('are there: the cookbook shows every example with its answer', () => {
    expect(SHOWN.filter((s) => s.where.startsWith('docs/queries.md:')).length).toBe(examples().length);
  });

  it.each(SHOWN.map((s) => [s.where, s] as const))('%s answers as shown', async (where, shown) => {
    let expected: unknown;
    try {
      expected = JSON.parse(shown.answer);
    } catch (e) {
      throw new Error(`${where}: the answer shown is not JSON (${(e as Error).message}); show the whole answer, choosing smaller arguments if it is long`);
    }
    expect(canonical(await api.gql(shown.query)), where).toEqual(canonical(expected));
  });
});

describe('docs/queries.md', () => {
  const cookbook = readFileSync(COOKBOOK_PATH, 'utf8');
  const blocks = shownAnswers(cookbook).map((s) => s.query);

  it.each(examples().map((e) => [e.file, e] as const))('shows examples/%s.graphql as it stands, under its title', (_file, example) => {
    expect(blocks).toContain(example.query);
    expect(cookbook).toContain(`### ${example.title}\n`);
  });

  it('shows the examples in the order of their files', () => {
    const order = examples().map((e) => blocks.indexOf(e.query));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
