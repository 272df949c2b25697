/**
 * BODS 0.4 statements → records of the write path, each backed by its statement as a dataset record:
 * - entity statements: `registeredEntity`, `legalEntity`, `arrangement`, `anonymousEntity`, `unknownEntity`
 *   become Companies, `state` and `stateBody` Authorities; person statements Persons, with `personType`
 *   kept (an anonymous or unknown person is named "Anonymous person (recordId)" / "Unknown person (…)" and
 *   never resolved by name, so two stay two);
 * - relationship statements with a `shareholding` interest become OWNS (interested party → subject) with
 *   the share range, `interestTypes`, `beneficialOwnershipOrControl` (any interest's), and the earliest
 *   start and latest end date; those with only control interests are skipped and reported (the ontology
 *   has no control relations yet); an unspecified interested party (`reason`) is kept as a record on the
 *   subject entity, with no placeholder person;
 * - the last statement of a recordId in the file wins; `closed` records are skipped and reported.
 * Resolution against the graph (src/import/resolve.ts, shared with the FtM import): a shared identifier (scheme + id) first, then the entity
 * this importer made from the same record before, then an exact normalised name (not an alias) of the same
 * kind when exactly one entity has it; alias and cross-kind matches and ties are reported as candidates and
 * never merged. An entity or relation that already has article evidence is linked to, never rewritten.
 */
import { createHash } from 'node:crypto';
import { KIND_NAMES, KINDS, type Kind, nameKey, RELATION_TYPES } from '../ontology.js';
import type { DatasetInput, DatasetRecordInput, EntityInput, RelationInput } from '../store/rows.js';
import { ID_SCHEME_NAME, PUBLISHER } from '../export/bods.js';
import type { Statement } from './bods-read.js';
import { type Candidate, datasetOf, existingEntity, type Lookups, type Plan, resolve } from './resolve.js';

export { type Candidate, datasetOf, type Lookups, type Plan };

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const OWNS = RELATION_TYPES.OWNS;
const among = (kinds: readonly string[], kind: string) => kinds.includes(kind);
const KIND_OF_ENTITY: Record<string, Exclude<Kind, 'Article'>> = {
  registeredEntity: 'Company',
  legalEntity: 'Company',
  arrangement: 'Company',
  anonymousEntity: 'Company',
  unknownEntity: 'Company',
  state: 'Authority',
  stateBody: 'Authority',
};

/** Our own export names the graph's kind first in `entityType.details` ("Outlet: a news outlet …"). */
function ownKind(s: Statement & { recordType: 'entity' }): Exclude<Kind, 'Article'> | undefined {
  const named = /^([A-Z][a-z]+):/.exec(s.recordDetails.entityType.details ?? '')?.[1];
  return KIND_NAMES.find((k): k is Exclude<Kind, 'Article'> => k === named && k !== 'Article');
}

interface Party {
  index: number;
  statement: Statement & { recordType: 'entity' | 'person' };
  kind: Exclude<Kind, 'Article'>;
  name: string;
  aliases: string[];
  identifiers: string[];
  /** Whether a name may resolve it (not an anonymous or unknown party). */
  named: boolean;
  ownId: string;
}

