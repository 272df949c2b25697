/**
 * Which backup a database gets, and which kind a file is: the local instance (NEO4J_URI unset, or naming
 * it) is dumped, any other database exported; a file is told by its first bytes, its name only when they
 * say nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/backup/format.js';
import { isLocalInstance } from '../../src/backup/physical.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-backup-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('backup target', () => {
  const port = Number(process.env.NEO4J_LOCAL_PORT || 7687);
  it.each([
    [undefined, true],
    [`bolt://127.0.0.1:${port}`, true],
    [`neo4j://localhost:${port}`, true],
    [`bolt://127.0.0.1:${port + 1}`, false],
    ['neo4j+s://abcd1234.databases.neo4j.io', false],
    ['bolt://10.0.0.5:7687', false],
  ])('%s is the local instance: %s', (uri, local) => {
    expect(isLocalInstance(uri)).toBe(local);
  });
});

describe('backup format', () => {
  it('tells a dump and a logical backup by their first bytes, whatever their names', () => {
    expect(detectFormat(file('a.bin', Buffer.from('DZV1(\xb5/\xfd', 'latin1')))).toBe('dump');
    expect(detectFormat(file('b.dump', gzipSync('{"format":"kg-graphql-logical-backup"}\n')))).toBe('logical');
  });
  it('falls back on the name, and refuses anything else', () => {
    expect(detectFormat(file('c.dump', ''))).toBe('dump');
    expect(() => detectFormat(file('d.txt', 'hello'))).toThrow(/neither a Neo4j dump nor a logical backup/);
  });
});
