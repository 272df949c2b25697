/**
 * FollowTheMoney (the entity model of Aleph and OpenSanctions) as entity JSON Lines: one
 * `{"id", "schema", "properties": {name: [values]}}` a line. Ids are the graph's with `.` for `:` (FtM ids
 * allow letters, digits, `.` and `-`): `company:facebook` is `company.facebook`.
 * - Companies → `Company`, people → `Person`, organisations and outlets → `Organization`, authorities →
 *   `PublicBody`, apps and services → `Asset` (what a company owns that is not a company); each with `name`,
 *   `alias`, `description`, `dissolutionDate`, its identifiers as the FtM properties the FtM import reads them
 *   from (`leiCode` for XI-LEI, `wikidataId`, `registrationNumber` … with its `jurisdiction`; one FtM has no
 *   property for as a `notes` line "identifier: scheme:id"), and its sources: `notes` (each excerpt with its
 *   article and support) and `sourceUrl` (its articles' addresses).
 * - OWNS → `Ownership` (`owner`, `asset`, `percentage`: the exact share or the range's two ends,
 *   `ownershipType`: the BODS interest types a dataset gave, `startDate`, `endDate`, `description`; its sources
 *   as `summary` lines and `sourceUrl`; `date` the first day a source reported it; `recordId` the relation's
 *   id); HAS_VOTING_RIGHTS_IN → `Ownership` of votes (`ownershipType` "voting" and its interest types) where
 *   the target is an FtM Asset; the other control relations → `Control` (`controller`, `controlled`,
 *   `controlType`: FtM's word, `appointment`, `contractual`, `management`, `trust`, `nominee`, then the BODS
 *   interest types), so the FtM import reads each back as the relation it was.
 * - Articles → `Document` (`title`, `fileName`, `publishedAt`, `date`, `author`, `publisher`, `sourceUrl`,
 *   `bodyText`: the text the excerpts are checked against); each MENTIONS of an exported entity → `Mention`
 *   (`document`, `resolved`, `detectedSchema`, `name`: the entity's name or alias the article's text holds).
 * Values are given as FtM's own cleaning leaves them (days, date-times with an offset in UTC, no duplicates), so
 * `ftm validate` keeps every one (test/interop.test.ts compares them in and out).
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Collected, type CollectedArticle, type CollectedEntity, type CollectedRelation, type CollectedSource, collect } from './collect.js';
import { INTEREST_RELATION_TYPES, type InterestRelationType, interestTypesOf, isInterestRelationType } from './bods-interests.js';
import type { ExportFormat, ReadInto, Written } from './format.js';
import { type EntityExtras, readingExtras, splitIdentifier } from './identifiers.js';

/** FtM schemata of the kinds exported as entities. */
const SCHEMATA: Record<string, string> = {
  Company: 'Company',
  Person: 'Person',
  Organization: 'Organization',
  Outlet: 'Organization',
  Authority: 'PublicBody',
  Service: 'Asset',
};

/** FtM identifier properties and the graph's identifier scheme of each (the FtM import reads them back so). */
export const FTM_IDENTIFIER_SCHEMES: Record<string, string> = {
  leiCode: 'XI-LEI',
  wikidataId: 'wikidata',
  innCode: 'ftm-innCode',
  ogrnCode: 'ftm-ogrnCode',
  dunsCode: 'ftm-dunsCode',
  swiftBic: 'ftm-swiftBic',
  opencorporatesUrl: 'ftm-opencorporatesUrl',
  bvdId: 'ftm-bvdId',
  permId: 'ftm-permId',
  icijId: 'ftm-icijId',
};
/** Numbers that name a register only with its place: `ftm-<property>-<jurisdiction>` (`ftm-registrationNumber-gb`). */
export const FTM_REGISTER_NUMBERS = ['registrationNumber', 'idNumber', 'taxNumber', 'vatCode'];
/** The line of `notes` that carries an identifier FtM has no property for (the import reads it back from the graph's own export). */
export const IDENTIFIER_NOTE = 'identifier: ';

/** The FtM word for each control relation (the examples of `Control.controlType`). */
const CONTROL_WORD: Record<Exclude<InterestRelationType, 'OWNS'>, string> = {
  HAS_VOTING_RIGHTS_IN: 'voting',
  APPOINTS_BOARD_OF: 'appointment',
  CONTROLS: 'contractual',
  MANAGES: 'management',
  HAS_TRUST_INTEREST_IN: 'trust',
  HAS_INTEREST_IN: 'nominee',
};
/** Schemata that are FtM LegalEntities (what Control's ends and the identifier properties need). */
const LEGAL_ENTITIES = new Set(['Company', 'Person', 'Organization', 'PublicBody']);

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** FtM's entity ids: letters, digits, `.` and `-`, at most 200 characters (followthemoney's EntityType). */
const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
const FTM_ID_LENGTH = 200;

