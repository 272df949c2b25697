/**
 * FollowTheMoney entities → records of the write path, each backed by its entity as a dataset record (the
 * FtM id as the record id; a digest of its values as the statement id, so a changed entity is a new record):
 * - `Company` and `LegalEntity` become Companies, `Organization` Organizations, `PublicBody` Authorities,
 *   `Person` Persons: the first `name` the name (a person without one: `firstName middleName lastName`),
 *   the other names, `alias`, `previousName` and `weakAlias` aliases, `description`; identifiers as
 *   "scheme:id" (`leiCode` → `XI-LEI`, as BODS files name LEIs; `wikidataId` → `wikidata`; `innCode`,
 *   `ogrnCode`, `dunsCode`, `swiftBic`, `opencorporatesUrl`, … → `ftm-<property>`; `registrationNumber`,
 *   `idNumber`, `taxNumber` and `vatCode` only with exactly one `jurisdiction` (else `country`), as
 *   `ftm-<property>-<jurisdiction>`: a number alone names no register);
 * - `Ownership` (owner → asset) becomes OWNS with `percentage` as `shareExact` (several: the range as
 *   `shareMinimum`/`shareMaximum`), `startDate`/`endDate` (full days; a year or month stays in the record's
 *   note), `status`, `description`; an `ownershipType` of BODS interest types becomes `interestTypes` and
 *   decides the relation as in BODS (`votingRights` → HAS_VOTING_RIGHTS_IN; several: one relation each),
 *   FtM's word `voting` too; `role`, another `ownershipType` and share counts go to the record's note;
 * - `Control` (controller → controlled) becomes the control relation its `controlType` names: BODS interest
 *   types as for Ownership, else FtM's words (`voting`, `appointment`, `management`, `trust`, `nominee`,
 *   `contractual`/`state`/`indirect` → CONTROLS), else CONTROLS;
 * - `Directorship` (a Person director → organization) becomes HOLDS_ROLE with `role` as `title` (the
 *   ontology's relation for roles; its dates go to the record's note); a director who is no Person is skipped;
 * - `Document` and `Mention` are skipped and reported: the graph's articles carry their verbatim text with
 *   checked excerpts tied to each fact, which a Document's free-text notes do not give; other schemata
 *   (and an `Asset` that is not one of the export's services) have no kind in the graph and are skipped.
 * An entity that resolves to one already in the graph (by identifier or name) does not rewrite it: its record
 * and identifiers are attached to it (`attachments`). Earlier records of the same ids in the same dataset are
 * looked up (`recordIds`): an entity one was resolved to is resolved to again, a changed entity or relation
 * (a new digest) replaces what the earlier record wrote, keeping it as history (src/import/history.ts), and a
 * relation the record no longer gives (its type changed) is ended on the record's last change, else today.
 * A file the graph's own FtM export wrote (every party's id is a graph id with `.` for `:`, of a kind that
 * exports as its schema; every Ownership's `recordId` its graph id) keeps those ids and kinds (outlets,
 * services), so it round-trips. Resolution is src/import/resolve.ts, the same as for BODS.
 */
import { createHash } from 'node:crypto';
import { FTM_IDENTIFIER_SCHEMES, FTM_REGISTER_NUMBERS, ftmId, IDENTIFIER_NOTE } from '../export/ftm.js';
import { INTEREST_RELATION_TYPES, INTEREST_RELATIONS, type InterestRelationType } from '../export/bods-interests.js';
import { allowedFields, type Kind, KINDS, kindOfId, nameKey, RELATION_TYPES, type RelationType } from '../ontology.js';
import type { DatasetInput, DatasetRecordInput, EntityInput, RelationInput } from '../store/rows.js';
import type { FtmRecord } from './ftm-read.js';
import { percentageOf } from './ftm-read.js';
import {
  attacher,
  type Described,
  describedEntity as describedEntityOf,
  existingEntity,
  type LookupKeys,
  type Lookups,
  type Party,
  type Plan,
  resolve,
} from './resolve.js';

