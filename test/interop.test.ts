/**
 * `npm run export -- --format bods|ftm` validated by the standards' own Python tools (installed by .ci/run
 * into .venv-interop; without them these tests say so and skip), on the seed graph and on a 1,000-company
 * generated graph:
 * - BODS 0.4: libcovebods' JSON Schema validation (`libcovebods jsv`) and its normative rules
 *   (`libcovebods pv`, offline: test/interop/bods_check.py) find nothing, as a JSON array and as JSON Lines;
 *   a statement per exported entity, person and OWNS relation, each OWNS with its sources' excerpts;
 * - FtM: `ftm validate` re-parses every entity and, since it drops what it cannot parse without failing,
 *   every entity and value it writes back is compared with what the export wrote: none may be missing;
 *   an entity per exported party, article (Document), OWNS (Ownership) and MENTIONS (Mention).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyntheticGraph } from '../generator/graph.js';
import { loadSyntheticGraph } from '../generator/load.js';
import { openTestDb, q, resetToSeedGraph, testDbOptions } from './support/db.js';
import { interopTools, run, type Ran } from './support/interop.js';

const tools = interopTools();
if ('missing' in tools) console.warn(`interop tests skipped: ${tools.missing}`);
const db = openTestDb();
const dir = mkdtempSync(join(tmpdir(), 'kg-interop-test-'));

function exportCli(args: string[]): Promise<Ran> {
  const o = testDbOptions();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/export.ts', ...args],
      { encoding: 'utf8', env: { ...process.env, NEO4J_URI: o.uri, NEO4J_USER: o.user, NEO4J_PASSWORD: o.password, LOG_LEVEL: 'silent' }, timeout: 300_000 },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

async function exported(args: string[]): Promise<Ran> {
  const ran = await exportCli(args);
  expect(ran.stderr).toBe('');
  expect(ran.status).toBe(0);
  return ran;
}

interface Statement {
  statementId: string;
  recordId: string;
  recordType: string;
  statementDate: string;
  recordDetails: Record<string, unknown> & { subject?: string; interestedParty?: string; interests?: Record<string, unknown>[] };
  source?: { type: string[]; description: string; url?: string };
  annotations?: { description: string; url?: string }[];
  publicationDetails: { bodsVersion: string; publicationDate: string; publisher: { name: string } };
}

/** libcovebods' schema errors and rule findings for a BODS file (a JSON array). */
async function bodsCheck(file: string): Promise<{ version: string; schema: unknown[]; findings: unknown[] }> {
  if ('missing' in tools) throw new Error(tools.missing);
  const ran = await run(tools.python, ['test/interop/bods_check.py', file]);
  expect(ran.stderr).toBe('');
  const out = JSON.parse(ran.stdout) as { version: string; schema: unknown[]; rules: { additional_checks: unknown[] } };
  return { version: out.version, schema: out.schema, findings: out.rules.additional_checks };
}

/** Counts the database holds: entities BODS exports as entities and people, and OWNS relations. */
async function expectedBods(): Promise<{ entity: number; person: number; relationship: number }> {
  const [row] = await db.read(
    q(`CALL () { MATCH (e:Entity) WHERE e.kind IN ['Company', 'Organization', 'Outlet', 'Service', 'Authority'] RETURN count(e) AS entity }
       CALL () { MATCH (p:Person) RETURN count(p) AS person }
       CALL () { MATCH ()-[r:OWNS]->() RETURN count(r) AS relationship }
       RETURN entity, person, relationship`),
  );
  return row as { entity: number; person: number; relationship: number };
}

const tally = (statements: Statement[]) => {
  const counts = { entity: 0, person: 0, relationship: 0 };
  for (const s of statements) counts[s.recordType as keyof typeof counts]++;
  return counts;
};

