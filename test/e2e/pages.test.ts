/**
 * The pages a person opens: GraphiQL at /graphql and the explorer at /explore, served with everything
 * they load by the API itself. Over plain HTTP first (every asset same-origin, every GraphiQL example
 * answers), then in headless Chromium against the real API on the seeded graph, with every request to
 * another host aborted and recorded. Last, curation as the explorer shows it: a fact retracted and an entity
 * changed through the mutations (with a signed editor's token), drawn and listed with their history.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_NAMES, KINDS, PROVENANCE_RELATION_TYPES, RELATION_TYPE_NAMES, RELATION_TYPES, SUPPORT_NAMES } from '../../src/ontology.js';
import type { ExplorerOntology } from '../../src/server/explore-ontology.js';
import { signToken } from '../../src/auth/token.js';
import { GRAPHIQL_ASSETS, GRAPHIQL_EXAMPLES, MUTATION_TAB_HEADERS } from '../../src/server/graphiql.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { openTestDb, resetToSeedGraph } from '../support/db.js';
import { findChromium, launchChromium, NO_CHROMIUM_MESSAGE, screenshot, watchedPage, type Watched } from './chromium.js';

const chromiumPath = findChromium();
if (!chromiumPath) console.warn(NO_CHROMIUM_MESSAGE);

const db = openTestDb();
let api: TestApi;
let browser: Browser | undefined;

/** The API verifies tokens signed with this secret, so the tests can act as an editor. */
const SECRET = 'pages-test-secret-0123456789-abcdefghijklmnop';
const editorToken = () => signToken({ AUTH_JWT_SECRET: SECRET, AUTH_ROLES_CLAIM: 'roles' }, { sub: 'e2e-editor', roles: ['editor'], ttlSeconds: 600 });

/** A GraphQL request with headers (`api.gql` sends none), e.g. a mutation with its Authorization header. */
async function gqlWith(headers: Record<string, string>, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A tab's operation name: `query OwnershipChain(…` → OwnershipChain. */
const operationName = (query: string) => query.match(/^(?:query|mutation) (\w+)/m)![1]!;

beforeAll(async () => {
  await resetToSeedGraph(db);
  api = await startTestApi(db, { config: { AUTH_JWT_SECRET: SECRET } });
  if (chromiumPath) browser = await launchChromium(chromiumPath);
});
afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await api?.stop(); // closes the driver too
  }
});

const html = async (path: string) => {
  const res = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
  expect(res.status, path).toBe(200);
  return res.text();
};

