/**
 * The GraphQL API over real HTTP (the Yoga server on a free port) against the seeded database:
 * every traversal, lookups, paging, error codes and the endpoints.
 */
import { describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../src/server/graphiql.js';
import { SEEDS_DIR } from '../src/seed/prepare.js';
import { readSeeds } from '../src/seed/validate.js';
import { useSeededApi } from './support/api.js';

const { api } = useSeededApi();

const SOURCES = 'sources { excerpt start end textHash support article { id title date outlet { name } } }';

describe('endpoints', () => {
  it('/health answers 200 and /ready 200 while the database answers', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
  });

  it('GraphiQL opens on GET from a browser with the WhatsApp example', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    // The first example tab: the ownership chain, with WhatsApp as its variable (test/e2e checks every tab).
    expect(html).toContain('ownershipChain(entity: $entity)');
    expect(html).toMatch(/\\+"entity\\+": \\+"WhatsApp\\+"/);
  });

  it('echoes or assigns a request id', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ graph { articles } }')}`, {
      headers: { 'x-request-id': 'abc-123', 'x-graphql-csrf': '1' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    const other = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ graph { articles } }')}`, { headers: { 'x-graphql-csrf': '1' } });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the first GraphiQL example answers from Neo4j', async () => {
    const { data, errors } = await api.gql(GRAPHIQL_EXAMPLES[0]!.query, GRAPHIQL_EXAMPLES[0]!.variables);
    expect(errors).toBeUndefined();
    expect(data.ownershipChain.ultimateOwners).toEqual([{ id: 'company:facebook', name: 'Facebook' }]);
    const { data: g } = await api.gql('{ graph { entities articles relations sources version edition } }');
    const seeds = readSeeds(SEEDS_DIR);
    expect(g.graph).toMatchObject({ entities: seeds.entities.length + seeds.articles.length, articles: 5, edition: 'community' });
    expect(g.graph.sources).toBeGreaterThan(300);
    expect(g.graph.version).toMatch(/^5\.26\./);
  });
});

describe('ownership', () => {
  it("WhatsApp's chain ends at Facebook, every hop with its sources", async () => {
    const { data, errors } = await api.gql(
      `{ ownershipChain(entity: "whatsapp") { entity { name } hasCycle truncated ultimateOwners { name } paths { length owner { name } hops { type from { name } to { name } ${SOURCES} } } } }`,
    );
    expect(errors).toBeUndefined();
    const chain = data.ownershipChain;
    expect(chain.entity.name).toBe('WhatsApp');
    expect(chain.ultimateOwners.map((o: any) => o.name)).toEqual(['Facebook']);
    expect(chain.hasCycle).toBe(false);
    const [hop] = chain.paths[0].hops;
    expect(hop).toMatchObject({ type: 'OWNS', from: { name: 'Facebook' }, to: { name: 'WhatsApp' } });
    expect(hop.sources.length).toBeGreaterThan(1);
    for (const s of hop.sources) {
      expect(s.article.title).toBeTruthy();
      expect(s.support).toBe('STATED');
      const { data: text } = await api.gql('query($id: ID!) { node(id: $id) { ... on Article { text textHash } } }', { id: s.article.id });
      // The offsets locate the excerpt in the stored text, under the hash the source recorded.
      expect(text.node.text.slice(s.start, s.end)).toBe(s.excerpt);
      expect(text.node.textHash).toBe(s.textHash);
    }
  });

  it("TikTok's chain ends at ByteDance; an id works as well as a name in any letter case", async () => {
    for (const ref of ['TikTok', 'service:tiktok', 'tiktok']) {
      const { data } = await api.gql('query($e: String!) { ownershipChain(entity: $e) { ultimateOwners { id } } }', { e: ref });
      expect(data.ownershipChain.ultimateOwners).toEqual([{ id: 'company:bytedance' }]);
    }
  });

  it('an owner without owners has an empty chain; subsidiaries walk down', async () => {
    const { data } = await api.gql(
      '{ ownershipChain(entity: "Facebook") { paths { length } ultimateOwners { id } } subsidiaries(entity: "Facebook") { depth entity { name } via { type } } }',
    );
    expect(data.ownershipChain).toEqual({ paths: [], ultimateOwners: [] });
    expect(data.subsidiaries.map((s: any) => s.entity.name).sort()).toEqual(['WhatsApp']);
    expect(data.subsidiaries.every((s: any) => s.depth === 1 && s.via.type === 'OWNS')).toBe(true);
  });
});