afterAll(async () => {
  try {
    await resetToSeedGraph(db);
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

describe.skipIf('missing' in tools)('BODS 0.4 export, checked by libcovebods', () => {
  beforeAll(() => resetToSeedGraph(db), 120_000);

  it('the seed graph: valid against the 0.4 schema and its rules, a statement per entity, person and OWNS, with its sources', async () => {
    const out = join(dir, 'seed.json');
    const ran = await exported(['--format', 'bods', '--out', out]);
    const statements = JSON.parse(readFileSync(out, 'utf8')) as Statement[];
    expect(ran.stdout).toContain(`as ${statements.length} records`);
    expect(await bodsCheck(out)).toEqual({ version: '0.4', schema: [], findings: [] });
    expect(tally(statements)).toEqual(await expectedBods());
    expect(new Set(statements.map((s) => s.statementId)).size).toBe(statements.length);
    for (const s of statements) expect(s.publicationDetails).toMatchObject({ bodsVersion: '0.4', publisher: { name: expect.any(String) } });
    // Entities and people come before the relationships that name them.
    const firstRelationship = statements.findIndex((s) => s.recordType === 'relationship');
    expect(statements.slice(firstRelationship).every((s) => s.recordType === 'relationship')).toBe(true);

    const owns = statements.find((s) => s.recordId === 'rel:owns:facebook:whatsapp')!;
    expect(owns.recordDetails).toMatchObject({
      subject: 'service:whatsapp',
      interestedParty: 'company:facebook',
      interests: [{ type: 'shareholding', directOrIndirect: 'unknown' }],
    });
    // The articles say who owns what, not whether it is beneficial ownership: no flag is claimed.
    expect(owns.recordDetails.interests?.[0]).not.toHaveProperty('beneficialOwnershipOrControl');
    const excerpts = await db.read(
      q("MATCH (s:Source {fact: 'rel:owns:facebook:whatsapp'}) RETURN s.excerpt AS excerpt, s.reportedOn AS day ORDER BY s.ordinal"),
    );
    expect(owns.annotations).toHaveLength(excerpts.length);
    for (const e of excerpts) expect(owns.source!.description).toContain(`“${e.excerpt as string}”`);
    expect(owns.statementDate).toBe(String(excerpts.map((e) => e.day).sort()[0]));
    const facebook = statements.find((s) => s.recordId === 'company:facebook')!;
    expect(facebook.recordDetails).toMatchObject({
      entityType: { type: 'registeredEntity' },
      name: 'Facebook',
      alternateNames: expect.arrayContaining(['Facebook Inc']),
    });
    const zuckerberg = statements.find((s) => s.recordId === 'person:mark-zuckerberg')!;
    expect(zuckerberg.recordDetails).toMatchObject({ personType: 'knownPerson' });
    expect(zuckerberg.recordDetails.names).toContainEqual({ fullName: 'Mark Zuckerberg' });
    expect(zuckerberg.recordDetails.names).toContainEqual({ fullName: 'Zuckerberg', type: 'alternative' });
  });

  it('as JSON Lines: the same statements, one a line', async () => {
    const [array, lines] = [join(dir, 'a.json'), join(dir, 'a.jsonl')];
    await exported(['--format', 'bods', '--out', array]);
    await exported(['--format', 'bods', '--jsonl', '--out', lines]);
    const fromLines = readFileSync(lines, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Statement);
    expect(fromLines).toEqual(JSON.parse(readFileSync(array, 'utf8')));
  });

  it('--jsonl goes with BODS only', async () => {
    const ran = await exportCli(['--format', 'graphml', '--jsonl']);
    expect(ran.status).toBe(1);
    expect(ran.stderr.trim()).toMatch(/^--jsonl goes with --format bods/);
  });
});

interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const readLines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

/** Runs `ftm validate` on `file`; what it wrote back, and every value (or entity) of `file` it lost or changed. */
async function ftmValidate(file: string): Promise<{ back: FtmEntity[]; lost: string[] }> {
  if ('missing' in tools) throw new Error(tools.missing);
  const outFile = `${file}.validated`;
  const ran = await run(tools.ftm, ['validate', '-i', file, '-o', outFile]);
  expect(ran.stderr).toBe('');
  expect(ran.status).toBe(0);
  const back = readLines<FtmEntity>(outFile);
  const byId = new Map(back.map((e) => [e.id, e]));
  const lost: string[] = [];
  for (const e of readLines<FtmEntity>(file)) {
    const b = byId.get(e.id);
    if (!b || b.schema !== e.schema) {
      lost.push(`${e.id}: ${b ? `schema ${b.schema}` : 'missing'}`);
      continue;
    }
    for (const [name, values] of Object.entries(e.properties)) {
      const kept = new Set(b.properties[name] ?? []);
      for (const v of values) if (!kept.has(v)) lost.push(`${e.id} ${name}: ${JSON.stringify(v.slice(0, 80))}`);
    }
  }
  return { back, lost };
}

/** The counts an FtM export of the database holds, by schema. */
async function expectedFtm(): Promise<Record<string, number>> {
  const [row] = await db.read(
    q(`CALL () { MATCH (e:Entity) WHERE e.kind IN ['Company'] RETURN count(e) AS Company }
       CALL () { MATCH (e:Entity) WHERE e.kind IN ['Organization', 'Outlet'] RETURN count(e) AS Organization }
       CALL () { MATCH (e:Entity) WHERE e.kind IN ['Authority'] RETURN count(e) AS PublicBody }
       CALL () { MATCH (e:Entity) WHERE e.kind IN ['Service'] RETURN count(e) AS Asset }
       CALL () { MATCH (e:Person) RETURN count(e) AS Person }
       CALL () { MATCH (e:Article) RETURN count(e) AS Document }
       CALL () { MATCH ()-[r:OWNS]->() RETURN count(r) AS Ownership }
       CALL () { MATCH (:Article)-[r:MENTIONS]->(e) WHERE e.kind IN ['Company', 'Organization', 'Outlet', 'Authority', 'Service', 'Person'] RETURN count(r) AS Mention }
       RETURN Company, Organization, PublicBody, Asset, Person, Document, Ownership, Mention`),
  );
  return Object.fromEntries(Object.entries(row!).flatMap(([schema, n]) => (Number(n) > 0 ? [[schema, Number(n)]] : [])));
}

const bySchema = (entities: FtmEntity[]) => {
  const counts: Record<string, number> = {};
  for (const e of entities) counts[e.schema] = (counts[e.schema] ?? 0) + 1;
  return counts;
};

describe.skipIf('missing' in tools)('FollowTheMoney export, checked by ftm validate', () => {
  beforeAll(() => resetToSeedGraph(db), 120_000);

  it('the seed graph: every entity and value survives ftm validate; parties, documents, ownerships, mentions', async () => {
    const out = join(dir, 'seed.ftm.jsonl');
    const ran = await exported(['--format', 'ftm', '--out', out]);
    const { back, lost } = await ftmValidate(out);
    expect(lost).toEqual([]);
    expect(ran.stdout).toContain(`as ${back.length} records`);
    expect(bySchema(back)).toEqual(await expectedFtm());

    const entities = new Map(readLines<FtmEntity>(out).map((e) => [e.id, e]));
    const owns = entities.get('rel.owns.facebook.whatsapp')!;
    expect(owns).toMatchObject({ schema: 'Ownership', properties: { owner: ['company.facebook'], asset: ['service.whatsapp'] } });
    const sources = await db.read(
      q("MATCH (s:Source {fact: 'rel:owns:facebook:whatsapp'})-[:REPORTED_BY]->(a:Article) RETURN s.excerpt AS excerpt, a.url AS url ORDER BY s.ordinal"),
    );
    expect(owns.properties.summary).toHaveLength(sources.length);
    for (const [i, s] of sources.entries()) expect(owns.properties.summary![i]).toContain(`“${s.excerpt as string}”`);
    expect(new Set(owns.properties.sourceUrl)).toEqual(new Set(sources.map((s) => s.url).filter(Boolean)));
    expect(entities.get('company.facebook')).toMatchObject({
      schema: 'Company',
      properties: { name: ['Facebook'], alias: expect.arrayContaining(['Facebook Inc']) },
    });

    // Each mention names its document, the entity and a name of it the article's text holds.
    const texts = new Map(
      (await db.read(q('MATCH (a:Article)-[:HAS_TEXT]->(t) RETURN a.id AS id, t.text AS text'))).map((r) => [r.id as string, r.text as string]),
    );
    for (const m of [...entities.values()].filter((e) => e.schema === 'Mention')) {
      const document = entities.get(m.properties.document![0]!)!;
      expect(document.schema).toBe('Document');
      expect(entities.get(m.properties.resolved![0]!)?.properties.name).toBeDefined();
      expect(document.properties.bodyText![0]).toBe(texts.get(document.id.replaceAll('.', ':'))?.trim());
    }
    const mentionsWithTheirName = [...entities.values()].filter(
      (e) => e.schema === 'Mention' && entities.get(e.properties.document![0]!)!.properties.bodyText![0]!.includes(e.properties.name![0]!),
    );
    expect(mentionsWithTheirName.length).toBeGreaterThan(0);
  });
});

describe.skipIf('missing' in tools)('on a 1,000-company generated graph', () => {
  beforeAll(async () => {
    await loadSyntheticGraph(db, new SyntheticGraph({ companies: 1_000, seed: 11, batch: 2_000 }), { reset: true });
  }, 600_000);

  it('the BODS export is valid against the 0.4 schema and its rules, a statement per entity, person and OWNS', async () => {
    const out = join(dir, 'generated.json');
    await exported(['--format', 'bods', '--out', out]);
    const statements = JSON.parse(readFileSync(out, 'utf8')) as Statement[];
    expect(await bodsCheck(out)).toEqual({ version: '0.4', schema: [], findings: [] });
    expect(tally(statements)).toEqual(await expectedBods());
  }, 300_000);

  it('the FtM export survives ftm validate value for value', async () => {
    const out = join(dir, 'generated.ftm.jsonl');
    await exported(['--format', 'ftm', '--out', out]);
    const { back, lost } = await ftmValidate(out);
    expect(lost).toEqual([]);
    expect(bySchema(back)).toEqual(await expectedFtm());
  }, 300_000);
});
