/**
 * BODS 0.4 statements → records of the write path, each backed by its statement as a dataset record:
 * - entity statements: `registeredEntity`, `legalEntity`, `arrangement`, `anonymousEntity`, `unknownEntity`
 *   become Companies, `state` and `stateBody` Authorities; person statements Persons, with `personType`
 *   kept (an anonymous or unknown person is named "Anonymous person (recordId)" / "Unknown person (…)" and
 *   never resolved by name, so two stay two);
 * - relationship statements become one relation (interested party → subject) per group of their interests
 *   (src/export/bods-interests.ts: `shareholding` and the rights to profits or surplus assets → OWNS,
 *   `votingRights` → HAS_VOTING_RIGHTS_IN, `appointmentOfBoard` → APPOINTS_BOARD_OF, other control →
 *   CONTROLS …), each with its group's share range, `interestTypes`, `beneficialOwnershipOrControl` (any
 *   interest's), and the earliest start and latest end date; an unspecified interested party (`reason`) is
 *   kept as a record on the subject entity, with no placeholder person;
 * - the last statement of a recordId in the file wins, and replaces what earlier statements of the record
 *   wrote (`described`: the facts the graph holds from this dataset's records); a relation an earlier
 *   statement gave that the latest no longer gives is ended (`endings`). A `closed` statement is mapped as any
 *   other and closes what it describes: its interests end on its date where they give no end date, its
 *   entity is dissolved on its `dissolutionDate` or date; one whose parties nothing in the file or the graph
 *   describes is skipped and reported;
 * - a statement that resolves to an entity already in the graph (by identifier or name) does not rewrite
 *   it: its dataset record and identifiers are attached to it (`attachments`).
 * Resolution against the graph (src/import/resolve.ts, shared with the FtM import): a shared identifier (scheme + id) first, then the entity
 * this importer made from the same record before, then an exact normalised name (not an alias) of the same
 * kind when exactly one entity has it; alias and cross-kind matches and ties are reported as candidates and
 * never merged. An entity or relation that already has article evidence is linked to, never rewritten (a
 * statement of our own export, describing the graph's own fact, attaches nothing to it).
 */
import { createHash } from 'node:crypto';
import { allowedFields, KIND_NAMES, KINDS, type Kind, nameKey, RELATION_TYPES } from '../ontology.js';
import type { DatasetInput, DatasetRecordInput, EntityInput, RelationInput } from '../store/rows.js';
import { INTEREST_RELATION_TYPES, type InterestRelationType, relationOfInterest } from '../export/bods-interests.js';
import { ID_SCHEME_NAME, PUBLISHER } from '../export/bods.js';
import type { Statement } from './bods-read.js';
import {
  attacher,
  type Candidate,
  datasetOf,
  type Described,
  describedEntity as describedEntityOf,
  existingEntity,
  type LookupKeys,
  type Lookups,
  type Plan,
  resolve,
} from './resolve.js';

export { type Candidate, datasetOf, type Lookups, type Plan };

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
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
export function lookupKeys(statements: Statement[]): LookupKeys {
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
  // Every record the file names, to find what earlier statements of it wrote.
  const recordIds = new Set(
    statements.flatMap((s) =>
      s.recordType === 'relationship'
        ? [s.recordId, s.recordDetails.subject, ...(typeof s.recordDetails.interestedParty === 'string' ? [s.recordDetails.interestedParty] : [])]
        : [s.recordId],
    ),
  );
  return { identifiers: [...identifiers], names: [...names].filter(Boolean), ids: [...ids], recordIds: [...recordIds] };
}

