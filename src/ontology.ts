/**
 * The ontology: the single source of truth for what the graph may hold.
 *
 * Kinds (Neo4j labels), relation types with their allowed ends, the typed properties each may carry,
 * the attributes a source may give (dates, figures), support levels, which types are provenance
 * edges, and the properties of articles and their update notes. Seed validation (src/store/schema.ts),
 * the loader, the migrations' per-kind checks and the GraphQL enums and fields are all derived from
 * these tables: adding a relation type or a property means adding it here and to the data, nothing
 * else. See schema/ONTOLOGY.md for the prose version.
 */

/** The keys of a table of this module, typed (Object.keys returns plain strings). */
export const keysOf = <T extends object>(table: T) => Object.keys(table) as (keyof T & string)[];

/** Value types of properties and attributes; the seed schema and the loader derive their checks from these. */
export type ValueType = 'string' | 'int' | 'float' | 'percent' | 'date' | 'currency' | 'support' | 'boolean';

/**
 * Properties of a fact itself (stored on the relation or entity node): what it is, not what a
 * particular source says about its date or figures.
 */
export const FACT_PROPERTIES = {
  status: { type: 'string', description: 'Status in the sources\' words ("paused", "refused", "exiting").' },
  reason: { type: 'string', description: 'Why, as the sources put it.' },
  condition: { type: 'string', description: 'Until when or on what condition ("until an international consensus is reached").' },
  title: { type: 'string', description: 'The title held ("CEO", "head of marketing").' },
  role: { type: 'string', description: 'How an entity takes part in an event.' },
  description: { type: 'string', description: 'A note on the fact (what a power or penalty is).' },
  topic: { type: 'string', description: 'The question this fact answers; facts sharing a topic are alternative claims.' },
  text: { type: 'string', description: 'Statements: the quoted words; absent for a paraphrase.' },
  medium: { type: 'string', description: 'Statements: how it was made (statement, tweet, email to press).' },
  speaker: { type: 'string', description: 'Statements: the speaker as the article names them ("a WhatsApp spokeswoman").' },
  shareExact: {
    type: 'percent',
    description: 'Ownership and control: the exact share held (of shares, votes, profits), in percent, where a dataset gives it.',
  },
  shareMinimum: { type: 'percent', description: 'Ownership and control: the least share held, in percent, where a dataset gives a range.' },
  shareMaximum: { type: 'percent', description: 'Ownership and control: the most share held, in percent, where a dataset gives a range.' },
  interestTypes: {
    type: 'string',
    description: 'Ownership and control: the kinds of interest held, in BODS terms, comma-separated ("shareholding, rightsToProfitOrIncome").',
  },
  beneficialOwnershipOrControl: {
    type: 'boolean',
    description: 'Ownership and control: whether the dataset declares the interest beneficial ownership or control.',
  },
  startDate: { type: 'date', description: 'Ownership and control: the day the interest began, where a dataset gives it.' },
  endDate: {
    type: 'date',
    description: 'Ownership and control: the day the interest ended, where a dataset gives it (or the date of the statement that closed its record).',
  },
  dissolutionDate: {
    type: 'date',
    description:
      'Entities from a dataset: the day the entity was dissolved or ceased (BODS `dissolutionDate`, or the date of the statement that closed its record).',
  },
  personType: {
    type: 'string',
    description: 'People from a dataset: `knownPerson`, or `anonymousPerson` / `unknownPerson` where the dataset withholds or does not know who it is (BODS).',
  },
} as const satisfies Record<string, { type: ValueType; description: string }>;
export type FactProperty = keyof typeof FACT_PROPERTIES;

/**
 * Attributes as one source gives them: two articles may date a fact differently, or only one may give
 * a figure, so these live on each source (evidence record), never merged into the fact.
 */
export const SOURCE_ATTRIBUTES = {
  date: { type: 'date', description: 'The day this source gives for the fact (ISO), resolved where it words it relatively.' },
  dateText: { type: 'string', description: 'The date as this source words it ("last Wednesday", "on the night of July 1, 2020").' },
  dateResolvedFrom: { type: 'string', description: 'The relative phrase `date` was resolved from ("last Wednesday").' },
  dateAnchor: { type: 'date', description: "The day the relative phrase was resolved against (the article's date, or a day it names)." },
  dateSupport: {
    type: 'support',
    description:
      'How this source supports its `date`, apart from the fact: STATED (also where absent) when the text gives the day, or a relative phrase resolved against a stated article date; INFERRED when the day was worked out (see `dateNote`). A fact the text states keeps `support: STATED` though its date is inferred.',
  },
  dateNote: { type: 'string', description: 'How an INFERRED `date` was worked out.' },
  periodStart: { type: 'date', description: 'Figures: first day of the period covered.' },
  periodEnd: { type: 'date', description: 'Figures: last day of the period covered.' },
  requestKind: { type: 'string', description: 'Figures: which requests are counted ("all", "preservation", "account information", "content removal").' },
  count: { type: 'int', description: 'Figures: number of requests (or other items) counted.' },
  accountCount: { type: 'int', description: 'Figures: number of accounts (users) the requests specified.' },
  itemCount: { type: 'int', description: 'Figures: number of items (pieces of content, accounts) requested.' },
  compliedCount: { type: 'int', description: 'Figures: number of requests or items complied with.' },
  percentProduced: { type: 'percent', description: 'Figures: share of requests for which data was produced, in percent.' },
  amount: { type: 'float', description: 'Penalties: an amount of money.' },
  currency: { type: 'currency', description: 'Penalties: ISO 4217 code of `amount`.' },
  prisonTerm: { type: 'string', description: 'Penalties: the prison term as the source words it ("six months", "life imprisonment").' },
  prisonMonths: { type: 'int', description: 'Penalties: the longest prison term in months, where the source gives a finite one.' },
} as const satisfies Record<string, { type: ValueType; description: string }>;
export type SourceAttribute = keyof typeof SOURCE_ATTRIBUTES;

