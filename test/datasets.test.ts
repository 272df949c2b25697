/**
 * Dataset evidence, identifiers and shares through GraphQL, over a small BODS 0.4 file this test writes
 * and imports (`importBods`) into an empty test database: a three-hop chain Jane Owner -60 %-> Top
 * Holdings -50..75 %-> Mid Holdings -100 %-> Target Ltd, plus Other Ltd owning Target with no share given.
 * - entities list their identifiers; `lookup("GB-COH:…")` finds the holder, AMBIGUOUS (with the
 *   candidates) for an identifier two entities hold, NOT_FOUND for one nobody holds;
 * - facts show their dataset records apart from their (here: no) article sources; `Dataset` is a Node
 *   with its records paged; support stays STATED and no dataset counts as a news outlet;
 * - ownershipChain and subsidiaries give each hop's share range, interests, flag and dates, and the
 *   effective share (30-45 % for Jane Owner in Target Ltd; null through Other Ltd), planned in one
 *   statement and the same when loaded;
 * - the BODS export of the imported graph imports back with every OWNS share property as it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.js';
import { bodsStatements } from '../src/export/bods.js';
import { INTEREST_RELATION_TYPES } from '../src/export/bods-interests.js';
import { collect } from '../src/export/collect.js';
import { exportDriver, readGraph } from '../src/export/read.js';
import { importBods } from '../src/import/bods.js';
import { startTestApi, type TestApi } from './support/api.js';
import { openTestDb, q, testDbOptions } from './support/db.js';
import { interopTools, run } from './support/interop.js';

const db = openTestDb();
const dir = mkdtempSync(join(tmpdir(), 'kg-datasets-test-'));
const tools = interopTools();
let api: TestApi;
let loaded: TestApi;

const publication = { publicationDate: '2024-05-02', bodsVersion: '0.4', publisher: { name: 'Test Register', url: 'https://register.example' } };
const entity = (recordId: string, name: string, number: string) => ({
  statementId: `st-${recordId}`,
  declarationSubject: recordId,
  statementDate: '2024-05-01',
  recordId,
  recordType: 'entity',
  recordDetails: {
    isComponent: false,
    entityType: { type: 'registeredEntity' },
    name,
    identifiers: [{ id: number, scheme: 'GB-COH', schemeName: 'Companies House' }],
  },
  publicationDetails: publication,
});
const owns = (recordId: string, subject: string, party: string, interests: Record<string, unknown>[]) => ({
  statementId: `st-${recordId}`,
  declarationSubject: subject,
  statementDate: '2024-05-01',
  recordId,
  recordType: 'relationship',
  recordDetails: { isComponent: false, subject, interestedParty: party, interests },
  publicationDetails: publication,
});
const FILE = [
  entity('target', 'Target Ltd', '00000001'),
  entity('mid', 'Mid Holdings Ltd', '00000002'),
  entity('top', 'Top Holdings Ltd', '00000003'),
  entity('other', 'Other Ltd', '00000004'),
  {
    statementId: 'st-jane',
    declarationSubject: 'target',
    statementDate: '2024-05-01',
    recordId: 'jane',
    recordType: 'person',
    recordDetails: { isComponent: false, personType: 'knownPerson', names: [{ fullName: 'Jane Owner' }] },
    publicationDetails: publication,
  },
  owns('mid-target', 'target', 'mid', [{ type: 'shareholding', share: { exact: 100 }, startDate: '2015-03-01' }]),
  owns('top-mid', 'mid', 'top', [
    { type: 'shareholding', share: { minimum: 50, maximum: 75 }, beneficialOwnershipOrControl: false },
    { type: 'votingRights', share: { minimum: 50, maximum: 75 }, beneficialOwnershipOrControl: false },
  ]),
  owns('jane-top', 'top', 'jane', [
    { type: 'shareholding', share: { exact: 60 }, beneficialOwnershipOrControl: true, startDate: '2012-01-01', endDate: '2030-12-31' },
  ]),
  owns('other-target', 'target', 'other', [{ type: 'shareholding' }]),
];

const wipe = async () => {
  await db.write(q('MATCH (n) DETACH DELETE n'));
  await migrate(db);
};
const idOf = async (name: string) => String((await db.read(q('MATCH (e:Entity {name: $name}) RETURN e.id AS id'), { name }))[0]?.id);

beforeAll(async () => {
  await wipe();
  const file = join(dir, 'register.json');
  writeFileSync(file, JSON.stringify(FILE));
  await importBods(db, file, { actor: 'test', dataset: 'Test register extract' });
  // A second entity holding Mid Holdings' identifier, as two registers' records of one company would be
  // (the importer links such records to one entity, so the test writes the link itself).
  await db.write(q("MATCH (o:Entity {name: 'Other Ltd'}), (i:Identifier {key: 'GB-COH:00000002'}) CREATE (o)-[:IDENTIFIED_BY]->(i)"));
  api = await startTestApi(db);
  loaded = await startTestApi(openTestDb(), { nestedPlans: false });
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await loaded?.stop();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('identifiers and lookup by scheme:id', () => {
  it('an entity lists its identifiers, and lookup finds it by one', async () => {
    const { data, errors } = await api.gql('{ lookup(ref: "GB-COH:00000001") { id name identifiers { scheme id key } } }');
    expect(errors).toBeUndefined();
    expect(data.lookup).toEqual({
      id: await idOf('Target Ltd'),
      name: 'Target Ltd',
      identifiers: [{ scheme: 'GB-COH', id: '00000001', key: 'GB-COH:00000001' }],
    });
  });

  it('an identifier two entities hold is AMBIGUOUS, naming both; one nobody holds is NOT_FOUND', async () => {
    const ambiguous = await api.gql('{ lookup(ref: "GB-COH:00000002") { id } }');
    expect(ambiguous.data?.lookup).toBeNull();
    expect(ambiguous.errors?.[0]?.extensions).toMatchObject({
      code: 'AMBIGUOUS',
      argument: 'ref',
      candidates: [await idOf('Mid Holdings Ltd'), await idOf('Other Ltd')].sort(),
    });
    const unknown = await api.gql('{ lookup(ref: "GB-COH:99999999") { id } }');
    expect(unknown.data?.lookup).toBeNull();
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'ref' });
  });

  it('other reference arguments take an identifier too', async () => {
    const { data, errors } = await api.gql('{ ownershipChain(entity: "GB-COH:00000003") { entity { name } } }');
    expect(errors).toBeUndefined();
    expect(data.ownershipChain.entity.name).toBe('Top Holdings Ltd');
  });
});

describe('dataset evidence', () => {
  const RECORDS = `{
    lookup(ref: "Target Ltd") {
      support sources { id }
      records { recordId statementId statementDate publicationDate support factId entity { name } relation { id } dataset { id name publisher url publicationDate } }
      ... on Company { owners { support sources { id } records { recordId relation { from { name } } } } }
    }
  }`;

  it('facts show their dataset records apart from their article sources, STATED', async () => {
    const { data, errors } = await api.gql(RECORDS);
    expect(errors).toBeUndefined();
    const target = data.lookup;
    expect(target.support).toBe('STATED');
    expect(target.sources).toEqual([]);
    expect(target.records).toEqual([
      {
        recordId: 'target',
        statementId: 'st-target',
        statementDate: '2024-05-01',
        publicationDate: '2024-05-02',
        support: 'STATED',
        factId: await idOf('Target Ltd'),
        entity: { name: 'Target Ltd' },
        relation: null,
        dataset: {
          id: expect.stringMatching(/^dataset:/),
          name: 'Test register extract',
          publisher: 'Test Register',
          url: 'https://register.example',
          publicationDate: '2024-05-02',
        },
      },
    ]);
    const owners = target.owners.map((o: { records: { recordId: string; relation: { from: { name: string } } }[] }) => [
      o.records[0]?.recordId,
      o.records[0]?.relation.from.name,
    ]);
    expect(owners.sort()).toEqual([
      ['mid-target', 'Mid Holdings Ltd'],
      ['other-target', 'Other Ltd'],
    ]);
    for (const o of target.owners) expect([o.support, o.sources]).toEqual(['STATED', []]);
  });

  it('answers the same loaded as planned', async () => {
    expect((await loaded.gql(RECORDS)).data).toEqual((await api.gql(RECORDS)).data);
  });

  it('loaded, the identifiers and records of a page of entities are one statement each, however many entities', async () => {
    const before = loaded.queries.length;
    const { data, errors } = await loaded.gql('{ entities(first: 10) { edges { node { name identifiers { key } records { recordId } } } } }');
    expect(errors).toBeUndefined();
    expect(data.entities.edges).toHaveLength(5);
    for (const { node } of data.entities.edges) expect(node.records).toHaveLength(1);
    expect(loaded.queries.slice(before).map((names) => [...names].sort())).toEqual([['entities/identifiers', 'evidence/records-of-facts', 'plan/entities']]);
  });

  it('a dataset is a Node, listed by `datasets`, with its records paged in id order and counted', async () => {
    const listed = await api.gql('{ datasets { id name } }');
    expect(listed.errors).toBeUndefined();
    expect(listed.data.datasets).toHaveLength(1);
    const id = listed.data.datasets[0].id;
    const page = `query ($id: ID!, $after: String) { node(id: $id) { id ... on Dataset { name publisher publicationDate records(first: 5, after: $after) { totalCount edges { node { id recordId } } pageInfo { hasNextPage endCursor } } } } }`;
    const first = await api.gql(page, { id });
    expect(first.errors).toBeUndefined();
    expect(first.data.node).toMatchObject({ id, name: 'Test register extract', publisher: 'Test Register', publicationDate: '2024-05-02' });
    const records = first.data.node.records;
    // One record per statement and relation: `top-mid` backs an OWNS and a HAS_VOTING_RIGHTS_IN.
    expect(records.totalCount).toBe(FILE.length + 1);
    expect(records.edges).toHaveLength(5);
    expect(records.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(page, { id, after: records.pageInfo.endCursor });
    const rest = second.data.node.records;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const ids = [...records.edges, ...rest.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set([...records.edges, ...rest.edges].map((e: { node: { recordId: string } }) => e.node.recordId))).toEqual(
      new Set(FILE.map((s) => s.recordId)),
    );
    const both = await api.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [id, await idOf('Target Ltd'), 'dataset:nothing'] });
    expect(both.data.nodes).toEqual([{ id }, { id: await idOf('Target Ltd') }, null]);
  });
});

describe('shares along ownership chains', () => {
  const CHAIN = `{
    ownershipChain(entity: "GB-COH:00000001") {
      strength
      paths {
        owner { name } length strength independentOutlets independentDatasets
        effectiveShare { minimum maximum exact }
        hops { from { name } share { minimum maximum exact } interestTypes beneficialOwnershipOrControl startDate endDate records { recordId } }
      }
    }
  }`;

  it('each hop has its share range, interests, flag and dates; each path its effective share, null where a hop has none', async () => {
    const before = api.queries.length;
    const { data, errors } = await api.gql(CHAIN);
    expect(errors).toBeUndefined();
    // One planned statement, records of every hop included.
    expect(api.queries.length).toBe(before + 1);
    expect(api.queries[before]).toEqual(['plan/ownershipChain']);
    const paths = data.ownershipChain.paths;
    const byOwner = Object.fromEntries(paths.map((p: { owner: { name: string } }) => [p.owner.name, p]));
    expect(Object.keys(byOwner).sort()).toEqual(['Jane Owner', 'Other Ltd']);
    expect(byOwner['Other Ltd']).toMatchObject({ length: 1, effectiveShare: null, hops: [{ share: null, interestTypes: 'shareholding' }] });
    const jane = byOwner['Jane Owner'];
    expect(jane.effectiveShare).toEqual({ minimum: 30, maximum: 45, exact: null });
    expect(jane.hops).toEqual([
      {
        from: { name: 'Mid Holdings Ltd' },
        share: { minimum: 100, maximum: 100, exact: 100 },
        interestTypes: 'shareholding',
        beneficialOwnershipOrControl: null,
        startDate: '2015-03-01',
        endDate: null,
        records: [{ recordId: 'mid-target' }],
      },
      {
        from: { name: 'Top Holdings Ltd' },
        share: { minimum: 50, maximum: 75, exact: null },
        interestTypes: 'shareholding',
        beneficialOwnershipOrControl: false,
        startDate: null,
        endDate: null,
        records: [{ recordId: 'top-mid' }],
      },
      {
        from: { name: 'Jane Owner' },
        share: { minimum: 60, maximum: 60, exact: 60 },
        interestTypes: 'shareholding',
        beneficialOwnershipOrControl: true,
        startDate: '2012-01-01',
        endDate: '2030-12-31',
        records: [{ recordId: 'jane-top' }],
      },
    ]);
    // A dataset is no news outlet: the strength of a chain only datasets back stays 0; its datasets are counted apart.
    expect([jane.independentOutlets, jane.strength, data.ownershipChain.strength]).toEqual([[0, 0, 0], 0, 0]);
    expect(jane.independentDatasets).toEqual([1, 1, 1]);
  });

  it('subsidiaries give the effective share along the shortest path', async () => {
    const { data, errors } = await api.gql(
      '{ subsidiaries(entity: "Jane Owner") { entity { name } depth independentDatasets effectiveShare { minimum maximum exact } via { share { exact minimum maximum } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.subsidiaries.map((x: { independentDatasets: number }) => x.independentDatasets)).toEqual([1, 1, 1]);
    expect(data.subsidiaries.map(({ independentDatasets: _, ...x }: Record<string, unknown>) => x)).toEqual([
      {
        entity: { name: 'Top Holdings Ltd' },
        depth: 1,
        effectiveShare: { minimum: 60, maximum: 60, exact: 60 },
        via: { share: { exact: 60, minimum: 60, maximum: 60 } },
      },
      {
        entity: { name: 'Mid Holdings Ltd' },
        depth: 2,
        effectiveShare: { minimum: 30, maximum: 45, exact: null },
        via: { share: { exact: null, minimum: 50, maximum: 75 } },
      },
      {
        entity: { name: 'Target Ltd' },
        depth: 3,
        effectiveShare: { minimum: 30, maximum: 45, exact: null },
        via: { share: { exact: 100, minimum: 100, maximum: 100 } },
      },
    ]);
  });

  it('answers the same loaded as planned', async () => {
    expect((await loaded.gql(CHAIN)).data).toEqual((await api.gql(CHAIN)).data);
  });
});

describe('BODS export of the share properties', () => {
  const SHARE_PROPS = `MATCH (a)-[r:OWNS]->(b)
    RETURN a.id + '>' + b.id AS edge, r {.shareExact, .shareMinimum, .shareMaximum, .interestTypes, .beneficialOwnershipOrControl, .startDate, .endDate} AS props
    ORDER BY edge`;
  let exported: Record<string, unknown>[] = [];
  const file = join(dir, 'export.json');

  beforeAll(async () => {
    const o = testDbOptions();
    const driver = exportDriver({ uri: o.uri, user: o.user, password: o.password });
    try {
      exported = bodsStatements(await collect((sink) => readGraph(driver, 'neo4j', {}, sink), new Set(Object.keys(INTEREST_RELATION_TYPES))), '2026-12-03');
    } finally {
      await driver.close();
    }
    writeFileSync(file, JSON.stringify(exported));
  });

  it('writes each interest type with the share, the flag and the dates; no flag where no dataset gave one', () => {
    type Relationship = { recordType: string; recordDetails: { interests: Record<string, unknown>[] } };
    const relationships = exported.filter((s) => s.recordType === 'relationship') as unknown as Relationship[];
    const withInterest = (type: string, minimum?: number) =>
      relationships.find((s) =>
        s.recordDetails.interests.some((i) => i.type === type && (minimum === undefined || (i.share as { minimum?: number })?.minimum === minimum)),
      );
    const relationship = withInterest('shareholding', 50) as Relationship;
    const votes = withInterest('votingRights') as Relationship;
    const undeclared = exported.find((s) => s.recordType === 'relationship' && JSON.stringify(s).includes('2015-03-01')) as typeof relationship;
    expect(undeclared.recordDetails.interests).toEqual([
      { type: 'shareholding', directOrIndirect: 'unknown', share: { exact: 100 }, startDate: '2015-03-01', details: 'support: STATED' },
    ]);
    // The statement's shareholding is the OWNS, its voting rights a HAS_VOTING_RIGHTS_IN, each written back as a statement.
    expect(relationship.recordDetails.interests).toEqual([
      expect.objectContaining({ type: 'shareholding', share: { minimum: 50, maximum: 75 }, beneficialOwnershipOrControl: false }),
    ]);
    expect(votes.recordDetails.interests).toEqual([
      expect.objectContaining({ type: 'votingRights', share: { minimum: 50, maximum: 75 }, beneficialOwnershipOrControl: false }),
    ]);
  });

  it('imports back into an empty database with every OWNS share property as it was', async () => {
    const before = await db.read(q(SHARE_PROPS));
    expect(before).toHaveLength(4);
    await wipe();
    await importBods(db, file, { actor: 'test' });
    expect(await db.read(q(SHARE_PROPS))).toEqual(before);
  });

  it.skipIf('missing' in tools)('passes libcovebods (schema and rules)', async () => {
    if ('missing' in tools) return;
    const ran = await run(tools.python, ['test/interop/bods_check.py', file]);
    expect(ran.stderr).toBe('');
    const out = JSON.parse(ran.stdout) as { schema: unknown[]; rules: { additional_checks: unknown[] } };
    expect(out.schema).toEqual([]);
    expect(out.rules.additional_checks).toEqual([]);
  });
});
