/**
 * Mutations of entities: create or update one (`upsertEntity`, through the write path like the seed
 * loader's entities) and merge one into another (`mergeEntities`, one statement that moves relations,
 * sources, names and earlier merges, then bumps the graph's version as the write path does).
 */
import { cypher } from '../../db/cypher.js';
import { ID_PREFIXES, keysOf, nameKey, usesName } from '../../ontology.js';
import type { EntityInput, SourceInput } from '../rows.js';
import { type Run, writeRecords } from '../write.js';
import { checkVersion, invalid, UnknownReferenceError } from './errors.js';
import type { MergeEntities, UpsertEntity } from './inputs.js';
import { articleTexts, readEntity, resolveEntity } from './state.js';
import type { Clock, FieldChange, Outcome } from './transaction.js';
import { citationSources, givenProperties } from './citations.js';

const MERGE = cypher('curation/merge-entities');
const BUMP_VERSION = cypher('store/bump-version');

export interface EntityResult {
  entity: string;
  created: boolean;
}

/** An id for a new entity of `kind` named `name`: its kind's prefix and a slug of the name, numbered when taken. */
async function newId(run: Run, kind: UpsertEntity['kind'], name: string): Promise<string> {
  const slug =
    nameKey(name)
      .normalize('NFKD')
      .replace(/[^a-z0-9 ]/g, '')
      .trim()
      .replace(/ +/g, '-')
      .slice(0, 60) || 'entity';
  for (let n = 1; ; n++) {
    const id = `${ID_PREFIXES[kind]}:${slug}${n === 1 ? '' : `-${n}`}`;
    if (
      !(await resolveEntity(run, id, ['id'])
        .then((r) => r.id === id)
        .catch(() => false))
    )
      return id;
  }
}

/** The entity an upsert is about: by `id`, else the one of that kind whose name (not alias) is `name`; null for a new one. */
async function target(run: Run, input: UpsertEntity) {
  if (input.id) {
    const found = await readEntity(run, (await resolveEntity(run, input.id, ['id'])).id);
    if (!found) throw new UnknownReferenceError(input.id, ['id']);
    if (found.kind !== input.kind) throw invalid(['kind'], `${found.id} is a ${found.kind}; an entity's kind does not change`);
    return found;
  }
  const named = await resolveEntity(run, input.name, ['name']).catch(() => null);
  if (!named || named.kind !== input.kind) return null;
  const found = await readEntity(run, named.id);
  return found && nameKey(found.name) === nameKey(input.name) ? found : null;
}

/** An alias is a name the articles use (as the seed check has it): whole words of an article among the entity's standing sources. */
function checkAliases(entity: EntityInput, texts: ReadonlyMap<string, string>): void {
  const quoted = [...new Set(entity.sources.filter((s) => s.retractedAt === undefined).map((s) => s.article))].map((a) => texts.get(a) ?? '');
  entity.aliases.forEach((alias, i) => {
    if (!quoted.some((text) => usesName(text, alias)))
      throw invalid(['aliases', i], `"${alias}" does not occur as whole words in the text of any article among its citations: cite one that uses it`);
  });
}

export async function upsertEntity(run: Run, clock: Clock, actor: string, input: UpsertEntity): Promise<Outcome<EntityResult>> {
  const props = givenProperties(input.properties, { kind: input.kind });
  const current = await target(run, input);
  const sources: SourceInput[] = await citationSources(run, input.citations ?? [], ['citations'], { kind: input.kind }, clock, actor);
  const texts = (ids: EntityInput) =>
    articleTexts(
      run,
      ids.sources.map((s) => s.article),
    );
  if (!current) {
    checkVersion(`${input.kind} "${input.name}"`, 0, input.expectedVersion);
    if (!input.description) throw invalid(['description'], 'a new entity needs a description (one sentence saying what it is)');
    if (sources.length === 0) throw invalid(['citations'], 'a new entity needs at least one citation (an article and an exact excerpt naming it)');
    const id = await newId(run, input.kind, input.name);
    const entity: EntityInput = {
      id,
      kind: input.kind,
      name: input.name,
      aliases: input.aliases ?? [],
      description: input.description,
      ...(input.url ? { url: input.url } : {}),
      ...props,
      sources,
      assertedAt: clock.stored,
      assertedBy: actor,
      version: 1,
    };
    const quoted = await texts(entity);
    checkAliases(entity, quoted);
    await writeRecords(run, { articles: [], entities: [entity], relations: [] }, quoted);
    return {
      result: { entity: id, created: true },
      changes: [{ target: id, fields: [{ field: 'created', before: null, after: { kind: input.kind, name: input.name } }] }],
    };
  }
  checkVersion(current.id, current.version, input.expectedVersion);
  const next: EntityInput = {
    ...current,
    name: input.name,
    aliases: input.aliases ?? current.aliases,
    description: input.description ?? current.description,
    ...(input.url ? { url: input.url } : {}),
    ...props,
    sources: [...current.sources, ...sources.filter((s) => !current.sources.some((o) => o.article === s.article && o.excerpt === s.excerpt))],
  };
  const fields: FieldChange[] = (['name', 'aliases', 'description', 'url', ...keysOf(props)] as const)
    .filter((k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]))
    .map((k) => ({ field: k, before: current[k] ?? null, after: next[k] ?? null }));
  fields.push(
    ...next.sources
      .slice(current.sources.length)
      .map((s) => ({ field: 'citation', before: null, after: { article: s.article, excerpt: s.excerpt, support: s.support } })),
  );
  const result = { entity: current.id, created: false };
  if (fields.length === 0) return { result, changes: [] };
  const quoted = await texts(next);
  if (input.aliases) checkAliases(next, quoted);
  await writeRecords(run, { articles: [], entities: [{ ...next, version: current.version + 1 }], relations: [] }, quoted);
  return { result, changes: [{ target: current.id, fields }] };
}

export async function mergeEntities(run: Run, clock: Clock, actor: string, input: MergeEntities): Promise<Outcome<EntityResult & { merged: string }>> {
  const keep = await resolveEntity(run, input.keep, ['keep']);
  const merge = await resolveEntity(run, input.merge, ['merge']);
  if (keep.id === merge.id) throw invalid(['merge'], `is the same entity as keep (${keep.id})`);
  if (keep.kind !== merge.kind) throw invalid(['merge'], `${merge.id} is a ${merge.kind} and ${keep.id} a ${keep.kind}: only entities of one kind merge`);
  const [row] = (await run(MERGE, { keep: keep.id, merge: merge.id, at: clock.stored, actor })).records;
  await run(BUMP_VERSION);
  const moved = Number(row?.get('moved') ?? 0);
  const dropped: unknown = row?.get('dropped');
  const loops = Array.isArray(dropped) ? dropped.map(String) : [];
  return {
    result: { entity: keep.id, merged: merge.id, created: false },
    changes: [
      {
        target: keep.id,
        fields: [
          { field: 'merged', before: null, after: { merged: merge.id, relationsMoved: moved, loopsDropped: loops, aliasesGained: row?.get('gained') ?? [] } },
        ],
      },
      { target: merge.id, fields: [{ field: 'mergedInto', before: null, after: keep.id }] },
      ...loops.map((id) => ({
        target: id,
        fields: [{ field: 'deleted', before: null, after: `a relation between ${keep.id} and ${merge.id}, dropped when they merged` }],
      })),
    ],
  };
}
