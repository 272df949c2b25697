import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.js';
import { openTestDb, q } from './support/db.js';

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