/** What an HTML page loads: its scripts' src and its links' href (stylesheet, icon). */
const loadedBy = (page: string) => [...page.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
/** What an ES module imports, statically or dynamically (minified: `import x from"…"`, anywhere on a line). */
const importedBy = (script: string) =>
  [...script.matchAll(/(?<![\w$.])import\s*(?:[\w$*{][^'"();]*?from\s*)?['"]([^'"]+)['"]|(?<![\w$.])import\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]!);

/** Polls wait this long: on a loaded 2-core machine a neighbourhood can take seconds to draw. */
const SLOW = { timeout: 20_000 };
describe('over HTTP', () => {
  it('the GraphiQL page loads only same-origin assets, each served by the API', async () => {
    const page = await html('/graphql');
    expect(page).not.toMatch(/https?:\/\//);
    const urls = loadedBy(page);
    expect(urls).toEqual(expect.arrayContaining([`${GRAPHIQL_ASSETS}/graphiql.js`, `${GRAPHIQL_ASSETS}/graphiql.css`, `${GRAPHIQL_ASSETS}/favicon.ico`]));
    for (const path of [...urls, ...['editor', 'json', 'graphql'].map((w) => `${GRAPHIQL_ASSETS}/${w}.worker.js`)]) {
      const res = await fetch(`${api.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toContain('immutable');
      expect((await res.arrayBuffer()).byteLength, path).toBeGreaterThan(1000);
    }
  });

  it('opens with one example tab per traversal, each with its variables, then the mutation with its Authorization header', async () => {
    const page = await html('/graphql');
    const options = JSON.parse(page.match(/<script id="graphiql-options" type="application\/json">(.*?)<\/script>/s)![1]!);
    const fields = options.defaultTabs.map((tab: { query: string }) => tab.query.match(/^\s+(\w+)\(/m)![1]);
    expect(fields).toEqual([
      'ownershipChain',
      'subsidiaries',
      'paths',
      'neighbourhood',
      'timeline',
      'search',
      'claims',
      'relations',
      'articles',
      'lookup',
      'assertFact',
    ]);
    expect(JSON.parse(options.defaultTabs[0].variables)).toEqual({ entity: 'WhatsApp' });
    expect(options.defaultTabs.filter((tab: { headers?: string }) => tab.headers).map((tab: { headers: string }) => JSON.parse(tab.headers))).toEqual([
      MUTATION_TAB_HEADERS,
    ]);
  });

  it('the mutation tab is refused with its placeholder header and writes the fact with an editor token', async () => {
    const tab = GRAPHIQL_EXAMPLES.find((e) => e.headers)!;
    const refused = await gqlWith(tab.headers!, tab.query, tab.variables);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const written = await gqlWith({ authorization: `Bearer ${await editorToken()}` }, tab.query, tab.variables);
    expect(written.errors).toBeUndefined();
    expect(written.data.assertFact).toMatchObject({ __typename: 'FactChanged', created: true, fact: { assertedBy: 'e2e-editor', version: 1 } });
  });

  it.each(GRAPHIQL_EXAMPLES.filter((e) => !e.headers).map((e) => [operationName(e.query), e] as const))(
    'the %s example answers on the seed graph',
    async (_name, example) => {
      const { data, errors } = await api.gql(example.query, example.variables);
      expect(errors).toBeUndefined();
      const [answer] = Object.values(data as Record<string, unknown>);
      // Every example finds something: a non-empty list, page or object.
      const items = Array.isArray(answer)
        ? answer
        : ((answer as { edges?: unknown[]; nodes?: unknown[] }).edges ?? (answer as { nodes?: unknown[] }).nodes ?? [answer]);
      expect(items.length).toBeGreaterThan(0);
    },
  );

  it('the explorer page, its module, stylesheet and cytoscape are served same-origin, with ETags', async () => {
    const page = await html('/explore');
    const script = await (await fetch(`${api.url}/explore/explore.js`)).text();
    for (const text of [page, script]) expect(text).not.toMatch(/https?:\/\//);
    const urls = [...loadedBy(page), ...importedBy(script)].filter((u) => !u.startsWith('data:'));
    expect(urls.sort()).toEqual(['/explore/explore.css', '/explore/explore.js', '/explore/vendor/cytoscape.esm.min.mjs']);
    for (const path of urls) {
      const res = await fetch(`${api.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(path.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      const again = await fetch(`${api.url}${path}`, { headers: { 'if-none-match': res.headers.get('etag')! } });
      expect(again.status, path).toBe(304);
    }
    expect((await fetch(`${api.url}/explore/nothing.js`)).status).toBe(404);
  });

  it("the explorer's ontology.json lists the ontology's kinds (with their GraphQL values), relation types and support levels", async () => {
    const res = await fetch(`${api.url}/explore/ontology.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const ontology = (await res.json()) as ExplorerOntology;
    expect(ontology.kinds.map((k) => k.name)).toEqual(KIND_NAMES);
    expect(ontology.kinds.find((k) => k.name === 'Company')).toEqual({ value: 'COMPANY', name: 'Company', description: KINDS.Company.description });
    expect(ontology.relationTypes.map((t) => t.name)).toEqual(RELATION_TYPE_NAMES);
    expect(ontology.relationTypes.filter((t) => t.provenance).map((t) => t.name)).toEqual(PROVENANCE_RELATION_TYPES);
    expect(ontology.relationTypes.find((t) => t.name === 'OWNS')?.description).toBe(RELATION_TYPES.OWNS.description);
    expect(ontology.supportLevels.map((s) => s.name).sort()).toEqual([...SUPPORT_NAMES].sort());
    // The values the page sends are the API's enum values.
    const { data } = await api.gql('{ kinds: __type(name: "Kind") { enumValues { name } } }');
    expect(ontology.kinds.map((k) => k.value).sort()).toEqual(data.kinds.enumValues.map((v: { name: string }) => v.name).sort());
  });
});

describe.skipIf(!chromiumPath)('in Chromium, with every other host blocked', () => {
  let explorer: Watched;
  let graphiql: Watched;
  afterAll(async () => {
    await explorer?.context.close();
    await graphiql?.context.close();
  });

  const graphIds = (page: Page, selector: string) =>
    page.evaluate(
      (s) =>
        (window as any).explorer.cy
          .$(s)
          .map((e: any) => e.id())
          .sort(),
      selector,
    );
  const heading = (page: Page) => page.locator('#details-heading');

  it('explorer: search WhatsApp, open it, click the OWNS edge from Facebook and read its excerpt; draw the ownership chain', async () => {
    explorer = await watchedPage(browser!, api.url);
    const { page } = explorer;
    await page.goto(`${api.url}/explore`);
    await page.locator('body[data-ready]').waitFor();

    // The relation types and the legend come from the ontology: every type, the facts checked; every kind.
    const boxes = await page
      .locator('#type-list input')
      .evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).value, (i as HTMLInputElement).checked]));
    expect(boxes).toEqual(RELATION_TYPE_NAMES.map((t) => [t, !(PROVENANCE_RELATION_TYPES as string[]).includes(t)]));
    expect(await page.locator('#legend li').allTextContents()).toEqual(KIND_NAMES.map((k) => ` ${k}`));

    // Search with the keyboard: type, Enter; the results show each entity's kind.
    await page.getByLabel('Search names and aliases').fill('WhatsApp');
    await page.keyboard.press('Enter');
    const result = page.locator('#results button[data-id="service:whatsapp"]');
    await expect.poll(() => result.textContent(), SLOW).toContain('Service');
    // Pick it with the keyboard too.
    await result.focus();
    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('#status').textContent(), SLOW).toMatch(/^WhatsApp: \d+ entities and \d+ relations within 1 hop/);
    await expect.poll(() => heading(page).textContent(), SLOW).toBe('WhatsApp');
    expect(await graphIds(page, 'node')).toEqual(expect.arrayContaining(['company:facebook', 'service:whatsapp']));

    // Click the OWNS edge where it is drawn on the canvas: at a point of it clear of other nodes and labels,
    // once the layout has settled (two reads of its ends 250 ms apart agree).
    const ends = () =>
      page.evaluate(() => {
        const edge = (window as any).explorer.cy.edges('[type = "OWNS"][source = "company:facebook"][target = "service:whatsapp"]')[0];
        return JSON.stringify([edge.renderedSourceEndpoint(), edge.renderedTargetEndpoint()]);
      });
    let previous = '';
    await expect
      .poll(
        async () => {
          const now = await ends();
          const settled = now === previous;
          previous = now;
          return settled;
        },
        { ...SLOW, interval: 250 },
      )
      .toBe(true);
    const owns = await page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      const edge = cy.edges('[type = "OWNS"][source = "company:facebook"][target = "service:whatsapp"]')[0];
      const [s, t] = [edge.renderedSourceEndpoint(), edge.renderedTargetEndpoint()];
      const boxes = [
        ...cy.nodes().map((n: any) => n.renderedBoundingBox({ includeLabels: true })),
        ...cy
          .edges()
          .not(edge)
          .map((e: any) => e.renderedBoundingBox({ includeEdges: false, includeLabels: true })),
      ];
      const clear = (p: { x: number; y: number }) => !boxes.some((b: any) => p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4);
      // From the middle outwards, every 5% of the edge.
      const fractions = Array.from({ length: 15 }, (_, i) => 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.05);
      const points = fractions.map((f) => ({ x: s.x + f * (t.x - s.x), y: s.y + f * (t.y - s.y) }));
      return { id: edge.id() as string, at: points.find(clear) ?? points[0]! };
    });
    const graph = (await page.locator('#graph').boundingBox())!;
    expect(owns.at.x).toBeGreaterThan(0);
    expect(owns.at.x).toBeLessThan(graph.width);
    await page.mouse.click(graph.x + owns.at.x, graph.y + owns.at.y);

    await expect.poll(() => heading(page).textContent(), SLOW).toBe('Facebook OWNS WhatsApp');
    const { data } = await api.gql('{ ownershipChain(entity: "WhatsApp") { paths { hops { sources { excerpt article { title } } } } } }');
    const sources = data.ownershipChain.paths[0].hops[0].sources as { excerpt: string; article: { title: string } }[];
    const mark = page.locator('#details mark').first();
    await mark.waitFor();
    expect(sources.map((s) => s.excerpt)).toContain(await mark.textContent());
    const panel = (await page.locator('#details').textContent())!;
    expect(panel).toContain(sources[0]!.article.title);
    expect(panel).toContain('2020-07-06');
    expect(panel).toContain('stated');
    // The mark is scrolled into view inside the article text.
    const text = (await page.locator('#details .article-text').first().boundingBox())!;
    const marked = (await mark.boundingBox())!;
    expect(marked.y).toBeGreaterThanOrEqual(text.y);
    expect(marked.y + marked.height).toBeLessThanOrEqual(text.y + text.height);

    // The ownership chain of the picked entity (still WhatsApp), highlighted.
    await page.getByRole('button', { name: 'Ownership chain of the picked entity' }).click();
    await expect.poll(() => heading(page).textContent(), SLOW).toBe('Ownership chain of WhatsApp');
    expect(await graphIds(page, '.on-path')).toEqual([owns.id, 'company:facebook', 'service:whatsapp'].sort());
    expect((await graphIds(page, '.faded')).length).toBeGreaterThan(5);
    expect(await page.locator('#status').textContent()).toContain('ultimately owned by Facebook');
    await page.locator('#details mark').first().waitFor();
    await screenshot(page, 'explorer.png');

    expect(explorer.outside).toEqual([]);
    expect(explorer.failures).toEqual([]);
  });

  it('explorer: a shortest path between two picked entities, and disagreeing claims side by side', async () => {
    const { page } = explorer;
    await page.getByRole('button', { name: 'Picked entity as start' }).click();
    await page.getByLabel('Search names and aliases').fill('Hong Kong government');
    await page.keyboard.press('Enter');
    await page.locator('#results button[data-id="authority:hong-kong-government"]').click();
    await expect.poll(() => heading(page).textContent(), SLOW).toBe('Hong Kong government');
    await page.getByRole('button', { name: 'Picked entity as end' }).click();
    await page.getByRole('button', { name: 'Shortest path' }).click();
    await expect.poll(() => heading(page).textContent(), SLOW).toBe('Paths from WhatsApp to Hong Kong government');
    const { data } = await api.gql('{ paths(from: "WhatsApp", to: "Hong Kong government", maxHops: 6, limit: 3) { nodes { id } edges { id } } }');
    const [first] = data.paths as { nodes: { id: string }[]; edges: { id: string }[] }[];
    expect(await graphIds(page, '.on-path')).toEqual([...first!.nodes.map((n) => n.id), ...first!.edges.map((e) => e.id)].sort());

    await page.getByLabel('Search names and aliases').fill('National Security Law');
    await page.keyboard.press('Enter');
    await page.locator('#results button[data-id="law:hong-kong-national-security-law"]').click();
    await expect.poll(() => heading(page).textContent(), SLOW).toBe('Hong Kong National Security Law');
    const claims = page.locator('#details .claim-group').first();
    await expect.poll(() => claims.locator('.side-by-side > .claim').count(), SLOW).toBeGreaterThan(1);
    expect(await claims.locator('h4').textContent()).toContain('nsl-enactment-date');

    expect(explorer.outside).toEqual([]);
    expect(explorer.failures).toEqual([]);
  });

  it('GraphiQL works with nothing but the API reachable: the first example runs and shows Facebook', async () => {
    graphiql = await watchedPage(browser!, api.url);
    const { page } = graphiql;
    await page.goto(`${api.url}/graphql`);
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ timeout: 30_000 });
    // The example tabs, named after their operations; the first one's variables are filled in.
    const names = GRAPHIQL_EXAMPLES.map((e) => operationName(e.query));
    await expect.poll(() => page.locator('.graphiql-tab > button[title]').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('title'))), SLOW).toEqual(names);
    // (Monaco renders spaces as no-break spaces.)
    const variables = () =>
      page
        .locator('.graphiql-editor-tool')
        .first()
        .innerText()
        .then((t) => t.replace(/\s+/g, ' '));
    await expect.poll(variables, SLOW).toContain('{ "entity": "WhatsApp" }');

    await run.click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 20_000 }).toContain('"ultimateOwners"');
    expect(await response.innerText()).toContain('"Facebook"');
    await screenshot(page, 'graphiql.png');

    // The mutation tab opens with its Authorization header to fill in.
    // (The tabs are draggable; Playwright's pointer click starts a drag rather than a click, so send the click event.)
    await page.locator('.graphiql-tab > button[title="AssertFact"]').dispatchEvent('click');
    await expect.poll(variables, SLOW).toContain('"excerpt": "Facebook, WhatsApp and Instagram are blocked in China"');
    await page.getByRole('button', { name: 'Headers' }).click();
    await expect.poll(variables, SLOW).toContain('"Authorization": "Bearer <paste a token from: npm run -s token -- --role editor --sub you>"');

    expect(graphiql.outside).toEqual([]);
    expect(graphiql.failures).toEqual([]);
  });

  it('explorer: a fact retracted through the API is drawn struck through only with "Show retracted facts", with who, when and why; the histories list the mutations', async () => {
    // One of WhatsApp's facts (not the OWNS edge the tests above click), retracted as an editor; WhatsApp's description changed.
    const { data } = await api.gql('{ neighbourhood(entity: "service:whatsapp", maxHops: 1) { edges { id type fromId toId from { name } to { name } } } }');
    const fact = (data.neighbourhood.edges as { id: string; type: string; from: { name: string }; to: { name: string } }[]).find((e) => e.type !== 'OWNS')!;
    const bearer = { authorization: `Bearer ${await editorToken()}` };
    const reason = 'Test: the passage does not state it';
    const retracted = await gqlWith(bearer, 'mutation ($input: RetractFactInput!) { retractFact(input: $input) { __typename } }', {
      input: { fact: fact.id, reason },
    });
    expect(retracted.data?.retractFact.__typename).toBe('FactChanged');
    const upserted = await gqlWith(bearer, 'mutation ($input: UpsertEntityInput!) { upsertEntity(input: $input) { __typename } }', {
      input: { id: 'service:whatsapp', kind: 'SERVICE', name: 'WhatsApp', description: 'A messaging service owned by Facebook (edited in a test).' },
    });
    expect(upserted.data?.upsertEntity.__typename).toBe('EntityChanged');

    const curation = await watchedPage(browser!, api.url);
    const { page } = curation;
    try {
      await page.goto(`${api.url}/explore`);
      await page.locator('body[data-ready]').waitFor();
      await page.getByLabel('Search names and aliases').fill('WhatsApp');
      await page.keyboard.press('Enter');
      await page.locator('#results button[data-id="service:whatsapp"]').click();
      await expect.poll(() => heading(page).textContent(), SLOW).toBe('WhatsApp');
      const history = page.locator('#details .history');
      await expect.poll(() => history.textContent(), SLOW).toContain('upsertEntity by e2e-editor');
      expect(await history.textContent()).toContain('description');
      expect(await graphIds(page, 'edge')).not.toContain(fact.id);

      // Shown: drawn grey and dashed with its type struck through, listed struck through in the panel.
      await page.getByLabel('Show retracted facts').check();
      await expect.poll(() => graphIds(page, 'edge[?retracted]'), SLOW).toEqual([fact.id]);
      const drawn = await page.evaluate((id) => {
        const edge = (window as any).explorer.cy.$id(id);
        return { lineStyle: edge.style('line-style'), label: edge.data('label') as string };
      }, fact.id);
      expect(drawn.lineStyle).toBe('dashed');
      expect(drawn.label).toBe(`${[...fact.type].map((c) => `${c}\u0336`).join('')} (retracted)`);
      const listed = page.locator('#details .relation-list .link.retracted');
      await expect.poll(() => listed.textContent(), SLOW).toBe(`${fact.from.name} ${fact.type} ${fact.to.name}`);
      expect(await page.locator('#details .relation-list .link:not(.retracted)').count()).toBeGreaterThan(0);

      // Its evidence panel says who retracted it, when and why, and its history lists the retraction.
      await listed.click();
      await expect.poll(() => heading(page).textContent(), SLOW).toBe(`${fact.from.name} ${fact.type} ${fact.to.name}`);
      const notice = (await page.locator('#details .retraction').first().textContent())!;
      expect(notice).toMatch(new RegExp(`^Retracted \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC by e2e-editor: “${reason}”$`));
      await expect.poll(() => history.textContent(), SLOW).toContain('retractFact by e2e-editor');
      expect(await history.textContent()).toContain(reason);
      await screenshot(page, 'explorer-retracted.png');

      // Hidden again when the box is cleared.
      await page.getByLabel('Show retracted facts').uncheck();
      await expect.poll(() => graphIds(page, 'edge[?retracted]'), SLOW).toEqual([]);
      expect(await graphIds(page, 'edge')).not.toContain(fact.id);
      expect(await graphIds(page, 'edge')).not.toEqual([]);

      expect(curation.outside).toEqual([]);
      expect(curation.failures).toEqual([]);
    } finally {
      await curation.context.close();
    }
  });
});