/** The FtM id of a graph id: its `:`s as `.` (`company:facebook` → `company.facebook`); a digest where that does not fit. */
export function ftmId(id: string): string {
  const dotted = id.replaceAll(':', '.');
  return FTM_ID.test(dotted) && dotted.length <= FTM_ID_LENGTH ? dotted : `kg.${createHash('sha256').update(id).digest('hex')}`;
}

/**
 * A date or date-time as FtM keeps it: FtM dates carry no time zone, so one with an offset is given in UTC
 * (`2020-07-06T12:21-04:00` → `2020-07-06T16:21:00`); days and local date-times stay as they are.
 */
export function ftmDate(value: string | undefined): string | undefined {
  if (!value || !/T.*(Z|[+-]\d\d:?\d\d)$/.test(value)) return value;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? value : t.toISOString().slice(0, 19);
}

/** Builds an entity's properties: no empty values, none twice, no empty property. */
function entity(id: string, schema: string, props: Record<string, (string | undefined)[]>): FtmEntity {
  const properties: Record<string, string[]> = {};
  for (const [k, values] of Object.entries(props)) {
    const kept = [...new Set(values.map((v) => v?.trim()).filter((v): v is string => Boolean(v)))];
    if (kept.length) properties[k] = kept;
  }
  return { id: ftmId(id), schema, properties };
}

const evidenceLine = (s: CollectedSource) =>
  `“${s.excerpt}” (${s.support}) — ${s.article ? `${s.article.title}${s.article.date ? `, ${s.article.date}` : ''}` : 'an article'}`;
const urlsOf = (sources: CollectedSource[]) => sources.map((s) => s.article?.url);

/** The name or alias of `e` the article's text holds (the longest, as a reader would have matched it), else its name. */
function matchedName(e: CollectedEntity, article: CollectedArticle): string {
  const text = article.text ?? '';
  const found = [e.name, ...e.aliases].filter((n) => n && text.includes(n)).sort((a, b) => b.length - a.length);
  return found[0] ?? e.name;
}

/** The FtM entities of a collected selection: parties first, then documents, ownerships and mentions. */
export function ftmEntities(c: Collected, extras?: EntityExtras): FtmEntity[] {
  const out: FtmEntity[] = [];
  const exported = new Map<string, string>();
  const entitiesById = new Map(c.entities.map((e) => [e.id, e]));
  for (const e of c.entities) {
    const schema = SCHEMATA[e.kind];
    if (!schema) continue;
    exported.set(e.id, schema);
    const sources = c.sources.get(e.id) ?? [];
    const { properties, unmapped } = identifierProperties(schema, extras?.identifiers.get(e.id) ?? []);
    out.push(
      entity(e.id, schema, {
        name: [e.name],
        alias: e.aliases,
        description: [e.description],
        ...properties,
        ...(LEGAL_ENTITIES.has(schema) ? { dissolutionDate: [extras?.dissolved.get(e.id)] } : {}),
        notes: [...sources.map(evidenceLine), ...unmapped.map((key) => `${IDENTIFIER_NOTE}${key}`)],
        sourceUrl: urlsOf(sources),
      }),
    );
  }
  for (const a of c.articles) {
    out.push(
      entity(a.id, 'Document', {
        title: [a.title],
        fileName: [`${a.id.slice(a.id.indexOf(':') + 1)}.txt`],
        publishedAt: [ftmDate(a.publishedAt)],
        date: [a.date],
        author: [a.byline],
        publisher: [a.outletId ? entitiesById.get(a.outletId)?.name : undefined],
        sourceUrl: [a.url],
        bodyText: [a.text],
      }),
    );
  }
  const articles = new Map(c.articles.map((a) => [a.id, a]));
  for (const r of c.relations) {
    const interest = interestOf(r, exported);
    if (interest) {
      const sources = c.sources.get(r.id) ?? [];
      const days = sources.map((s) => s.reportedOn).filter((d): d is string => Boolean(d));
      out.push(
        entity(r.id, interest.schema, {
          ...interest.properties,
          description: [r.description],
          startDate: [r.props.startDate],
          endDate: [r.props.endDate],
          summary: sources.map(evidenceLine),
          sourceUrl: urlsOf(sources),
          date: [days.sort()[0] ?? r.reportedOn],
          recordId: [r.id],
        }),
      );
    } else if (r.type === 'MENTIONS' && exported.has(r.to.id)) {
      const article = articles.get(r.from.id);
      if (!article) continue;
      out.push(
        entity(r.id, 'Mention', {
          document: [ftmId(article.id)],
          resolved: [ftmId(r.to.id)],
          name: [matchedName(r.to, article)],
          detectedSchema: [exported.get(r.to.id)],
        }),
      );
    }
  }
  return out;
}