const DATED = ['date', 'dateText', 'dateResolvedFrom', 'dateAnchor', 'dateSupport', 'dateNote'] as const satisfies readonly SourceAttribute[];
const FIGURES = [
  'periodStart',
  'periodEnd',
  'requestKind',
  'count',
  'accountCount',
  'itemCount',
  'compliedCount',
  'percentProduced',
] as const satisfies readonly SourceAttribute[];
const PENALTY = ['amount', 'currency', 'prisonTerm', 'prisonMonths'] as const satisfies readonly SourceAttribute[];

/** How strongly a source backs a fact. The API's traversals use only STATED and INFERRED facts unless asked. */
export const SUPPORT_LEVELS = {
  STATED: 'The excerpt states the fact in so many words.',
  INFERRED: "The fact follows from the excerpt together with the article's context (e.g. a date bounded by events the article reports); `note` says how.",
  BACKGROUND: 'Outside knowledge the article does not state: the excerpt only shows where it is relevant. Never used by sourced-only traversals (the default).',
} as const;
export type Support = keyof typeof SUPPORT_LEVELS;
export const SUPPORT_NAMES = Object.keys(SUPPORT_LEVELS) as [Support, ...Support[]];
/** Sourced facts only: what traversals follow unless a request asks for background knowledge too. */
export const SOURCED: readonly Support[] = ['STATED', 'INFERRED'];

const SUPPORT_SET: ReadonlySet<unknown> = new Set(Object.keys(SUPPORT_LEVELS));
export const isSupport = (v: unknown): v is Support => SUPPORT_SET.has(v);

/** The support levels a `support` argument allows: absent or empty, sourced facts only. */
export const supportsOf = (arg: unknown): Support[] => {
  const levels = Array.isArray(arg) ? arg.filter(isSupport) : [];
  return levels.length ? [...new Set(levels)] : [...SOURCED];
};

/** Strongest first: a fact's support is the strongest of its sources'. */
export const SUPPORT_ORDER: readonly Support[] = ['STATED', 'INFERRED', 'BACKGROUND'];

/**
 * Value types of an article's own properties and of its update notes': what the seed schema checks
 * (src/store/schema.ts) and, for the docs, what each holds. GraphQL shows a property as it is stored
 * where its type has a GraphQL scalar (src/graphql/types/ontology-fields.ts); the others (an outlet id,
 * a date-time that may be a day) are read by fields of their own.
 */
export const ARTICLE_VALUE_TYPES = {
  string: 'text',
  date: 'ISO date',
  url: 'URL',
  support: '`STATED` or `INFERRED`',
  'evidence-support': '`STATED`, `INFERRED` or `BACKGROUND`',
  'entity-id': 'entity id',
  file: '`.txt` file name',
  'datetime-or-date': 'ISO date-time with offset, or an ISO date',
  'datetime-or-local': 'ISO date-time, with an offset only where the text names the zone',
  excerpt: 'verbatim text (3–600 characters)',
  hash: 'SHA-256 (hex)',
  offset: 'UTF-16 offset',
  updates: 'list of update notes',
} as const;
export type ArticleValueType = keyof typeof ARTICLE_VALUE_TYPES;

/** One property of an article or of an update note. */
export interface ArticlePropertySpec {
  type: ArticleValueType;
  /** The GraphQL field's description where GraphQL shows the property as is, and the docs'. */
  description: string;
  /** Every record has it: seed files must give it (unless `loader`), GraphQL declares it non-null. */
  required?: true;
  /** What GraphQL shows where none is stored (the field is then non-null). */
  default?: Support;
  /** Written by the loader, never given in seed files. */
  loader?: true;
  /** Read by the loader, not stored on the node (the text file; the update notes, stored as nodes of their own). */
  stored?: false;
  /** The name it is stored under, where that is not its seed name. */
  storedAs?: string;
}

/**
 * An article's own properties (besides an entity's `id`, `description` and `aliases`), in seed order:
 * the seed schema's fields, the stored node's properties and GraphQL's plain article fields are derived
 * from this table.
 */