export function plan(all: Statement[], dataset: DatasetInput, lookups: Lookups): Plan & Required<Pick<Plan, 'attachments' | 'endings' | 'statementOf'>> {
  const described: Described = lookups.described ?? new Map();
  const trusted = all.some((s) => s.publicationDetails.publisher?.name === PUBLISHER.name);
  const out: ReturnType<typeof plan> = {
    entities: [],
    relations: [],
    linked: [],
    candidates: [],
    skipped: [],
    problems: [],
    attachments: [],
    endings: [],
    statementOf: new Map(),
  };
  // The last statement of each record is what the file says of it now.
  const latest = new Map<string, number>();
  for (const [index, s] of all.entries()) latest.set(s.recordId, index);
  const current = all.flatMap((s, index) => (latest.get(s.recordId) === index ? [{ s, index }] : []));
  const attach = attacher(out.attachments);
  const describedEntity = (recordId: string) => describedEntityOf(described, recordId);

  const graphIdOf = new Map<string, { id: string; kind: string }>();
  const written = new Map<string, EntityInput>();
  for (const { s, index } of current) {
    if (s.recordType === 'relationship') continue;
    const p = partyOf(index, s, trusted);
    const earlier = describedEntity(s.recordId);
    const resolved =
      earlier && earlier.id !== p.ownId && !p.identifiers.some((i) => lookups.byIdentifier.has(i))
        ? { ...earlier, why: 'an earlier statement of the same record' }
        : resolve({ ...p, recordId: s.recordId }, lookups, out.candidates);
    graphIdOf.set(s.recordId, { id: resolved.id, kind: resolved.kind });
    if (resolved.id !== p.ownId || resolved.keep) {
      out.linked.push({ index, recordId: s.recordId, id: resolved.id, why: resolved.why });
      if (resolved.id !== p.ownId) attach(resolved.id, recordOf(s, dataset), p.identifiers);
      continue;
    }
    const closedOn = closingDate(s);
    const dissolved = s.recordType === 'entity' ? (s.recordDetails.dissolutionDate ?? closedOn) : undefined;
    const entity: EntityInput = {
      id: p.ownId,
      kind: p.kind,
      name: p.name,
      aliases: [...new Set(p.aliases)].filter((a) => a !== p.name),
      description: `${p.name}: ${s.recordType === 'person' ? s.recordDetails.personType : s.recordDetails.entityType.type} in ${dataset.name} (BODS record ${s.recordId}).`,
      ...(s.recordType === 'person' ? { personType: s.recordDetails.personType } : {}),
      ...(dissolved && allowedFields({ kind: p.kind }).properties.some((k) => k === 'dissolutionDate') ? { dissolutionDate: dissolved } : {}),
      identifiers: [...new Set(p.identifiers)].sort(),
      sources: [],
      records: [recordOf(s, dataset)],
    };
    written.set(s.recordId, entity);
    out.entities.push(entity);
    out.statementOf.set(entity.id, index);
  }

  const party = (ref: string) => graphIdOf.get(ref) ?? describedEntity(ref) ?? existingEntity(ref, lookups);
  for (const { s, index } of current) {
    if (s.recordType !== 'relationship') continue;
    const d = s.recordDetails;
    const closedOn = closingDate(s);
    const earlier = (described.get(s.recordId) ?? []).filter((f) => f.from !== null);
    const planned = new Set<string>();
    // What earlier statements of this record wrote that this one no longer gives ends on its date.
    const endRest = () => {
      for (const f of earlier)
        if (!planned.has(f.fact)) out.endings.push({ id: f.fact, index, recordId: s.recordId, date: statementDay(s), record: recordOf(s, dataset) });
    };
    const subject = party(d.subject);
    const interested = typeof d.interestedParty === 'string' ? party(d.interestedParty) : undefined;
    if (closedOn && (!subject || (typeof d.interestedParty === 'string' && !interested))) {
      if (earlier.length) endRest();
      else out.skipped.push({ index, recordId: s.recordId, why: 'closed record: nothing in the file or the graph describes it' });
      continue;
    }
    if (!subject) out.problems.push({ index, field: 'recordDetails.subject', message: `"${d.subject}" is no record of this file nor an entity of the graph` });
    if (typeof d.interestedParty !== 'string') {
      const note = `interested party unspecified: ${d.interestedParty.reason}${d.interestedParty.description ? ` (${d.interestedParty.description})` : ''}`;
      const entity = written.get(d.subject);
      if (entity) entity.records = [...(entity.records ?? []), recordOf(s, dataset, note)];
      else if (subject && !lookups.existing.get(subject.id)?.sourced) attach(subject.id, recordOf(s, dataset, note));
      else if (subject) out.skipped.push({ index, recordId: s.recordId, why: `${note}; its subject has article evidence` });
      endRest();
      continue;
    }
    if (!interested)
      out.problems.push({
        index,
        field: 'recordDetails.interestedParty',
        message: `"${d.interestedParty}" is no record of this file nor an entity of the graph`,
      });
    if (!subject || !interested) continue;
    const groups = new Map<InterestRelationType, Interests>();
    for (const i of d.interests) {
      const type = relationOfInterest(i.type);
      groups.set(type, [...(groups.get(type) ?? []), i]);
    }
    if (groups.size === 0) {
      out.skipped.push({ index, recordId: s.recordId, why: 'no interests: nothing to write' });
      endRest();
      continue;
    }
    const base = trusted && /^rel:[a-z0-9][a-z0-9:-]*$/.test(s.recordId) ? s.recordId : `rel:bods-${sha(s.recordId).slice(0, 16)}`;
    for (const [type, interests] of groups) {
      const spec = RELATION_TYPES[type];
      if (!among(spec.from, interested.kind) || !among(spec.to, subject.kind)) {
        out.problems.push({
          index,
          field: 'recordDetails',
          message: `a ${interested.kind} cannot be the source of ${type} to a ${subject.kind} (${type}: ${spec.from.join('/')} → ${spec.to.join('/')})`,
        });
        continue;
      }
      // Our own export writes one relation per statement, under its id; elsewhere each type has its own id.
      const suffix = INTEREST_RELATION_TYPES[type].suffix;
      const id = (trusted && base === s.recordId && groups.size === 1) || !suffix ? base : `${base}:${suffix}`;
      planned.add(id);
      if (lookups.existing.get(id)?.sourced) {
        out.linked.push({ index, recordId: s.recordId, id, why: 'the relation has article evidence' });
        continue;
      }
      out.relations.push({
        id,
        type,
        from: interested.id,
        to: subject.id,
        sources: [],
        records: [recordOf(s, dataset)],
        ...interestProps(interests, closedOn),
      });
      out.statementOf.set(id, index);
    }
    endRest();
  }
  return out;
}

type Interests = (Statement & { recordType: 'relationship' })['recordDetails']['interests'];

/** The day a statement speaks for: its statement date, else its publication date. */
const statementDay = (s: Statement) => s.statementDate ?? s.publicationDetails.publicationDate;
/** The day a `closed` statement closes its record on; undefined for any other. */
const closingDate = (s: Statement) => (s.recordStatus === 'closed' ? statementDay(s) : undefined);

/** The share range (of the first interest that gives one), the interests' types, and their dates; a closed record's interests end on `closedOn` where they give no end. */
function interestProps(interests: Interests, closedOn?: string): Partial<RelationInput> {
  const share = interests.find((i) => i.share)?.share;
  const starts = interests.map((i) => i.startDate).filter((d): d is string => Boolean(d));
  const ends = interests.map((i) => i.endDate ?? closedOn).filter((d): d is string => Boolean(d));
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
