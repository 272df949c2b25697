/**
 * The seed graph against the real database: the facts of shared/seed-facts.md with their sources,
 * provenance on every edge, idempotent loading, and refusal of invalid seeds without a partial write.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../src/seed/load.js';
import { SEEDS_DIR } from '../src/seed/prepare.js';
import { readSeeds, SeedValidationError, type SeedSet } from '../src/seed/validate.js';
import { counts, openTestDb, q, resetToSeedGraph } from './support/db.js';

const db = openTestDb();
beforeAll(() => resetToSeedGraph(db));
afterAll(() => db.close());

/** Relations of a type between two entities named (case-insensitively) by name or alias. */
async function relation(type: string, from: string, to: string) {
  return db.read(
    q(`MATCH (f:Entity)-[r]->(t:Entity)
       WHERE type(r) = $type
         AND (toLower(f.name) = toLower($from) OR any(a IN f.aliases WHERE toLower(a) = toLower($from)))
         AND (toLower(t.name) = toLower($to) OR any(a IN t.aliases WHERE toLower(a) = toLower($to)))
       RETURN properties(r) AS r, f.id AS from, t.id AS to`),
    { type, from, to },
  ) as Promise<{ r: Record<string, any>; from: string; to: string }[]>;
}

async function articleOf(id: string) {
  const [row] = await db.read(q('MATCH (a:Article {id: $id}) RETURN a.text AS text, a.title AS title, a.date AS date'), { id });
  return row as { text: string; title: string; date: string };
}

describe('seed files', () => {
  it('validate, and the article copies are byte-identical to shared/seed-articles', () => {
    const seeds = readSeeds(SEEDS_DIR);
    expect(seeds.articles).toHaveLength(5);
    const shared = join(SEEDS_DIR, '..', '..', 'shared', 'seed-articles');
    if (existsSync(shared)) {
      for (const file of readdirSync(shared)) expect(readFileSync(join(SEEDS_DIR, 'articles', file), 'utf8')).toBe(readFileSync(join(shared, file), 'utf8'));
    }
  });

  it('every excerpt of every entity and relation is verbatim in its article', () => {
    const seeds = readSeeds(SEEDS_DIR);
    const text = new Map(seeds.articles.map((a) => [a.id, a.text]));
    const sources = [...seeds.entities, ...seeds.relations].flatMap((r) => r.sources);
    expect(sources.length).toBeGreaterThan(300);
    for (const s of sources) expect(text.get(s.article), `${s.article}: ${s.excerpt}`).toContain(s.excerpt);
  });
});

describe('provenance in the database', () => {
  it('every relation but REPORTED_BY carries parallel, non-empty source lists whose excerpts are in their articles', async () => {
    const [row] = await db.read(
      q(`MATCH ()-[r]->() WHERE type(r) <> 'REPORTED_BY'
         WITH r, coalesce(r.sourceArticles, []) AS arts, coalesce(r.sourceExcerpts, []) AS exs
         OPTIONAL CALL (r, arts, exs) {
           UNWIND range(0, size(arts) - 1) AS i
           MATCH (a:Article {id: arts[i]})
           WHERE a.text CONTAINS exs[i]
           RETURN count(*) AS verified
         }
         RETURN count(r) AS relations,
                sum(CASE WHEN size(arts) = 0 OR size(arts) <> size(exs) OR coalesce(verified, 0) <> size(arts) THEN 1 ELSE 0 END) AS bad`),
    );
    expect(row!.relations).toBeGreaterThan(300);
    expect(row!.bad).toBe(0);
  });

  it('every entity but the articles has a REPORTED_BY edge whose excerpt is in that article', async () => {
    const [row] = await db.read(
      q(`MATCH (n:Entity) WHERE NOT n:Article
         OPTIONAL CALL (n) { MATCH (n)-[r:REPORTED_BY]->(a:Article) WHERE a.text CONTAINS r.excerpt RETURN count(r) AS ok }
         RETURN count(n) AS entities, sum(CASE WHEN ok = 0 THEN 1 ELSE 0 END) AS unsourced`),
    );
    expect(row!.entities).toBe(104);
    expect(row!.unsourced).toBe(0);
  });
});

