/**
 * The seed graph against the real database: the facts of shared/seed-facts.md with their sources,
 * provenance on every edge, idempotent loading, and refusal of invalid seeds without a partial write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../src/db/cypher.js';
import { nameKey } from '../src/ontology.js';
import { loadSeeds } from '../src/seed/load.js';
import { EvidenceError, writeRecords } from '../src/store/write.js';
import { SEEDS_DIR } from '../src/seed/prepare.js';
import { readSeeds, type SeedSet } from '../src/seed/validate.js';
import { counts, openTestDb, q, resetToSeedGraph } from './support/db.js';
import { brokenSeeds } from './support/seeds.js';

const db = openTestDb();
const AUDIT = cypher('admin/audit-evidence');
beforeAll(() => resetToSeedGraph(db));
afterAll(() => db.close());

/** Relations of a type between two entities named by name or alias (through their name keys), with their sources. */
async function relation(type: string, from: string, to: string) {
  return db.read(
    q(`MATCH (:NameKey {key: $fromKey})<-[:KNOWN_AS]-(f:Entity)-[r]->(t:Entity)-[:KNOWN_AS]->(:NameKey {key: $toKey})
       WHERE type(r) = $type
       CALL (r) { MATCH (s:Source {fact: r.id})-[:REPORTED_BY]->(a:Article) WITH s, a ORDER BY s.ordinal RETURN collect(s {.*, article: a.id}) AS sources }
       RETURN DISTINCT properties(r) AS r, f.id AS from, t.id AS to, sources`),
    { type, fromKey: nameKey(from), toKey: nameKey(to) },
  ) as Promise<{ r: Record<string, any>; from: string; to: string; sources: Record<string, any>[] }[]>;
}

async function articleOf(id: string) {
  const [row] = await db.read(q('MATCH (a:Entity {id: $id})-[:HAS_TEXT]->(t:ArticleText) RETURN t.text AS text, a.title AS title, a.date AS date'), { id });
  return row as { text: string; title: string; date: string };
}

describe('evidence in the database', () => {
  it('every fact has sources, every source quotes its article verbatim at its offsets under the current text hash, none dangles', async () => {
    const problems = await db.read(AUDIT, { limit: 20 });
    expect(problems).toEqual([]);
    const [row] = await db.read(q('MATCH (s:Source) RETURN count(s) AS sources, count(DISTINCT s.fact) AS facts'));
    const seeds = readSeeds(SEEDS_DIR);
    expect(row!.facts).toBeGreaterThanOrEqual(seeds.entities.length + seeds.relations.length);
    expect(row!.sources).toBeGreaterThan(300);
  });

  it('article text is stored apart from the article: no article node holds a text property', async () => {
    const [row] = await db.read(
      q(
        'MATCH (a:Article) OPTIONAL MATCH (a)-[:HAS_TEXT]->(t:ArticleText) RETURN count(a) AS articles, count(t) AS texts, sum(CASE WHEN a.text IS NULL THEN 0 ELSE 1 END) AS inline',
      ),
    );
    expect(row).toEqual({ articles: 5, texts: 5, inline: 0 });
  });

  it('the audit finds a dangling source, a moved excerpt and a source not REPORTED_BY exactly one article', async () => {
    await db.write(
      q(
        `MATCH (a:Entity {id: 'article:medianama-big-tech-pause'})
         CREATE (:Source {id: 'source:test-dangling', fact: 'rel:does-not-exist', from: 'company:facebook', to: 'service:whatsapp', excerpt: 'x', start: 0, end: 1, textHash: 'none', support: 'STATED'})-[:REPORTED_BY]->(a)`,
      ),
    );
    // A real source with a second article, and one with none.
    const [twice] = await db.write(
      q(`MATCH (s:Source)-[:REPORTED_BY]->(a:Article) WITH s, a LIMIT 1
         MATCH (other:Article) WHERE other <> a WITH s, other LIMIT 1
         CREATE (s)-[:REPORTED_BY]->(other) RETURN s.id AS id`),
    );
    const [orphan] = await db.write(
      q(`MATCH (s:Source)-[r:REPORTED_BY]->() WHERE NOT s.id IN [$twice, 'source:test-dangling'] WITH s, r LIMIT 1
         DELETE r RETURN s.id AS id`),
      { twice: twice!.id },
    );
    try {
      const problems = await db.read(AUDIT, { limit: 20 });
      expect(problems).toEqual([twice!.id, orphan!.id, 'source:test-dangling'].sort().map((item) => ({ item, problem: 'broken source' })));
    } finally {
      await db.write(q("MATCH (s:Source {id: 'source:test-dangling'}) DETACH DELETE s"));
      await resetToSeedGraph(db);
    }
  });

  it('every source is REPORTED_BY exactly one article and keeps no article property', async () => {
    const [row] = await db.read(
      q(`MATCH (s:Source)
         RETURN count(s) AS sources, count(s.article) AS withProperty,
                sum(CASE WHEN COUNT { (s)-[:REPORTED_BY]->(:Article) } = 1 THEN 1 ELSE 0 END) AS reportedOnce`),
    );
    expect(row!.sources).toBeGreaterThan(400);
    expect(row).toEqual({ sources: row!.sources, withProperty: 0, reportedOnce: row!.sources });
  });

  it('"what did an article say" is its evidence: the incoming REPORTED_BY edges of one article found by id', async () => {
    const rows = await db.read(q("MATCH (:Entity {id: 'article:medianama-big-tech-pause'})<-[:REPORTED_BY]-(s:Source) RETURN count(s) AS n"));
    expect(rows[0]!.n).toBeGreaterThan(20);
  });
});

