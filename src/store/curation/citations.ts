/** Citations as a client gives them → sources of the write path: each article resolved, each excerpt found in its stored text. */
import { allowedFields, type Kind, type RelationType, SOURCE_ATTRIBUTES, type SourceAttribute } from '../../ontology.js';
import { type SourceInput, sha256 } from '../rows.js';
import type { Run } from '../write.js';
import { invalid } from './errors.js';
import type { CitationInput } from './inputs.js';
import { articleTexts, resolveEntity } from './state.js';
import type { Clock } from './transaction.js';

export async function citationSources(
  run: Run,
  citations: CitationInput[],
  path: (string | number)[],
  owner: { kind: Kind } | { type: RelationType },
  clock: Clock,
  actor: string,
): Promise<SourceInput[]> {
  const { attributes } = allowedFields(owner);
  const what = 'kind' in owner ? `a ${owner.kind}` : owner.type;
  const sources: SourceInput[] = [];
  for (const [i, c] of citations.entries()) {
    const at = [...path, i];
    const article = await resolveEntity(run, c.article, [...at, 'article'], 'article');
    const text = (await articleTexts(run, [article.id])).get(article.id) ?? '';
    if (!text.includes(c.excerpt))
      throw invalid([...at, 'excerpt'], `is not in the text of ${article.id} (an excerpt is an exact quote; offsets are computed from it)`);
    for (const key of Object.keys(SOURCE_ATTRIBUTES) as SourceAttribute[])
      if (c[key] !== undefined && !attributes.includes(key))
        throw invalid([...at, key], `citations of ${what} give no "${key}" (allowed: ${attributes.join(', ') || 'none'})`);
    sources.push({ ...c, article: article.id, addedAt: clock.stored, addedBy: actor } as SourceInput);
  }
  return sources;
}

export const sameCitation = (a: SourceInput, b: SourceInput) => a.article === b.article && a.excerpt === b.excerpt;

/** A source's id, as the write path names it (src/store/rows.ts). */
export const citationId = (fact: string, s: SourceInput) => `source:${sha256(`${fact}|${s.article}|${s.excerpt}`).slice(0, 20)}`;
