/**
 * How well mention linking (src/store/mentions.ts) does on the seed graph: each seed article is linked
 * from its text alone, against the names of the graph `run` reads, and compared with the MENTIONS the
 * loader derives from the hand-made facts (`derivedRelations`). Those are not a complete gold standard:
 * an article that names an entity without sourcing a fact about it has no seed MENTIONS to it, so some
 * false positives are true mentions; the lists say which words were matched, to judge by.
 */
import { derivedRelations } from '../store/rows.js';
import { type AmbiguousMention, linkMentions } from '../store/mentions.js';
import type { Run } from '../store/write.js';
import type { SeedSet } from './validate.js';

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
  ambiguous: (AmbiguousMention & { article: string })[];
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
  const found = truePositives + falsePositives.length;
  const relevant = truePositives + falseNegatives.length;
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: found ? truePositives / found : 1,
    recall: relevant ? truePositives / relevant : 1,
    ambiguous,
  };
}
