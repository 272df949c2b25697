/**
 * Every connection pages forward (first/after) and backward (last/before, and last alone from the
 * end) through the same list on the seed graph: the two walks must give the same items in the same
 * order, with no item twice, the expected pageInfo flags, and the size the database says the list has.
 * A window between two cursors is read both ways too. Every page's totalCount is the list's size.
 * Cursors survive an insert in front of them.
 */
import { describe, expect, it } from 'vitest';
import { startTestApi, useSeededApi } from './support/api.js';
import { openTestDb, q } from './support/db.js';

const { db, api } = useSeededApi();

interface Page {
  totalCount: number;
  totalCountCapped: boolean;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Each connection: a GraphQL field with `$args` where the paging arguments go, where its page is in `data`, and its size from Cypher. */
interface Case {
  name: string;
  field: (args: string) => string;
  page: (data: any) => Page;
  count: string;
}

const PAGE = 'totalCount totalCountCapped edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const CASES: Case[] = [
  { name: 'entities', field: (a) => `entities(${a}) { ${PAGE} }`, page: (d) => d.entities, count: 'MATCH (n:Entity) RETURN count(n) AS n' },
  {
    name: 'entities of a kind',
    field: (a) => `entities(kind: COMPANY, ${a}) { ${PAGE} }`,
    page: (d) => d.entities,
    count: "MATCH (n:Entity {kind: 'Company'}) RETURN count(n) AS n",
  },
  { name: 'articles', field: (a) => `articles(${a}) { ${PAGE} }`, page: (d) => d.articles, count: 'MATCH (n:Article) RETURN count(n) AS n' },
  {
    name: 'articles mentioning an entity',
    field: (a) => `articles(mentioning: "Hong Kong authorities", ${a}) { ${PAGE} }`,
    page: (d) => d.articles,
    count: "MATCH (:Entity {id: 'authority:hong-kong-authorities'})<-[:MENTIONS]-(a:Article) RETURN count(a) AS n",
  },
  {
    name: 'Entity.mentionedIn',
    field: (a) => `entity(id: "company:facebook") { mentionedIn(${a}) { ${PAGE} } }`,
    page: (d) => d.entity.mentionedIn,
    count: "MATCH (:Entity {id: 'company:facebook'})<-[:MENTIONS]-(a:Article) RETURN count(a) AS n",
  },
  {
    name: 'relations of a type',
    field: (a) => `relations(type: MENTIONS, ${a}) { ${PAGE} }`,
    page: (d) => d.relations,
    count: "MATCH ()-[r:MENTIONS]->() WHERE r.support IN ['STATED', 'INFERRED'] RETURN count(r) AS n",
  },
  {
    name: 'relations to an entity and its parts',
    field: (a) => `relations(type: PAUSED_REQUESTS_FROM, to: "Hong Kong authorities", includeParts: true, ${a}) { ${PAGE} }`,
    page: (d) => d.relations,
    count: "MATCH ()-[r:PAUSED_REQUESTS_FROM]->() WHERE r.support IN ['STATED', 'INFERRED'] RETURN count(r) AS n",
  },
  {
    name: 'relations from an entity',
    field: (a) => `relations(type: MENTIONS, from: "article:medianama-big-tech-pause", ${a}) { ${PAGE} }`,
    page: (d) => d.relations,
    count: "MATCH (:Entity {id: 'article:medianama-big-tech-pause'})-[r:MENTIONS]->() RETURN count(r) AS n",
  },
  {
    name: 'Entity.relationsConnection',
    field: (a) => `entity(id: "company:telegram") { relationsConnection(${a}) { ${PAGE} } }`,
    page: (d) => d.entity.relationsConnection,
    count: "MATCH (:Entity {id: 'company:telegram'})-[r]-() WHERE r.support IN ['STATED', 'INFERRED'] RETURN count(r) AS n",
  },
  {
    name: 'Entity.relationsConnection, two types, one direction',
    field: (a) =>
      `entity(id: "authority:hong-kong-authorities") { relationsConnection(types: [MENTIONS, PAUSED_REQUESTS_FROM], direction: IN, ${a}) { ${PAGE} } }`,
    page: (d) => d.entity.relationsConnection,
    count:
      "MATCH (:Entity {id: 'authority:hong-kong-authorities'})<-[r:MENTIONS|PAUSED_REQUESTS_FROM]-() WHERE r.support IN ['STATED', 'INFERRED'] RETURN count(r) AS n",
  },
  ...(['ID', 'NAME', 'DATE_ASC', 'DATE_DESC'] as const).map(
    (order): Case => ({
      name: `facts by type, ${order}`,
      field: (a) => `facts(types: [OWNS, PAUSED_REQUESTS_FROM, MADE_STATEMENT, LOCATED_IN], orderBy: ${order}, ${a}) { ${PAGE} }`,
      page: (d) => d.facts,
      count: "MATCH ()-[r:OWNS|PAUSED_REQUESTS_FROM|MADE_STATEMENT|LOCATED_IN]->() WHERE r.support IN ['STATED', 'INFERRED'] RETURN count(r) AS n",
    }),
  ),
  {
    name: 'facts reported by an article, by date',
    field: (a) => `facts(article: "article:medianama-big-tech-pause", orderBy: DATE_DESC, ${a}) { ${PAGE} }`,
    page: (d) => d.facts,
    count: `MATCH (:Entity {id: 'article:medianama-big-tech-pause'})<-[:REPORTED_BY]-(s:Source) WHERE s.from IS NOT NULL AND NOT s.factType IN ['MENTIONS', 'PUBLISHED_BY', 'CITES']
            WITH DISTINCT s.fact AS fact, s.from AS from MATCH (:Entity {id: from})-[r]->() WHERE r.id = fact AND r.support IN ['STATED', 'INFERRED'] RETURN count(r) AS n`,
  },
];