/**
 * An entity's identifiers as FtM properties: `leiCode`, `wikidataId`, … and a register number with its
 * `jurisdiction` (where its numbers name one place); those the schema has no property for are `unmapped`.
 */
function identifierProperties(schema: string, keys: string[]): { properties: Record<string, string[]>; unmapped: string[] } {
  const properties: Record<string, string[]> = {};
  const unmapped: string[] = [];
  const legal = LEGAL_ENTITIES.has(schema);
  const put = (p: string, v: string) => {
    properties[p] = [...(properties[p] ?? []), v];
  };
  const registers = keys.flatMap((key) => {
    const { scheme, id } = splitIdentifier(key);
    const m = /^ftm-([a-zA-Z]+)-([a-z]{2}[a-z0-9-]*)$/.exec(scheme);
    return m?.[1] && m[2] && FTM_REGISTER_NUMBERS.includes(m[1]) ? [{ key, property: m[1], place: m[2], id }] : [];
  });
  const places = new Set(registers.map((r) => r.place));
  for (const key of keys) {
    const { scheme, id } = splitIdentifier(key);
    const property = Object.keys(FTM_IDENTIFIER_SCHEMES).find((p) => FTM_IDENTIFIER_SCHEMES[p] === scheme);
    const register = registers.find((r) => r.key === key);
    if (property && (property === 'wikidataId' || (legal && !(property === 'permId' && schema === 'Person')))) put(property, id);
    else if (register && legal && places.size === 1) put(register.property, id);
    else unmapped.push(key);
  }
  if (legal && places.size === 1 && registers.length) properties.jurisdiction = [...places];
  return { properties, unmapped };
}

/**
 * How a relation is written: OWNS as `Ownership` (`percentage`: the exact share, or the range's two ends;
 * `ownershipType`: its BODS interest types where a dataset gave them); HAS_VOTING_RIGHTS_IN also as
 * `Ownership` (of votes: `ownershipType` "voting" and its interest types, with the share of votes) where the
 * target is an FtM Asset; the other control relations (and voting rights in a PublicBody) as `Control`
 * (`controller`, `controlled`, `controlType`: FtM's word for it, then its BODS interest types). A control
 * relation with a service (an FtM Asset, no LegalEntity) at either end is not written.
 */
function interestOf(r: CollectedRelation, exported: Map<string, string>): { schema: string; properties: Record<string, (string | undefined)[]> } | undefined {
  const [from, to] = [exported.get(r.from.id), exported.get(r.to.id)];
  if (!from || !to || !isInterestRelationType(r.type)) return undefined;
  const p = r.props;
  // A range open at one end has no FtM form (one `percentage` would read back as an exact share).
  const percentage =
    p.shareExact !== undefined ? [p.shareExact] : p.shareMinimum !== undefined && p.shareMaximum !== undefined ? [p.shareMinimum, p.shareMaximum] : [];
  const codes = p.interestTypes ? interestTypesOf(r.type, p.interestTypes) : [];
  if (r.type === 'OWNS') return { schema: 'Ownership', properties: { owner: [ftmId(r.from.id)], asset: [ftmId(r.to.id)], percentage, ownershipType: codes } };
  const kinds = [CONTROL_WORD[r.type], ...(codes.length ? codes : [INTEREST_RELATION_TYPES[r.type].interest])];
  if (r.type === 'HAS_VOTING_RIGHTS_IN' && (to === 'Company' || to === 'Asset'))
    return { schema: 'Ownership', properties: { owner: [ftmId(r.from.id)], asset: [ftmId(r.to.id)], percentage, ownershipType: kinds } };
  if (!LEGAL_ENTITIES.has(from) || !LEGAL_ENTITIES.has(to)) return undefined;
  return { schema: 'Control', properties: { controller: [ftmId(r.from.id)], controlled: [ftmId(r.to.id)], controlType: kinds } };
}

export const ftm: ExportFormat = {
  description: 'FollowTheMoney entity JSON Lines: Company, Person, Organization, PublicBody, Asset, Ownership, Document, Mention',
  defaultOut: 'export/ftm.jsonl',
  async write(read: ReadInto, out: string): Promise<Written> {
    const reading = readingExtras(read);
    const collected = await collect(reading.read, new Set(['MENTIONS', ...Object.keys(INTEREST_RELATION_TYPES)]));
    const entities = ftmEntities(collected, reading.extras);
    mkdirSync(dirname(out), { recursive: true });
    const file = createWriteStream(out);
    for (const e of entities) if (!file.write(`${JSON.stringify(e)}\n`)) await once(file, 'drain');
    await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
    return { counts: collected.counts, records: entities.length, files: [{ path: out, bytes: statSync(out).size }] };
  },
};
