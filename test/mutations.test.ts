/**
 * Curation through GraphQL, on the real API and the seeded test database: roles (no token, a reader, an
 * editor, an admin, auth not configured), each mutation's success and every refusal of the issue (excerpt not
 * in the text, unknown article, a relation or a property the ontology does not allow, an article over the cap,
 * an idempotency key reused with another input, a stale version), each refusal leaving the graph version where
 * it was; retries under an idempotency key; two editors racing with one expectedVersion; history; merges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from '../src/app.js';
import { signToken } from '../src/auth/token.js';
import type { Config } from '../src/config/config.js';
import type { Role } from '../src/auth/roles.js';
import { openTestDb, q, resetToSeedGraph, silentLog } from './support/db.js';

const SECRET = 'mutations-test-secret-0123456789-abcdefghijklmnop';
const ARTICLE = 'article:fb-whatsapp-telegram-stop-hk-requests';
const db = openTestDb();
let api: RunningApi;

const token = (roles: Role[], sub = 'alice') => signToken({ AUTH_JWT_SECRET: SECRET, AUTH_ROLES_CLAIM: 'roles' }, { sub, roles, ttlSeconds: 600 });

function start(config: Partial<Config>, handle = openTestDb()): Promise<RunningApi> {
  return startApi({ PORT: 0, HOST: '127.0.0.1', SEED_ON_START: false, SHUTDOWN_GRACE_MS: 2_000, ...config }, handle, silentLog);
}

async function gql(query: string, variables: Record<string, unknown> = {}, bearer?: string, on: RunningApi = api) {
  const res = await fetch(`${on.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are checked field by field below
  return {
    status: res.status,
    body: (await res.json()) as { data?: any; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] },
  };
}

const graphVersion = async () => Number((await db.read(q("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS v")))[0]?.v ?? 0);

const FACT_RESULT = `
  __typename
  ... on FactChanged { created replayed fact { id type support from { id } to { id } sources { id excerpt start end support article { id } } } citation { id excerpt } }
  ... on ValidationError { message path issues { path message } }
  ... on ConflictError { message id currentVersion expectedVersion }
  ... on NotFoundError { message ref path }`;
const ASSERT = `mutation ($input: AssertFactInput!) { assertFact(input: $input) { ${FACT_RESULT} } }`;
const RETRACT = `mutation ($input: RetractFactInput!) { retractFact(input: $input) { ${FACT_RESULT} } }`;
const CITE = `mutation ($input: AddCitationInput!) { addCitation(input: $input) { ${FACT_RESULT} } }`;
const ENTITY_RESULT = `
  __typename
  ... on EntityChanged { created replayed merged entity { id name aliases description } }
  ... on ValidationError { message path }
  ... on ConflictError { currentVersion }
  ... on NotFoundError { ref path }`;
const UPSERT = `mutation ($input: UpsertEntityInput!) { upsertEntity(input: $input) { ${ENTITY_RESULT} } }`;
const MERGE = `mutation ($input: MergeEntitiesInput!) { mergeEntities(input: $input) { ${ENTITY_RESULT} } }`;
const ADD_ARTICLE = `mutation ($input: AddArticleInput!) { addArticle(input: $input) {
  __typename
  ... on ArticleAdded { created replayed article { id title text } mentions { id to { id } sources { excerpt start end } } }
  ... on ValidationError { message path } } }`;
const HISTORY = 'query ($id: ID!) { history(id: $id, first: 10) { edges { node { operation actor reason at changes { field before after } } } } }';

const citation = { article: ARTICLE, excerpt: 'Facebook, WhatsApp, and Telegram stop processing requests' };
const ownsInstagram = (extra: Record<string, unknown> = {}) => ({ type: 'OWNS', from: 'Facebook', to: 'service:instagram', citations: [citation], ...extra });

let editor: string;
let admin: string;
let reader: string;

beforeAll(async () => {
  await resetToSeedGraph(db);
  api = await start({ AUTH_JWT_SECRET: SECRET });
  [editor, admin, reader] = await Promise.all([token(['editor']), token(['admin'], 'root'), token(['reader'], 'rita')]);
});
afterAll(async () => {
  await api?.stop();
  await db.close();
});

describe('who may write', () => {
  it('refuses without a token (UNAUTHENTICATED) and with a reader token (FORBIDDEN), before the input is looked at, writing nothing', async () => {
    const before = await graphVersion();
    const anonymous = await gql(ASSERT, { input: ownsInstagram() });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await gql(ASSERT, { input: { ...ownsInstagram(), citations: [] } });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const read = await gql(ASSERT, { input: ownsInstagram() }, reader);
    expect(read.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', required: 'editor' });
    const merge = await gql(MERGE, { input: { keep: 'company:facebook', merge: 'company:google', reason: 'not the same' } }, editor);
    expect(merge.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', required: 'admin' });
    expect(await graphVersion()).toBe(before);
  });

  it('says how to configure auth when none is', async () => {
    const open = await start({});
    try {
      const res = await gql(ASSERT, { input: ownsInstagram() }, editor, open);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH_NOT_CONFIGURED' });
      expect(res.body.errors?.[0]?.message).toMatch(/AUTH_JWT_SECRET/);
    } finally {
      await open.stop();
    }
  });
});

describe('assertFact', () => {
  it('asserts a fact with offsets computed from the stored text, records the actor, and lists it in the history', async () => {
    const before = await graphVersion();
    const { body } = await gql(ASSERT, { input: ownsInstagram({ properties: { status: 'asserted in a test' } }) }, editor);
    const result = body.data.assertFact;
    expect(result).toMatchObject({
      __typename: 'FactChanged',
      created: true,
      replayed: false,
      fact: { type: 'OWNS', support: 'STATED', from: { id: 'company:facebook' }, to: { id: 'service:instagram' } },
    });
    const [source] = result.fact.sources;
    const text = String((await db.read(q('MATCH (:Entity {id: $id})-[:HAS_TEXT]->(t) RETURN t.text AS text'), { id: ARTICLE }))[0]?.text);
    expect(text.slice(source.start, source.end)).toBe(citation.excerpt);
    expect(await graphVersion()).toBe(before + 1);
    const history = await gql(HISTORY, { id: result.fact.id });
    expect(history.body.data.history.edges.map((e: { node: { operation: string; actor: string } }) => e.node)).toMatchObject([
      { operation: 'assertFact', actor: 'alice' },
    ]);
  });

  it.each([
    [
      'an excerpt not in the text',
      { citations: [{ ...citation, excerpt: 'words no article writes' }] },
      'ValidationError',
      ['input', 'citations', '0', 'excerpt'],
    ],
    ['an unknown article', { citations: [{ ...citation, article: 'article:nothing-like-it' }] }, 'NotFoundError', ['input', 'citations', '0', 'article']],
    ['a relation the ontology does not allow', { from: 'outlet:reuters', to: 'company:apple' }, 'ValidationError', ['input', 'from']],
    ['a property its type does not have', { properties: { speaker: 'someone' } }, 'ValidationError', ['input', 'properties', 'speaker']],
    ['no citation', { citations: [] }, 'ValidationError', ['input', 'citations']],
    ['an INFERRED citation without a note', { citations: [{ ...citation, support: 'INFERRED' }] }, 'ValidationError', ['input', 'citations', '0', 'note']],
  ])('refuses %s, naming the field, and writes nothing', async (_what, change, typename, path) => {
    const before = await graphVersion();
    const { body } = await gql(ASSERT, { input: { ...ownsInstagram({ to: 'service:signal' }), ...change } }, editor);
    expect(body.errors).toBeUndefined();
    expect(body.data.assertFact).toMatchObject({ __typename: typename, path });
    expect(await graphVersion()).toBe(before);
  });

  it('replays a retry under the same idempotency key and refuses the key with another input', async () => {
    const input = ownsInstagram({ to: 'service:douyin', idempotencyKey: 'test-key-000001' });
    const first = await gql(ASSERT, { input }, editor);
    const version = await graphVersion();
    const retry = await gql(ASSERT, { input }, editor);
    expect(retry.body.data.assertFact).toMatchObject({
      __typename: 'FactChanged',
      replayed: true,
      created: false,
      fact: { id: first.body.data.assertFact.fact.id },
    });
    expect(await graphVersion()).toBe(version);
    const other = await gql(ASSERT, { input: { ...input, to: 'service:tiktok' } }, editor);
    expect(other.body.data.assertFact).toMatchObject({ __typename: 'ValidationError', path: ['input', 'idempotencyKey'] });
    expect(await graphVersion()).toBe(version);
  });
});

describe('versions', () => {
  it('lets exactly one of two editors racing with the same expectedVersion win; the other gets the current version', async () => {
    const fact = (await gql(ASSERT, { input: ownsInstagram({ to: 'service:protonmail' }) }, editor)).body.data.assertFact.fact.id;
    const excerpts = ['Facebook, WhatsApp, and Telegram suspend taking user data requests', 'New Chinese security law fallout'];
    const results = await Promise.all(
      excerpts.map((excerpt) => gql(CITE, { input: { fact, article: ARTICLE, excerpt, expectedVersion: 1 } }, editor).then((r) => r.body.data.addCitation)),
    );
    expect(results.map((r) => r.__typename).sort()).toEqual(['ConflictError', 'FactChanged']);
    expect(results.find((r) => r.__typename === 'ConflictError')).toMatchObject({ id: fact, currentVersion: 2, expectedVersion: 1 });
  });
});

describe('retractFact', () => {
  it('keeps the fact, marked, and records who and why', async () => {
    const fact = (await gql(ASSERT, { input: ownsInstagram({ to: 'service:hkmaps' }) }, editor)).body.data.assertFact.fact.id;
    const { body } = await gql(RETRACT, { input: { fact, reason: 'asserted by mistake in a test' } }, editor);
    expect(body.data.retractFact).toMatchObject({ __typename: 'FactChanged', fact: { id: fact } });
    const again = await gql(RETRACT, { input: { fact, reason: 'twice' } }, editor);
    expect(again.body.data.retractFact).toMatchObject({ __typename: 'ValidationError', path: ['input', 'fact'] });
    const history = (await gql(HISTORY, { id: fact })).body.data.history.edges.map((e: { node: unknown }) => e.node);
    expect(history).toMatchObject([{ operation: 'retractFact', reason: 'asserted by mistake in a test' }, { operation: 'assertFact' }]);
  });
});

describe('upsertEntity and mergeEntities', () => {
  it('creates an entity only with a description and a citation, updates it under its version, and merges it (admin) so its id keeps resolving', async () => {
    const input = { kind: 'COMPANY', name: 'Facebook Hong Kong Ltd', description: 'A test entity.', citations: [{ article: ARTICLE, excerpt: 'Facebook' }] };
    const wrongProperty = await gql(UPSERT, { input: { ...input, properties: { speaker: 'a spokesman' } } }, editor);
    expect(wrongProperty.body.data.upsertEntity).toMatchObject({ __typename: 'ValidationError', path: ['input', 'properties', 'speaker'] });
    const missing = await gql(UPSERT, { input: { ...input, citations: [] } }, editor);
    expect(missing.body.data.upsertEntity).toMatchObject({ __typename: 'ValidationError', path: ['input', 'citations'] });
    const created = (await gql(UPSERT, { input }, editor)).body.data.upsertEntity;
    expect(created).toMatchObject({ __typename: 'EntityChanged', created: true, entity: { name: 'Facebook Hong Kong Ltd' } });
    const id = created.entity.id;
    const stale = await gql(UPSERT, { input: { ...input, id, description: 'Changed.', expectedVersion: 7 } }, editor);
    expect(stale.body.data.upsertEntity).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
    const updated = await gql(UPSERT, { input: { ...input, id, description: 'Changed.', expectedVersion: 1 } }, editor);
    expect(updated.body.data.upsertEntity).toMatchObject({ __typename: 'EntityChanged', created: false, entity: { id, description: 'Changed.' } });

    const merged = await gql(MERGE, { input: { keep: 'company:facebook', merge: id, reason: 'the same company in a test' } }, admin);
    expect(merged.body.data.mergeEntities).toMatchObject({ __typename: 'EntityChanged', merged: id, entity: { id: 'company:facebook' } });
    expect(merged.body.data.mergeEntities.entity.aliases).toContain('Facebook Hong Kong Ltd');
    const lookup = await gql('query ($id: ID!) { entity(id: $id) { id } }', { id });
    expect(lookup.body.data.entity).toEqual({ id: 'company:facebook' });
  });
});

describe('addArticle', () => {
  it('stores the text and links the names it writes, each MENTIONS with verbatim evidence', async () => {
    const text = 'WhatsApp and Telegram paused requests from the Hong Kong police, a new report says. Signal refused.';
    const { body } = await gql(ADD_ARTICLE, { input: { title: 'A test article', publishedAt: '2020-07-08', text } }, editor);
    const added = body.data.addArticle;
    expect(added).toMatchObject({ __typename: 'ArticleAdded', created: true, article: { title: 'A test article', text } });
    const linked = added.mentions.map((m: { to: { id: string } }) => m.to.id);
    expect(linked).toEqual(expect.arrayContaining(['service:whatsapp', 'service:signal']));
    for (const m of added.mentions) for (const s of m.sources) expect(text.slice(s.start, s.end)).toBe(s.excerpt);
  });

  it('refuses a text over MAX_ARTICLE_CHARS as a ValidationError on input.text when the body limit lets it through', async () => {
    const big = await start({ AUTH_JWT_SECRET: SECRET, MAX_BODY_BYTES: 11_000_000 });
    try {
      const before = await graphVersion();
      const { body } = await gql(ADD_ARTICLE, { input: { title: 'Huge', publishedAt: '2020-07-08', text: 'x'.repeat(10_000_000) } }, editor, big);
      expect(body.data.addArticle).toMatchObject({ __typename: 'ValidationError', path: ['input', 'text'] });
      expect(await graphVersion()).toBe(before);
    } finally {
      await big.stop();
    }
  });
});

describe('the graph as of a moment, through mutations', () => {
  const RELATIONS = `query ($id: ID!, $asOf: DateTime, $asReportedOn: Date, $includeRetracted: Boolean) {
    entity(id: $id) { relations(types: [OWNS], direction: IN, asOf: $asOf, asReportedOn: $asReportedOn, includeRetracted: $includeRetracted) { id retracted assertedBy reportedOn } } }`;
  const owners = async (vars: Record<string, unknown>) =>
    (
      (await gql(RELATIONS, { id: 'service:tiktok', ...vars })).body.data.entity.relations as {
        id: string;
        retracted: boolean;
        assertedBy: string | null;
        reportedOn: string;
      }[]
    ).filter((r) => r.assertedBy !== null);

  it('hides a fact asOf before it was asserted, drops it once retracted unless includeRetracted, and dates it by its article', async () => {
    const before = new Date(Date.now() - 1_000).toISOString();
    const fact = (await gql(ASSERT, { input: { ...ownsInstagram({ from: 'company:google', to: 'service:tiktok' }) } }, editor)).body.data.assertFact.fact.id;
    expect(await owners({})).toMatchObject([{ id: fact, retracted: false, assertedBy: 'alice', reportedOn: '2020-07-06' }]);
    expect(await owners({ asOf: before })).toEqual([]);
    // Its one article is dated 6 July 2020: a reader of 5 July could not have known it.
    expect(await owners({ asReportedOn: '2020-07-05' })).toEqual([]);
    expect(await owners({ asReportedOn: '2020-07-06' })).toHaveLength(1);

    const retractedAfter = new Date().toISOString();
    await gql(RETRACT, { input: { fact, reason: 'a test retraction' } }, editor);
    expect(await owners({})).toEqual([]);
    expect(await owners({ includeRetracted: true })).toMatchObject([{ id: fact, retracted: true }]);
    expect(await owners({ asOf: retractedAfter })).toMatchObject([{ id: fact }]);
  });
});
