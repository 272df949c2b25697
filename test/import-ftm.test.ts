/**
 * `npm run import` of FollowTheMoney entity JSON Lines, against the test database:
 * - round trip: the seed graph's own FtM export (`npm run export -- --format ftm`), imported into an empty
 *   database with no `--format` (the content tells), gives back every exported party (Company, Person,
 *   Organization, PublicBody, Asset) under the same id, kind and name, and every OWNS (Ownership) under the
 *   same id and ends, each backed by one dataset record. What FtM does not carry back: articles (Documents:
 *   their excerpts are free-text notes, not checked evidence) and so their Mentions, reported as skipped;
 *   relations other than OWNS and MENTIONS, which the export does not write. The same file again changes nothing;
 *   into the seeded graph it links to every fact with article evidence and rewrites none;
 * - a hand-written file (valid FtM: `ftm validate` keeps every value, where the interop venv exists): Ownership
 *   with its percentage and start date, Directorship as HOLDS_ROLE; a second one resolves by LEI, by exact
 *   name within kind (a LegalEntity onto a Company of the graph) and reports an alias as a candidate;
 * - a file resolving onto the seed graph: the seed entity it resolves to by name gets its record and identifiers,
 *   its sources and seedHash unchanged; the same file again writes nothing; a later file of the same dataset
 *   replaces the entity and the Ownership it changes (the earlier records kept) and reads Control as a relation;
 * - bad input: each problem by record index and field, nothing written, the graph version unmoved;
 * - the model the importer checks against (src/import/ftm-model.ts) is followthemoney's own.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.js';
import { collect } from '../src/export/collect.js';
import { type FtmEntity, ftmEntities } from '../src/export/ftm.js';
import { exportDriver, readGraph } from '../src/export/read.js';
import { importFtm } from '../src/import/ftm.js';
import { FTM_SCHEMA_NAMES, FTM_SCHEMATA } from '../src/import/ftm-model.js';
import { ImportInputError } from '../src/import/problems.js';
import { openTestDb, q, resetToSeedGraph, testDbOptions } from './support/db.js';
import { interopTools, run } from './support/interop.js';

const db = openTestDb();
const dir = mkdtempSync(join(tmpdir(), 'kg-import-ftm-test-'));
const tools = interopTools();
if ('missing' in tools) console.warn(`FtM validation in the import tests skipped: ${tools.missing}`);

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const version = async () => String((await db.read(q("OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS v")))[0]?.v);
const count = async (text: string, params: Record<string, unknown> = {}) => Number((await db.read(q(text), params))[0]?.n);
const wipe = async () => {
  await db.write(q('MATCH (n) DETACH DELETE n'));
  await migrate(db);
};
const jsonl = (entities: unknown[]) => `${entities.map((e) => JSON.stringify(e)).join('\n')}\n`;

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

/** `ftm validate` keeps every entity and value of the file (it drops what it cannot parse without failing). */
async function expectValidFtm(file: string): Promise<void> {
  if ('missing' in tools) return;
  const ran = await run(tools.ftm, ['validate', '-i', file, '-o', `${file}.validated`]);
  expect(ran.status).toBe(0);
  const back = new Map(
    readFileSync(`${file}.validated`, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as FtmEntity)
      .map((e) => [e.id, e]),
  );
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const e = JSON.parse(line) as FtmEntity;
    expect(back.get(e.id)?.schema).toBe(e.schema);
    for (const [p, values] of Object.entries(e.properties)) expect(back.get(e.id)?.properties[p]?.sort(), `${e.id} ${p}`).toEqual([...values].sort());
  }
}

const PARTIES = new Set(['Company', 'Person', 'Organization', 'PublicBody', 'Asset']);