export const ARTICLE_PROPERTIES = {
  file: {
    type: 'file',
    required: true,
    stored: false,
    description: "The article's text file, relative to seeds/articles/; its text is stored apart (see `text`).",
  },
  title: { type: 'string', required: true, description: 'The headline as it stands in the text.' },
  outlet: {
    type: 'entity-id',
    storedAs: 'outletId',
    description: 'The outlet that published it; absent where the text does not identify it (never guessed). Needs `outletEvidence`.',
  },
  outletEvidence: { type: 'string', description: 'The exact words of the article that identify its outlet.' },
  outletSupport: {
    type: 'evidence-support',
    description:
      'How `outletEvidence` supports `outlet`: STATED where the text names the outlet, BACKGROUND where only outside knowledge ties the words to it (see `outletNote`); null where no outlet is set. The derived PUBLISHED_BY edge takes this support.',
  },
  outletNote: { type: 'string', description: 'How an INFERRED or BACKGROUND outlet was worked out from `outletEvidence`.' },
  publishedAt: {
    type: 'datetime-or-date',
    description: 'When it was published: a date-time with offset where the text gives a time and a time zone, else the day it gives.',
  },
  updatedAt: {
    type: 'datetime-or-date',
    description: 'When it was last updated: a date-time with offset where the text gives a time and a time zone, else the day it gives.',
  },
  date: { type: 'date', description: 'The article date: relative phrases in it ("on Monday") are resolved against it.' },
  dateSupport: {
    type: 'support',
    default: 'STATED',
    description: "STATED when the text gives the article's date; INFERRED when it was worked out (see `dateNote`).",
  },
  dateNote: { type: 'string', description: 'How an INFERRED article date was worked out.' },
  byline: { type: 'string', description: 'Author or submitter as printed, where given.' },
  url: { type: 'url', description: 'Web address, where known.' },
  textHash: {
    type: 'hash',
    required: true,
    loader: true,
    description: 'SHA-256 (hex) of `text`; every source quoting this article records the hash it was checked against.',
  },
  updates: { type: 'updates', stored: false, description: 'The update notes the text gives, in text order, each stored as an `ArticleUpdate` node.' },
} as const satisfies Record<string, ArticlePropertySpec>;
export type ArticleProperty = keyof typeof ARTICLE_PROPERTIES;

/** An update note of an article ("Update (July 8, 2020 11:01 am): ..."), in seed order: its seed schema, stored node and GraphQL fields derive from this table. */
export const ARTICLE_UPDATE_PROPERTIES = {
  at: {
    type: 'datetime-or-local',
    required: true,
    description:
      "When the update was made: with an offset only where the text names the time zone, else the date and time as printed, on the outlet's own clock.",
  },
  atText: { type: 'string', required: true, description: 'The words of the note that give its time, verbatim ("July 8, 2020 11:01 am", "1220ET").' },
  atNote: {
    type: 'string',
    description:
      'How the time was worked out where `atText` alone does not give it (the day taken from the byline, a zone from "ET", or why there is no offset).',
  },
  note: { type: 'string', required: true, description: 'What the update added, in a sentence.' },
  excerpt: { type: 'excerpt', required: true, description: 'The update note, verbatim from the article text.' },
  start: { type: 'offset', required: true, loader: true, description: 'Offset of `excerpt` in the article text (UTF-16 code units).' },
  end: { type: 'offset', required: true, loader: true, description: 'Offset just past `excerpt` in the article text (UTF-16 code units).' },
} as const satisfies Record<string, ArticlePropertySpec>;

/** The TypeScript type of each article value type, as seed files and the graph hold it. */
interface ArticleValues {
  string: string;
  date: string;
  url: string;
  support: Exclude<Support, 'BACKGROUND'>;
  'evidence-support': Support;
  'entity-id': string;
  file: string;
  'datetime-or-date': string;
  'datetime-or-local': string;
  excerpt: string;
  hash: string;
  offset: number;
  updates: never;
}

/** The name a property of a table is stored under; `never` for one not stored on the node. */
type StoredName<K, S> = S extends { stored: false } ? never : S extends { storedAs: infer N extends string } ? N : K;
type RequiredKeys<T> = { [K in keyof T]: T[K] extends { required: true } ? K : never }[keyof T];

/** The properties a table stores, by stored name, each optional: what a record read back may hold. */
export type StoredProperties<T extends Record<string, ArticlePropertySpec>> = {
  -readonly [K in keyof T as StoredName<K, T[K]>]?: ArticleValues[T[K]['type']];
};
/** The properties a table stores, by stored name, the required ones required. */
export type StoredRecord<T extends Record<string, ArticlePropertySpec>> = StoredProperties<T> & {
  -readonly [K in RequiredKeys<T> as StoredName<K, T[K]>]-?: ArticleValues[T[K]['type']];
};