function partyOf(index: number, s: Statement & { recordType: 'entity' | 'person' }, trusted: boolean): Party {
  const scope = (kind: Kind) => {
    const prefix = KINDS[kind].prefix;
    return trusted && new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`).test(s.recordId) ? s.recordId : `${prefix}:bods-${sha(s.recordId).slice(0, 16)}`;
  };
  if (s.recordType === 'person') {
    const d = s.recordDetails;
    const names = (d.names ?? [])
      .map((n) => ({ type: n.type, full: n.fullName ?? [n.givenName, n.familyName].filter(Boolean).join(' ') }))
      .filter((n) => n.full);
    const main = names.find((n) => n.type !== 'alternative') ?? names[0];
    const named = d.personType === 'knownPerson' && main !== undefined;
    const label = d.personType === 'anonymousPerson' ? 'Anonymous person' : d.personType === 'unknownPerson' ? 'Unknown person' : 'Unnamed person';
    return {
      index,
      statement: s,
      kind: 'Person',
      name: named ? main.full : `${label} (${s.recordId})`,
      aliases: names.filter((n) => n !== main).map((n) => n.full),
      identifiers: (d.identifiers ?? []).map((i) => `${i.scheme ?? i.schemeName}:${i.id}`),
      named,
      ownId: scope('Person'),
    };
  }
  const d = s.recordDetails;
  const kind = (trusted && ownKind(s)) || KIND_OF_ENTITY[d.entityType.type] || 'Company';
  const named = d.name !== undefined && d.entityType.type !== 'anonymousEntity' && d.entityType.type !== 'unknownEntity';
  return {
    index,
    statement: s,
    kind,
    name: d.name ?? `${d.entityType.type === 'anonymousEntity' ? 'Anonymous' : 'Unknown'} entity (${s.recordId})`,
    aliases: d.alternateNames ?? [],
    identifiers: (d.identifiers ?? []).filter((i) => (i.schemeName ?? i.scheme) !== ID_SCHEME_NAME).map((i) => `${i.scheme ?? i.schemeName}:${i.id}`),
    named,
    ownId: scope(kind),
  };
}

function recordOf(s: Statement, dataset: DatasetInput, note?: string): DatasetRecordInput {
  return {
    dataset,
    recordId: s.recordId,
    statementId: s.statementId,
    statementDate: s.statementDate,
    publicationDate: s.publicationDetails.publicationDate,
    url: s.source?.url,
    support: 'STATED',
    ...(note ? { note } : {}),
  };
}

/** The identifier keys, name keys and ids a plan needs looked up. */
export function lookupKeys(statements: Statement[]): { identifiers: string[]; names: string[]; ids: string[] } {
  const trusted = statements.some((s) => s.publicationDetails.publisher?.name === PUBLISHER.name);
  const identifiers = new Set<string>();
  const names = new Set<string>();
  const ids = new Set<string>();
  statements.forEach((s, index) => {
    if (s.recordType === 'relationship') {
      ids.add(s.recordId);
      ids.add(s.recordDetails.subject);
      if (typeof s.recordDetails.interestedParty === 'string') ids.add(s.recordDetails.interestedParty);
      ids.add(`rel:bods-${sha(s.recordId).slice(0, 16)}`);
      return;
    }
    const p = partyOf(index, s, trusted);
    for (const i of p.identifiers) identifiers.add(i);
    if (p.named) names.add(nameKey(p.name));
    for (const a of p.aliases) names.add(nameKey(a));
    ids.add(p.ownId);
  });
  return { identifiers: [...identifiers], names: [...names].filter(Boolean), ids: [...ids] };
}

export function plan(all: Statement[], dataset: DatasetInput, lookups: Lookups): Plan {
  const trusted = all.some((s) => s.publicationDetails.publisher?.name === PUBLISHER.name);
  const out: Plan = { entities: [], relations: [], linked: [], candidates: [], skipped: [], problems: [] };
  // The last statement of each record is what the file says of it now.
  const latest = new Map<string, number>();
  for (const [index, s] of all.entries()) latest.set(s.recordId, index);
  const current = all.flatMap((s, index) => (latest.get(s.recordId) === index ? [{ s, index }] : []));
  for (const { s, index } of current)
    if (s.recordStatus === 'closed') out.skipped.push({ index, recordId: s.recordId, why: 'closed record: closing facts is not imported yet' });
  const open = current.filter(({ s }) => s.recordStatus !== 'closed');

  const graphIdOf = new Map<string, { id: string; kind: string }>();
  const written = new Map<string, EntityInput>();
  for (const { s, index } of open) {
    if (s.recordType === 'relationship') continue;
    const p = partyOf(index, s, trusted);
    const resolved = resolve({ ...p, recordId: s.recordId }, lookups, out.candidates);
    graphIdOf.set(s.recordId, { id: resolved.id, kind: resolved.kind });
    if (resolved.id !== p.ownId || resolved.keep) {
      out.linked.push({ index, recordId: s.recordId, id: resolved.id, why: resolved.why });
      continue;
    }
    const entity: EntityInput = {
      id: p.ownId,
      kind: p.kind,
      name: p.name,
      aliases: [...new Set(p.aliases)].filter((a) => a !== p.name),
      description: `${p.name}: ${s.recordType === 'person' ? s.recordDetails.personType : s.recordDetails.entityType.type} in ${dataset.name} (BODS record ${s.recordId}).`,
      ...(s.recordType === 'person' ? { personType: s.recordDetails.personType } : {}),
      identifiers: [...new Set(p.identifiers)].sort(),
      sources: [],
      records: [recordOf(s, dataset)],
    };
    written.set(s.recordId, entity);
    out.entities.push(entity);
  }

  for (const { s, index } of open) {
    if (s.recordType !== 'relationship') continue;
    const d = s.recordDetails;
    const subject = graphIdOf.get(d.subject) ?? existingEntity(d.subject, lookups);
    if (!subject) out.problems.push({ index, field: 'recordDetails.subject', message: `"${d.subject}" is no record of this file nor an entity of the graph` });
    if (typeof d.interestedParty !== 'string') {
      const note = `interested party unspecified: ${d.interestedParty.reason}${d.interestedParty.description ? ` (${d.interestedParty.description})` : ''}`;
      const entity = written.get(d.subject);
      if (entity) entity.records = [...(entity.records ?? []), recordOf(s, dataset, note)];
      else if (subject) out.skipped.push({ index, recordId: s.recordId, why: `${note}; its subject is not written by this import` });
      continue;
    }
    const party = graphIdOf.get(d.interestedParty) ?? existingEntity(d.interestedParty, lookups);
    if (!party)
      out.problems.push({
        index,
        field: 'recordDetails.interestedParty',
        message: `"${d.interestedParty}" is no record of this file nor an entity of the graph`,
      });
    if (!subject || !party) continue;
    const shareholding = d.interests.filter((i) => i.type === 'shareholding');
    if (shareholding.length === 0) {
      const types = d.interests.map((i) => i.type).join(', ') || 'none';
      out.skipped.push({ index, recordId: s.recordId, why: `no shareholding interest (interests: ${types}): control relations are not imported yet` });
      continue;
    }
    if (!among(OWNS.from, party.kind) || !among(OWNS.to, subject.kind)) {
      out.problems.push({
        index,
        field: 'recordDetails',
        message: `a ${party.kind} cannot OWN a ${subject.kind} (OWNS: ${OWNS.from.join('/')} → ${OWNS.to.join('/')})`,
      });
      continue;
    }
    const id = trusted && /^rel:[a-z0-9][a-z0-9:-]*$/.test(s.recordId) ? s.recordId : `rel:bods-${sha(s.recordId).slice(0, 16)}`;
    if (lookups.existing.get(id)?.sourced) {
      out.linked.push({ index, recordId: s.recordId, id, why: 'the relation has article evidence' });
      continue;
    }
    out.relations.push({ id, type: 'OWNS', from: party.id, to: subject.id, sources: [], records: [recordOf(s, dataset)], ...interestProps(d.interests) });
  }
  return out;
}

type Interests = (Statement & { recordType: 'relationship' })['recordDetails']['interests'];

/** The share range of the shareholding, the interests' types, and their dates. */
function interestProps(interests: Interests): Partial<RelationInput> {
  const share = interests.find((i) => i.type === 'shareholding' && i.share)?.share;
  const starts = interests.map((i) => i.startDate).filter((d): d is string => Boolean(d));
  const ends = interests.map((i) => i.endDate).filter((d): d is string => Boolean(d));
  const flags = interests.map((i) => i.beneficialOwnershipOrControl).filter((b): b is boolean => b !== undefined);
  return {
    shareExact: share?.exact,
    shareMinimum: share?.minimum ?? share?.exclusiveMinimum,
    shareMaximum: share?.maximum ?? share?.exclusiveMaximum,
    interestTypes: [...new Set(interests.map((i) => i.type))].join(', '),
    beneficialOwnershipOrControl: flags.length ? flags.some(Boolean) : undefined,
    startDate: starts.sort()[0],
    endDate: ends.length === interests.length ? ends.sort().at(-1) : undefined,
  };
}