describe('facts of seed-facts.md', () => {
  it('ownership: Facebook owns WhatsApp and Instagram, ByteDance owns TikTok', async () => {
    for (const [owner, owned] of [['Facebook', 'WhatsApp'], ['Facebook', 'Instagram'], ['ByteDance', 'TikTok']] as const) {
      const rows = await relation('OWNS', owner, owned);
      expect(rows, `${owner} OWNS ${owned}`).toHaveLength(1);
      expect(rows[0]!.r.sourceArticles.length).toBeGreaterThan(0);
    }
  });

  it('five companies paused requests from Hong Kong authorities, each with a dated, sourced relation', async () => {
    const rows = await db.read(
      q(`MATCH (c:Entity)-[r:PAUSED_REQUESTS_FROM]->(a:Authority)
         WHERE a.id STARTS WITH 'authority:hong-kong'
         RETURN c.name AS company, r.date AS date, r.dateText AS dateText, r.sourceArticles AS articles ORDER BY company`),
    );
    const companies = [...new Set(rows.map((r) => r.company as string))];
    expect(companies).toEqual(expect.arrayContaining(['Facebook', 'Google', 'Telegram', 'Twitter', 'WhatsApp']));
    for (const r of rows) {
      expect(r.date ?? r.dateText, `${r.company} has a date`).toBeTruthy();
      expect((r.articles as string[]).length).toBeGreaterThan(0);
    }
  });

  it('relative dates are resolved against the article date and say so', async () => {
    const [google] = await relation('PAUSED_REQUESTS_FROM', 'Google', 'Hong Kong authorities');
    expect(google!.r).toMatchObject({ date: '2020-07-01', dateResolvedFrom: 'Last Wednesday', dateAnchor: '2020-07-07' });
    const [whatsapp] = await relation('PAUSED_REQUESTS_FROM', 'WhatsApp', 'Hong Kong law enforcement');
    expect(whatsapp!.r).toMatchObject({ date: '2020-07-06', dateResolvedFrom: 'on Monday' });
    const [telegram] = await relation('PAUSED_REQUESTS_FROM', 'Telegram', 'Hong Kong authorities');
    expect(telegram!.r).toMatchObject({ date: '2020-07-05', dateResolvedFrom: 'On Sunday' });
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
    expect(await relation('PART_OF', 'Article 43', 'NSL')).toHaveLength(1);
    const [enacted] = await relation('ENACTED', 'Beijing', 'NSL');
    const [signed] = await relation('SIGNED', 'Xi Jinping', 'NSL');
    expect(enacted!.r.date).toBe('2020-06-30');
    expect(signed!.r.date).toBe('2020-07-01');
    expect(enacted!.r.topic).toBe(signed!.r.topic);
    expect(enacted!.r.sourceArticles).not.toEqual(signed!.r.sourceArticles);
    const signedIn = await articleOf(signed!.r.sourceArticles[0]);
    expect(signedIn.text).toContain('on the night of July 1, 2020');
    const penalties = await db.read(q("MATCH (:Law)-[r:PENALISES]->() RETURN r.amount AS amount, r.currency AS currency, r.description AS d"));
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
    const fb = await relation('RECEIVED_REQUESTS_FROM', 'Facebook', 'Hong Kong authorities');
    expect(fb.map((f) => [f.r.count, f.r.percentProduced ?? null])).toContainEqual([241, 46]);
    const [tw] = await relation('RECEIVED_REQUESTS_FROM', 'Twitter', 'Hong Kong authorities');
    expect(tw!.r).toMatchObject({ count: 15, accountCount: 21, percentProduced: 0 });
  });

  it('statements: who said what to whom', async () => {
    const rows = await db.read(q('MATCH (s:Statement)<-[:MADE_STATEMENT]-(who) OPTIONAL MATCH (s)-[:SAID_TO]->(to) RETURN s.id AS id, who.name AS who, to.name AS to'));
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
    const cited = await db.read(q('MATCH (:Article)-[:CITES]->(o:Outlet) RETURN DISTINCT o.name AS name'));
    expect(cited.map((c) => c.name)).toEqual(expect.arrayContaining(['The Wall Street Journal', 'Hong Kong Free Press', 'The New York Times', 'Reuters', '9to5Mac']));
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

  function brokenSeeds(edit: (files: { entities: any[]; relations: any[]; articles: any[] }) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync(SEEDS_DIR, dir, { recursive: true });
    const files = {
      entities: JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')),
      relations: JSON.parse(readFileSync(join(dir, 'relations.json'), 'utf8')),
      articles: JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')),
    };
    edit(files);
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(data, null, 2));
    return dir;
  }

  it.each([
    ['a dangling reference', (f: any) => (f.relations[0].to = 'company:does-not-exist'), /relations\.json › rel:[^ ]+ › to: dangling reference: no entity or article "company:does-not-exist"/],
    ['a misquoted excerpt', (f: any) => (f.entities[0].sources[0].excerpt += ' (misquoted)'), /entities\.json › [^ ]+ › sources\.0\.excerpt: excerpt not found verbatim/],
    ['an unknown relation type', (f: any) => (f.relations[1].type = 'LIKES'), /relations\.json › rel:[^ ]+ › type: /],
    ['a malformed date', (f: any) => (f.relations.find((r: any) => r.date).date = '2020-07-32'), /relations\.json › rel:[^ ]+ › date: is not a real calendar date/],
    ['a kind not allowed at a relation end', (f: any) => (f.relations.find((r: any) => r.type === 'OWNS').to = 'person:carrie-lam'), /OWNS does not allow a Person at its "to" end/],
  ])('refuses %s, naming file, record and field', (_name, edit, message) => {
    const dir = brokenSeeds(edit);
    expect(() => readSeeds(dir)).toThrow(SeedValidationError);
    expect(() => readSeeds(dir)).toThrow(message);
  });

  it('`npm run seed` on invalid seeds exits 1 with the problems and leaves the database unchanged', async () => {
    const { spawnSync } = await import('node:child_process');
    const before = await counts(db);
    const dir = brokenSeeds((f) => (f.relations[0].to = 'company:does-not-exist'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', dir], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/seed data is invalid \(1 problem\); nothing was written/);
    expect(await counts(db)).toEqual(before);
  });

  it('a write that fails midway rolls back whole: nothing of it remains', async () => {
    const seeds = readSeeds(SEEDS_DIR);
    const before = await counts(db);
    const probe = { ...seeds.entities.find((e) => e.kind === 'Company')!, id: 'company:rollback-probe', name: 'Rollback probe' };
    // The probe node is written by the first statement; Neo4j then refuses a map as a relationship
    // property in a later statement of the same transaction.
    const bad = { ...seeds.relations.find((r) => r.type === 'OWNS')!, id: 'rel:owns:rollback-probe', from: probe.id, description: { not: 'storable' } as unknown as string };
    const broken: SeedSet = { articles: seeds.articles, entities: [...seeds.entities, probe], relations: [...seeds.relations, bad] };
    await expect(loadSeeds(db, broken)).rejects.toThrow();
    expect(await db.read(q("MATCH (n:Entity {id: 'company:rollback-probe'}) RETURN n.id"))).toEqual([]);
    expect(await counts(db)).toEqual(before);
  });
});
