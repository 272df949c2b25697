/**
 * Mutations of facts: assert one (or restate it with more citations), cite it again, retract it or one of
 * its citations. Each reads the fact as a record of the write path, changes it and writes it back whole
 * through `writeRecords` (src/store/write.ts), which recomputes offsets from the stored article texts,
 * checks the evidence and bumps the graph's version.
 */
import { cypher } from '../../db/cypher.js';
import { keysOf, RELATION_TYPES } from '../../ontology.js';
import { citationId, citationSources, givenProperties, sameCitation } from './citations.js';
import { type RelationInput, type SourceInput, sha256 } from '../rows.js';
import { type Run, writeRecords } from '../write.js';
import { checkVersion, invalid, UnknownReferenceError } from './errors.js';
import type { AddCitation, AssertFact, RetractCitation, RetractFact } from './inputs.js';
import { articleTexts, factOfCitation, readFact, resolveEntity } from './state.js';
import type { Clock, FieldChange, Outcome } from './transaction.js';

const FACTS_BETWEEN = cypher('curation/facts-between');
const MENTIONS_MISSING = cypher('curation/mentions-missing');

/** What the fact mutations return: the fact's id and its ends (to load it), and whether it was created. */
export interface FactResult {
  fact: string;
  from: string;
  to: string;
  created: boolean;
  citation?: string;
}

/** Writes a fact record, with the MENTIONS edges its citations' articles lack (as the seed loader derives them). */
async function writeFact(run: Run, fact: RelationInput): Promise<void> {
  const pairs = [...new Set(fact.sources.map((s) => s.article))].flatMap((article) => [fact.from, fact.to].map((entity) => ({ article, entity })));
  const missing = (await run(MENTIONS_MISSING, { pairs })).records.map((r) => ({ article: String(r.get('article')), entity: String(r.get('entity')) }));
  const mentions: RelationInput[] = missing
    .filter((m) => m.article !== m.entity)
    .map((m) => ({ id: `rel:mentions:${m.article}:${m.entity}`, type: 'MENTIONS', from: m.article, to: m.entity, sources: [] }));
  const texts = await articleTexts(
    run,
    fact.sources.map((s) => s.article),
  );
  await writeRecords(run, { articles: [], entities: [], relations: [fact, ...mentions] }, texts);
}

const loadFact = async (run: Run, id: string, field: string[]) => {
  const fact = await readFact(run, id);
  if (!fact) throw new UnknownReferenceError(id, field, 'fact');
  return fact;
};

const citationChange = (s: SourceInput): FieldChange => ({
  field: 'citation',
  before: null,
  after: { article: s.article, excerpt: s.excerpt, support: s.support },
});

export async function assertFact(run: Run, clock: Clock, actor: string, input: AssertFact): Promise<Outcome<FactResult>> {
  const rule = RELATION_TYPES[input.type];
  const ends = { from: await resolveEntity(run, input.from, ['from']), to: await resolveEntity(run, input.to, ['to']) };
  for (const end of ['from', 'to'] as const) {
    const allowed: readonly string[] = rule[end];
    if (allowed.length && !allowed.includes(ends[end].kind))
      throw invalid([end], `${input.type} does not allow a ${ends[end].kind} at its "${end}" end (allowed: ${allowed.join(', ')})`);
  }
  const props = givenProperties(input.properties, { type: input.type });
  const sources = await citationSources(run, input.citations, ['citations'], { type: input.type }, clock, actor);

  const existing = (await run(FACTS_BETWEEN, { type: input.type, from: ends.from.id, to: ends.to.id })).records.filter((r) => r.get('retracted') !== true);
  const current = existing[0] ? await readFact(run, String(existing[0].get('id'))) : null;
  if (!current) {
    checkVersion(`${input.type} ${ends.from.id} → ${ends.to.id}`, 0, input.expectedVersion);
    const id = `rel:${input.type.toLowerCase().replace(/_/g, '-')}:${sha256(`${ends.from.id}|${ends.to.id}|${clock.at.toISOString()}|${actor}`).slice(0, 16)}`;
    const fact: RelationInput = {
      id,
      type: input.type,
      from: ends.from.id,
      to: ends.to.id,
      ...props,
      sources,
      assertedAt: clock.stored,
      assertedBy: actor,
      version: 1,
    };
    await writeFact(run, fact);
    return {
      result: { fact: id, from: fact.from, to: fact.to, created: true },
      changes: [
        {
          target: id,
          fields: [{ field: 'asserted', before: null, after: { type: input.type, from: fact.from, to: fact.to, ...props } }, ...sources.map(citationChange)],
        },
      ],
    };
  }
  checkVersion(current.id, current.version, input.expectedVersion);
  const fields: FieldChange[] = [];
  for (const key of keysOf(props)) {
    const value = props[key];
    const before: unknown = current[key];
    if (before !== value) fields.push({ field: key, before: before ?? null, after: value });
  }
  const added = sources.filter((s) => !current.sources.some((o) => sameCitation(o, s)));
  fields.push(...added.map(citationChange));
  const result = { fact: current.id, from: current.from, to: current.to, created: false };
  if (fields.length === 0) return { result, changes: [] };
  await writeFact(run, { ...current, ...props, sources: [...current.sources, ...added], version: current.version + 1 });
  return { result, changes: [{ target: current.id, fields }] };
}

