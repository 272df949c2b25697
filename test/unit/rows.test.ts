/**
 * Row building (src/store/rows.ts): what the one write path stores for a record set, computed from the
 * seed files without a database.
 */
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/seed/prepare.js';
import { readSeeds } from '../../src/seed/validate.js';
import { derivedRelations, type RecordSet, sha256, toRows } from '../../src/store/rows.js';
import { nameKey } from '../../src/ontology.js';

const seeds = readSeeds(SEEDS_DIR);
const set: RecordSet = { articles: seeds.articles, entities: seeds.entities, relations: [...seeds.relations, ...derivedRelations(seeds)] };
const texts = new Map(seeds.articles.map((a) => [a.id, a.text]));
const rows = toRows(set, texts);

describe('toRows', () => {
  it('one node per article and entity, one relation row per relation, one source row per source', () => {
    expect(rows.nodes).toHaveLength(seeds.articles.length + seeds.entities.length);
    expect(rows.relations).toHaveLength(set.relations.length);
    const sourceCount = [...set.entities, ...set.relations].reduce((n, r) => n + r.sources.length, 0);
    expect([...rows.sources.values()].flat()).toHaveLength(sourceCount);
  });

  it('every source row locates its excerpt in its article: text.slice(start, end) is the excerpt, under the text hash', () => {
    for (const [fact, list] of rows.sources) {
      for (const s of list) {
        const text = texts.get(s.article)!;
        expect(text.slice(Number(s.props.start), Number(s.props.end)), `${fact} in ${s.article}`).toBe(s.props.excerpt);
        expect(s.props.textHash).toBe(sha256(text));
        expect(s.props.fact).toBe(fact);
      }
    }
  });

  it('article text goes to its own row, with its hash; the article node keeps the hash, not the text', () => {
    for (const t of rows.texts) expect(t.hash).toBe(sha256(texts.get(t.id)!));
    const articleNodes = rows.nodes.filter((n) => n.kind === 'Article');
    expect(articleNodes).toHaveLength(seeds.articles.length);
    for (const n of articleNodes) {
      expect(n.props).not.toHaveProperty('text');
      expect(n.props.textHash).toBe(sha256(texts.get(n.props.id)!));
    }
  });

  it('names become name keys: the name at rank 0, each distinct alias at rank 1', () => {
    const whatsapp = rows.nodes.find((n) => n.props.id === 'service:whatsapp')!;
    expect(whatsapp.names[0]).toEqual({ key: nameKey('WhatsApp'), rank: 0 });
    expect(new Set(whatsapp.names.map((n) => n.key)).size).toBe(whatsapp.names.length);
  });

  it('a fact stores the strongest support and the earliest date of its sources', () => {
    const dated = seeds.relations.find((r) => r.sources.filter((s) => s.date).length > 1);
    if (dated) {
      const row = rows.relations.find((r) => r.props.id === dated.id)!;
      const earliest = dated.sources.flatMap((s) => (s.date ? [s.date] : [])).sort()[0];
      expect(String(row.props.date)).toBe(earliest);
    }
    for (const r of rows.relations.filter((x) => x.type === 'OWNS')) expect(['STATED', 'INFERRED', 'BACKGROUND']).toContain(r.props.support);
  });

  it('the same records give the same rows and hashes; a changed record changes its hash only', () => {
    const again = toRows(set, texts);
    expect(again.nodes.map((n) => n.props.seedHash)).toEqual(rows.nodes.map((n) => n.props.seedHash));
    const edited = { ...set, entities: set.entities.map((e) => (e.id === 'company:facebook' ? { ...e, aliases: [...e.aliases, 'FB Inc'] } : e)) };
    const changed = toRows(edited, texts).nodes.filter((n, i) => n.props.seedHash !== rows.nodes[i]!.props.seedHash);
    expect(changed.map((n) => n.props.id)).toEqual(['company:facebook']);
  });

  it('refuses an excerpt that is not verbatim in its article, and a source of an unknown article', () => {
    const [first, ...rest] = set.relations;
    const misquoted = { ...first!, sources: [{ ...first!.sources[0]!, excerpt: 'words no article says' }] };
    expect(() => toRows({ ...set, relations: [misquoted, ...rest] }, texts)).toThrow(/excerpt not verbatim/);
    const unknown = { ...first!, sources: [{ ...first!.sources[0]!, article: 'article:nowhere' }] };
    expect(() => toRows({ ...set, relations: [unknown, ...rest] }, texts)).toThrow(/unknown article article:nowhere/);
  });
});
