/**
 * The Beneficial Ownership Data Standard 0.4 (Open Ownership): one statement per record, as a JSON array
 * (or JSON Lines with `--jsonl`), entity and person statements before the relationship statements that
 * name them.
 * - Entity statements (`recordType: entity`): companies (`registeredEntity`), organisations and outlets
 *   (`legalEntity`), apps and services (`legalEntity`, subtype `other`, as the subject of what owns them),
 *   authorities (`stateBody`, as owner too: a state shareholding); person statements (`recordType: person`, `knownPerson`) for people. Names and
 *   aliases (`alternateNames`, or `names` of type `alternative`); an entity's graph id is also an identifier
 *   (`schemeName` "kg-graphql entity id"), then its (:Identifier)s (`scheme` for an org-id.guide code such as
 *   `XI-LEI`, else `schemeName`); a person only official ones (`{JURISDICTION}-{PASSPORT|TAXID|IDCARD}`, the
 *   only schemes BODS allows a person). A dissolved entity's `dissolutionDate`.
 * - Relationship statements for OWNS and the control relations: the owned or controlled entity is the
 *   `subject`, the owner the `interestedParty`, one interest per BODS interest type of the relation
 *   (`interestTypes`, else the type's own: `shareholding` for OWNS, `votingRights` for HAS_VOTING_RIGHTS_IN …,
 *   src/export/bods-interests.ts), each `directOrIndirect: unknown`, with the relation's
 *   `beneficialOwnershipOrControl` (left out where no dataset gave it: the articles say who owns what, not
 *   whether it is beneficial ownership) and its `startDate`/`endDate`; the relation's own interest (else its
 *   first) carries the share (`exact`, or `minimum`/`maximum`), so an import of the file gives the relation
 *   back as it was.
 * - `recordId` is the graph's id of the entity or relation; `statementId` a SHA-256 of the statement's
 *   content (publication details aside), so it changes when the record does; `statementDate` the first day
 *   a source reported the fact; `recordStatus: new`; `publicationDetails` name this API as publisher, today
 *   as the publication date and `bodsVersion: "0.4"`.
 * - `source`: `thirdParty` (news articles), its `description` the fact's description and each excerpt with
 *   its article, `url` the first of its articles' addresses; each excerpt is also an `annotations` entry
 *   (`commenting`, with the article's address and the day it was reported).
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { INTEREST_RELATION_TYPES, type InterestRelationType, interestTypesOf, isInterestRelationType } from './bods-interests.js';
import { type Collected, type CollectedEntity, type CollectedSource, collect } from './collect.js';
import type { ExportFormat, ReadInto, Written, WriteOptions } from './format.js';
import { type EntityExtras, readingExtras, splitIdentifier } from './identifiers.js';

export const BODS_VERSION = '0.4';
export const PUBLISHER = { name: 'kg-graphql knowledge-graph API' } as const;
/** The identifier scheme of the graph's own ids. */
export const ID_SCHEME_NAME = 'kg-graphql entity id';

/** BODS entity types of the kinds exported as entities. */
const ENTITY_TYPES: Record<string, { type: string; subtype?: string; details: string }> = {
  Company: { type: 'registeredEntity', details: 'Company: a business organisation' },
  Organization: { type: 'legalEntity', details: 'Organization: a non-commercial, non-governmental organisation or group' },
  Outlet: { type: 'legalEntity', details: 'Outlet: a news outlet or publication' },
  Service: { type: 'legalEntity', subtype: 'other', details: 'Service: an app, product or online service run by a company' },
  Authority: { type: 'stateBody', details: 'Authority: a government body, police force, agency or state' },
};
const PERSON_KIND = 'Person';
/** An org-id.guide code (`XI-LEI`, `GB-COH`): what BODS wants as an entity identifier's `scheme`. */
const ORG_ID_SCHEME = /^[A-Z]{2}-[A-Z0-9]+$/;
/** The schemes BODS allows for a person's identifier. */
const PERSON_SCHEME = /^[A-Z]{3}-(PASSPORT|TAXID|IDCARD)$/;

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Statement = { [k: string]: Json };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function sourceOf(description: string | undefined, sources: CollectedSource[]): Statement {
  const lines = sources.map(
    (s) => `“${s.excerpt}” (${s.support}) — ${s.article ? `${s.article.title}${s.article.date ? `, ${s.article.date}` : ''}` : 'an article'}`,
  );
  const url = sources.find((s) => s.article?.url)?.article?.url;
  return {
    type: ['thirdParty'],
    description: [description, ...lines].filter(Boolean).join('\n'),
    ...(url ? { url } : {}),
  };
}

function annotationsOf(sources: CollectedSource[]): Json[] {
  return sources.map((s) => ({
    statementPointerTarget: '',
    motivation: 'commenting',
    description: `“${s.excerpt}” (${s.support}) — ${s.article?.title ?? 'an article'}`,
    ...(s.reportedOn ? { creationDate: s.reportedOn } : {}),
    ...(s.article?.url ? { url: s.article.url } : {}),
  }));
}