export async function addCitation(run: Run, clock: Clock, actor: string, input: AddCitation): Promise<Outcome<FactResult>> {
  const current = await loadFact(run, input.fact, ['fact']);
  if (current.retractedAt !== undefined) throw invalid(['fact'], `${current.id} is retracted; assert it again instead`);
  checkVersion(current.id, current.version, input.expectedVersion);
  const { fact: _fact, expectedVersion: _v, idempotencyKey: _k, ...citation } = input;
  const [source] = await citationSources(run, [citation], [], { type: current.type }, clock, actor);
  const result = { fact: current.id, from: current.from, to: current.to, created: false };
  if (!source) return { result, changes: [] };
  const known = current.sources.find((s) => sameCitation(s, source));
  if (known && known.retractedAt === undefined) return { result: { ...result, citation: citationId(current.id, source) }, changes: [] };
  const others = current.sources.filter((s) => !sameCitation(s, source));
  await writeFact(run, { ...current, sources: [...others, source], version: current.version + 1 });
  return { result: { ...result, citation: citationId(current.id, source) }, changes: [{ target: current.id, fields: [citationChange(source)] }] };
}

export async function retractFact(run: Run, clock: Clock, actor: string, input: RetractFact): Promise<Outcome<FactResult>> {
  const current = await loadFact(run, input.fact, ['fact']);
  checkVersion(current.id, current.version, input.expectedVersion);
  if (current.retractedAt !== undefined) throw invalid(['fact'], `${current.id} is already retracted`);
  await writeFact(run, { ...current, retractedAt: clock.stored, retractedBy: actor, retractionReason: input.reason, version: current.version + 1 });
  return {
    result: { fact: current.id, from: current.from, to: current.to, created: false },
    changes: [{ target: current.id, fields: [{ field: 'retracted', before: false, after: true }] }],
  };
}

export async function retractCitation(run: Run, clock: Clock, actor: string, input: RetractCitation): Promise<Outcome<FactResult>> {
  const factId = await factOfCitation(run, input.citation);
  const current = factId ? await readFact(run, factId) : null;
  const source = current?.sources.find((s) => citationId(current.id, s) === input.citation);
  if (!current || !source) throw new UnknownReferenceError(input.citation, ['citation'], 'citation of a fact');
  checkVersion(current.id, current.version, input.expectedVersion);
  if (source.retractedAt !== undefined) throw invalid(['citation'], `${input.citation} is already retracted`);
  const standing = current.sources.filter((s) => s.retractedAt === undefined && s !== source);
  if (current.retractedAt === undefined && standing.length === 0)
    throw invalid(['citation'], `it is the last standing citation of ${current.id}: a fact needs one; retract the fact instead`);
  const sources = current.sources.map((s) => (s === source ? { ...s, retractedAt: clock.stored, retractedBy: actor, retractionReason: input.reason } : s));
  await writeFact(run, { ...current, sources, version: current.version + 1 });
  return {
    result: { fact: current.id, from: current.from, to: current.to, created: false, citation: input.citation },
    changes: [{ target: current.id, fields: [{ field: 'citationRetracted', before: { article: source.article, excerpt: source.excerpt }, after: null }] }],
  };
}