type EntityKind = Exclude<Kind, 'Article'>;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The graph's kind of each party schema (for any file). */
const KIND_OF_SCHEMA: Record<string, EntityKind> = {
  Company: 'Company',
  LegalEntity: 'Company',
  Organization: 'Organization',
  PublicBody: 'Authority',
  Person: 'Person',
};
/** The schema the FtM export writes each kind as (src/export/ftm.ts). */
const EXPORTED_AS: Partial<Record<EntityKind, string>> = {
  Company: 'Company',
  Person: 'Person',
  Organization: 'Organization',
  Outlet: 'Organization',
  Authority: 'PublicBody',
  Service: 'Asset',
};
const PARTY_SCHEMATA = new Set([...Object.keys(KIND_OF_SCHEMA), 'Asset']);
/** The relation schemata read, with their ends, the property naming their kind of interest, and the relation they default to. */
const RELATION_SCHEMATA: Record<string, { type: RelationType; from: string; to: string; kindOf?: string }> = {
  Ownership: { type: 'OWNS', from: 'owner', to: 'asset', kindOf: 'ownershipType' },
  Control: { type: 'CONTROLS', from: 'controller', to: 'controlled', kindOf: 'controlType' },
  Directorship: { type: 'HOLDS_ROLE', from: 'director', to: 'organization' },
};
/** FtM's own words for a kind of control (the examples of `Control.controlType`) → the relation. */
export const CONTROL_WORDS: Record<string, InterestRelationType> = {
  voting: 'HAS_VOTING_RIGHTS_IN',
  appointment: 'APPOINTS_BOARD_OF',
  management: 'MANAGES',
  contractual: 'CONTROLS',
  trust: 'HAS_TRUST_INTEREST_IN',
  nominee: 'HAS_INTEREST_IN',
  state: 'CONTROLS',
  indirect: 'CONTROLS',
};
const WHY_NOT: Record<string, string> = {
  Document:
    "an FtM Document is not imported: the graph's articles carry their verbatim text with excerpts checked against it and tied to each fact, which a Document's notes do not give",
  Mention: 'a Mention ties a Document to an entity, and Documents are not imported',
};

const graphIdOf = (ftm: string) => ftm.replaceAll('.', ':');
const first = (r: FtmRecord, p: string) => r.properties[p]?.[0];
const all = (r: FtmRecord, p: string) => r.properties[p] ?? [];
const fullDay = (d: string) => (/^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : undefined);
/** The latest full day of an entity's `dissolutionDate`. */
const dissolvedOn = (r: FtmRecord) =>
  all(r, 'dissolutionDate')
    .map(fullDay)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);

/** The graph kind a record of the graph's own export was written from, if its id says so. */
function ownKind(r: FtmRecord): EntityKind | undefined {
  const id = graphIdOf(r.id);
  const kind = kindOfId(id);
  if (!kind || kind === 'Article' || EXPORTED_AS[kind] !== r.schema) return undefined;
  return new RegExp(`^${KINDS[kind].prefix}:[a-z0-9][a-z0-9-]*$`).test(id) && ftmId(id) === r.id ? kind : undefined;
}

/** Whether the graph's own FtM export wrote the file: every party and Ownership carries a graph id. */
export function isOwnExport(records: FtmRecord[]): boolean {
  const parties = records.filter((r) => PARTY_SCHEMATA.has(r.schema));
  const owns = records.filter((r) => r.schema === 'Ownership' || r.schema === 'Control');
  return (
    parties.length > 0 &&
    parties.every((r) => ownKind(r) !== undefined) &&
    owns.every((r) => {
      const id = first(r, 'recordId') ?? '';
      return /^rel:[a-z0-9][a-z0-9:-]*$/.test(id) && ftmId(id) === r.id;
    })
  );
}

function identifiersOf(r: FtmRecord, trusted: boolean): string[] {
  const keys = Object.entries(FTM_IDENTIFIER_SCHEMES).flatMap(([p, scheme]) => all(r, p).map((v) => `${scheme}:${v.trim()}`));
  const places = all(r, 'jurisdiction').length ? all(r, 'jurisdiction') : all(r, 'country');
  if (places.length === 1) for (const p of FTM_REGISTER_NUMBERS) keys.push(...all(r, p).map((v) => `ftm-${p}-${places[0]?.toLowerCase()}:${v.trim()}`));
  // The graph's own export gives an identifier FtM has no property for as a line of `notes`.
  if (trusted)
    for (const n of all(r, 'notes')) if (n.startsWith(IDENTIFIER_NOTE) && n.includes(':', IDENTIFIER_NOTE.length)) keys.push(n.slice(IDENTIFIER_NOTE.length));
  return [...new Set(keys)].sort();
}

