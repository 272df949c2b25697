/**
 * `npm run mentions:measure`: links the five seed articles from their text alone against the names of
 * the running database's graph (the seed graph) and compares the result with the seed graph's MENTIONS
 * (derived from the hand-made facts). Prints precision and recall, then every false positive with the
 * words matched, every false negative with why it was missed, and the ambiguous names left unlinked.
 */
import { DESCRIBED_KINDS, measureMentions } from '../seed/measure-mentions.js';
import { SEEDS_DIR } from '../seed/prepare.js';
import { readSeeds } from '../seed/validate.js';
import { withDatabase } from './run.js';

const seeds = readSeeds(SEEDS_DIR);
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const short = (article: string) => article.replace(/^article:/, '');

await withDatabase(async (db) => {
  const m = await db.writeTransaction((run) => measureMentions(run, seeds));
  const out = [
    `mention linking on ${seeds.articles.length} seed articles, against the seed graph's MENTIONS (${db.uri})`,
    `precision ${percent(m.precision)} (${m.truePositives} of ${m.truePositives + m.falsePositives.length} linked)`,
    `recall    ${percent(m.recall)} (${m.truePositives} of ${m.truePositives + m.falseNegatives.length} expected)`,
    `recall    ${percent(m.recallOfNamed)} of the entities named by a name (all kinds but ${DESCRIBED_KINDS.join(' and ')}, whose names describe what happened or was said)`,
    '',
    'by kind        expected  linked  correct  recall',
    ...Object.entries(m.byKind)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([kind, t]) =>
          `  ${kind.padEnd(12)} ${String(t.expected).padStart(8)} ${String(t.linked).padStart(7)} ${String(t.correct).padStart(8)}  ${percent(t.correct / (t.expected || 1)).padStart(6)}`,
      ),
    '',
    `false positives (${m.falsePositives.length}): linked, but no seed fact of the article involves the entity`,
    ...m.falsePositives.map((e) => `  ${short(e.article)}  ${e.entity}  ${e.detail}`),
    '',
    `false negatives (${m.falseNegatives.length}): a seed fact of the article involves the entity, not linked`,
    ...m.falseNegatives.map((e) => `  ${short(e.article)}  ${e.entity}  ${e.detail}`),
    '',
    `ambiguous, not linked (${m.ambiguous.length})`,
    ...m.ambiguous.map((a) => `  ${short(a.article)}  "${a.text}" ×${a.count}  ${a.entities.join(' | ')}`),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
});