/** The name a property is stored under, or undefined for one the node does not store. */
export const storedName = (key: string, spec: ArticlePropertySpec): string | undefined => (spec.stored === false ? undefined : (spec.storedAs ?? key));

interface KindSpec {
  description: string;
  /** Every id of this kind starts with `prefix:`, so an id alone tells its kind. */
  prefix: string;
  properties: readonly FactProperty[];
  /** Attributes its sources may give (an event's date, a report's period). */
  attributes: readonly SourceAttribute[];
}

/** Entity kinds. The key is the GraphQL enum value and the Neo4j label (every entity also has `:Entity`). */
export const KINDS = {
  Company: {
    prefix: 'company',
    properties: ['dissolutionDate'],
    attributes: [],
    description: 'A business organisation (Facebook, ByteDance, Telegram Group Inc., Google, Twitter, Apple).',
  },
  Service: {
    prefix: 'service',
    properties: [],
    attributes: [],
    description: 'An app, product or online service run by a company (WhatsApp, Instagram, TikTok, Douyin, Signal, ProtonMail).',
  },
  Organization: {
    prefix: 'org',
    properties: [],
    attributes: [],
    description: 'A non-commercial, non-governmental organisation or group (a political party, protest movement, civil society).',
  },
  Person: { prefix: 'person', properties: ['personType'], attributes: [], description: 'A named (or identifiable but unnamed) individual.' },
  Role: { prefix: 'role', properties: [], attributes: [], description: 'An office or role that a person holds (Chief Executive of Hong Kong, CEO of TikTok).' },
  Authority: {
    prefix: 'authority',
    properties: ['dissolutionDate'],
    attributes: [],
    description: 'A government body, police force, agency or state (Hong Kong police, the Hong Kong government, Beijing).',
  },
  Law: { prefix: 'law', properties: [], attributes: [], description: 'A law or regulation (the Hong Kong National Security Law).' },
  Provision: { prefix: 'provision', properties: [], attributes: [], description: 'A provision of a law (Article 43 of the National Security Law).' },
  Place: { prefix: 'place', properties: [], attributes: [], description: 'A country, territory, city or region (Hong Kong, mainland China, Switzerland).' },
  Article: {
    prefix: 'article',
    properties: [],
    attributes: [],
    description: 'A news article that is a source of the graph. Its text is stored apart (see `text`).',
  },
  Outlet: {
    prefix: 'outlet',
    properties: [],
    attributes: [],
    description: 'A news outlet or publication (MediaNama, The Wall Street Journal, Hong Kong Free Press).',
  },
  Event: {
    prefix: 'event',
    properties: ['topic'],
    attributes: DATED,
    description: 'Something that happened at a time (the first charge under the law, the US embargo).',
  },
  Statement: {
    prefix: 'statement',
    properties: ['text', 'medium', 'speaker', 'topic'],
    attributes: DATED,
    description: 'Something an entity said, with the quoted text, who said it, to whom and when.',
  },
  Report: {
    prefix: 'report',
    properties: [],
    attributes: ['periodStart', 'periodEnd'],
    description: 'A published report, such as a transparency report with request figures.',
  },
} as const satisfies Record<string, KindSpec>;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as [Kind, ...Kind[]];

export interface RelationSpec {
  description: string;
  /** Kinds allowed at each end; empty = any kind. The loader rejects others. */
  from: readonly Kind[];
  to: readonly Kind[];
  properties: readonly FactProperty[];
  attributes: readonly SourceAttribute[];
  /**
   * `derived`: written by the loader from other records, never declared in seed files.
   * `provenance`: says where facts come from rather than being a fact about the world; traversals
   * that answer questions about the world (paths, neighbourhoods, claims) leave them out by default.
   */
  derived?: true;
  provenance?: true;
}

const NOTE = ['description'] as const;
/** What an ownership or control interest from a dataset carries (OWNS and the control relations). */
const INTEREST = [
  'description',
  'status',
  'shareExact',
  'shareMinimum',
  'shareMaximum',
  'interestTypes',
  'beneficialOwnershipOrControl',
  'startDate',
  'endDate',
] as const satisfies readonly FactProperty[];
/** Who may hold a control interest (BODS interested parties), and in what (BODS subjects). */
const INTEREST_HOLDERS = ['Company', 'Person', 'Authority'] as const satisfies readonly Kind[];
const INTEREST_SUBJECTS = ['Company', 'Service', 'Authority'] as const satisfies readonly Kind[];

