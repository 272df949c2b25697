/** Citations as a client gives them → sources of the write path: each article resolved, each excerpt found in its stored text. */
import { allowedFields, FACT_PROPERTIES, type FactProperty, type Kind, keysOf, type RelationType, SOURCE_ATTRIBUTES } from '../../ontology.js';
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
    for (const key of keysOf(SOURCE_ATTRIBUTES))
      if (c[key] !== undefined && !attributes.includes(key))
        throw invalid([...at, key], `citations of ${what} give no "${key}" (allowed: ${attributes.join(', ') || 'none'})`);
    sources.push({ ...c, article: article.id, addedAt: clock.stored, addedBy: actor });
  }
  return sources;
}

/** The fact properties an input gives (those set), each checked against what its kind or type takes (else refused, naming it). */
export function givenProperties(
  properties: Partial<Record<FactProperty, string>> | undefined,
  owner: { kind: Kind } | { type: RelationType },
): Partial<Record<FactProperty, string>> {
  const { properties: allowed } = allowedFields(owner);
  const what = 'kind' in owner ? `a ${owner.kind}` : owner.type;
  const given: Partial<Record<FactProperty, string>> = {};
  for (const key of keysOf(FACT_PROPERTIES)) {
    const value = properties?.[key];
    if (value === undefined || ('kind' in owner && key === 'description')) continue;
    if (!allowed.includes(key)) throw invalid(['properties', key], `${what} has no property "${key}" (allowed: ${allowed.join(', ') || 'none'})`);
    given[key] = value;
  }
  return given;
}

export const sameCitation = (a: SourceInput, b: SourceInput) => a.article === b.article && a.excerpt === b.excerpt;

/** A source's id, as the write path names it (src/store/rows.ts). */
export const citationId = (fact: string, s: SourceInput) => `source:${sha256(`${fact}|${s.article}|${s.excerpt}`).slice(0, 20)}`;