describe('facts of seed-facts.md', () => {
  it('ownership: Facebook owns WhatsApp, ByteDance owns TikTok; no article states who owns Instagram', async () => {
    for (const [owner, owned] of [
      ['Facebook', 'WhatsApp'],
      ['ByteDance', 'TikTok'],
    ] as const) {
      const rows = await relation('OWNS', owner, owned);
      expect(rows, `${owner} OWNS ${owned}`).toHaveLength(1);
      expect(rows[0]!.sources.length).toBeGreaterThan(0);
      expect(rows[0]!.sources.every((s) => s.support === 'STATED')).toBe(true);
    }
    expect(await db.read(q("MATCH ()-[r:OWNS]->(:Entity {id: 'service:instagram'}) RETURN r"))).toEqual([]);
  });

  it('five companies paused requests from Hong Kong authorities, each with a dated, sourced relation', async () => {
    const rows = await db.read(
      q(`MATCH (c:Entity)-[r:PAUSED_REQUESTS_FROM]->(a:Authority)
         WHERE a.id STARTS WITH 'authority:hong-kong'
         CALL (r) { MATCH (s:Source {fact: r.id}) RETURN collect(s.date) AS dates, collect(s.dateText) AS texts, count(s) AS sources }
         RETURN c.name AS company, dates, texts, sources ORDER BY company`),
    );
    const companies = [...new Set(rows.map((r) => r.company as string))];
    expect(companies).toEqual(expect.arrayContaining(['Facebook', 'Google', 'Telegram', 'Twitter', 'WhatsApp']));
    for (const c of companies) {
      const mine = rows.filter((r) => r.company === c);
      expect(
        mine.some((r) => (r.dates as unknown[]).length + (r.texts as unknown[]).length > 0),
        `${c} has a dated source`,
      ).toBe(true);
      expect(mine.every((r) => (r.sources as number) > 0)).toBe(true);
    }
  });

  it('relative dates are resolved against the article date and say so', async () => {
    const [google] = await relation('PAUSED_REQUESTS_FROM', 'Google', 'Hong Kong authorities');
    expect(google!.sources).toContainEqual(expect.objectContaining({ date: '2020-07-01', dateResolvedFrom: 'Last Wednesday', dateAnchor: '2020-07-07' }));
    const [whatsapp] = await relation('PAUSED_REQUESTS_FROM', 'WhatsApp', 'Hong Kong law enforcement');
    expect(whatsapp!.sources).toContainEqual(expect.objectContaining({ date: '2020-07-06', dateResolvedFrom: 'on Monday' }));
    const [telegram] = await relation('PAUSED_REQUESTS_FROM', 'Telegram', 'Hong Kong authorities');
    expect(telegram!.sources).toContainEqual(expect.objectContaining({ date: '2020-07-05', dateResolvedFrom: 'On Sunday' }));
    expect(telegram!.r.condition).toContain('until an international consensus is reached');
  });

  it('other positions: TikTok exits Hong Kong, ProtonMail refuses Article 43 without a Swiss court order, Signal refuses HK police', async () => {
    expect(await relation('EXITS_MARKET', 'TikTok', 'Hong Kong')).toHaveLength(1);
    const [proton] = await relation('REFUSES_TO_COMPLY_WITH', 'ProtonMail', 'Article 43');
    expect(proton!.r.condition).toContain('Swiss court order');
    expect(await relation('REFUSES_REQUESTS_FROM', 'Signal', 'HK police')).toHaveLength(1);
    const never = await relation('REFUSES_REQUESTS_FROM', 'Telegram', 'Hong Kong authorities');
    expect(never.map((n) => n.r.status)).toContain('says it never shared data');
  });

  it('the law: Article 43 is part of it; disagreeing enactment claims are both kept, each with its own source', async () => {
    expect(await relation('PART_OF', 'Article 43', 'National Security Law')).toHaveLength(1);
    const [enacted] = await relation('ENACTED', 'Beijing', 'National Security Law');
    const [signed] = await relation('SIGNED', 'Xi Jinping', 'National Security Law');
    // Each source carries the date it gives: MediaNama's 30 June for ENACTED, the first article's 1 July for SIGNED.
    expect(enacted!.sources.map((s) => s.date)).toContain('2020-06-30');
    expect(signed!.sources.map((s) => s.date)).toContain('2020-07-01');
    expect(enacted!.r.topic).toBe(signed!.r.topic);
    expect(enacted!.sources.map((s) => s.article)).not.toEqual(signed!.sources.map((s) => s.article));
    const signedSource = signed!.sources.find((s) => s.date === '2020-07-01')!;
    const signedIn = await articleOf(signedSource.article);
    expect(signedIn.text.slice(signedSource.start, signedSource.end)).toBe(signedSource.excerpt);
    expect(signedSource.dateText ?? signedSource.excerpt).toContain('July 1, 2020');
    const penalties = await db.read(q('MATCH (:Law)-[r:PENALISES]->() MATCH (s:Source {fact: r.id}) RETURN s.amount AS amount, s.currency AS currency'));
    expect(penalties.some((p) => p.amount === 13000 && p.currency === 'USD')).toBe(true);
  });

  it('people and their roles', async () => {
    const [lam] = await relation('HOLDS_ROLE', 'Carrie Lam', 'Chief Executive of Hong Kong');
    expect(lam).toBeDefined();
    expect((await relation('HOLDS_ROLE', 'Kevin Mayer', 'TikTok'))[0]!.r.title).toBe('CEO');
    expect((await relation('HOLDS_ROLE', 'Mike Ravdonikas', 'Telegram'))[0]!.r.title).toBe('head of marketing');
    expect(await relation('HOLDS_ROLE', 'Mark Zuckerberg', 'Facebook')).toHaveLength(1);
    expect(await relation('HOLDS_ROLE', 'Pavel Durov', 'Telegram')).toHaveLength(1);
  });

  it('transparency-report figures', async () => {
    const figures = await db.read(
      q(
        'MATCH ()-[r:RECEIVED_REQUESTS_FROM]->() MATCH (s:Source {fact: r.id}) RETURN startNode(r).id AS from, s.count AS count, s.accountCount AS accounts, s.percentProduced AS produced',
      ),
    );
    expect(figures).toContainEqual(expect.objectContaining({ count: 241, produced: 46 }));
    expect(figures).toContainEqual(expect.objectContaining({ count: 15, accounts: 21, produced: 0 }));
  });

  it('statements: who said what to whom', async () => {
    const rows = await db.read(
      q('MATCH (s:Statement)<-[:MADE_STATEMENT]-(who) OPTIONAL MATCH (s)-[:SAID_TO]->(to) RETURN s.id AS id, who.name AS who, to.name AS to'),
    );
    expect(rows.length).toBeGreaterThanOrEqual(7);
    const said = rows.map((r) => `${r.who} → ${r.to}`);
    expect(said).toContain('WhatsApp → The Wall Street Journal');
    expect(said).toContain('Telegram → Hong Kong Free Press');
    for (const speaker of ['Facebook', 'Google', 'Twitter', 'ProtonMail', 'Signal']) expect(rows.map((r) => r.who)).toContain(speaker);
  });

  it('articles, their outlets, and the outlets they cite', async () => {
    const articles = await db.read(q('MATCH (a:Article) OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o) RETURN a.id AS id, o.name AS outlet'));
    expect(articles).toHaveLength(5);
    expect(articles.map((a) => a.outlet)).toEqual(expect.arrayContaining(['MediaNama', 'The Independent', 'ZeroHedge']));
    // No article names ZeroHedge: 002's outlet is outside knowledge, and its PUBLISHED_BY evidence says so.
    const publishedBy = await db.read(
      q(
        'MATCH (a:Article)-[:PUBLISHED_BY]->(o:Outlet) MATCH (s:Source {fact: "rel:published-by:" + a.id + ":" + o.id}) RETURN o.name AS outlet, a.outletSupport AS outletSupport, s.support AS support',
      ),
    );
    expect(publishedBy).toEqual(
      expect.arrayContaining([
        { outlet: 'ZeroHedge', outletSupport: 'BACKGROUND', support: 'BACKGROUND' },
        { outlet: 'MediaNama', outletSupport: 'STATED', support: 'STATED' },
      ]),
    );
    const cited = await db.read(q('MATCH (:Article)-[:CITES]->(o:Outlet) RETURN DISTINCT o.name AS name'));
    expect(cited.map((c) => c.name)).toEqual(
      expect.arrayContaining(['The Wall Street Journal', 'Hong Kong Free Press', 'The New York Times', 'Reuters', '9to5Mac']),
    );
    // 002 cites the NYT through the tweets of its (now former) Beijing bureau chief, Paul Mozur.
    const zh = await db.read(
      q('MATCH (:Article {id: "article:zerohedge-twitter-joins-facebook-telegram"})-[r:CITES]->(o:Outlet) RETURN o.name AS name, r.support AS support'),
    );
    expect(zh).toContainEqual({ name: 'The New York Times', support: 'INFERRED' });
  });
});