async function page(c: Case, args: string): Promise<Page> {
  const { data, errors } = await api.gql(`{ ${c.field(args)} }`);
  expect(errors, args).toBeUndefined();
  return c.page(data);
}

/** The whole list, `size` at a time: forward from the start, or backward from the end (then put in list order). */
async function walk(c: Case, size: number, direction: 'forward' | 'backward') {
  const ids: string[] = [];
  const pages: Page[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 200; i++) {
    const args: string =
      direction === 'forward' ? `first: ${size}${cursor ? `, after: "${cursor}"` : ''}` : `last: ${size}${cursor ? `, before: "${cursor}"` : ''}`;
    const p = await page(c, args);
    pages.push(p);
    if (direction === 'forward') ids.push(...p.edges.map((e) => e.node.id));
    else ids.unshift(...p.edges.map((e) => e.node.id));
    const more = direction === 'forward' ? p.pageInfo.hasNextPage : p.pageInfo.hasPreviousPage;
    if (!more) return { ids, pages };
    cursor = direction === 'forward' ? p.pageInfo.endCursor : p.pageInfo.startCursor;
  }
  throw new Error(`${c.name}: paging did not end`);
}

describe.each(CASES)('$name', (c) => {
  it('pages forward and backward through the same list, each item once', async () => {
    const expected = Number((await db.read(q(c.count)))[0]!.n);
    expect(expected).toBeGreaterThan(3);
    const forward = await walk(c, 3, 'forward');
    const backward = await walk(c, 3, 'backward');
    expect(new Set(forward.ids).size, 'no item twice').toBe(forward.ids.length);
    expect(forward.ids.length).toBe(expected);
    expect(backward.ids).toEqual(forward.ids);
    // Every page counts the whole list, whichever way it was read.
    expect(new Set([...forward.pages, ...backward.pages].map((p) => p.totalCount))).toEqual(new Set([expected]));
    expect(forward.pages[0]!.totalCountCapped).toBe(false);
    // Flags: forward pages have a previous page after the first; backward pages a next page after the first.
    expect(forward.pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual(forward.pages.map((_p, i) => i > 0));
    expect(backward.pages.map((p) => p.pageInfo.hasNextPage)).toEqual(backward.pages.map((_p, i) => i > 0));
    expect(backward.pages[0]!.edges.map((e) => e.node.id)).toEqual(forward.ids.slice(-3));
  });

  it('reads a window between two cursors both ways', async () => {
    const all = await page(c, 'first: 100');
    const cursors = all.edges.map((e) => e.cursor);
    const ids = all.edges.map((e) => e.node.id);
    const [a, b] = [0, Math.min(5, ids.length - 1)];
    const inside = ids.slice(a + 1, b);
    const fwd = await page(c, `first: 100, after: "${cursors[a]}", before: "${cursors[b]}"`);
    const bwd = await page(c, `last: 100, after: "${cursors[a]}", before: "${cursors[b]}"`);
    expect(fwd.edges.map((e) => e.node.id)).toEqual(inside);
    expect(bwd.edges.map((e) => e.node.id)).toEqual(inside);
    const short = await page(c, `last: 2, after: "${cursors[a]}", before: "${cursors[b]}"`);
    expect(short.edges.map((e) => e.node.id)).toEqual(inside.slice(-2));
    expect(short.pageInfo).toMatchObject({ hasPreviousPage: inside.length > 2, hasNextPage: true });
  });
});

describe('nested connections', () => {
  const NESTED = `{ entities(first: 50) { edges { node {
    relationsConnection(first: 2) { totalCount edges { direction other { id } node { id } } }
    mentionedIn(last: 1) { totalCount edges { node { id } } }
  } } } }`;

  it('relationsConnection and mentionedIn under a page of entities: one planned statement, pages and counts included', async () => {
    const before = api.queries.length;
    const { data, errors } = await api.gql(NESTED);
    expect(errors).toBeUndefined();
    expect(data.entities.edges).toHaveLength(50);
    expect(api.queries.slice(before)).toEqual([['plan/entities']]);
  });

  it('through the loaders instead: one statement each for the pages and the counts, and the same answer', async () => {
    const loaded = await startTestApi(openTestDb(), { nestedPlans: false });
    try {
      const before = loaded.queries.length;
      const { data, errors } = await loaded.gql(NESTED);
      expect(errors).toBeUndefined();
      expect(data).toEqual((await api.gql(NESTED)).data);
      const names = loaded.queries.slice(before).flat();
      for (const name of ['relations/page-of-entities@forward', 'relations/count-of-entities', 'articles/mentioning@backward', 'articles/count-mentioning'])
        expect(
          names.filter((n) => n === name),
          name,
        ).toHaveLength(1);
      expect(names.length).toBeLessThanOrEqual(6);
    } finally {
      await loaded.stop();
    }
  });
});

describe('paging arguments', () => {
  it('first and last together, and a cursor of another list, are BAD_USER_INPUT naming the argument', async () => {
    const both = await api.gql('{ entities(first: 2, last: 2) { edges { cursor } } }');
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
    const { data } = await api.gql('{ entities(first: 1) { pageInfo { endCursor } } }');
    const other = await api.gql(`{ articles(last: 1, before: "${data.entities.pageInfo.endCursor}") { edges { cursor } } }`);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
    const facts = await api.gql('{ facts(types: [OWNS], first: 1, orderBy: NAME) { pageInfo { endCursor } } }');
    const otherOrder = await api.gql(
      `{ facts(types: [OWNS], last: 1, orderBy: DATE_ASC, before: "${facts.data.facts.pageInfo.endCursor}") { edges { cursor } } }`,
    );
    expect(otherOrder.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
  });

  it('a name beginning outside the Basic Multilingual Plane is listed, from either end', async () => {
    // The range index orders strings by code point, Cypher by UTF-16 unit: such a name sorts last in the index.
    try {
      await db.write(q("CREATE (:Entity {id: 'company:zz-astral', kind: 'Company', name: $name, sortName: $name})"), { name: '\u{20000} astral' });
      const last = await page(CASES[0]!, 'last: 1');
      const ids = (await walk(CASES[0]!, 50, 'forward')).ids;
      expect(ids).toContain('company:zz-astral');
      expect(last.edges.map((e) => e.node.id)).toEqual([ids.at(-1)]);
      expect(last.totalCount).toBe(ids.length);
    } finally {
      await db.write(q("MATCH (n:Entity {id: 'company:zz-astral'}) DETACH DELETE n"));
    }
  });

  it('a cursor of a relation list of another type is refused', async () => {
    const { data } = await api.gql('{ relations(type: OWNS, first: 1) { pageInfo { endCursor } } }');
    const other = await api.gql(`{ relations(type: MENTIONS, first: 1, after: "${data.relations.pageInfo.endCursor}") { edges { cursor } } }`);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('a cursor survives an insert in front of it', async () => {
    const first = await page(CASES[0]!, 'first: 4');
    const next = await page(CASES[0]!, `first: 4, after: "${first.pageInfo.endCursor}"`);
    try {
      // Sorts before every name (names never start with a control character).
      await db.write(q("CREATE (:Entity {id: 'company:aaa-inserted', kind: 'Company', name: 'AAA inserted', sortName: $sortName})"), {
        sortName: '\u0001 inserted',
      });
      const again = await page(CASES[0]!, `first: 4, after: "${first.pageInfo.endCursor}"`);
      expect(again.edges.map((e) => e.node.id)).toEqual(next.edges.map((e) => e.node.id));
      const back = await page(CASES[0]!, `last: 5, before: "${next.pageInfo.startCursor}"`);
      expect(back.edges.map((e) => e.node.id)).toEqual(['company:aaa-inserted', ...first.edges.map((e) => e.node.id)]);
      expect(back.pageInfo.hasPreviousPage).toBe(false);
    } finally {
      await db.write(q("MATCH (n:Entity {id: 'company:aaa-inserted'}) DETACH DELETE n"));
    }
  });
});