/** A number property as exported text gives it, or undefined. */
const numberOf = (v: string | undefined): number | undefined => (v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

/**
 * The interests of an OWNS relation (its properties as text): one per interest type (shareholding when it
 * names none), each with the relation's flag and dates, the share range on the shareholding interest.
 */
function interestsOf(type: InterestRelationType, props: Record<string, string>, details: string): Json[] {
  const types = interestTypesOf(type, props.interestTypes);
  const own = INTEREST_RELATION_TYPES[type].interest;
  const sharedBy = types.includes(own) ? own : types[0];
  const [exact, minimum, maximum] = [numberOf(props.shareExact), numberOf(props.shareMinimum), numberOf(props.shareMaximum)];
  const share: Statement = exact !== undefined ? { exact } : { ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) };
  return types.map((interest) => ({
    type: interest,
    directOrIndirect: 'unknown',
    ...(props.beneficialOwnershipOrControl ? { beneficialOwnershipOrControl: props.beneficialOwnershipOrControl === 'true' } : {}),
    ...(interest === sharedBy && Object.keys(share).length ? { share } : {}),
    ...(props.startDate ? { startDate: props.startDate } : {}),
    ...(props.endDate ? { endDate: props.endDate } : {}),
    ...(details ? { details } : {}),
  }));
}

/** The statements of a collected selection, entities and people first. */
export function bodsStatements(c: Collected, publicationDate: string, extras?: EntityExtras): Statement[] {
  const exported = new Set<string>();
  const statements: Statement[] = [];
  const finish = (
    recordId: string,
    recordType: string,
    declarationSubject: string,
    recordDetails: Statement,
    description: string | undefined,
    fallbackDate?: string,
  ) => {
    const sources = c.sources.get(recordId) ?? [];
    const days = sources.map((s) => s.reportedOn).filter((d): d is string => Boolean(d));
    const statementDate = days.sort()[0] ?? fallbackDate ?? publicationDate;
    const body: Statement = {
      declarationSubject,
      statementDate,
      recordId,
      recordType,
      recordStatus: 'new',
      recordDetails,
      ...(sources.length || description ? { source: sourceOf(description, sources) } : {}),
      ...(sources.length ? { annotations: annotationsOf(sources) } : {}),
    };
    statements.push({
      statementId: sha256(JSON.stringify(body)),
      ...body,
      publicationDetails: { publicationDate, bodsVersion: BODS_VERSION, publisher: { ...PUBLISHER } },
    });
  };
  // An entity's graph id, then its identifiers: under `scheme` where the scheme is an org-id.guide code
  // (`XI-LEI`, `GB-COH`), else under `schemeName` (`wikidata`, `ftm-innCode`). A person's only where the scheme
  // is an official one (`{JURISDICTION}-{PASSPORT|TAXID|IDCARD}`): their graph id is their `recordId`.
  const keysOf = (e: CollectedEntity) => (extras?.identifiers.get(e.id) ?? []).map(splitIdentifier);
  const identifiers = (e: CollectedEntity): Json[] => [
    { id: e.id, schemeName: ID_SCHEME_NAME },
    ...keysOf(e).map(({ scheme, id }): Json => (ORG_ID_SCHEME.test(scheme) ? { id, scheme } : { id, schemeName: scheme })),
  ];
  const personIdentifiers = (e: CollectedEntity): Json[] => keysOf(e).flatMap(({ scheme, id }) => (PERSON_SCHEME.test(scheme) ? [{ id, scheme }] : []));

  for (const e of c.entities) {
    const entityType = ENTITY_TYPES[e.kind];
    if (entityType) {
      exported.add(e.id);
      finish(
        e.id,
        'entity',
        e.id,
        {
          isComponent: false,
          entityType: { ...entityType },
          name: e.name,
          ...(e.aliases.length ? { alternateNames: e.aliases } : {}),
          identifiers: identifiers(e),
          ...(extras?.dissolved.has(e.id) ? { dissolutionDate: extras.dissolved.get(e.id) ?? '' } : {}),
        },
        e.description,
      );
    } else if (e.kind === PERSON_KIND) {
      exported.add(e.id);
      finish(
        e.id,
        'person',
        e.id,
        {
          isComponent: false,
          personType: 'knownPerson',
          names: [{ fullName: e.name }, ...e.aliases.map((a) => ({ fullName: a, type: 'alternative' }))],
          ...(personIdentifiers(e).length ? { identifiers: personIdentifiers(e) } : {}),
        },
        e.description,
      );
    }
  }
  for (const r of c.relations) {
    if (!isInterestRelationType(r.type) || !exported.has(r.from.id) || !ENTITY_TYPES[r.to.kind]) continue;
    const details = [r.description, r.status && `status: ${r.status}`, r.support && `support: ${r.support}`].filter(Boolean).join('; ');
    finish(
      r.id,
      'relationship',
      r.to.id,
      {
        isComponent: false,
        subject: r.to.id,
        interestedParty: r.from.id,
        interests: interestsOf(r.type, r.props, details),
      },
      r.description,
      r.reportedOn,
    );
  }
  return statements;
}

export const bods: ExportFormat = {
  description: 'BODS 0.4 statements (entities, people, OWNS and control relations as relationships) with their sources, a JSON array (--jsonl: JSON Lines)',
  defaultOut: 'export/bods.json',
  options: ['jsonl'],
  async write(read: ReadInto, out: string, options: WriteOptions = {}): Promise<Written> {
    const reading = readingExtras(read);
    const collected = await collect(reading.read, new Set(Object.keys(INTEREST_RELATION_TYPES)));
    const statements = bodsStatements(collected, new Date().toISOString().slice(0, 10), reading.extras);
    mkdirSync(dirname(out), { recursive: true });
    const file = createWriteStream(out);
    const put = async (s: string) => {
      if (!file.write(s)) await once(file, 'drain');
    };
    if (options.jsonl) for (const s of statements) await put(`${JSON.stringify(s)}\n`);
    else {
      await put('[\n');
      for (const [i, s] of statements.entries()) await put(`${JSON.stringify(s)}${i < statements.length - 1 ? ',' : ''}\n`);
      await put(']\n');
    }
    await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
    return { counts: collected.counts, records: statements.length, files: [{ path: out, bytes: statSync(out).size }] };
  },
};
