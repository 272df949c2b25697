/**
 * The architecture holds: src/ imports no other product (generator, bench, explorer sources), has no
 * import cycle, and each layer imports only layers below it (docs/architecture.md draws them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Layers, lowest first: a module may import its own layer and the ones before it. */
const LAYERS: readonly (readonly string[])[] = [
  ['shape.ts', 'ontology.ts', 'bounds.ts', 'examples.ts'],
  ['config'],
  ['db'],
  ['backup'],
  ['errors.ts'],
  ['auth'],
  ['store'],
  ['seed'],
  ['export'],
  ['import'],
  ['data'],
  ['plan'],
  ['graphql'],
  ['server'],
  ['app.ts', 'main.ts'],
  ['client', 'cli'],
];
const layerOf = (file: string) => LAYERS.findIndex((names) => names.includes(file.split('/')[0]!));

/** Every hand-written .ts file of src/, relative to src/. */
const files = (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts') && !f.includes('generated/'));

/** The relative imports of a file (type-only ones included), resolved to paths relative to the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) =>
    relative(ROOT, normalize(join(SRC, dirname(file), m[1]!))).replace(/\.js$/, '.ts'),
  );
}
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('architecture of src/', () => {
  it('names a layer for every top-level module', () => {
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('imports nothing of the other products (generator, bench, explorer, tests)', () => {
    const outside = [...graph].flatMap(([f, imports]) => imports.filter((i) => /^(generator|bench|explorer|test)\//.test(i)).map((i) => `${f} → ${i}`));
    expect(outside).toEqual([]);
  });

  it('imports only from its own layer or the layers below', () => {
    const upward = [...graph].flatMap(([f, imports]) =>
      imports
        .filter((i) => i.startsWith('src/'))
        .map((i) => i.slice('src/'.length))
        .filter((i) => layerOf(i) > layerOf(f))
        .map((i) => `${f} → ${i}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const i of graph.get(f) ?? []) if (i.startsWith('src/')) visit(i.slice('src/'.length), [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('finds the imports it checks (the walk is not vacuous)', () => {
    expect(graph.get('graphql/types/entity.ts')).toContain('src/graphql/refs.ts');
    expect(graph.get('main.ts')!.length).toBeGreaterThan(2);
  });
});
