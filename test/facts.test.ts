/**
 * `facts` (one filtered connection over relations of any types) and article times (update notes,
 * DateTime fields) on the seed graph, over real HTTP. Every expected list is counted straight from the
 * database with ad-hoc Cypher, so the tests check the API against the stored evidence, not against itself.
 */
import { describe, expect, it } from 'vitest';
import { PROVENANCE_RELATION_TYPES } from '../src/ontology.js';
import { ArticleUpdate } from '../src/store/schema.js';
import { useSeededApi } from './support/api.js';
import { q } from './support/db.js';
import { waitFor } from './support/wait.js';

const { db, api } = useSeededApi();

const MEDIANAMA = 'article:medianama-big-tech-pause';
const ZEROHEDGE = 'article:zerohedge-twitter-joins-facebook-telegram';
const ALL_SUPPORT = ['STATED', 'INFERRED', 'BACKGROUND'];
const EDGE = 'cursor node { id type date support from { id name } to { id name } } sources { article { id } date support }';

/** The ids of the facts with a source meeting `where` (on `s`, REPORTED_BY `a`) and of the given fact supports, from the database. */
async function expectedFacts(where: string, params: Record<string, unknown>, supports = ALL_SUPPORT): Promise<string[]> {
  const rows = await db.read(
    q(`MATCH (s:Source)-[:REPORTED_BY]->(a:Article) WHERE s.from IS NOT NULL AND NOT s.factType IN $provenance AND ${where}
       WITH DISTINCT s.fact AS fact, s.from AS from
       MATCH (:Entity {id: from})-[r]->() WHERE r.id = fact AND r.support IN $supports
       RETURN r.id AS id ORDER BY id`),
    { ...params, provenance: PROVENANCE_RELATION_TYPES, supports },
  );
  return rows.map((r) => r.id as string);
}