describe('round trip of the seed graph through FollowTheMoney', () => {
  let entities: FtmEntity[] = [];
  let seedKinds = new Map<string, { kind: string; name: string }>();
  let seedOwns: { id: string; from: string; to: string }[] = [];
  const file = join(dir, 'seed.ftm.jsonl');

  beforeAll(async () => {
    await resetToSeedGraph(db);
    const o = testDbOptions();
    const driver = exportDriver({ uri: o.uri, user: o.user, password: o.password });
    try {
      entities = ftmEntities(await collect((sink) => readGraph(driver, 'neo4j', {}, sink), new Set(['OWNS', 'MENTIONS'])));
    } finally {
      await driver.close();
    }
    writeFileSync(file, jsonl(entities));
    seedKinds = new Map(
      (await db.read(q('MATCH (n:Entity) WHERE NOT n:Article RETURN n.id AS id, n.kind AS kind, n.name AS name'))).map((r) => [
        String(r.id),
        { kind: String(r.kind), name: String(r.name) },
      ]),
    );
    seedOwns = (await db.read(q('MATCH (a)-[r:OWNS]->(b) RETURN r.id AS id, a.id AS from, b.id AS to'))).map((r) => ({
      id: String(r.id),
      from: String(r.from),
      to: String(r.to),
    }));
    await wipe();
  }, 120_000);

  it('the export is valid FtM (ftm validate keeps every value)', async () => {
    await expectValidFtm(file);
  }, 120_000);

  it('imports every exported party and OWNS relation under the same ids, kinds and names; articles and mentions are reported as skipped', async () => {
    const ran = await importCli([file, '--actor', 'test']);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    const parties = entities.filter((e) => PARTIES.has(e.schema));
    const ownerships = entities.filter((e) => e.schema === 'Ownership');
    const skipped = entities.filter((e) => e.schema === 'Document' || e.schema === 'Mention');
    expect(parties.length + ownerships.length + skipped.length).toBe(entities.length);
    const rows = await db.read(q('MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind, n.name AS name'));
    expect(rows.length).toBe(parties.length);
    for (const r of rows) expect(seedKinds.get(String(r.id)), String(r.id)).toEqual({ kind: r.kind, name: r.name });
    const owns = (await db.read(q('MATCH (a)-[r:OWNS]->(b) RETURN r.id AS id, a.id AS from, b.id AS to'))).map((r) => ({
      id: String(r.id),
      from: String(r.from),
      to: String(r.to),
    }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(owns.sort(byId)).toEqual(seedOwns.sort(byId));
    expect(owns.length).toBe(ownerships.length);
    expect(await count('MATCH ()-[r]->() WHERE NOT type(r) IN ["OWNS", "KNOWN_AS", "IDENTIFIED_BY", "PUBLISHED_IN"] RETURN count(r) AS n')).toBe(0);
    expect(
      await count(
        'MATCH (r:DatasetRecord)-[:PUBLISHED_IN]->(:Dataset {name: "kg-graphql knowledge-graph API", publisher: "kg-graphql knowledge-graph API"}) RETURN count(r) AS n',
      ),
    ).toBe(parties.length + ownerships.length);
    expect(await count('MATCH (s:Source) RETURN count(s) AS n')).toBe(0);
    expect(ran.stdout).toContain(`imported ${entities.length} FollowTheMoney entities`);
    expect(ran.stdout).toContain(`entities: ${parties.length} created`);
    const documents = entities.filter((e) => e.schema === 'Document').length;
    expect(ran.stdout).toContain(`skipped: ${documents} records (`);
    expect(ran.stdout).toContain(`skipped: ${skipped.length - documents} records (`);
  }, 120_000);

  it('changes nothing when the same file is imported again', async () => {
    const before = await version();
    const ran = await importCli([file, '--format', 'ftm']);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain('nothing changed');
    expect(await version()).toBe(before);
    expect(await count("MATCH (o:Operation {name: 'import'}) RETURN count(o) AS n")).toBe(1);
  }, 120_000);

  it('into the seeded graph, links to every party and OWNS with article evidence and rewrites none', async () => {
    await resetToSeedGraph(db);
    const [before, sources] = [await version(), await count('MATCH (s:Source) RETURN count(s) AS n')];
    const summary = await importFtm(db, file, { actor: 'test' });
    expect(summary.linked.length).toBe(entities.filter((e) => PARTIES.has(e.schema) || e.schema === 'Ownership').length);
    expect(summary.entities.created + summary.relations.created + summary.records).toBe(0);
    expect(await version()).toBe(before);
    expect(await count('MATCH (s:Source) RETURN count(s) AS n')).toBe(sources);
  }, 120_000);
});

describe('a hand-written FtM file, and a second one that resolves onto it', () => {
  const LEI = '5493001KJTIIGC8Y1R12';
  const first = [
    { id: 'acme', schema: 'Company', properties: { name: ['Acme Holdings Ltd'], leiCode: [LEI], registrationNumber: ['01234567'], jurisdiction: ['gb'] } },
    { id: 'jane', schema: 'Person', properties: { name: ['Jane Smith'], nationality: ['gb'] } },
    {
      id: 'jane-owns-acme',
      schema: 'Ownership',
      properties: { owner: ['jane'], asset: ['acme'], percentage: ['75'], startDate: ['2010-01-01'], endDate: ['2024'], role: ['shareholder'] },
    },
    { id: 'jane-directs-acme', schema: 'Directorship', properties: { director: ['jane'], organization: ['acme'], role: ['Director'], startDate: ['2011-05'] } },
    { id: 'acme-address', schema: 'Address', properties: { full: ['1 Acme Street, London'] } },
  ];
  const second = [
    { id: 'acme-2', schema: 'Company', properties: { name: ['ACME HOLDINGS LIMITED'], leiCode: [LEI] }, datasets: ['another register'] },
    { id: 'jane-2', schema: 'Person', properties: { name: ['Jane Smith'], alias: ['Facebook'] } },
    { id: 'fb', schema: 'LegalEntity', properties: { name: ['Facebook'] } },
  ];

  beforeAll(async () => {
    await resetToSeedGraph(db);
    writeFileSync(join(dir, 'first.ftm.jsonl'), jsonl(first));
    writeFileSync(join(dir, 'second.ftm.jsonl'), jsonl(second));
  }, 120_000);

  it('is valid FtM (ftm validate keeps every value)', async () => {
    await expectValidFtm(join(dir, 'first.ftm.jsonl'));
    await expectValidFtm(join(dir, 'second.ftm.jsonl'));
  }, 120_000);

  it('writes the parties with their identifiers, OWNS with its share and start day, HOLDS_ROLE with its title', async () => {
    const summary = await importFtm(db, join(dir, 'first.ftm.jsonl'), { actor: 'test' });
    expect(summary.entities.created).toBe(2);
    expect(summary.relations.created).toBe(2);
    expect(summary.skipped.map((s) => s.recordId)).toEqual(['acme-address']);
    const [row] = await db.read(
      q(`MATCH (p:Person)-[r:OWNS]->(c:Company {name: 'Acme Holdings Ltd'})
         MATCH (p)-[h:HOLDS_ROLE]->(c)
         MATCH (d:DatasetRecord {fact: r.id})-[:PUBLISHED_IN]->(s:Dataset)
         RETURN p.name AS person, r {.*} AS r, h.title AS title, d.recordId AS record, d.note AS note, s.name AS dataset,
                COLLECT { MATCH (c)-[:IDENTIFIED_BY]->(i) RETURN i.key ORDER BY i.key } AS identifiers`),
    );
    expect(row).toMatchObject({
      person: 'Jane Smith',
      title: 'Director',
      record: 'jane-owns-acme',
      note: 'role: shareholder; endDate: 2024',
      dataset: 'first.ftm',
      identifiers: [`XI-LEI:${LEI}`, 'ftm-registrationNumber-gb:01234567'],
    });
    expect(row?.r).toMatchObject({ shareExact: 75, startDate: '2010-01-01' });
    expect(row?.r).not.toHaveProperty('endDate');
  });

  it('resolves by LEI, by exact name within kind, and reports an alias as a candidate, merging nothing', async () => {
    const summary = await importFtm(db, join(dir, 'second.ftm.jsonl'), { actor: 'test' });
    expect(summary.entities.created).toBe(0);
    expect(summary.dataset.name).toBe('another register');
    expect(summary.linked.map((l) => [l.recordId, l.id.startsWith('company:ftm-') ? 'company:ftm-…' : l.id, l.why])).toEqual([
      ['acme-2', 'company:ftm-…', `identifier XI-LEI:${LEI}`],
      ['jane-2', expect.stringMatching(/^person:ftm-/), 'same name and kind'],
      ['fb', 'company:facebook', 'same name and kind'],
    ]);
    expect(summary.candidates).toEqual([
      expect.objectContaining({ recordId: 'jane-2', candidates: [expect.objectContaining({ id: 'company:facebook', why: 'same name, a Company' })] }),
    ]);
    expect(await count("MATCH (p:Person {name: 'Jane Smith'}) RETURN count(p) AS n")).toBe(1);
  });
});

describe('an FtM file resolving onto the seed graph, and a later one updating it', () => {
  const LEI = 'BQ4BKCS1HXDV9HN80Z93';
  const v1 = [
    { id: 'reg-fb', schema: 'Company', properties: { name: ['Facebook'], leiCode: [LEI], wikidataId: ['Q380'] } },
    { id: 'reg-newco', schema: 'Company', properties: { name: ['Newco Ltd'] } },
    { id: 'reg-own', schema: 'Ownership', properties: { owner: ['reg-fb'], asset: ['reg-newco'], percentage: ['51'] } },
  ];
  const v2 = [
    v1[0],
    { id: 'reg-newco', schema: 'Company', properties: { name: ['Newco Limited'] } },
    { id: 'reg-own', schema: 'Ownership', properties: { owner: ['reg-fb'], asset: ['reg-newco'], percentage: ['60'] } },
    { id: 'reg-votes', schema: 'Control', properties: { controller: ['reg-fb'], controlled: ['reg-newco'], controlType: ['voting'] } },
  ];
  const facebook = async () =>
    (
      await db.read(
        q(`MATCH (c:Company {id: 'company:facebook'})
           RETURN c.name AS name, c.seedHash AS hash, COUNT { MATCH (s:Source {fact: c.id}) } AS sources,
                  COLLECT { MATCH (c)-[:IDENTIFIED_BY]->(i) RETURN i.key ORDER BY i.key } AS identifiers,
                  COLLECT { MATCH (d:DatasetRecord {fact: c.id}) RETURN d.recordId ORDER BY d.recordId } AS records`),
      )
    )[0];
  const newco = async () =>
    (
      await db.read(
        q(`MATCH (:Company {id: 'company:facebook'})-[r:OWNS]->(n:Company)
           RETURN n.id AS id, n.name AS name, r.id AS relation, r.shareExact AS share, COUNT { MATCH (d:DatasetRecord {fact: r.id}) } AS records`),
      )
    )[0];

  beforeAll(async () => {
    await resetToSeedGraph(db);
    writeFileSync(join(dir, 'v1.ftm.jsonl'), jsonl(v1));
    writeFileSync(join(dir, 'v2.ftm.jsonl'), jsonl(v2));
  }, 120_000);

  it('attaches its record and identifiers to the seed entity it resolves to by name, leaving its sources and seedHash as they were', async () => {
    const before = await facebook();
    const summary = await importFtm(db, join(dir, 'v1.ftm.jsonl'), { actor: 'test', dataset: 'register' });
    expect(summary.attached).toBe(1);
    expect(summary.linked.map((l) => [l.recordId, l.id, l.why])).toEqual([['reg-fb', 'company:facebook', 'same name and kind']]);
    expect(await facebook()).toEqual({ ...before, identifiers: [`XI-LEI:${LEI}`, 'wikidata:Q380'], records: ['reg-fb'] });
    expect(await newco()).toMatchObject({ name: 'Newco Ltd', share: 51, records: 1 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await version();
    const summary = await importFtm(db, join(dir, 'v1.ftm.jsonl'), { actor: 'test', dataset: 'register' });
    expect(summary.entities.created + summary.entities.updated + summary.relations.created + summary.relations.updated + summary.records).toBe(0);
    expect(await version()).toBe(before);
  });

  it('a later file of the same dataset replaces the entity and the Ownership it updates (the earlier records kept as history), and reads Control as its relation', async () => {
    const [owned, seed] = [await newco(), await facebook()];
    const summary = await importFtm(db, join(dir, 'v2.ftm.jsonl'), { actor: 'test', dataset: 'register' });
    expect(summary.entities).toMatchObject({ created: 0, updated: 1 });
    expect(summary.relations).toMatchObject({ created: 1, updated: 1 });
    expect(await newco()).toEqual({ ...owned, name: 'Newco Limited', share: 60, records: 2 });
    expect(await facebook()).toEqual(seed);
    expect(await count("MATCH (:Company {id: 'company:facebook'})-[r:HAS_VOTING_RIGHTS_IN]->(:Company {name: 'Newco Limited'}) RETURN count(r) AS n")).toBe(1);
  });
});

describe('bad input', () => {
  const company = { id: 'a-co', schema: 'Company', properties: { name: ['A Co'] } };
  const person = { id: 'b', schema: 'Person', properties: { name: ['B'] } };
  const ownership = (properties: Record<string, string[]>) => ({
    id: 'b-owns-a',
    schema: 'Ownership',
    properties: { owner: ['b'], asset: ['a-co'], ...properties },
  });
  const cases: [string, string, RegExp][] = [
    ['unknown schema', jsonl([company, { id: 'x', schema: 'Spaceship', properties: {} }]), /record 1, schema: "Spaceship" is not an FtM schema/],
    [
      'a property the schema does not have',
      jsonl([{ ...company, properties: { name: ['A'], birthDate: ['1970'] } }]),
      /record 0, properties\.birthDate: is not a property of the FtM schema Company/,
    ],
    [
      'percentage 150',
      jsonl([company, person, ownership({ percentage: ['150'] })]),
      /record 2, properties\.percentage: "150" must be a percentage from 0 to 100/,
    ],
    [
      'date 2019-02-30',
      jsonl([company, person, ownership({ startDate: ['2019-02-30'] })]),
      /record 2, properties\.startDate: "2019-02-30" is not a real calendar date/,
    ],
    ['a line that is not JSON', `${jsonl([company])}{"id": "b", "schema": \n`, /record 1: line 2 is not JSON/],
    [
      'an owner neither in the file nor in the graph',
      jsonl([company, ownership({ owner: ['nobody'] })]),
      /record 1, properties\.owner: "nobody" is no entity of this file nor of the graph/,
    ],
  ];

  beforeAll(async () => {
    await resetToSeedGraph(db);
  }, 120_000);

  for (const [name, text, expected] of cases)
    it(`${name}: reported by record and field, nothing written`, async () => {
      const file = join(dir, `${name.replaceAll(' ', '-')}.jsonl`);
      writeFileSync(file, text);
      const [before, nodes] = [await version(), await count('MATCH (n) RETURN count(n) AS n')];
      const error = await importFtm(db, file, { actor: 'test' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportInputError);
      expect((error as Error).message).toMatch(expected);
      expect(await version()).toBe(before);
      expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(nodes);
    });

  it('the command exits 1 with the problems on stderr, telling FtM from the content', async () => {
    const file = join(dir, 'bad-cli.jsonl');
    writeFileSync(file, jsonl([company, person, ownership({ percentage: ['150'] })]));
    const ran = await importCli([file]);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toMatch(/record 2, properties\.percentage: "150" must be a percentage from 0 to 100/);
  }, 60_000);
});

describe.skipIf('missing' in tools)("the FtM model the importer checks against is followthemoney's", () => {
  it('has the same schema names, and the same own properties and parents for each mapped schema', async () => {
    if ('missing' in tools) return;
    const ran = await run(tools.python, [
      '-c',
      `import json; from followthemoney import model
print(json.dumps({"names": sorted(model.schemata), "schemata": {n: {"extends": sorted(e.name for e in model.get(n).extends), "properties": sorted(p.name for p in model.get(n).properties.values() if p.schema is model.get(n) and not p.stub)} for n in ${JSON.stringify(Object.keys(FTM_SCHEMATA))}}}))`,
    ]);
    expect(ran.stderr).toBe('');
    const model = JSON.parse(ran.stdout) as { names: string[]; schemata: unknown };
    expect([...FTM_SCHEMA_NAMES]).toEqual(model.names);
    expect(FTM_SCHEMATA).toEqual(model.schemata);
  });
});