function partyOf(r: FtmRecord, trusted: boolean): Party | undefined {
  const kind = (trusted && ownKind(r)) || KIND_OF_SCHEMA[r.schema];
  if (!kind) return undefined;
  const personal = [all(r, 'firstName')[0], all(r, 'middleName')[0], all(r, 'lastName')[0]].filter(Boolean).join(' ');
  const names = [...all(r, 'name'), ...(r.schema === 'Person' && personal ? [personal] : [])];
  const name = names[0];
  return {
    index: r.index,
    recordId: r.id,
    kind,
    name: name ?? `Unnamed ${r.schema} (${r.id})`,
    aliases: [...new Set([...names.slice(1), ...all(r, 'alias'), ...all(r, 'previousName'), ...all(r, 'weakAlias')])].filter((a) => a !== name),
    identifiers: identifiersOf(r, trusted),
    named: name !== undefined,
    ownId: trusted && ownKind(r) ? graphIdOf(r.id) : `${KINDS[kind].prefix}:ftm-${sha(r.id).slice(0, 16)}`,
  };
}

function recordOf(r: FtmRecord, dataset: DatasetInput, notes: string[] = []): DatasetRecordInput {
  const values = Object.fromEntries(Object.entries(r.properties).sort(([a], [b]) => a.localeCompare(b)));
  const changed = [r.meta.last_change, r.meta.first_seen].find((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v));
  return {
    dataset,
    recordId: r.id,
    statementId: `${r.id}#${sha(JSON.stringify([r.schema, values])).slice(0, 16)}`,
    statementDate: changed?.slice(0, 10),
    url: first(r, 'sourceUrl'),
    support: 'STATED',
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

function relationId(r: FtmRecord, trusted: boolean): string {
  const own = first(r, 'recordId') ?? '';
  return trusted && /^rel:[a-z0-9][a-z0-9:-]*$/.test(own) ? own : `rel:ftm-${sha(r.id).slice(0, 16)}`;
}

/** The ids of the parties a relation record names. */
function relationEnds(r: FtmRecord): string[] {
  const rel = RELATION_SCHEMATA[r.schema];
  return rel ? [...all(r, rel.from), ...all(r, rel.to)] : [];
}

const isInterestCode = (v: string): v is keyof typeof INTEREST_RELATIONS => Object.hasOwn(INTEREST_RELATIONS, v);

/**
 * The relations a relation record gives, each with the BODS interest types it names: an `ownershipType` or
 * `controlType` that holds BODS interest codes is grouped by the relation of each code (as a BODS statement's
 * interests are); else FtM's own control words decide (`voting` → HAS_VOTING_RIGHTS_IN …); else the schema's
 * relation (Ownership → OWNS, Control → CONTROLS, Directorship → HOLDS_ROLE).
 */
function relationTypesOf(r: FtmRecord): Map<RelationType, string[]> {
  const rel = RELATION_SCHEMATA[r.schema];
  const out = new Map<RelationType, string[]>();
  if (!rel) return out;
  const kinds = rel.kindOf ? all(r, rel.kindOf).map((v) => v.trim()) : [];
  for (const code of kinds.filter(isInterestCode)) out.set(INTEREST_RELATIONS[code], [...(out.get(INTEREST_RELATIONS[code]) ?? []), code]);
  if (out.size) return out;
  for (const word of kinds) {
    const type = CONTROL_WORDS[word.toLowerCase()];
    if (type && !out.has(type)) out.set(type, []);
  }
  if (!out.size) out.set(rel.type, []);
  return out;
}

/** The relation's properties, and what the record says that they do not hold (its note). */
function relationProps(r: FtmRecord, type: RelationType, codes: string[]): { props: Partial<RelationInput>; notes: string[] } {
  const notes: string[] = [];
  const keep = (p: string) => all(r, p).length && notes.push(`${p}: ${all(r, p).join(', ')}`);
  const description = first(r, 'description');
  if (type === 'HOLDS_ROLE') {
    for (const p of ['startDate', 'endDate', 'status']) keep(p);
    return { props: { title: first(r, 'role'), description }, notes };
  }
  for (const p of ['role', 'sharesCount', 'sharesType', 'sharesValue', 'sharesCurrency', 'legalBasis']) keep(p);
  const kindOf = RELATION_SCHEMATA[r.schema]?.kindOf;
  if (kindOf && all(r, kindOf).some((v) => !isInterestCode(v.trim()) && !CONTROL_WORDS[v.trim().toLowerCase()])) keep(kindOf);
  const shares = all(r, 'percentage')
    .map(percentageOf)
    .filter((n): n is number => typeof n === 'number');
  const starts = all(r, 'startDate');
  const ends = all(r, 'endDate');
  const startDays = starts.map(fullDay).filter((d): d is string => Boolean(d));
  const endDays = ends.map(fullDay).filter((d): d is string => Boolean(d));
  if (startDays.length < starts.length) keep('startDate');
  if (endDays.length < ends.length) keep('endDate');
  const range = new Set(shares).size > 1;
  return {
    props: {
      description,
      status: first(r, 'status'),
      shareExact: range ? undefined : shares[0],
      shareMinimum: range ? Math.min(...shares) : undefined,
      shareMaximum: range ? Math.max(...shares) : undefined,
      ...(codes.length ? { interestTypes: [...new Set(codes)].join(', ') } : {}),
      startDate: startDays.sort()[0],
      endDate: endDays.sort().at(-1),
    },
    notes,
  };
}

/** The identifier keys, name keys and ids a plan needs looked up. */
export function ftmLookupKeys(records: FtmRecord[]): LookupKeys {
  const trusted = isOwnExport(records);
  const identifiers = new Set<string>();
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const r of records) {
    if (RELATION_SCHEMATA[r.schema]) {
      const base = relationId(r, trusted);
      ids.add(base);
      const groups = relationTypesOf(r);
      for (const type of groups.keys()) ids.add(idOf(base, type, trusted, groups.size));
      for (const v of relationEnds(r)) ids.add(v).add(graphIdOf(v));
      continue;
    }
    const p = PARTY_SCHEMATA.has(r.schema) ? partyOf(r, trusted) : undefined;
    if (!p) continue;
    for (const i of p.identifiers) identifiers.add(i);
    if (p.named) names.add(nameKey(p.name));
    for (const a of p.aliases) names.add(nameKey(a));
    ids.add(p.ownId);
  }
  // Every record the file names, to find what earlier records of it (in this dataset) wrote.
  const recordIds = new Set(records.flatMap((r) => [r.id, ...relationEnds(r)]));
  return { identifiers: [...identifiers], names: [...names].filter(Boolean), ids: [...ids], recordIds: [...recordIds] };
}

const isInterestRelation = (type: RelationType): type is InterestRelationType => Object.hasOwn(INTEREST_RELATION_TYPES, type);
/** The suffix of a relation's id (`rel:ftm-…:voting`), as the BODS import gives it: none for OWNS and HOLDS_ROLE. */
const suffixOf = (type: RelationType) => (isInterestRelation(type) ? INTEREST_RELATION_TYPES[type].suffix : '');
/** A relation's id: the record's own (its `recordId` in the graph's own export, where it gives one relation), else with its type's suffix. */
const idOf = (base: string, type: RelationType, trusted: boolean, groups: number) =>
  (trusted && groups === 1) || !suffixOf(type) ? base : `${base}:${suffixOf(type)}`;

/** The day a record speaks for (its last change), else today: the day an update it makes ends what it drops. */
const dayOf = (record: DatasetRecordInput) => record.statementDate ?? new Date().toISOString().slice(0, 10);

export function ftmPlan(records: FtmRecord[], dataset: DatasetInput, lookups: Lookups): Plan {
  const trusted = isOwnExport(records);
  const described: Described = lookups.described ?? new Map();
  const out: Plan & Required<Pick<Plan, 'attachments' | 'endings' | 'statementOf'>> = {
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
  const attach = attacher(out.attachments);
  const describedEntity = (recordId: string) => describedEntityOf(described, recordId);
  const inFile = new Map(records.map((r) => [r.id, r]));
  const resolved = new Map<string, { id: string; kind: string }>();
  for (const r of records) {
    if (RELATION_SCHEMATA[r.schema]) continue;
    const p = PARTY_SCHEMATA.has(r.schema) ? partyOf(r, trusted) : undefined;
    if (!p) {
      const why =
        WHY_NOT[r.schema] ?? `the FtM schema ${r.schema} has no kind in the graph${r.schema === 'Asset' ? ' (only the export’s own services do)' : ''}`;
      out.skipped.push({ index: r.index, recordId: r.id, why });
      continue;
    }
    const earlier = describedEntity(r.id);
    const to =
      earlier && earlier.id !== p.ownId && !p.identifiers.some((i) => lookups.byIdentifier.has(i))
        ? { ...earlier, why: 'an earlier record of the same entity', keep: false }
        : resolve(p, lookups, out.candidates);
    resolved.set(r.id, { id: to.id, kind: to.kind });
    if (to.id !== p.ownId || to.keep) {
      out.linked.push({ index: r.index, recordId: r.id, id: to.id, why: to.why });
      // An entity of the graph this record resolved to keeps what it is and gains the record and identifiers.
      if (to.id !== p.ownId) attach(to.id, recordOf(r, dataset), p.identifiers);
      continue;
    }
    out.entities.push({
      id: p.ownId,
      kind: p.kind,
      name: p.name,
      aliases: p.aliases,
      description: first(r, 'description') ?? `${p.name}: an FtM ${r.schema} in ${dataset.name} (entity ${r.id}).`,
      ...(dissolvedOn(r) && allowedFields({ kind: p.kind }).properties.some((k) => k === 'dissolutionDate') ? { dissolutionDate: dissolvedOn(r) } : {}),
      identifiers: p.identifiers,
      sources: [],
      records: [recordOf(r, dataset)],
    } satisfies EntityInput);
    out.statementOf.set(p.ownId, r.index);
  }

  for (const r of records) {
    const rel = RELATION_SCHEMATA[r.schema];
    if (!rel) continue;
    const earlier = (described.get(r.id) ?? []).filter((f) => f.from !== null);
    const planned = new Set<string>();
    // What earlier records of this id wrote that this one no longer gives ends on its day.
    const endRest = () => {
      const record = recordOf(r, dataset);
      for (const f of earlier) if (!planned.has(f.fact)) out.endings.push({ id: f.fact, index: r.index, recordId: r.id, date: dayOf(record), record });
    };
    const ends = [rel.from, rel.to].map((field) => {
      const values = all(r, field);
      const field_ = `properties.${field}`;
      if (values.length !== 1) {
        out.problems.push({ index: r.index, field: field_, message: `an ${r.schema} needs exactly one ${field} (it has ${values.length})` });
        return undefined;
      }
      const v = values[0] ?? '';
      const found = resolved.get(v) ?? describedEntity(v) ?? existingEntity(v, lookups) ?? existingEntity(graphIdOf(v), lookups);
      if (found) return found;
      const other = inFile.get(v);
      if (other) return { skip: `its ${field} ${v} is a ${other.schema} that is not imported` };
      out.problems.push({ index: r.index, field: field_, message: `"${v}" is no entity of this file nor of the graph` });
      return undefined;
    });
    const [from, to] = ends;
    if (!from || !to) continue;
    if ('skip' in from || 'skip' in to) {
      const why = 'skip' in from ? from.skip : 'skip' in to ? to.skip : '';
      out.skipped.push({ index: r.index, recordId: r.id, why });
      endRest();
      continue;
    }
    const groups = relationTypesOf(r);
    const base = relationId(r, trusted);
    for (const [type, codes] of groups) {
      const spec = RELATION_TYPES[type];
      const fits = (kinds: readonly string[], kind: string) => kinds.length === 0 || kinds.includes(kind);
      if (!fits(spec.from, from.kind) || !fits(spec.to, to.kind)) {
        out.skipped.push({
          index: r.index,
          recordId: r.id,
          why: `a ${from.kind} → ${to.kind} ${r.schema} has no relation in the graph (${type}: ${spec.from.join('/')} → ${spec.to.join('/')})`,
        });
        continue;
      }
      const id = idOf(base, type, trusted, groups.size);
      planned.add(id);
      if (lookups.existing.get(id)?.sourced) {
        out.linked.push({ index: r.index, recordId: r.id, id, why: 'the relation has article evidence' });
        continue;
      }
      const { props, notes } = relationProps(r, type, codes);
      out.relations.push({ id, type, from: from.id, to: to.id, sources: [], records: [recordOf(r, dataset, notes)], ...props });
      out.statementOf.set(id, r.index);
    }
    endRest();
  }
  return out;
}
