import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataMigrations, migrate } from '../src/db/migrate.js';
import { openTestDb, q, resetToSeedGraph } from './support/db.js';

const db = openTestDb();
afterAll(() => db.close());

describe('schema migrations', () => {
  beforeAll(async () => {
    await migrate(db);
    await migrate(db); // idempotent: a second run must not fail
  });

  it('create the entity id uniqueness constraint', async () => {
    const rows = await db.read(
      q("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name = 'entity_id' RETURN type, labelsOrTypes, properties"),
    );
    expect(rows).toEqual([{ type: 'UNIQUENESS', labelsOrTypes: ['Entity'], properties: ['id'] }]);
  });

  it('create an online full-text index over names and aliases, and the lookup indexes', async () => {
    const rows = await db.read(q('SHOW INDEXES YIELD name, type, state, properties RETURN name, type, state, properties ORDER BY name'));
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName.entity_search).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE', properties: ['name', 'aliasText'] });
    for (const name of ['entity_kind', 'entity_name', 'entity_date']) expect(byName[name]).toMatchObject({ type: 'RANGE', state: 'ONLINE' });
  });

  it('reject a duplicate entity id', async () => {
    await db.write(q("MERGE (:Entity {id: 'company:test-dup'})"));
    await expect(db.write(q("CREATE (:Entity {id: 'company:test-dup'})"))).rejects.toThrow(/already exists/);
    await db.write(q("MATCH (n:Entity {id: 'company:test-dup'}) DELETE n"));
  });
});

describe('data migrations', () => {
  /** Which article each source is REPORTED_BY, and the sources still naming one in a property. */
  const evidence = async () => {
    const [row] = await db.read(
      q(`MATCH (s:Source)
         OPTIONAL MATCH (s)-[:REPORTED_BY]->(a:Article)
         WITH s, collect(a.id) AS articles ORDER BY s.id
         RETURN collect([s.id, articles]) AS links, count(s.article) AS withProperty`),
    );
    return row as { links: [string, string[]][]; withProperty: number };
  };
  const indexNames = async () => (await db.read(q('SHOW INDEXES YIELD name RETURN collect(name) AS names')))[0]!.names as string[];

  it('upgrade a database written before REPORTED_BY in place: one edge per source, the property and its index gone, recorded once', async () => {
    await resetToSeedGraph(db);
    const current = await evidence();
    expect(current.withProperty).toBe(0);
    expect(current.links.length).toBeGreaterThan(400);
    expect(current.links.every(([, articles]) => articles.length === 1)).toBe(true);

    // The same graph as the previous storage model held it: the article in a property, indexed, no edge.
    await db.write(q('MATCH (s:Source)-[r:REPORTED_BY]->(a:Article) SET s.article = a.id DELETE r'));
    await db.write(q('CREATE INDEX source_article IF NOT EXISTS FOR (s:Source) ON (s.article)'));
    await db.write(q("MATCH (m:Migration {id: '001_reported-by'}) DELETE m"));
    const old = await evidence();
    expect(old.withProperty).toBe(current.links.length);
    expect(old.links.every(([, articles]) => articles.length === 0)).toBe(true);

    const report = await migrate(db);
    expect(report.applied).toEqual(['001_reported-by']);
    expect(await evidence()).toEqual(current);
    expect(await indexNames()).not.toContain('source_article');

    // Recorded: the next start-up does not run it again.
    expect((await migrate(db)).applied).toEqual([]);
    const [ledger] = await db.read(q('MATCH (m:Migration) RETURN collect(m.id) AS ids'));
    expect(ledger!.ids).toEqual(dataMigrations().map((m) => m.id));
  });
});
