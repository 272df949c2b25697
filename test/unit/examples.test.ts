/**
 * examples/: every file is one named operation with a title and a description, valid against the API's
 * contract (schema/schema.graphql, so this holds for Q1 too, which codegen leaves out), runnable as it
 * stands (every variable has a default), under a name no other example takes. No database.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { allExamples, EXAMPLES_DIR, examples, mutationExamples, readExample } from '../../src/examples.js';
import { SDL_PATH } from '../../src/graphql/sdl.js';

const schema = buildSchema(readFileSync(SDL_PATH, 'utf8'));

describe('examples/', () => {
  it('reads every .graphql file, in the order of their numbers, each number and name once', () => {
    const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql'));
    expect(allExamples().map((e) => `${e.file}.graphql`)).toEqual(files.sort());
    expect(new Set(allExamples().map((e) => e.file.split('-')[0])).size).toBe(files.length);
    expect(new Set(allExamples().map((e) => e.name)).size).toBe(files.length);
  });

  it('keeps the mutations apart: examples() (what benchmarks, soak and cookbook replay) holds only queries', () => {
    expect(examples().every((e) => e.operation === 'query')).toBe(true);
    expect(mutationExamples().map((e) => e.name)).toEqual(['AssertFact']);
    expect(examples().length + mutationExamples().length).toBe(allExamples().length);
  });

  it.each(allExamples().map((e) => [e.file, e] as const))('%s is valid against schema/schema.graphql', (_file, example) => {
    expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
    expect(example.title.length).toBeGreaterThan(0);
    expect(example.description.length).toBeGreaterThan(example.title.length);
  });

  it('refuses a file whose variable has no default, or that has no description', () => {
    const dir = new URL('./fixtures/', import.meta.url);
    expect(() => readExample(new URL('no-default.graphql', dir).pathname)).toThrow(/\$entity has no default value/);
    expect(() => readExample(new URL('no-description.graphql', dir).pathname)).toThrow(/a title line, then a description/);
  });
});
