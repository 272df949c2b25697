/**
 * REPORTED_BY: every source names its article with one relationship, and every entity and relation
 * offers `reportedBy`, the distinct articles behind its sources, newest first, as a paged connection.
 * Expected answers are read from the database with plain Cypher, the way an analyst would ask.
 */
import { describe, expect, it } from 'vitest';
import { useSeededApi } from './support/api.js';
import { q } from './support/db.js';

const { db, api } = useSeededApi();

/** The articles behind a fact's sources, newest first (undated last), ties by id: what `reportedBy` must list. */
async function expectedArticles(fact: string): Promise<string[]> {
  const rows = await db.read(
    q(`MATCH (:Source {fact: $fact})-[:REPORTED_BY]->(a:Article)
       WITH DISTINCT a
       RETURN a.id AS id ORDER BY a.date IS NULL, a.date DESC, a.id`),
    { fact },
  );
  return rows.map((r) => String(r.id));
}

const REPORTED = 'reportedBy { totalCount edges { cursor node { id title date } } pageInfo { hasNextPage endCursor } }';

describe('reportedBy', () => {
  it('an entity: the distinct articles of its sources, newest first, with totalCount', async () => {
    const fact = 'statement:whatsapp-spokeswoman-wsj';
    const expected = await expectedArticles(fact);
    expect(expected.length).toBeGreaterThan(1);
    const { data, errors } = await api.gql(`query($id: ID!) { entity(id: $id) { id ${REPORTED} sources { article { id } } } }`, { id: fact });
    expect(errors).toBeUndefined();
    const page = data.entity.reportedBy;
    expect(page.edges.map((e: any) => e.node.id)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    expect(new Set(data.entity.sources.map((s: any) => s.article.id))).toEqual(new Set(expected));
    const dates = page.edges.map((e: any) => e.node.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('a relation: the articles behind its sources, paged one at a time both ways', async () => {
    const { data: found } = await api.gql(
      '{ lookup(ref: "WhatsApp") { ... on Service { pausedRequestsFrom { id reportedBy(first: 1) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } } } }',
    );
    const relation = found.lookup.pausedRequestsFrom.find((r: any) => r.reportedBy.totalCount > 1);
    expect(relation, 'a pause reported by several articles').toBeDefined();
    const expected = await expectedArticles(relation.id);
    expect(relation.reportedBy.totalCount).toBe(expected.length);
    const seen: string[] = relation.reportedBy.edges.map((e: any) => e.node.id);
    let after = relation.reportedBy.pageInfo.endCursor;
    for (let more = relation.reportedBy.pageInfo.hasNextPage; more; ) {
      const { data, errors } = await api.gql(
        `query($after: String) { relations(type: PAUSED_REQUESTS_FROM, from: "WhatsApp", first: 100) { edges { node { id reportedBy(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      const page = data.relations.edges.find((e: any) => e.node.id === relation.id).node.reportedBy;
      seen.push(...page.edges.map((e: any) => e.node.id));
      ({ hasNextPage: more, endCursor: after } = page.pageInfo);
    }
    expect(seen).toEqual(expected);
    const { data: back } = await api.gql(
      '{ relations(type: PAUSED_REQUESTS_FROM, from: "WhatsApp", first: 100) { edges { node { id reportedBy(last: 100) { edges { node { id } } } } } } }',
    );
    const backward = back.relations.edges.find((e: any) => e.node.id === relation.id).node.reportedBy.edges.map((e: any) => e.node.id);
    expect(backward).toEqual(expected);
  });

  it('a MENTIONS edge is reported by the article it starts at; an article itself by none', async () => {
    const { data, errors } = await api.gql(
      `{ node(id: "article:medianama-big-tech-pause") { ... on Article { ${REPORTED} mentions { from { id } reportedBy { totalCount edges { node { id } } } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.node.reportedBy).toMatchObject({ totalCount: 0, edges: [] });
    expect(data.node.mentions.length).toBeGreaterThan(5);
    for (const m of data.node.mentions) expect(m.reportedBy).toEqual({ totalCount: 1, edges: [{ node: { id: 'article:medianama-big-tech-pause' } }] });
  });

  it('a cursor of another list is refused', async () => {
    const { data } = await api.gql('{ articles(first: 1) { edges { cursor } } }');
    const { errors } = await api.gql('query($c: String) { entity(id: "company:facebook") { reportedBy(after: $c) { totalCount } } }', {
      c: data.articles.edges[0].cursor,
    });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