/** Relation types. Direction is always from → to. */
export const RELATION_TYPES = {
  OWNS: {
    from: ['Company', 'Person', 'Authority'],
    to: ['Company', 'Service'],
    properties: [
      'description',
      'status',
      'shareExact',
      'shareMinimum',
      'shareMaximum',
      'interestTypes',
      'beneficialOwnershipOrControl',
      'startDate',
      'endDate',
    ],
    attributes: [],
    description: 'The source owns the target (parent company → subsidiary or product; a state or state body → its shareholding).',
  },
  HAS_VOTING_RIGHTS_IN: {
    from: INTEREST_HOLDERS,
    to: INTEREST_SUBJECTS,
    properties: INTEREST,
    attributes: [],
    description: 'The source holds voting rights in the target (BODS `votingRights`), with the share of votes where a dataset gives it.',
  },
  APPOINTS_BOARD_OF: {
    from: INTEREST_HOLDERS,
    to: INTEREST_SUBJECTS,
    properties: INTEREST,
    attributes: [],
    description: 'The source has the right to appoint members of the board of the target (BODS `appointmentOfBoard`).',
  },
  CONTROLS: {
    from: INTEREST_HOLDERS,
    to: INTEREST_SUBJECTS,
    properties: INTEREST,
    attributes: [],
    description:
      'The source controls or influences the target otherwise than by shares, votes or board appointment: by its articles or rules, a legal framework, or rights granted by (conditional) contract (BODS `otherInfluenceOrControl`, `controlViaCompanyRulesOrArticles`, `controlByLegalFramework`, `rightsGrantedByContract`, `conditionalRightsGrantedByContract`).',
  },
  MANAGES: {
    from: INTEREST_HOLDERS,
    to: INTEREST_SUBJECTS,
    properties: INTEREST,
    attributes: [],
    description:
      'The source sits on or chairs the board of the target, or is its senior managing official (BODS `boardMember`, `boardChair`, `seniorManagingOfficial`).',
  },
  HAS_TRUST_INTEREST_IN: {
    from: INTEREST_HOLDERS,
    to: INTEREST_SUBJECTS,
    properties: INTEREST,
    attributes: [],
    description:
      "The source is settlor, trustee, protector or beneficiary of the target trust or similar legal arrangement, or has the use of or income from the target's assets (BODS `settlor`, `trustee`, `protector`, `beneficiaryOfLegalArrangement`, `enjoymentAndUseOfAssets`, `rightToProfitOrIncomeFromAssets`).",
  },
  HAS_INTEREST_IN: {
    from: INTEREST_HOLDERS,
    to: INTEREST_SUBJECTS,
    properties: INTEREST,
    attributes: [],
    description:
      'The source holds an interest in the target whose nature the dataset does not know or publish, or holds it as or through a nominee (BODS `unknownInterest`, `unpublishedInterest`, `nominee`, `nominator`).',
  },
  PAUSED_REQUESTS_FROM: {
    from: ['Company', 'Service'],
    to: ['Authority'],
    properties: ['description', 'status', 'reason', 'condition', 'topic'],
    attributes: DATED,
    description: 'The source paused processing user-data requests from the target authority.',
  },
  REFUSES_REQUESTS_FROM: {
    from: ['Company', 'Service'],
    to: ['Authority'],
    properties: ['description', 'status', 'topic'],
    attributes: DATED,
    description: 'The source refuses, or says it never served, data requests from the target authority.',
  },
  REFUSES_TO_COMPLY_WITH: {
    from: ['Company', 'Service'],
    to: ['Law', 'Provision'],
    properties: ['description', 'status', 'condition', 'topic'],
    attributes: DATED,
    description: 'The source says it will not comply with (demands made under) the target law or provision.',
  },
  EXITS_MARKET: {
    from: ['Company', 'Service'],
    to: ['Place'],
    properties: ['description', 'status', 'topic'],
    attributes: DATED,
    description: 'The source exits or ceases operations in the target place.',
  },
  BLOCKED_IN: {
    from: ['Company', 'Service', 'Outlet'],
    to: ['Place'],
    properties: ['description', 'status'],
    attributes: DATED,
    description: 'The source is blocked or unavailable in the target place.',
  },
  AVAILABLE_IN: {
    from: ['Company', 'Service'],
    to: ['Place'],
    properties: ['description', 'status'],
    attributes: [],
    description: 'The source is available or popular in the target place.',
  },
  STORES_DATA_IN: {
    from: ['Company', 'Service'],
    to: ['Place'],
    properties: ['description', 'topic'],
    attributes: [],
    description: 'The source stores user data or runs servers in the target place.',
  },
  VERSION_OF: {
    from: ['Service'],
    to: ['Service'],
    properties: NOTE,
    attributes: [],
    description: 'The source is a (national or international) version of the target app.',
  },
  HOLDS_ROLE: {
    from: ['Person'],
    to: ['Role', 'Company', 'Service', 'Authority', 'Organization', 'Outlet'],
    properties: ['description', 'title', 'topic'],
    attributes: [],
    description: 'The person holds a role (property `title`) at the target, or holds the target office.',
  },
  ROLE_OF: {
    from: ['Role'],
    to: ['Authority', 'Company', 'Service', 'Organization', 'Place'],
    properties: ['description', 'topic'],
    attributes: [],
    description: 'The office belongs to the target organisation or place.',
  },
  PART_OF: {
    from: ['Provision', 'Authority', 'Place', 'Organization', 'Service'],
    to: ['Law', 'Authority', 'Place', 'Organization', 'Company'],
    properties: NOTE,
    attributes: [],
    description: 'The source is a part of the target (a provision of a law, an agency of a government, a territory of a country).',
  },
  JURISDICTION_OVER: {
    from: ['Authority', 'Law'],
    to: ['Place'],
    properties: NOTE,
    attributes: [],
    description: 'The source authority governs, or the law applies to, the target place.',
  },
  SIGNED: { from: ['Person'], to: ['Law'], properties: ['description', 'topic'], attributes: DATED, description: 'The person signed the law.' },
  ENACTED: {
    from: ['Authority', 'Person'],
    to: ['Law'],
    properties: ['description', 'topic'],
    attributes: DATED,
    description: 'The source enacted or imposed the law.',
  },
  GRANTS_POWER_TO: {
    from: ['Law', 'Provision'],
    to: ['Authority', 'Person', 'Role'],
    properties: NOTE,
    attributes: [],
    description: 'The law or provision grants powers (property `description`) to the target.',
  },
  PENALISES: {
    from: ['Law', 'Provision'],
    to: ['Company', 'Person', 'Organization', 'Place', 'Authority', 'Service'],
    properties: NOTE,
    attributes: PENALTY,
    description: 'The law sets a penalty (`description`; per source `amount`, `currency`, `prisonTerm`) on the target.',
  },
  CHARGED_UNDER: {
    from: ['Person', 'Event'],
    to: ['Law', 'Provision'],
    properties: NOTE,
    attributes: DATED,
    description: 'The source was charged (or the charge event was brought) under the target law.',
  },
  MADE_STATEMENT: {
    from: ['Company', 'Service', 'Person', 'Authority', 'Organization'],
    to: ['Statement'],
    properties: NOTE,
    attributes: [],
    description: 'The source made the statement.',
  },
  SAID_TO: {
    from: ['Statement'],
    to: ['Outlet', 'Person', 'Organization', 'Company', 'Authority'],
    properties: NOTE,
    attributes: [],
    description: 'The statement was made to the target (an outlet, a journalist).',
  },
  ABOUT: {
    from: ['Statement', 'Event', 'Report'],
    to: [],
    properties: NOTE,
    attributes: [],
    description: 'The statement, event or report concerns the target entity (any kind).',
  },
  INVOLVES: { from: ['Event'], to: [], properties: ['role'], attributes: [], description: 'The event involves the target entity (property `role` says how).' },
  PRECEDES: {
    from: ['Event'],
    to: ['Event'],
    properties: NOTE,
    attributes: [],
    description: 'The source event happened before the target event, as a source places them ("less than a day" before).',
  },
  PUBLISHED_REPORT: {
    from: ['Company', 'Service', 'Authority', 'Organization'],
    to: ['Report'],
    properties: NOTE,
    attributes: [],
    description: 'The source published the report.',
  },
  RECEIVED_REQUESTS_FROM: {
    from: ['Company', 'Service', 'Report'],
    to: ['Authority'],
    properties: NOTE,
    attributes: FIGURES,
    description:
      'Transparency-report figures: requests received from the target authority (per source `count`, `requestKind`, `accountCount`, `percentProduced`, the period).',
  },
  CRITICISED: {
    from: ['Company', 'Service', 'Person', 'Organization', 'Authority', 'Outlet'],
    to: [],
    properties: ['description', 'topic'],
    attributes: [],
    description: 'The source criticised the target.',
  },
  CENSORED: {
    from: ['Company', 'Service', 'Authority'],
    to: [],
    properties: ['description', 'topic'],
    attributes: DATED,
    description: 'The source censored, removed or blocked the target (content, app, outlet).',
  },
  COOPERATES_WITH: {
    from: ['Company', 'Service', 'Authority'],
    to: ['Authority', 'Company'],
    properties: ['description', 'status', 'topic'],
    attributes: FIGURES,
    description: 'The source cooperates (voluntarily or not) with the target.',
  },
  LOCATED_IN: {
    from: ['Company', 'Service', 'Authority', 'Organization', 'Place', 'Outlet', 'Event'],
    to: ['Place'],
    properties: NOTE,
    attributes: [],
    description: 'The source is based, located or takes place in the target place.',
  },
  USES: {
    from: ['Person', 'Organization', 'Company', 'Authority'],
    to: ['Service'],
    properties: NOTE,
    attributes: [],
    description: 'The source uses the target app or service (`description` says how or for what), e.g. protesters organising on WhatsApp and Telegram.',
  },
  CITES: {
    from: ['Article', 'Statement'],
    to: ['Outlet', 'Article', 'Report'],
    properties: NOTE,
    attributes: [],
    provenance: true,
    description: 'The article or statement cites the target outlet, article or report as its source.',
  },
  PUBLISHED_BY: {
    from: ['Article'],
    to: ['Outlet'],
    properties: [],
    attributes: [],
    derived: true,
    provenance: true,
    description: "The article was published by the outlet (derived from the article's outlet evidence, with the article's `outletSupport`).",
  },
  MENTIONS: {
    from: ['Article'],
    to: [],
    properties: [],
    attributes: [],
    derived: true,
    provenance: true,
    description:
      'The article mentions the entity (derived: the article is a STATED or INFERRED source of a fact about it; a BACKGROUND source makes no mention). Its evidence is those sources.',
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

/** A relation type's entry, with its optional flags typed. */
export const relationSpec = (t: RelationType): RelationSpec => RELATION_TYPES[t];

/** Which way a relation is followed from an entity. */
export type RelationDirection = 'OUT' | 'IN' | 'BOTH';

/** A typed relation field of a kind: the relation types it lists and their direction from the entity. */
export interface RelationFieldSpec {
  types: readonly RelationType[];
  direction: RelationDirection;
  description: string;
}

/** Control interests other than shares (BODS interest types other than the ownership ones); see src/export/bods-interests.ts. */
export const CONTROL_RELATION_TYPES = [
  'HAS_VOTING_RIGHTS_IN',
  'APPOINTS_BOARD_OF',
  'CONTROLS',
  'MANAGES',
  'HAS_TRUST_INTEREST_IN',
  'HAS_INTEREST_IN',
] as const satisfies readonly RelationType[];

/** The relation fields companies and services share; `noun` names the kind in their descriptions. */
const organisationFields = (noun: string): Record<string, RelationFieldSpec> => ({
  owners: { types: ['OWNS'], direction: 'IN', description: `Who owns this ${noun} (OWNS, incoming)` },
  controllers: {
    types: CONTROL_RELATION_TYPES,
    direction: 'IN',
    description: `Who controls or holds another interest in this ${noun} than shares: votes, board appointment, other control, management, trust roles, unknown interests (incoming)`,
  },
  pausedRequestsFrom: {
    types: ['PAUSED_REQUESTS_FROM'],
    direction: 'OUT',
    description: 'Authorities whose user-data requests it paused, with dates and reasons',
  },
  refusals: {
    types: ['REFUSES_REQUESTS_FROM', 'REFUSES_TO_COMPLY_WITH'],
    direction: 'OUT',
    description: 'Authorities or laws it refuses to serve or comply with',
  },
  statements: { types: ['MADE_STATEMENT'], direction: 'OUT', description: 'Statements it made' },
  people: { types: ['HOLDS_ROLE'], direction: 'IN', description: 'People holding roles at it (with `title`)' },
  markets: {
    types: ['EXITS_MARKET', 'BLOCKED_IN', 'AVAILABLE_IN', 'STORES_DATA_IN', 'LOCATED_IN'],
    direction: 'OUT',
    description: 'Places it exits, is blocked or available in, stores data in or is based in',
  },
});

/** The typed relation fields of each kind (a company's `owners` ...): field name → which relations it lists. */
export const KIND_RELATION_FIELDS: Partial<Record<Kind, Record<string, RelationFieldSpec>>> = {
  Company: {
    ...organisationFields('company'),
    owns: { types: ['OWNS'], direction: 'OUT', description: 'What this company owns directly (OWNS, outgoing); the whole tree is Query.subsidiaries' },
    controls: {
      types: CONTROL_RELATION_TYPES,
      direction: 'OUT',
      description: 'What this company controls or holds another interest in than shares (the control relations, outgoing)',
    },
    transparencyFigures: {
      types: ['RECEIVED_REQUESTS_FROM', 'PUBLISHED_REPORT'],
      direction: 'OUT',
      description: 'Transparency reports it published and the request figures they give',
    },
  },
  Service: {
    ...organisationFields('service'),
    versions: { types: ['VERSION_OF'], direction: 'BOTH', description: 'Apps it is a version of, or that are versions of it' },
  },
  Person: {
    roles: { types: ['HOLDS_ROLE'], direction: 'OUT', description: 'Roles and offices the person holds (with `title`)' },
    interests: {
      types: ['OWNS', ...CONTROL_RELATION_TYPES],
      direction: 'OUT',
      description: 'What the person owns, controls or holds another interest in (OWNS and the control relations, outgoing)',
    },
    statements: { types: ['MADE_STATEMENT'], direction: 'OUT', description: 'Statements the person made' },
    actions: { types: ['SIGNED', 'ENACTED', 'CHARGED_UNDER', 'CRITICISED'], direction: 'OUT', description: 'Laws signed or enacted, charges, criticism' },
  },
  Role: { holders: { types: ['HOLDS_ROLE'], direction: 'IN', description: 'Who holds this office' } },
  Authority: {
    pausedBy: { types: ['PAUSED_REQUESTS_FROM'], direction: 'IN', description: 'Companies and services that paused its user-data requests' },
    refusedBy: { types: ['REFUSES_REQUESTS_FROM'], direction: 'IN', description: 'Companies and services that refuse its requests' },
    structure: { types: ['PART_OF'], direction: 'BOTH', description: 'Bodies it is part of, and bodies that are part of it' },
    powers: { types: ['GRANTS_POWER_TO'], direction: 'IN', description: 'Powers laws grant it' },
    statements: { types: ['MADE_STATEMENT'], direction: 'OUT', description: 'Statements it made' },
    interests: {
      types: ['OWNS', ...CONTROL_RELATION_TYPES],
      direction: 'OUT',
      description: 'What the state or state body owns (a state shareholding), controls or holds another interest in (OWNS and the control relations, outgoing)',
    },
  },
  Law: {
    provisions: { types: ['PART_OF'], direction: 'IN', description: 'Provisions of this law' },
    enactment: { types: ['SIGNED', 'ENACTED'], direction: 'IN', description: 'Who signed or enacted it, and when (claims may disagree; see `topic`)' },
    powers: { types: ['GRANTS_POWER_TO'], direction: 'OUT', description: 'Powers it grants' },
    penalties: { types: ['PENALISES'], direction: 'OUT', description: 'Penalties it sets' },
    charges: { types: ['CHARGED_UNDER'], direction: 'IN', description: 'Charges brought under it' },
    refusals: { types: ['REFUSES_TO_COMPLY_WITH'], direction: 'IN', description: 'Who refuses to comply with it' },
  },
  Provision: {
    law: { types: ['PART_OF'], direction: 'OUT', description: 'The law it is part of' },
    powers: { types: ['GRANTS_POWER_TO'], direction: 'OUT', description: 'Powers it grants' },
    refusals: { types: ['REFUSES_TO_COMPLY_WITH'], direction: 'IN', description: 'Who refuses to comply with it' },
  },
  Outlet: {
    articles: { types: ['PUBLISHED_BY'], direction: 'IN', description: 'Articles of this graph it published' },
    citedBy: { types: ['CITES'], direction: 'IN', description: 'Articles and statements citing it' },
    statementsReceived: { types: ['SAID_TO'], direction: 'IN', description: 'Statements made to it' },
  },
  Event: { involves: { types: ['INVOLVES', 'ABOUT', 'CHARGED_UNDER', 'LOCATED_IN'], direction: 'OUT', description: 'Who and what the event involves' } },
  Statement: {
    madeBy: { types: ['MADE_STATEMENT'], direction: 'IN', description: 'Who made the statement' },
    saidTo: { types: ['SAID_TO'], direction: 'OUT', description: 'Who it was made to (an outlet, a journalist)' },
    about: { types: ['ABOUT', 'CITES'], direction: 'OUT', description: 'What it is about' },
  },
  Report: { figures: { types: ['RECEIVED_REQUESTS_FROM', 'ABOUT'], direction: 'OUT', description: 'Request figures the report gives' } },
  Place: {
    presence: {
      types: ['EXITS_MARKET', 'BLOCKED_IN', 'AVAILABLE_IN', 'STORES_DATA_IN', 'LOCATED_IN', 'JURISDICTION_OVER'],
      direction: 'IN',
      description: 'Who exits, is blocked, available, stores data or is located here; who governs it',
    },
  },
  Organization: { statements: { types: ['MADE_STATEMENT'], direction: 'OUT', description: 'Statements it made' } },
};

/** Types the loader writes itself; seed files may not declare them. */
export const DERIVED_RELATION_TYPES = RELATION_TYPE_NAMES.filter((t) => relationSpec(t).derived);
/** Provenance edges (where facts come from); left out of fact traversals by default. */
export const PROVENANCE_RELATION_TYPES = RELATION_TYPE_NAMES.filter((t) => relationSpec(t).provenance);
/** Facts about the world: every type that is not a provenance edge. */
export const FACT_RELATION_TYPES = RELATION_TYPE_NAMES.filter((t) => !relationSpec(t).provenance);

export const ID_PREFIXES = Object.fromEntries(KIND_NAMES.map((k) => [k, KINDS[k].prefix])) as Record<Kind, string>;
const KIND_BY_PREFIX = new Map<string, Kind>(KIND_NAMES.map((k) => [KINDS[k].prefix, k]));

/** The kind an entity id names, or undefined for an id of no known kind. */
export function kindOfId(id: string): Kind | undefined {
  return KIND_BY_PREFIX.get(id.slice(0, id.indexOf(':')));
}

/** Fact properties and source attributes a record of this kind or relation type may carry. */
export function allowedFields(of: { kind: Kind } | { type: RelationType }): { properties: readonly FactProperty[]; attributes: readonly SourceAttribute[] } {
  return 'kind' in of ? KINDS[of.kind] : relationSpec(of.type);
}

/**
 * The key an entity name or alias is looked up by: Unicode-normalised, lower-case, with runs of
 * spaces and punctuation other than letters and digits collapsed, so "HK Police", "hk police" and
 * "HK-police" meet. The loader stores these keys (:NameKey nodes) and the resolver looks them up.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `text` holds `name` verbatim with no letter or digit right before or after it. */
export function usesName(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
