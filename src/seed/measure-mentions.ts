/**
 * How well mention linking (src/store/mentions.ts) does on the seed graph: each seed article is linked
 * from its text alone, against the names of the graph `run` reads, and compared with the MENTIONS the
 * loader derives from the hand-made facts (`derivedRelations`). Those are not a complete gold standard:
 * an article that names an entity without sourcing a fact about it has no seed MENTIONS to it, so some
 * false positives are true mentions; the lists say which words were matched, to judge by.
 */
import { type Kind, kindOfId } from '../ontology.js';
import { derivedRelations } from '../store/rows.js';
import { type AmbiguousMention, linkMentions } from '../store/mentions.js';
import type { Run } from '../store/write.js';
import type { SeedSet } from './validate.js';

/**
 * Kinds whose names describe what happened or was said ("Telegram: has never shared any data with Hong
 * Kong authorities"): no article writes them, so a name linker cannot find them. Recall is also given
 * without them: how well the linker finds what is named by a name.
 */
export const DESCRIBED_KINDS: readonly Kind[] = ['Event', 'Statement'];

export interface MentionError {
  article: string;
  entity: string;
  /** A false positive: the words matched (first occurrences). A false negative: why it was missed. */
  detail: string;
}

export interface MentionMeasure {
  truePositives: number;
  falsePositives: MentionError[];
  falseNegatives: MentionError[];
  precision: number;
  recall: number;
  /** Recall over the entities of all kinds but DESCRIBED_KINDS. */
  recallOfNamed: number;
  ambiguous: (AmbiguousMention & { article: string })[];
  /** Per kind of the entity: seed MENTIONS expected, relations linked, and those both. */
  byKind: Partial<Record<Kind, { expected: number; linked: number; correct: number }>>;
}

export async function measureMentions(run: Run, seeds: SeedSet): Promise<MentionMeasure> {
  const expected = new Set(derivedRelations(seeds).flatMap((r) => (r.type === 'MENTIONS' ? [`${r.from} ${r.to}`] : [])));
  const names = new Map(seeds.entities.map((e) => [e.id, e.name]));
  let truePositives = 0;
  const falsePositives: MentionError[] = [];
  const falseNegatives: MentionError[] = [];
  const ambiguous: MentionMeasure['ambiguous'] = [];
  for (const article of seeds.articles) {
    const linked = await linkMentions(run, article);
    ambiguous.push(...linked.ambiguous.map((a) => ({ ...a, article: article.id })));
    const found = new Set<string>();
    for (const r of linked.relations) {
      found.add(r.to);
      if (expected.has(`${article.id} ${r.to}`)) truePositives++;
      else {
        const words = [...new Set(linked.occurrences.filter((o) => o.entity === r.to).map((o) => `"${o.text}"`))];
        falsePositives.push({ article: article.id, entity: r.to, detail: words.join(', ') });
      }
    }
    for (const pair of expected) {
      const [from, entity = ''] = pair.split(' ');
      if (from !== article.id || found.has(entity)) continue;
      const blocked = linked.ambiguous.find((a) => a.entities.includes(entity));
      falseNegatives.push({
        article: article.id,
        entity,
        detail: blocked ? `ambiguous "${blocked.text}" (${blocked.entities.join(', ')})` : `no name or alias of "${names.get(entity)}" in the text`,
      });
    }
  }
  const byKind: MentionMeasure['byKind'] = {};
  const tally = (entity: string) => {
    const kind = kindOfId(entity) ?? 'Article';
    byKind[kind] ??= { expected: 0, linked: 0, correct: 0 };
    return byKind[kind];
  };
  for (const pair of expected) tally(pair.split(' ')[1] ?? '').expected++;
  for (const e of falsePositives) tally(e.entity).linked++;
  for (const [kind, t] of Object.entries(byKind)) {
    const missed = falseNegatives.filter((e) => kindOfId(e.entity) === kind).length;
    t.correct = t.expected - missed;
    t.linked += t.correct;
  }
  const found = truePositives + falsePositives.length;
  const relevant = truePositives + falseNegatives.length;
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: found ? truePositives / found : 1,
    recall: relevant ? truePositives / relevant : 1,
    recallOfNamed: ratio(
      Object.entries(byKind).filter(([kind]) => !DESCRIBED_KINDS.includes(kind as Kind)),
      (t) => t.correct,
      (t) => t.expected,
    ),
    ambiguous,
    byKind,
  };
}

function ratio<T>(entries: [string, T][], part: (t: T) => number, whole: (t: T) => number): number {
  const total = entries.reduce((n, [, t]) => n + whole(t), 0);
  return total ? entries.reduce((n, [, t]) => n + part(t), 0) / total : 1;
}
