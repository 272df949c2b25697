/**
 * Mention linking: every known name or alias found in an article's text becomes a MENTIONS relation
 * from the article to what it names, with its evidence, ready for the one write path (`writeRecords`).
 * One statement per article (cypher/store/name-keys) resolves the keys of all candidate spans through
 * the NameKey index; the rest is src/store/mention-spans.ts. A key that names more than one entity
 * ("Telegram": the company and the app) is linked to none and reported instead.
 */
import { cypher } from '../db/cypher.js';
import { nameKey } from '../ontology.js';
import { candidateSpans, excerptFor, type Named, resolveMatches, sentences } from './mention-spans.js';
import type { RelationInput } from './rows.js';
import type { Run } from './write.js';

const NAME_KEYS = cypher('store/name-keys');

/** Sources per MENTIONS relation: the first occurrences with distinct excerpts. */
export const MENTION_SOURCES = 3;

/** Words that name more than one entity: not linked, so a person or the caller can decide. */
export interface AmbiguousMention {
  key: string;
  /** The words as the text writes them, at their first occurrence. */
  text: string;
  start: number;
  end: number;
  /** The entities the key names, by id. */
  entities: string[];
  /** How many times the text writes them. */
  count: number;
}

export interface LinkedMentions {
  /** One MENTIONS relation per entity named, in order of first mention. */
  relations: RelationInput[];
  ambiguous: AmbiguousMention[];
  /** Every linked occurrence: the entity and the words that name it, as the text writes them. */
  occurrences: { entity: string; text: string; start: number; end: number }[];
}

/** Links the names in `article.text` to the entities of the graph `run` reads (inside the caller's transaction). */
export async function linkMentions(run: Run, article: { id: string; text: string }): Promise<LinkedMentions> {
  const spans = candidateSpans(article.text);
  const keys = [...new Set(spans.map((s) => s.key))];
  const result = await run(NAME_KEYS, { keys });
  const named = new Map<string, Named[]>();
  for (const r of result.records) {
    const key = String(r.get('key'));
    const id = String(r.get('id'));
    if (id === article.id) continue;
    const aliases: unknown = r.get('aliases');
    const names = [r.get('name'), ...(Array.isArray(aliases) ? aliases : [])].filter((n): n is string => typeof n === 'string');
    const forms = names.filter((n) => nameKey(n) === key);
    named.set(key, [...(named.get(key) ?? []), { id, forms }]);
  }
  return mentionsOf(article, resolveMatches(article.text, spans, named));
}

/** The relations and ambiguous mentions of an article's matches (see `resolveMatches`). */
export function mentionsOf(article: { id: string; text: string }, matches: ReturnType<typeof resolveMatches>): LinkedMentions {
  const all = sentences(article.text);
  const excerpts = new Map<string, string[]>();
  const ambiguous = new Map<string, AmbiguousMention>();
  const occurrences: LinkedMentions['occurrences'] = [];
  for (const m of matches) {
    if (m.entities.length > 1) {
      const seen = ambiguous.get(m.key);
      if (seen) seen.count++;
      else ambiguous.set(m.key, { key: m.key, text: article.text.slice(m.start, m.end), start: m.start, end: m.end, entities: m.entities, count: 1 });
      continue;
    }
    const entity = m.entities[0]!;
    occurrences.push({ entity, text: article.text.slice(m.start, m.end), start: m.start, end: m.end });
    const list = excerpts.get(entity) ?? [];
    excerpts.set(entity, list);
    if (list.length >= MENTION_SOURCES) continue;
    const quoted = excerptFor(article.text, m.start, m.end, all);
    if (quoted && !list.includes(quoted.excerpt)) list.push(quoted.excerpt);
  }
  const relations: RelationInput[] = [...excerpts]
    .filter(([, list]) => list.length > 0)
    .map(([entity, list]) => ({
      id: `rel:mentions:${article.id}:${entity}`,
      type: 'MENTIONS',
      from: article.id,
      to: entity,
      sources: list.map((excerpt) => ({ article: article.id, excerpt, support: 'STATED' })),
    }));
  return { relations, ambiguous: [...ambiguous.values()], occurrences };
}