describe('paths, neighbourhood, search, timeline, claims', () => {
  it('WhatsApp reaches a Hong Kong authority in a 2-hop path via Facebook', async () => {
    const { data, errors } = await api.gql(
      `{ paths(from: "WhatsApp", to: "Hong Kong government", relationTypes: [OWNS, PAUSED_REQUESTS_FROM], maxHops: 2) { length nodes { name kind } edges { type fromId toId ${SOURCES} } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.paths).toHaveLength(1);
    const [path] = data.paths;
    expect(path.length).toBe(2);
    expect(path.nodes.map((n: any) => n.name)).toEqual(['WhatsApp', 'Facebook', 'Hong Kong government']);
    expect(path.nodes[2].kind).toBe('AUTHORITY');
    expect(path.edges.map((e: any) => e.type)).toEqual(['OWNS', 'PAUSED_REQUESTS_FROM']);
    expect(path.edges[1].sources.length).toBeGreaterThan(0);
  });

  it('a path longer than maxHops is not returned', async () => {
    const { data } = await api.gql(
      '{ paths(from: "WhatsApp", to: "Hong Kong government", relationTypes: [OWNS, PAUSED_REQUESTS_FROM], maxHops: 1) { length } }',
    );
    expect(data.paths).toEqual([]);
  });

  it('a 2-hop neighbourhood of Telegram holds its statements, each with the articles reporting it', async () => {
    const { data, errors } = await api.gql(
      '{ neighbourhood(entity: "company:telegram", maxHops: 2, limit: 200) { truncated nodes { entityId kind depth entity { sources { article { kind } } } } edges { type fromId toId } } }',
    );
    expect(errors).toBeUndefined();
    const { nodes, edges } = data.neighbourhood;
    const ids = new Set(nodes.map((n: any) => n.entityId));
    const statements = edges.filter((e: any) => e.type === 'MADE_STATEMENT' && e.fromId === 'company:telegram').map((e: any) => e.toId);
    expect(statements).toContain('statement:telegram-ravdonikas-hkfp');
    for (const st of statements) {
      expect(ids.has(st)).toBe(true);
      const reporting = nodes.find((n: any) => n.entityId === st).entity.sources;
      expect(reporting.length, `${st} has its reporting articles`).toBeGreaterThan(0);
      for (const r of reporting) expect(r.article.kind).toBe('ARTICLE');
    }
    // Provenance edges are left out by default; every edge joins two listed nodes, each listed once.
    expect(edges.some((e: any) => ['MENTIONS', 'PUBLISHED_BY', 'CITES'].includes(e.type))).toBe(false);
    for (const e of edges) expect(ids.has(e.fromId) && ids.has(e.toId)).toBe(true);
    expect(ids.size).toBe(nodes.length);
    expect(nodes[0]).toMatchObject({ entityId: 'company:telegram', depth: 0 });
  });

  it('neighbourhood filters by kind and caps, saying when it cut', async () => {
    const { data } = await api.gql(
      '{ neighbourhood(entity: "company:telegram", maxHops: 2, kinds: [STATEMENT], limit: 3) { truncated nodes { kind depth } } }',
    );
    expect(data.neighbourhood.nodes).toHaveLength(4);
    expect(data.neighbourhood.nodes.slice(1).every((n: any) => n.kind === 'STATEMENT')).toBe(true);
    expect(data.neighbourhood.truncated).toBe(true);
  });

  it('search for "HK police" finds the Hong Kong police first; partial words and case do not matter', async () => {
    const { data } = await api.gql(
      '{ a: search(query: "HK police") { entity { id } score } b: search(query: "whatsa", kinds: [SERVICE]) { entity { id kind } } c: search(query: "BYTEDANCE") { entity { id } } }',
    );
    expect(data.a[0].entity.id).toBe('authority:hong-kong-police');
    expect(data.a[0].score).toBeGreaterThan(0);
    expect(data.b[0].entity).toEqual({ id: 'service:whatsapp', kind: 'SERVICE' });
    expect(data.b.every((h: any) => h.entity.kind === 'SERVICE')).toBe(true);
    expect(data.c[0].entity.id).toBe('company:bytedance');
  });

  it('search input is never Lucene syntax', async () => {
    const { data, errors } = await api.gql('{ search(query: "Facebook AND (\\"unbalanced [~*") { entity { id } } }');
    expect(errors).toBeUndefined();
    expect(Array.isArray(data.search)).toBe(true);
  });

  it('the timeline orders July 2020 events with their sources and resolved dates', async () => {
    const { data, errors } = await api.gql(
      `{ timeline(since: "2020-07-01", until: "2020-07-31", limit: 200) { date summary entity { id } relation { type from { name } } sources { date dateResolved dateResolvedFrom dateAnchor excerpt } } }`,
    );
    expect(errors).toBeUndefined();
    const items = data.timeline;
    expect(items.length).toBeGreaterThan(10);
    const dates = items.map((i: any) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d: string) => d >= '2020-07-01' && d <= '2020-07-31')).toBe(true);
    // Each item shows the sources that give its date.
    for (const i of items) {
      expect(i.sources.length, i.summary).toBeGreaterThan(0);
      expect(i.sources.every((s: any) => s.date === i.date)).toBe(true);
    }
    const google = items.find((i: any) => i.relation?.type === 'PAUSED_REQUESTS_FROM' && i.relation.from.name === 'Google');
    expect(google.date).toBe('2020-07-01');
    expect(google.sources[0]).toMatchObject({ dateResolved: true, dateResolvedFrom: 'Last Wednesday', dateAnchor: '2020-07-07' });
    expect(items.some((i: any) => i.entity?.id === 'event:first-nsl-charge')).toBe(true);
  });

  it('a stated fact whose day is worked out stays STATED; its source marks the date alone INFERRED, saying how', async () => {
    const { data, errors } = await api.gql(
      `{ ban: entity(id: "event:protest-slogan-outlawed") { support ... on Event { date sources { support date dateSupport dateNote } } }
         twitter: relations(type: PAUSED_REQUESTS_FROM, from: "company:twitter", to: "authority:hong-kong-authorities") { edges { node { support date sources { support dateSupport dateNote } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.ban).toMatchObject({ support: 'STATED', date: '2020-07-02' });
    expect(data.ban.sources.find((s: any) => s.date)).toMatchObject({
      support: 'STATED',
      dateSupport: 'INFERRED',
      dateNote: expect.stringContaining('less than a day'),
    });
    const [{ node: twitter }] = data.twitter.edges;
    expect(twitter).toMatchObject({ support: 'STATED', date: '2020-07-01' });
    expect(twitter.sources).toContainEqual(
      expect.objectContaining({ support: 'STATED', dateSupport: 'INFERRED', dateNote: expect.stringContaining('gives no day') }),
    );
  });

  it('claims put the disagreeing enactment dates of the law side by side, each with its source', async () => {
    const { data, errors } = await api.gql(
      '{ claims(entity: "National Security Law") { topic alternatives articleCount claims { type date sources { article { id } } } } }',
    );
    expect(errors).toBeUndefined();
    const group = data.claims.find((g: any) => g.claims.some((c: any) => c.type === 'SIGNED'));
    expect(group.alternatives).toBe(true);
    expect(group.claims.map((c: any) => `${c.type} ${c.date}`).sort()).toEqual(expect.arrayContaining(['ENACTED 2020-06-30', 'SIGNED 2020-07-01']));
    expect(group.articleCount).toBeGreaterThan(1);
  });
});

describe('entities, relations and paging', () => {
  it('typed relation fields: pausedRequestsFrom, owners, statements, roles', async () => {
    const { data, errors } = await api.gql(`{
      whatsapp: lookup(ref: "WhatsApp") { __typename ... on Service { owners { from { name } } pausedRequestsFrom { to { name } date dateResolved status reason ${SOURCES} } statements { to { ... on Statement { text saidTo { to { name } } } } } } }
      mayer: lookup(ref: "Kevin Mayer") { ... on Person { roles { title to { name } } } }
      law: lookup(ref: "national security law") { ... on Law { provisions { from { name } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.whatsapp.__typename).toBe('Service');
    expect(data.whatsapp.owners.map((o: any) => o.from.name)).toEqual(['Facebook']);
    const [pause] = data.whatsapp.pausedRequestsFrom;
    expect(pause).toMatchObject({ date: '2020-07-06', dateResolved: true });
    expect(pause.sources.length).toBeGreaterThan(0);
    const wsj = data.whatsapp.statements.find((s: any) => s.to.saidTo.some((t: any) => t.to.name === 'The Wall Street Journal'));
    expect(wsj.to.text).toContain('pending further assessment');
    expect(data.mayer.roles).toContainEqual({ title: 'CEO', to: { name: 'TikTok' } });
    expect(data.law.provisions.map((p: any) => p.from.name)).toContain('Article 43 of the National Security Law');
  });

  it('relations(type, to) lists the companies that paused requests from an authority', async () => {
    const { data } = await api.gql(
      '{ relations(type: PAUSED_REQUESTS_FROM, to: "Hong Kong authorities", first: 10) { edges { node { from { name } date } } } }',
    );
    expect(data.relations.edges.map((e: any) => e.node.from.name).sort()).toEqual(['Google', 'Telegram', 'Twitter']);
  });

  it('relations(includeParts) also counts the bodies that are part of the target, each fact once', async () => {
    const { data, errors } = await api.gql(
      '{ relations(type: PAUSED_REQUESTS_FROM, to: "Hong Kong authorities", includeParts: true, first: 20) { edges { node { from { name } to { id } } } } }',
    );
    expect(errors).toBeUndefined();
    const facts = data.relations.edges.map((e: any) => `${e.node.from.name} → ${e.node.to.id}`);
    expect(facts.sort()).toEqual([
      'Facebook → authority:hong-kong-government',
      'Google → authority:hong-kong-authorities',
      'Telegram → authority:hong-kong-authorities',
      'Twitter → authority:hong-kong-authorities',
      'Twitter → authority:hong-kong-police',
      'WhatsApp → authority:hong-kong-law-enforcement',
    ]);
  });

  it('paging through a connection returns every item exactly once', async () => {
    const all: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: any = await api.gql(
        'query($after: String) { entities(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      all.push(...res.data.entities.edges.map((e: any) => e.node.id));
      if (!res.data.entities.pageInfo.hasNextPage) break;
      after = res.data.entities.pageInfo.endCursor;
    }
    const seeds = readSeeds(SEEDS_DIR);
    expect(all).toHaveLength(seeds.entities.length + seeds.articles.length);
    expect(new Set(all).size).toBe(all.length);
  });

  it('articles come newest first, filterable by outlet and by an entity they mention', async () => {
    const { data } = await api.gql(
      '{ all: articles(first: 10) { edges { node { date } } } mn: articles(outlet: "MediaNama") { edges { node { title outlet { name } } } } tiktok: articles(mentioning: "TikTok") { edges { node { id } } } }',
    );
    const dates = data.all.edges.map((e: any) => e.node.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(data.mn.edges).toHaveLength(1);
    expect(data.mn.edges[0].node.outlet.name).toBe('MediaNama');
    expect(data.tiktok.edges.map((e: any) => e.node.id)).toContain('article:medianama-big-tech-pause');
  });

  it('node/nodes resolve global ids; every entity exposes its sources', async () => {
    const { data } = await api.gql(`{ nodes(ids: ["company:facebook", "person:carrie-lam", "company:nope"]) { id ... on Entity { name kind ${SOURCES} } } }`);
    expect(data.nodes[0]).toMatchObject({ id: 'company:facebook', kind: 'COMPANY' });
    expect(data.nodes[1].sources[0].excerpt).toBeTruthy();
    expect(data.nodes[2]).toBeNull();
  });
});

describe('argument names', () => {
  it('traversals bound their walk with maxHops and their size with limit; no argument is deprecated', async () => {
    const { data, errors } = await api.gql(`{
      near: neighbourhood(entity: "Telegram", maxHops: 2, limit: 200) { nodes { depth } }
      nearer: neighbourhood(entity: "Telegram", maxHops: 1, limit: 200) { nodes { depth } }
      chain: ownershipChain(entity: "WhatsApp", maxHops: 1) { maxHops }
      hits: search(query: "Telegram", limit: 1) { score }
      items: timeline(limit: 3) { date }
      text: textSearch(query: "encryption", limit: 1) { score }
    }`);
    expect(errors).toBeUndefined();
    expect(Math.max(...data.near.nodes.map((n: any) => n.depth))).toBe(2);
    expect(Math.max(...data.nearer.nodes.map((n: any) => n.depth))).toBe(1);
    expect(data.chain.maxHops).toBe(1);
    expect([data.hits.length, data.items.length, data.text.length]).toEqual([1, 3, 1]);
    const { data: schema } = await api.gql(`{
      __schema { types { name fields(includeDeprecated: true) { name isDeprecated args(includeDeprecated: true) { name isDeprecated } } } }
    }`);
    const deprecated = schema.__schema.types.flatMap((t: any) =>
      (t.fields ?? []).flatMap((f: any) => [
        ...(f.isDeprecated ? [`${t.name}.${f.name}`] : []),
        ...f.args.filter((a: any) => a.isDeprecated).map((a: any) => `${t.name}.${f.name}(${a.name})`),
      ]),
    );
    expect(deprecated).toEqual([]);
  });

  it.each([
    ['{ neighbourhood(entity: "Telegram", hops: 2) { truncated } }', 'hops'],
    ['{ ownershipChain(entity: "WhatsApp", maxDepth: 2) { maxHops } }', 'maxDepth'],
    ['{ search(query: "Telegram", first: 2) { score } }', 'first'],
  ])('a removed argument name is a GRAPHQL_VALIDATION_FAILED error naming it: %s', async (query, argument) => {
    const { errors, data } = await api.gql(query);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toContain(`"${argument}"`);
  });
});

describe('errors', () => {
  it('an unknown entity is a typed NOT_FOUND', async () => {
    for (const [query, ref, argument] of [
      ['{ entity(id: "company:nope") { id } }', 'company:nope', 'id'],
      ['{ ownershipChain(entity: "Nonexistent Corp") { maxHops } }', 'Nonexistent Corp', 'entity'],
      ['{ paths(from: "Instagram", to: "Atlantis") { length } }', 'Atlantis', 'to'],
      ['{ lookup(ref: "nobody") { id } }', 'nobody', 'ref'],
    ]) {
      const { errors, data } = await api.gql(query!);
      expect(errors?.[0]?.extensions, query).toEqual({ code: 'NOT_FOUND', ref, argument });
      // Root fields are nullable: the field is null, the response is not.
      expect(Object.values(data)).toEqual([null]);
    }
  });

  it('an error in one root field leaves its siblings their data', async () => {
    const { errors, data } = await api.gql(`{
      missing: entity(id: "company:nope") { id }
      facebook: entity(id: "company:facebook") { name }
      tooDeep: ownershipChain(entity: "WhatsApp", maxHops: 13) { maxHops }
      chain: ownershipChain(entity: "WhatsApp") { paths { hops { from { name } to { name } } } }
    }`);
    expect(data.missing).toBeNull();
    expect(data.tooDeep).toBeNull();
    expect(data.facebook).toEqual({ name: 'Facebook' });
    expect(JSON.stringify(data.chain)).toContain('Facebook');
    expect(errors?.map((e) => [e.path, e.extensions?.code]).sort()).toEqual([
      [['missing'], 'NOT_FOUND'],
      [['tooDeep'], 'BAD_USER_INPUT'],
    ]);
  });

  it.each([
    ['{ ownershipChain(entity: "WhatsApp", maxHops: 13) { maxHops } }', 'maxHops'],
    ['{ paths(from: "Instagram", to: "Facebook", maxHops: 0) { length } }', 'maxHops'],
    ['{ neighbourhood(entity: "Telegram", maxHops: 4) { truncated } }', 'maxHops'],
    ['{ entities(first: 101) { edges { cursor } } }', 'first'],
    ['{ entities(first: 5, last: 5) { edges { cursor } } }', 'last'],
    ['{ entities(first: 5, after: "not-a-cursor") { edges { cursor } } }', 'after'],
    ['{ relations(type: OWNS, first: 5, after: "eyJ4Ijox") { edges { cursor } } }', 'after'],
    ['{ articles(last: 101) { edges { cursor } } }', 'last'],
    ['{ search(query: "   ") { score } }', 'query'],
    ['{ timeline(since: "2020-08-01", until: "2020-07-01") { date } }', 'since'],
  ])('out-of-range input is a BAD_USER_INPUT naming the argument: %s', async (query, argument) => {
    const { errors } = await api.gql(query);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(errors?.[0]?.message).toContain(argument);
  });

  it('a malformed date is refused naming the argument or variable', async () => {
    const literal = await api.gql('{ timeline(since: "2020-02-30") { date } }');
    expect(literal.errors?.[0]?.message).toMatch(/"2020-02-30" is not an ISO date/);
    const variable = await api.gql('query($s: Date) { timeline(since: $s) { date } }', { s: 'July 1st' });
    expect(variable.errors?.[0]?.message).toMatch(/Variable "\$s" got invalid value "July 1st"/);
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an enum outside the allow-list never reaches Cypher', async () => {
    const { errors } = await api.gql('{ paths(from: "Instagram", to: "Facebook", relationTypes: [DROP_ALL]) { length } }');
    expect(errors?.[0]?.message).toMatch(/DROP_ALL/);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('nodes takes at most 100 ids; an id of no known kind is null', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `company:x${i}`);
    const { errors } = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    const { data, errors: none } = await api.gql('{ node(id: "spaceship:x") { id } nodes(ids: ["spaceship:y", "company:google"]) { id } }');
    expect(none).toBeUndefined();
    expect(data.node).toBeNull();
    expect(data.nodes).toEqual([null, { id: 'company:google' }]);
  });

  it('operations whose nested lists multiply past the complexity bound are refused before they run; fragment cycles cannot hang the check', async () => {
    const deep = '{ entities { edges { node { relations { to { relations { to { relations { to { relations { to { name } } } } } } } } } } } }';
    const before = api.queries.length;
    const { errors } = await api.gql(deep);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'estimatedBytes', allowed: 250_000_000 });
    expect(errors?.[0]?.extensions?.estimate).toBeGreaterThan(250_000_000);
    expect(api.queries.slice(before)).toEqual([[]]); // the request ran no Cypher at all
    const cyclic = await api.gql(
      'query { entities { edges { node { ...A } } } } fragment A on Entity { relations { to { ...B } } } fragment B on Entity { relations { to { ...A } } }',
    );
    expect(cyclic.errors?.some((e) => /Cannot spread fragment "A" within itself/.test(e.message))).toBe(true);
  });

  it('no error carries a stack trace', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ownershipChain(entity: "x", maxHops: 99) { maxHops } }' }),
    });
    expect(await res.text()).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