/** Every edge of a `facts` list, paging forward `size` at a time; fails on an error. */
async function allPages(args: string, size: number): Promise<{ edges: any[]; totalCount: number; pages: number }> {
  const edges: any[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 1; pages < 200; pages++) {
    const res: any = await api.gql(
      `query($after: String) { facts(${args}, first: ${size}, after: $after) { totalCount totalCountCapped edges { ${EDGE} } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(res.errors, args).toBeUndefined();
    const page = res.data.facts;
    expect(page.totalCountCapped).toBe(false);
    totalCount = page.totalCount;
    edges.push(...page.edges);
    if (!page.pageInfo.hasNextPage) return { edges, totalCount, pages };
    after = page.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

describe('facts', () => {
  it("filtered by MediaNama's article: exactly that article's facts, with the right totalCount", async () => {
    const expected = await expectedFacts('a.id = $article', { article: MEDIANAMA });
    expect(expected.length).toBeGreaterThan(50);
    const { data, errors } = await api.gql(
      `{ facts(article: "${MEDIANAMA}", support: [STATED, INFERRED, BACKGROUND], first: 100) { totalCount totalCountCapped edges { ${EDGE} } pageInfo { hasNextPage } } }`,
    );
    expect(errors).toBeUndefined();
    const { facts } = data;
    expect(facts.totalCount).toBe(expected.length);
    expect(facts.totalCountCapped).toBe(false);
    expect(facts.edges.map((e: any) => e.node.id)).toEqual(expected); // id order, the default
    expect(facts.pageInfo.hasNextPage).toBe(false);
    for (const e of facts.edges) {
      expect(PROVENANCE_RELATION_TYPES).not.toContain(e.node.type);
      // The edge carries the sources that matched: the article's own.
      expect(e.sources.length).toBeGreaterThan(0);
      expect(e.sources.every((s: any) => s.article.id === MEDIANAMA)).toBe(true);
    }
    // A title works as well as an id; the default support leaves BACKGROUND facts out.
    const sourced = await expectedFacts('a.id = $article', { article: MEDIANAMA }, ['STATED', 'INFERRED']);
    const { data: byTitle } = await api.gql('{ facts(article: "Big Tech hit pause on sharing data with law enforcement in Hong Kong") { totalCount } }');
    expect(byTitle.facts.totalCount).toBe(sourced.length);
  });

  it('paging forward visits every fact once, in each order', async () => {
    const expected = await expectedFacts('a.id = $article', { article: MEDIANAMA });
    for (const order of ['ID', 'DATE_ASC', 'DATE_DESC', 'NAME']) {
      const { edges, totalCount, pages } = await allPages(`article: "${MEDIANAMA}", support: [STATED, INFERRED, BACKGROUND], orderBy: ${order}`, 7);
      const ids = edges.map((e) => e.node.id);
      expect(new Set(ids).size, order).toBe(ids.length);
      expect([...ids].sort(), order).toEqual(expected);
      expect(totalCount).toBe(expected.length);
      expect(pages).toBe(Math.ceil(expected.length / 7));
      const dates = edges.map((e) => e.node.date).filter((d) => d !== null);
      if (order === 'DATE_ASC') expect(dates).toEqual([...dates].sort());
      if (order === 'DATE_DESC') expect(dates).toEqual([...dates].sort().reverse());
      if (order.startsWith('DATE')) expect(edges.findIndex((e) => e.node.date === null)).toBe(dates.length); // undated last
      if (order === 'NAME') {
        const names = edges.map((e) => e.node.from.name.toLowerCase());
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
      }
    }
  });

  it('filters combine: article and type', async () => {
    const expected = await expectedFacts("a.id = $article AND s.factType = 'PAUSED_REQUESTS_FROM'", { article: MEDIANAMA }, ['STATED', 'INFERRED']);
    const { data } = await api.gql(`{ facts(article: "${MEDIANAMA}", types: [PAUSED_REQUESTS_FROM]) { totalCount edges { ${EDGE} } } }`);
    expect(data.facts.edges.map((e: any) => e.node.id)).toEqual(expected);
    expect(data.facts.totalCount).toBe(expected.length);
    expect(expected).toContain('rel:paused-requests-from:google:hong-kong-authorities');
    expect(data.facts.edges.every((e: any) => e.node.type === 'PAUSED_REQUESTS_FROM')).toBe(true);
  });

  it('filters combine: a date range and support, one source meeting the dates', async () => {
    const range = { since: '2020-07-01', until: '2020-07-05' };
    for (const support of [['STATED'], ['INFERRED'], ['STATED', 'INFERRED']]) {
      const expected = await expectedFacts('s.date >= date($since) AND s.date <= date($until)', range, support);
      const { edges, totalCount } = await allPages(`since: "${range.since}", until: "${range.until}", support: [${support.join(', ')}], orderBy: DATE_ASC`, 5);
      expect(edges.map((e) => e.node.id).sort(), support.join()).toEqual(expected);
      expect(totalCount).toBe(expected.length);
      for (const e of edges) {
        expect(support).toContain(e.node.support);
        expect(e.sources.length).toBeGreaterThan(0);
        expect(e.sources.every((s: any) => s.date >= range.since && s.date <= range.until)).toBe(true);
      }
    }
    // With an outlet too: the dated source must be one of that outlet's articles.
    const expected = await expectedFacts('a.id = $article AND s.date >= date($since) AND s.date <= date($until)', { article: MEDIANAMA, ...range }, [
      'STATED',
      'INFERRED',
    ]);
    const { data } = await api.gql(
      `{ facts(outlet: "MediaNama", since: "${range.since}", until: "${range.until}", first: 100) { totalCount edges { ${EDGE} } } }`,
    );
    expect(data.facts.edges.map((e: any) => e.node.id)).toEqual(expected);
    expect(data.facts.edges.flatMap((e: any) => e.sources).every((s: any) => s.article.id === MEDIANAMA && s.date >= range.since)).toBe(true);
  });

  it('anchored at an end: to with its parts, from, and a topic', async () => {
    const { data, errors } = await api.gql(`{
      parts: facts(to: "Hong Kong authorities", includeParts: true, types: [PAUSED_REQUESTS_FROM]) { totalCount edges { node { from { name } to { id } } } }
      facebook: facts(from: "Facebook", first: 100) { totalCount edges { node { id from { id } } sources { article { id } } } }
      topic: facts(from: "Telegram", topic: "telegram-hk-data-requests", support: [STATED, INFERRED, BACKGROUND]) { edges { node { id properties { name value } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.parts.edges.map((e: any) => `${e.node.from.name} → ${e.node.to.id}`).sort()).toEqual([
      'Facebook → authority:hong-kong-government',
      'Google → authority:hong-kong-authorities',
      'Telegram → authority:hong-kong-authorities',
      'Twitter → authority:hong-kong-authorities',
      'Twitter → authority:hong-kong-police',
      'WhatsApp → authority:hong-kong-law-enforcement',
    ]);
    expect(data.parts.totalCount).toBe(6);
    const [fb] = await db.read(
      q("MATCH (:Entity {id: 'company:facebook'})-[r]->() WHERE NOT type(r) IN $provenance AND r.support IN ['STATED', 'INFERRED'] RETURN count(r) AS n"),
      { provenance: PROVENANCE_RELATION_TYPES },
    );
    expect(data.facebook.totalCount).toBe(fb!.n);
    expect(data.facebook.edges.every((e: any) => e.node.from.id === 'company:facebook' && e.sources.length > 0)).toBe(true);
    expect(data.topic.edges.length).toBeGreaterThan(0);
    const topicOf = (e: any) => e.node.properties.find((p: any) => p.name === 'topic')?.value;
    expect(data.topic.edges.every((e: any) => topicOf(e) === 'telegram-hk-data-requests')).toBe(true);
  });

  it('provenance edges only when asked for; by type alone, several types merge in order', async () => {
    const { data } = await api.gql(`{
      cites: facts(article: "${MEDIANAMA}", types: [CITES]) { edges { node { id type } } }
      none: facts(article: "${MEDIANAMA}") { edges { node { type } } }
    }`);
    expect(data.cites.edges.length).toBeGreaterThan(0);
    expect(data.cites.edges.every((e: any) => e.node.type === 'CITES')).toBe(true);
    expect(data.none.edges.some((e: any) => PROVENANCE_RELATION_TYPES.includes(e.node.type))).toBe(false);

    const rows = await db.read(
      q("MATCH ()-[r:PAUSED_REQUESTS_FROM|REFUSES_REQUESTS_FROM|OWNS]->() WHERE r.support IN ['STATED', 'INFERRED'] RETURN r.id AS id ORDER BY id"),
    );
    for (const order of ['ID', 'NAME']) {
      const { edges, totalCount } = await allPages(`types: [PAUSED_REQUESTS_FROM, REFUSES_REQUESTS_FROM, OWNS], orderBy: ${order}`, 4);
      expect(edges.map((e) => e.node.id).sort(), order).toEqual(rows.map((r) => r.id));
      expect(totalCount).toBe(rows.length);
      if (order === 'ID') expect(edges.map((e) => e.node.id)).toEqual(rows.map((r) => r.id));
    }
  });

  it('without an anchor (from, to, article, outlet, since/until or types) facts is refused quickly, naming the anchors; support and topic only filter (issue 17)', async () => {
    const unanchored = [
      '{ facts { totalCount } }',
      '{ facts(first: 10) { edges { node { id } } } }',
      '{ facts(support: [BACKGROUND]) { edges { node { id } } } }',
      '{ facts(topic: "\\u0000") { edges { node { id } } } }',
      '{ facts(topic: "nsl-enactment-date", support: [STATED, INFERRED, BACKGROUND], orderBy: DATE_DESC) { totalCount edges { node { id } } } }',
      '{ facts(types: [], last: 10, orderBy: NAME) { edges { node { id } } } }',
    ];
    for (const query of unanchored) {
      const before = api.queries.length;
      const t0 = performance.now();
      const { data, errors } = await api.gql(query);
      expect(performance.now() - t0, query).toBeLessThanOrEqual(1_000);
      expect(errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'types' });
      expect(errors![0]!.message).toMatch(/anchor.*`from`, `to`, `article`, `outlet`, `since`\/`until` or `types`/);
      expect(data?.facts ?? null).toBeNull();
      await waitFor(() => api.queries.length > before);
      expect(api.queries.at(-1)).toEqual([]); // refused before any statement
    }
    // With an anchor the same filters answer.
    const { data, errors } = await api.gql('{ facts(types: [OWNS], support: [BACKGROUND]) { edges { node { id support } } } }');
    expect(errors).toBeUndefined();
    expect(data.facts.edges.every((e: any) => e.node.support === 'BACKGROUND')).toBe(true);
  });

  it('bad input is BAD_USER_INPUT naming the argument; an unknown article is NOT_FOUND', async () => {
    const { data: page } = await api.gql('{ facts(types: [OWNS], first: 1, orderBy: NAME) { pageInfo { endCursor } } }');
    const nameCursor = page.facts.pageInfo.endCursor;
    const cases: [string, string][] = [
      ['{ facts(first: 0) { totalCount } }', 'first'],
      ['{ facts(first: 101) { totalCount } }', 'first'],
      ['{ facts(first: 2, last: 2) { totalCount } }', 'last'],
      ['{ facts(after: "not-a-cursor") { edges { cursor } } }', 'after'],
      [`{ facts(types: [OWNS], after: "${nameCursor}", orderBy: DATE_ASC) { edges { cursor } } }`, 'after'],
      ['{ facts(since: "2020-07-08", until: "2020-07-01") { totalCount } }', 'since'],
      ['{ facts(article: "company:facebook") { totalCount } }', 'article'],
      ['{ facts(outlet: "Facebook") { totalCount } }', 'outlet'],
      ['{ facts(includeParts: true) { totalCount } }', 'includeParts'],
    ];
    for (const [query, argument] of cases) {
      const { errors } = await api.gql(query);
      expect(errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    const { errors } = await api.gql('{ facts(article: "article:nope") { totalCount } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'article' });
  });
});

describe('article times', () => {
  const ARTICLE = 'id publishedAt publishedOn updatedAt updatedOn date text updates { at localAt atText atNote note excerpt start end }';

  it("MediaNama's updates of 8 July are exposed oldest first, with their local times (no zone is given)", async () => {
    const { data, errors } = await api.gql(`{ entity(id: "${MEDIANAMA}") { ... on Article { ${ARTICLE} } } }`);
    expect(errors).toBeUndefined();
    const a = data.entity;
    expect(a).toMatchObject({ publishedAt: null, publishedOn: '2020-07-07', updatedAt: null, updatedOn: '2020-07-08' });
    expect(a.updates.map((u: any) => [u.localAt, u.at, u.atText])).toEqual([
      ['2020-07-08T11:01:00', null, 'July 8, 2020 11:01 am'],
      ['2020-07-08T17:48:00', null, 'July 8, 2020 5:48 pm'],
    ]);
    expect(a.updates[0].note).toMatch(/Twitter/);
    expect(a.updates[1].note).toMatch(/ProtonMail/);
    for (const u of a.updates) {
      expect(a.text.slice(u.start, u.end)).toBe(u.excerpt);
      expect(u.excerpt).toContain(u.atText);
      expect(u.atNote).toMatch(/time zone/);
    }
  });

  it("ZeroHedge's update and byline are instants with their offset; articles without updates have none", async () => {
    const { data } = await api.gql(
      `{ z: entity(id: "${ZEROHEDGE}") { ... on Article { ${ARTICLE} } } i: entity(id: "article:independent-whatsapp-stops-police-requests") { ... on Article { publishedAt publishedOn updates { at } } } }`,
    );
    expect(data.z.publishedAt).toBe('2020-07-06T12:21:00-04:00');
    expect(data.z.publishedOn).toBe('2020-07-06');
    expect(data.z.updates).toHaveLength(1);
    expect(data.z.updates[0]).toMatchObject({ at: '2020-07-06T12:20:00-04:00', localAt: '2020-07-06T12:20:00', atText: '1220ET' });
    expect(data.i).toEqual({ publishedAt: null, publishedOn: null, updates: [] });
  });

  it('the seed schema wants an ISO `at` and an `atText` taken from the excerpt', () => {
    const ok = { at: '2020-07-08T11:01', atText: '11:01 am', note: 'n', excerpt: 'Update (11:01 am): x' };
    expect(ArticleUpdate.safeParse(ok).success).toBe(true);
    expect(ArticleUpdate.safeParse({ ...ok, at: '2020-07-08T11:01+05:30' }).success).toBe(true);
    for (const bad of [{ at: '2020-07-08 11:01' }, { at: '2020-02-30T11:01' }, { at: '8 July 2020' }, { atText: '5:48 pm' }]) {
      expect(ArticleUpdate.safeParse({ ...ok, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
