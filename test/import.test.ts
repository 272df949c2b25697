/**
 * `npm run import` (BODS 0.4), against the test database:
 * - round trip: the seed graph's own BODS export imported into an empty database gives back every
 *   exported entity, person and OWNS relation under the same ids, each backed by a dataset record; the
 *   same file again changes nothing (graph version unchanged, no operation recorded);
 * - the BODS 0.4 conformance fixtures (the `bods-v04-fixtures` Python package, from the interop venv;
 *   skipped with a message where it is missing): direct ownership with its 75 % share and both interests kept
 *   (OWNS for the shareholding, HAS_VOTING_RIGHTS_IN for the voting rights), circular ownership with both edges,
 *   an unspecified owner kept as a record and no placeholder person;
 * - resolution: an identifier or an exact name of the same kind links to the entity already there;
 * - bad input: each problem by record index and field, nothing written, the graph version unmoved.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodsStatements } from '../src/export/bods.js';
import { collect } from '../src/export/collect.js';
import { exportDriver, readGraph } from '../src/export/read.js';
import { migrate } from '../src/db/migrate.js';
import { ImportInputError } from '../src/import/bods-read.js';
import { importBods } from '../src/import/bods.js';
import { loadSeeds } from '../src/seed/load.js';
import { SEEDS_DIR } from '../src/seed/prepare.js';
import { readSeeds } from '../src/seed/validate.js';
import { openTestDb, q, resetToSeedGraph, testDbOptions } from './support/db.js';
import { startTestApi } from './support/api.js';
import { interopTools, run } from './support/interop.js';

const db = openTestDb();
const dir = mkdtempSync(join(tmpdir(), 'kg-import-test-'));
const tools = interopTools();

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const version = async () => String((await db.read(q("OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS v")))[0]?.v);
const count = async (text: string) => Number((await db.read(q(text)))[0]?.n);
const wipe = async () => {
  await db.write(q('MATCH (n) DETACH DELETE n'));
  await migrate(db);
};

function importCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const o = testDbOptions();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/import.ts', ...args],
      { encoding: 'utf8', env: { ...process.env, NEO4J_URI: o.uri, NEO4J_USER: o.user, NEO4J_PASSWORD: o.password, LOG_LEVEL: 'silent' }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('round trip of the seed graph through BODS', () => {
  let statements: Record<string, unknown>[] = [];
  const file = join(dir, 'seed-bods.json');

  beforeAll(async () => {
    await resetToSeedGraph(db);
    const o = testDbOptions();
    const driver = exportDriver({ uri: o.uri, user: o.user, password: o.password });
    try {
      statements = bodsStatements(await collect((sink) => readGraph(driver, 'neo4j', {}, sink), new Set(['OWNS'])), '2026-12-03');
    } finally {
      await driver.close();
    }
    writeFileSync(file, JSON.stringify(statements));
    await wipe();
  }, 120_000);

  it('imports every exported entity, person and OWNS relation under the same ids', async () => {
    const ran = await importCli([file, '--actor', 'test']);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    const byType = (t: string) => statements.filter((s) => s.recordType === t).map((s) => String(s.recordId));
    const parties = [...byType('entity'), ...byType('person')];
    const entities = (await db.read(q('MATCH (n:Entity) RETURN n.id AS id'))).map((r) => String(r.id));
    expect(entities.sort()).toEqual(parties.sort());
    const owns = (await db.read(q('MATCH ()-[r:OWNS]->() RETURN r.id AS id'))).map((r) => String(r.id));
    expect(owns.sort()).toEqual(byType('relationship').sort());
    // Every fact is backed by one dataset record, published in one dataset; no article evidence.
    expect(await count('MATCH (r:DatasetRecord)-[:PUBLISHED_IN]->(:Dataset) RETURN count(r) AS n')).toBe(statements.length);
    expect(await count('MATCH (s:Source) RETURN count(s) AS n')).toBe(0);
    expect(await count("MATCH (o:Operation {name: 'import', actor: 'test'}) RETURN count(o) AS n")).toBe(1);
    expect(ran.stdout).toContain(`${parties.length} created`);
  }, 120_000);

  it('changes nothing when the same file is imported again', async () => {
    const before = await version();
    const ran = await importCli([file]);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain('nothing changed');
    expect(await version()).toBe(before);
    expect(await count("MATCH (o:Operation {name: 'import'}) RETURN count(o) AS n")).toBe(1);
  }, 120_000);

  it('into the seeded graph, links to every entity and relation with article evidence and rewrites none', async () => {
    await resetToSeedGraph(db);
    const [before, sources] = [await version(), await count('MATCH (s:Source) RETURN count(s) AS n')];
    const summary = await importBods(db, file, { actor: 'test' });
    expect(summary.linked.length).toBe(statements.length);
    expect(summary.entities.created + summary.relations.created + summary.records).toBe(0);
    expect(await version()).toBe(before);
    expect(await count('MATCH (s:Source) RETURN count(s) AS n')).toBe(sources);
  }, 120_000);
});

describe('the write path over imported facts', () => {
  it('a seed load over an imported graph replaces the imported relations of the same ids, leaving no duplicate', async () => {
    await wipe();
    await importBods(db, join(dir, 'seed-bods.json'), { actor: 'test' });
    await loadSeeds(db, readSeeds(SEEDS_DIR));
    expect(await count("MATCH ()-[r:OWNS {id: 'rel:owns:facebook:whatsapp'}]->() RETURN count(r) AS n")).toBe(1);
    expect(await count("MATCH (r:DatasetRecord {fact: 'rel:owns:facebook:whatsapp'}) RETURN count(r) AS n")).toBe(0);
  }, 120_000);
});

const fixturesDir = async (): Promise<string | undefined> => {
  if ('missing' in tools) return undefined;
  const ran = await run(tools.python, ['-c', 'import bods_fixtures, os; print(os.path.join(os.path.dirname(bods_fixtures.__file__), "data"))']);
  return ran.status === 0 ? ran.stdout.trim() : undefined;
};

describe('the BODS 0.4 conformance fixtures (bods-v04-fixtures)', async () => {
  const data = await fixturesDir();
  if (!data) console.warn('BODS fixture tests skipped: the bods-v04-fixtures package is not in the interop venv (pip install -r .ci/interop-requirements.txt)');
  beforeAll(wipe);

  it.skipIf(!data)('direct ownership: one person owns 75 % of one company and holds 75 % of its votes, both interests kept', async () => {
    const summary = await importBods(db, join(data ?? '', 'core/01-direct-ownership.json'), { actor: 'test' });
    expect(summary.entities.created).toBe(2);
    const [row] = await db.read(
      q(`MATCH (p:Person)-[r:OWNS]->(c:Company)-[:IDENTIFIED_BY]->(i:Identifier)
         RETURN p.name AS person, p.personType AS type, c.name AS company, i.key AS identifier, r {.*} AS r`),
    );
    expect(row).toMatchObject({ person: 'Jane Smith', type: 'knownPerson', company: 'Acme Holdings Ltd', identifier: 'GB-COH:10000001' });
    expect(row?.r).toMatchObject({ shareExact: 75, interestTypes: 'shareholding', beneficialOwnershipOrControl: true, startDate: '2010-01-01' });
    // "both interest types preserved (do not collapse shareholding and votingRights)": the votes are a relation of their own.
    const [votes] = await db.read(
      q("MATCH (:Person {name: 'Jane Smith'})-[r:HAS_VOTING_RIGHTS_IN]->(:Company {name: 'Acme Holdings Ltd'}) RETURN r {.*} AS r"),
    );
    expect(votes?.r).toMatchObject({ shareExact: 75, interestTypes: 'votingRights', beneficialOwnershipOrControl: true });
  });

  it.skipIf(!data)('GraphQL shows the share, the interests, the flag and the start date on the OWNS relation', async () => {
    const api = await startTestApi(openTestDb());
    try {
      const { data: answer, errors } = await api.gql(
        '{ relations(type: OWNS, to: "Acme Holdings Ltd", first: 5) { edges { node { from { name } ... on OwnsRelation { shareExact shareMinimum interestTypes beneficialOwnershipOrControl startDate endDate } } } } }',
      );
      expect(errors).toBeUndefined();
      expect(answer.relations.edges.map((e: { node: unknown }) => e.node)).toEqual([
        {
          from: { name: 'Jane Smith' },
          shareExact: 75,
          shareMinimum: null,
          interestTypes: 'shareholding',
          beneficialOwnershipOrControl: true,
          startDate: '2010-01-01',
          endDate: null,
        },
      ]);
    } finally {
      await api.stop();
    }
  });

  it.skipIf(!data)('circular ownership: both edges written', async () => {
    await importBods(db, join(data ?? '', 'edge-cases/10-circular-ownership.json'), { actor: 'test' });
    expect(await count("MATCH (a:Company)-[:OWNS]->(b:Company)-[:OWNS]->(a) WHERE a.name STARTS WITH 'Alpha' RETURN count(*) AS n")).toBe(1);
  });

  it.skipIf(!data)('an unspecified owner is kept as a record of the subject, with no placeholder person', async () => {
    const persons = await count('MATCH (p:Person) RETURN count(p) AS n');
    const summary = await importBods(db, join(data ?? '', 'edge-cases/11-anonymous-person.json'), { actor: 'test' });
    expect(summary.relations.created).toBe(0);
    expect(await count('MATCH (p:Person) RETURN count(p) AS n')).toBe(persons);
    const notes = await db.read(q('MATCH (r:DatasetRecord {fact: $id}) RETURN r.note AS note ORDER BY r.ordinal'), {
      id: (await db.read(q("MATCH (c:Company {name: 'Opaque Holdings SA'}) RETURN c.id AS id")))[0]?.id,
    });
    expect(notes.map((n) => n.note)).toEqual([null, expect.stringContaining('subjectUnableToConfirmOrIdentifyBeneficialOwner')]);
  });

  it.skipIf(!data)('a second file resolves by identifier and by exact name within kind, and reports an alias as a candidate', async () => {
    const base = (await import('node:fs')).readFileSync(join(data ?? '', 'core/01-direct-ownership.json'), 'utf8');
    const other = JSON.parse(base.replaceAll('rec-', 'other-').replaceAll('"bods-fixtures"', '"another publisher"')) as Record<string, any>[];
    other[1]?.recordDetails.names.push({ type: 'alternative', fullName: 'Acme Holdings Ltd' });
    const file = join(dir, 'other.json');
    writeFileSync(file, JSON.stringify(other));
    const summary = await importBods(db, file, { actor: 'test' });
    expect(summary.entities.created).toBe(0);
    expect(summary.linked.map((l) => l.why)).toEqual(['identifier GB-COH:10000001', 'same name and kind']);
    expect(summary.candidates[0]?.candidates[0]?.why).toBe('same name, a Company');
    expect(await count("MATCH (c:Company {name: 'Acme Holdings Ltd'}) RETURN count(c) AS n")).toBe(1);
  });
});

describe('bad input', () => {
  const statement = (over: Record<string, unknown>) => ({
    statementId: 's1',
    recordId: 'r1',
    recordType: 'entity',
    statementDate: '2020-01-01',
    publicationDetails: { publicationDate: '2020-01-02', bodsVersion: '0.4', publisher: { name: 'p' } },
    recordDetails: { isComponent: false, entityType: { type: 'registeredEntity' }, name: 'A Co' },
    ...over,
  });
  const owner = statement({
    statementId: 's2',
    recordId: 'r2',
    recordType: 'person',
    recordDetails: { personType: 'knownPerson', names: [{ fullName: 'B' }] },
  });
  const relationship = (details: Record<string, unknown>) =>
    statement({
      statementId: 's3',
      recordId: 'r3',
      recordType: 'relationship',
      recordDetails: { subject: 'r1', interestedParty: 'r2', interests: [], ...details },
    });
  const cases: [string, string, RegExp][] = [
    [
      'dangling reference',
      JSON.stringify([statement({}), relationship({ interestedParty: 'r9' })]),
      /record 1, recordDetails\.interestedParty: "r9" is no record/,
    ],
    [
      'share exact 150',
      JSON.stringify([statement({}), owner, relationship({ interests: [{ type: 'shareholding', share: { exact: 150 } }] })]),
      /record 2, recordDetails\.interests\[0\]\.share\.exact: must be a percentage/,
    ],
    [
      'date 2019-02-30',
      [statement({ statementDate: '2019-02-30' })].map((s) => JSON.stringify(s)).join('\n'),
      /record 0, statementDate: is not a real calendar date/,
    ],
    ['not JSON', 'this is not JSON\n', /record 0: line 1 is not JSON/],
    [
      'a BODS 0.2 file',
      JSON.stringify([{ statementID: 'x', statementType: 'entityStatement', entityType: 'registeredEntity', name: 'A' }]),
      /record 0, statementType: a BODS 0\.2\/0\.3/,
    ],
  ];

  beforeAll(async () => {
    await wipe();
    await importBods(db, join(dir, 'seed-bods.json'), { actor: 'test' }).catch(() => undefined);
  });

  for (const [name, text, expected] of cases)
    it(`${name}: reported by record and field, nothing written`, async () => {
      const file = join(dir, `${name.replaceAll(' ', '-')}.json`);
      writeFileSync(file, text);
      const [before, nodes] = [await version(), await count('MATCH (n) RETURN count(n) AS n')];
      const error = await importBods(db, file, { actor: 'test' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportInputError);
      expect((error as Error).message).toMatch(expected);
      expect(await version()).toBe(before);
      expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(nodes);
    });

  it('the command exits non-zero with the problems on stderr', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([statement({ statementDate: '2019-02-30' })]));
    const ran = await importCli([file]);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toMatch(/record 0, statementDate: is not a real calendar date/);
  }, 60_000);
});
