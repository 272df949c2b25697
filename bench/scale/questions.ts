/**
 * The eight questions of the scale benchmark, each asked three ways: of this API (its existing schema, no
 * bench-only field; the queries are examples/2?-q?-*.graphql, asked with the anchors below as their
 * variables), of the Neo4j GraphQL Library (bench/neo4j-graphql/typeDefs.graphql: native fields
 * where it has them, @cypher where it has none) and of the raw-driver floor (one hand-written statement,
 * bench/scale/floor/*.cypher).
 *
 * Before timing, each target's answer is reduced to its facts (`facts.*`), and the three must agree, so the
 * benchmark never compares a fast wrong answer with a slow right one.
 */
import { example } from '../../src/examples.js';
import { nameKey } from '../../src/ontology.js';

/** What the questions are about, from the generator's well-known anchors (see generator/anchors.ts). */
export interface Anchors {
  /** Q1: an entity's name (what a user types). */
  entityName: string;
  /** Q2: a company 12 OWNS hops below its ultimate owner. */
  deepLeaf: string;
  /** Q4: two entities exactly 5 hops apart. */
  pathFrom: string;
  pathTo: string;
  /** Q5: words to search for. */
  searchText: string;
  /** Q6: a company with 300 direct subsidiaries. */
  hub: string;
  /** Q7: an article, whose evidence (what it says) is asked for. */
  article: string;
  /** Q8: a phrase to search every text for. */
  phrase: string;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Question {
  id: string;
  title: string;
  /** The question as this API is asked it: an example of examples/ with the anchors as its variables. */
  api: { query: string; variables: Record<string, unknown> };
  /** Null where the library is not asked (none today: every question has an equivalent). */
  library: string | null;
  floor: { file: string; params: Record<string, unknown> };
  facts: { api: (data: Json) => unknown; library: (data: Json) => unknown; floor: (rows: Json[]) => unknown };
}

const SOURCED = ['STATED', 'INFERRED'];
/** The relation types a company can have besides the derived MENTIONS: what Q1 lists. */
export const COMPANY_RELATION_TYPES = [
  'OWNS',
  'LOCATED_IN',
  'HOLDS_ROLE',
  'MADE_STATEMENT',
  'ABOUT',
  'INVOLVES',
  'PAUSED_REQUESTS_FROM',
  'REFUSES_REQUESTS_FROM',
];
/** Library fields for those types, each a typed @relationship (the library has no "all relations" field). */
const LIBRARY_RELATION_FIELDS = [
  'owners',
  'owns',
  'locatedIn',
  'people',
  'statements',
  'statementsAbout',
  'events',
  'pausedRequestsFrom',
  'refusesRequestsFrom',
];

const SOURCES = 'sources { excerpt article { id title } }';
const sorted = (xs: string[]) => [...xs].sort();
const sourceKeys = (list: Json[]) => sorted(list.map((s) => `${s.article.id}|${s.excerpt}`));
const str = JSON.stringify;

/** Lucene query for words as our API builds it (src/plan/roots/graph.ts `toLuceneQuery`). */
export function luceneQuery(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.map((w) => `(${w}^3 OR ${w}*${w.length >= 5 ? ` OR ${w}~1` : ''})`).join(' AND ');
}

/** An example of examples/ (Q1-Q8 there), with the anchors for its variables; `holding`: text the floor and the library rely on. */
function ask(name: string, values: Record<string, unknown>, holding?: string): Question['api'] {
  const { query, defaults } = example(name);
  const unknown = Object.keys(values).filter((k) => !(k in defaults));
  if (unknown.length) throw new Error(`example ${name} has no variable ${unknown.join(', ')}`);
  if (holding && !query.includes(holding)) throw new Error(`example ${name} no longer asks ${holding}`);
  return { query, variables: { ...defaults, ...values } };
}

export function questions(a: Anchors): Question[] {
  const relationFacts = (id: string, sources: Json[]) => `${id}:${str(sourceKeys(sources))}`;
  return [
    {
      id: 'Q1',
      title: `entity by name ("${a.entityName}") with its relations and sources`,
      api: ask('Q1EntityRelations', { entity: a.entityName }, `relations(types: [${COMPANY_RELATION_TYPES.join(', ')}])`),
      library: `{
  companies(where: { name: { eq: ${str(a.entityName)} } }) {
    id name kind
    ${SOURCES}
    ${LIBRARY_RELATION_FIELDS.map((f) => `${f}Connection(where: { edge: { support: { in: ${str(SOURCED)} } } }) { edges { properties { id ${SOURCES} } node { id name } } }`).join('\n    ')}
  }
}`,
      floor: { file: 'q1-entity', params: { text: a.entityName, key: nameKey(a.entityName), types: COMPANY_RELATION_TYPES, supports: SOURCED } },
      facts: {
        api: (d) => ({
          entity: d.lookup.id,
          sources: sourceKeys(d.lookup.sources),
          relations: sorted(d.lookup.relations.map((r: Json) => relationFacts(r.id, r.sources))),
        }),
        library: (d) => {
          const c = d.companies[0];
          const edges = LIBRARY_RELATION_FIELDS.flatMap((f) => c[`${f}Connection`].edges);
          return {
            entity: c.id,
            sources: sourceKeys(c.sources),
            relations: sorted(edges.map((e: Json) => relationFacts(e.properties.id, e.properties.sources))),
          };
        },
        floor: ([r]) => ({
          entity: r.entity.id,
          sources: sourceKeys(r.sources),
          relations: sorted(r.relations.map((x: Json) => relationFacts(x.id, x.sources))),
        }),
      },
    },
    {
      id: 'Q2',
      title: 'ownership chain from a leaf 12 OWNS hops deep, every hop with its sources',
      api: ask('Q2DeepOwnershipChain', { entity: a.deepLeaf }),
      library: `{
  companies(where: { id: { eq: ${str(a.deepLeaf)} } }) {
    id name
    ownershipPaths { hops { id fromId fromName toId toName ${SOURCES} } }
  }
}`,
      floor: { file: 'q2-chain', params: { id: a.deepLeaf, supports: SOURCED } },
      facts: {
        api: (d) => d.ownershipChain.paths.map((p: Json) => p.hops.map((h: Json) => relationFacts(h.id, h.sources))),
        library: (d) => d.companies[0].ownershipPaths.map((p: Json) => p.hops.map((h: Json) => relationFacts(h.id, h.sources))),
        floor: (rows) => rows.map((r) => r.hops.map((h: Json) => relationFacts(h.id, h.sources))),
      },
    },
    {
      id: 'Q3',
      title: 'first page of 100 companies in name order, each with its owners and sources',
      api: ask('Q3CompanyPage', { first: 100 }),
      library: `{
  companies(limit: 100, sort: [{ sortName: ASC }, { id: ASC }]) {
    id name
    ${SOURCES}
    ownersConnection(where: { edge: { support: { in: ${str(SOURCED)} } } }) { edges { properties { id ${SOURCES} } node { id name } } }
  }
}`,
      floor: { file: 'q3-page', params: { kind: 'Company', afterName: '', afterId: '', limit: 101, supports: SOURCED } },
      facts: {
        api: (d) =>
          d.entities.edges.map(({ node: n }: Json) => ({
            id: n.id,
            sources: sourceKeys(n.sources),
            owners: sorted(n.owners.map((o: Json) => relationFacts(o.id, o.sources))),
          })),
        library: (d) =>
          d.companies.map((c: Json) => ({
            id: c.id,
            sources: sourceKeys(c.sources),
            owners: sorted(c.ownersConnection.edges.map((e: Json) => relationFacts(e.properties.id, e.properties.sources))),
          })),
        // The floor reads one row more, as the API does, to tell whether a next page exists.
        floor: (rows) =>
          rows
            .slice(0, 100)
            .map((r) => ({ id: r.company.id, sources: sourceKeys(r.sources), owners: sorted(r.owners.map((o: Json) => relationFacts(o.id, o.sources))) })),
      },
    },
    {
      id: 'Q4',
      title: 'shortest path between two entities 5 hops apart',
      api: ask('Q4ShortestPath', { from: a.pathFrom, to: a.pathTo }),
      library: `{
  shortestPaths(from: ${str(a.pathFrom)}, to: ${str(a.pathTo)}, limit: 1) { nodes { id name } edges { type fromId toId } }
}`,
      floor: { file: 'q4-path', params: { from: a.pathFrom, to: a.pathTo, limit: 1 } },
      facts: {
        api: (d) => d.paths.map((p: Json) => p.nodes.map((n: Json) => n.id)),
        library: (d) => d.shortestPaths.map((p: Json) => p.nodes.map((n: Json) => n.id)),
        floor: (rows) => rows.map((r) => r.nodes.map((n: Json) => n.id)),
      },
    },
    {
      id: 'Q5',
      title: `full-text search, top 20 ("${a.searchText}")`,
      api: ask('Q5Search', { query: a.searchText }),
      library: `{
  searchEntities(query: ${str(luceneQuery(a.searchText))}, first: 20) { score id name kind }
}`,
      floor: { file: 'q5-search', params: { query: luceneQuery(a.searchText), limit: 20 } },
      facts: {
        api: (d) => d.search.map((h: Json) => h.entity.id),
        library: (d) => d.searchEntities.map((h: Json) => h.id),
        floor: (rows) => rows.map((r) => r.entity.id),
      },
    },
    {
      id: 'Q6',
      title: '2-hop neighbourhood of a hub with 300 direct subsidiaries (200 nearest entities and the relations among them)',
      api: ask('Q6Neighbourhood', { entity: a.hub, limit: 200 }),
      library: `{
  companies(where: { id: { eq: ${str(a.hub)} } }) {
    neighbourhood(limit: 200) { truncated nodes { id name kind depth } edges { type fromId toId } }
  }
}`,
      floor: { file: 'q6-neighbourhood', params: { id: a.hub, limit: 200, supports: SOURCED } },
      facts: {
        api: (d) => hood(d.neighbourhood),
        library: (d) => hood(d.companies[0].neighbourhood),
        floor: ([r]) => hood(r),
      },
    },
    {
      id: 'Q7',
      title: "an article's evidence: every excerpt in text order with the fact it backs (a relation's type and ends, or an entity)",
      api: ask('Q7ArticleEvidence', { article: a.article }),
      library: `{
  articles(where: { id: { eq: ${str(a.article)} } }) {
    id title
    evidence(where: { NOT: { factType: { eq: "PUBLISHED_BY" } } }, sort: [{ start: ASC }, { fact: ASC }], limit: 200) {
      excerpt start relation { type fromId fromName toId toName } entity { id name }
    }
  }
}`,
      floor: { file: 'q7-evidence', params: { id: a.article } },
      facts: {
        api: (d) =>
          evidenceFacts(
            d.entity.evidence.map((s: Json) => ({
              ...s,
              relation: s.relation && { type: s.relation.type, fromId: s.relation.from.id, toId: s.relation.to.id },
            })),
          ),
        library: (d) => evidenceFacts(d.articles[0].evidence),
        floor: ([r]) => evidenceFacts(r.evidence),
      },
    },
    {
      id: 'Q8',
      title: `full-text search over every text (article texts, excerpts, statements, descriptions), top 20 ("${a.phrase}")`,
      api: ask('Q8TextSearch', { query: `"${a.phrase}"` }),
      library: `{
  textSearch(query: ${str(`"${a.phrase}"`)}, first: 20) { field score articleId articleTitle }
}`,
      floor: { file: 'q8-text', params: { query: `"${a.phrase}"`, limit: 20, fetch: 80 } },
      facts: {
        api: (d) => d.textSearch.map((h: Json) => `${h.field}|${h.article?.id ?? '-'}`),
        library: (d) => d.textSearch.map((h: Json) => `${h.field}|${h.articleId ?? '-'}`),
        floor: (rows) => rows.map((h) => `${h.field}|${h.articleId ?? '-'}`),
      },
    },
  ];
}

/** An article's evidence as facts: each excerpt, where it stands, and what it backs. */
function evidenceFacts(list: Json[]) {
  return list.map((s) => `${s.start}|${s.excerpt}|${s.relation ? `${s.relation.type}:${s.relation.fromId}>${s.relation.toId}` : `entity:${s.entity?.id}`}`);
}

function hood(h: Json) {
  return {
    truncated: h.truncated,
    // The API names a neighbourhood entry's entity `entityId` (an entry is not the entity); the library and the floor `id`.
    nodes: sorted(h.nodes.map((n: Json) => `${n.entityId ?? n.id}@${n.depth}`)),
    edges: sorted(h.edges.map((e: Json) => `${e.type}:${e.fromId}>${e.toId}`)),
  };
}
