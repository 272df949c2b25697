/**
 * The data layer's typing holds: hand-written src/ keeps at most 30 type assertions (`x as T`, `<T>x`;
 * `as const` is a literal, not an assertion) and no `any`, so a value from the database or a client is
 * checked where it enters, not asserted. Counted with TypeScript's own parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const MAX_ASSERTIONS = 30;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'generated' ? [] : sourceFiles(path);
    return d.name.endsWith('.ts') ? [path] : [];
  });
}

const isAsConst = (n: ts.AsExpression) => ts.isTypeReferenceNode(n.type) && ts.isIdentifier(n.type.typeName) && n.type.typeName.text === 'const';

/** The assertions and `any`s of one file's text, as `name:line text`. */
function findingsIn(name: string, text: string) {
  const assertions: string[] = [];
  const anys: string[] = [];
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const where = (n: ts.Node) => `${name}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${n.getText().slice(0, 80)}`;
  const visit = (n: ts.Node) => {
    if ((ts.isAsExpression(n) && !isAsConst(n)) || ts.isTypeAssertionExpression(n)) assertions.push(where(n));
    if (n.kind === ts.SyntaxKind.AnyKeyword) anys.push(where(n));
    ts.forEachChild(n, visit);
  };
  visit(source);
  return { assertions, anys };
}

function findings() {
  const all = sourceFiles(SRC).map((file) => findingsIn(relative(SRC, file), readFileSync(file, 'utf8')));
  return { assertions: all.flatMap((f) => f.assertions), anys: all.flatMap((f) => f.anys) };
}

describe('typing of src/', () => {
  const { assertions, anys } = findings();

  it('counts what it says it counts', () => {
    const sample = findingsIn('sample.ts', 'const a = x as T;\nconst b = [1] as const;\nconst c = <T>y;\nlet d: any;\nconst e = (z as unknown) as any;');
    expect(sample.assertions.map((a) => a.split(' ')[0])).toEqual(['sample.ts:1', 'sample.ts:3', 'sample.ts:5', 'sample.ts:5']);
    expect(sample.anys.map((a) => a.split(' ')[0])).toEqual(['sample.ts:4', 'sample.ts:5']);
    expect(sourceFiles(SRC).length).toBeGreaterThan(50);
  });

  it(`has at most ${MAX_ASSERTIONS} type assertions`, () => {
    expect(assertions.length, assertions.join('\n')).toBeLessThanOrEqual(MAX_ASSERTIONS);
  });

  it('has no any', () => {
    expect(anys).toEqual([]);
  });
});