describe('the loader', () => {
  it('is idempotent: a second load writes nothing and the counts stay identical', async () => {
    const before = await counts(db);
    const report = await loadSeeds(db, readSeeds(SEEDS_DIR));
    expect(report.nodes).toMatchObject({ created: 0, updated: 0 });
    expect(report.relations).toMatchObject({ created: 0, updated: 0 });
    expect(await counts(db)).toEqual(before);
  });

  it('`npm run seed` on invalid seeds exits 1 with the problems and leaves the database unchanged', async () => {
    const { spawnSync } = await import('node:child_process');
    const before = await counts(db);
    const dir = brokenSeeds((f) => (f.relations[0].to = 'company:does-not-exist'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', dir], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/seed data is invalid \(1 problem\); nothing was written/);
    expect(await counts(db)).toEqual(before);
  });

  it('refuses, and rolls back, evidence whose article is not in the database', async () => {
    const seeds = readSeeds(SEEDS_DIR);
    const before = await counts(db);
    const ghost = { ...seeds.articles[0]!, id: 'article:ghost' };
    const fact = {
      ...seeds.relations.find((r) => r.type === 'OWNS')!,
      id: 'rel:owns:ghost-probe',
      sources: [{ article: ghost.id, excerpt: ghost.title, support: 'STATED' as const }],
    };
    // The ghost article's text is known to the row builder but the article is never written.
    const texts = new Map([[ghost.id, ghost.text]]);
    await expect(db.writeTransaction((run) => writeRecords(run, { articles: [], entities: [], relations: [fact] }, texts))).rejects.toThrow(EvidenceError);
    expect(await counts(db)).toEqual(before);
  });

  it('refuses, and rolls back, evidence checked against a text other than the stored one', async () => {
    const seeds = readSeeds(SEEDS_DIR);
    const before = await counts(db);
    const article = seeds.articles[0]!;
    const fact = {
      ...seeds.relations.find((r) => r.type === 'OWNS')!,
      id: 'rel:owns:edited-text-probe',
      sources: [{ article: article.id, excerpt: article.title, support: 'STATED' as const }],
    };
    // The row builder sees an edited text (its hash differs from the stored one), as a stale loader would.
    const edited = new Map([[article.id, `${article.text}\nEdited.`]]);
    await expect(db.writeTransaction((run) => writeRecords(run, { articles: [], entities: [], relations: [fact] }, edited))).rejects.toThrow(
      /article text differs/,
    );
    expect(await counts(db)).toEqual(before);
  });

  it('a write that fails midway rolls back whole: nothing of it remains', async () => {
    const seeds = readSeeds(SEEDS_DIR);
    const before = await counts(db);
    const probe = { ...seeds.entities.find((e) => e.kind === 'Company')!, id: 'company:rollback-probe', name: 'Rollback probe' };
    // The probe node is written by the first statement; Neo4j then refuses a map as a relationship
    // property in a later statement of the same transaction.
    const bad = {
      ...seeds.relations.find((r) => r.type === 'OWNS')!,
      id: 'rel:owns:rollback-probe',
      from: probe.id,
      description: { not: 'storable' } as unknown as string,
    };
    const broken: SeedSet = { articles: seeds.articles, entities: [...seeds.entities, probe], relations: [...seeds.relations, bad] };
    await expect(loadSeeds(db, broken)).rejects.toThrow();
    expect(await db.read(q("MATCH (n:Entity {id: 'company:rollback-probe'}) RETURN n.id"))).toEqual([]);
    expect(await counts(db)).toEqual(before);
  });
});
