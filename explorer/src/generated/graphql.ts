/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant: an ISO 8601 / RFC 3339 date-time with its UTC offset, as the source gives it, e.g. 2020-07-06T12:21:00-04:00. Only used where the source gives both a time and a time zone. */
  DateTime: { input: string; output: string; }
  /** A wall-clock date and time with no time zone, ISO 8601 YYYY-MM-DDTHH:MM:SS, e.g. 2020-07-08T11:01:00: what a source gives when it prints a time but names no zone. Not an instant; compare only with times of the same source. */
  LocalDateTime: { input: string; output: string; }
};

/** A new article: its text is stored and hashed, and every known name and alias in it becomes a MENTIONS edge with its evidence. */
export type AddArticleInput = {
  /** The author or byline, as printed. */
  author: InputMaybe<Scalars['String']['input']>;
  /** Any unique string (a UUID) naming this change: a retry with the same key and input returns the first result (`replayed: true`) and writes nothing; the same key with another input is a ValidationError. */
  idempotencyKey: InputMaybe<Scalars['String']['input']>;
  /** The outlet that published it: an Outlet id or name. */
  outlet: InputMaybe<Scalars['String']['input']>;
  /** When it was published: an ISO date-time with offset, or an ISO date. */
  publishedAt: Scalars['String']['input'];
  /** The full text (at most MAX_ARTICLE_CHARS characters); citations quote it. */
  text: Scalars['String']['input'];
  /** The headline. */
  title: Scalars['String']['input'];
  /** Its web address. */
  url: InputMaybe<Scalars['String']['input']>;
};

/** One more citation of a standing fact. */
export type AddCitationInput = {
  /** Figures: number of accounts (users) the requests specified. */
  accountCount: InputMaybe<Scalars['Int']['input']>;
  /** Penalties: an amount of money. */
  amount: InputMaybe<Scalars['Float']['input']>;
  /** The article: its id, or its title. */
  article: Scalars['String']['input'];
  /** Figures: number of requests or items complied with. */
  compliedCount: InputMaybe<Scalars['Int']['input']>;
  /** Figures: number of requests (or other items) counted. */
  count: InputMaybe<Scalars['Int']['input']>;
  /** Penalties: ISO 4217 code of `amount`. */
  currency: InputMaybe<Scalars['String']['input']>;
  /** The day this source gives for the fact (ISO), resolved where it words it relatively. */
  date: InputMaybe<Scalars['Date']['input']>;
  /** The day the relative phrase was resolved against (the article's date, or a day it names). */
  dateAnchor: InputMaybe<Scalars['Date']['input']>;
  /** How an INFERRED `date` was worked out. */
  dateNote: InputMaybe<Scalars['String']['input']>;
  /** The relative phrase `date` was resolved from ("last Wednesday"). */
  dateResolvedFrom: InputMaybe<Scalars['String']['input']>;
  /** How this source supports its `date`, apart from the fact: STATED (also where absent) when the text gives the day, or a relative phrase resolved against a stated article date; INFERRED when the day was worked out (see `dateNote`). A fact the text states keeps `support: STATED` though its date is inferred. */
  dateSupport: InputMaybe<Support>;
  /** The date as this source words it ("last Wednesday", "on the night of July 1, 2020"). */
  dateText: InputMaybe<Scalars['String']['input']>;
  /** Words of the article, verbatim (3–600 characters). */
  excerpt: Scalars['String']['input'];
  /** The version the client read: if it is not the current version, nothing is written and a ConflictError says the current one. Leave it out to accept any. 0: must not exist yet. */
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  /** The fact (relation) id. */
  fact: Scalars['String']['input'];
  /** Any unique string (a UUID) naming this change: a retry with the same key and input returns the first result (`replayed: true`) and writes nothing; the same key with another input is a ValidationError. */
  idempotencyKey: InputMaybe<Scalars['String']['input']>;
  /** Figures: number of items (pieces of content, accounts) requested. */
  itemCount: InputMaybe<Scalars['Int']['input']>;
  /** Why an INFERRED or BACKGROUND citation supports the fact as it does (required for those). */
  note: InputMaybe<Scalars['String']['input']>;
  /** Figures: share of requests for which data was produced, in percent. */
  percentProduced: InputMaybe<Scalars['Float']['input']>;
  /** Figures: last day of the period covered. */
  periodEnd: InputMaybe<Scalars['Date']['input']>;
  /** Figures: first day of the period covered. */
  periodStart: InputMaybe<Scalars['Date']['input']>;
  /** Penalties: the longest prison term in months, where the source gives a finite one. */
  prisonMonths: InputMaybe<Scalars['Int']['input']>;
  /** Penalties: the prison term as the source words it ("six months", "life imprisonment"). */
  prisonTerm: InputMaybe<Scalars['String']['input']>;
  /** Figures: which requests are counted ("all", "preservation", "account information", "content removal"). */
  requestKind: InputMaybe<Scalars['String']['input']>;
  /** How strongly the excerpt supports the fact (default STATED). */
  support: InputMaybe<Support>;
};

/** A fact: a relation of a type from one entity to another, with at least one citation. A standing fact of that type between the same ends is restated: its properties updated and the new citations added. */
export type AssertFactInput = {
  /** Its evidence: at least one citation. */
  citations: Array<CitationInput>;
  /** The version the client read: if it is not the current version, nothing is written and a ConflictError says the current one. Leave it out to accept any. 0: must not exist yet. */
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  /** Where it starts: an entity id or name. */
  from: Scalars['String']['input'];
  /** Any unique string (a UUID) naming this change: a retry with the same key and input returns the first result (`replayed: true`) and writes nothing; the same key with another input is a ValidationError. */
  idempotencyKey: InputMaybe<Scalars['String']['input']>;
  /** Its properties (only those its type takes). */
  properties: InputMaybe<FactPropertiesInput>;
  /** Where it ends: an entity id or name. */
  to: Scalars['String']['input'];
  /** The relation type; its ends must be of the kinds the ontology allows. */
  type: RelationType;
};

/** One citation: an article of the graph, an exact excerpt of its stored text (offsets are computed, never taken from the client), how strongly it supports the fact, and the date and figures it gives (only those the fact's type takes). */
export type CitationInput = {
  /** Figures: number of accounts (users) the requests specified. */
  accountCount: InputMaybe<Scalars['Int']['input']>;
  /** Penalties: an amount of money. */
  amount: InputMaybe<Scalars['Float']['input']>;
  /** The article: its id, or its title. */
  article: Scalars['String']['input'];
  /** Figures: number of requests or items complied with. */
  compliedCount: InputMaybe<Scalars['Int']['input']>;
  /** Figures: number of requests (or other items) counted. */
  count: InputMaybe<Scalars['Int']['input']>;
  /** Penalties: ISO 4217 code of `amount`. */
  currency: InputMaybe<Scalars['String']['input']>;
  /** The day this source gives for the fact (ISO), resolved where it words it relatively. */
  date: InputMaybe<Scalars['Date']['input']>;
  /** The day the relative phrase was resolved against (the article's date, or a day it names). */
  dateAnchor: InputMaybe<Scalars['Date']['input']>;
  /** How an INFERRED `date` was worked out. */
  dateNote: InputMaybe<Scalars['String']['input']>;
  /** The relative phrase `date` was resolved from ("last Wednesday"). */
  dateResolvedFrom: InputMaybe<Scalars['String']['input']>;
  /** How this source supports its `date`, apart from the fact: STATED (also where absent) when the text gives the day, or a relative phrase resolved against a stated article date; INFERRED when the day was worked out (see `dateNote`). A fact the text states keeps `support: STATED` though its date is inferred. */
  dateSupport: InputMaybe<Support>;
  /** The date as this source words it ("last Wednesday", "on the night of July 1, 2020"). */
  dateText: InputMaybe<Scalars['String']['input']>;
  /** Words of the article, verbatim (3–600 characters). */
  excerpt: Scalars['String']['input'];
  /** Figures: number of items (pieces of content, accounts) requested. */
  itemCount: InputMaybe<Scalars['Int']['input']>;
  /** Why an INFERRED or BACKGROUND citation supports the fact as it does (required for those). */
  note: InputMaybe<Scalars['String']['input']>;
  /** Figures: share of requests for which data was produced, in percent. */
  percentProduced: InputMaybe<Scalars['Float']['input']>;
  /** Figures: last day of the period covered. */
  periodEnd: InputMaybe<Scalars['Date']['input']>;
  /** Figures: first day of the period covered. */
  periodStart: InputMaybe<Scalars['Date']['input']>;
  /** Penalties: the longest prison term in months, where the source gives a finite one. */
  prisonMonths: InputMaybe<Scalars['Int']['input']>;
  /** Penalties: the prison term as the source words it ("six months", "life imprisonment"). */
  prisonTerm: InputMaybe<Scalars['String']['input']>;
  /** Figures: which requests are counted ("all", "preservation", "account information", "content removal"). */
  requestKind: InputMaybe<Scalars['String']['input']>;
  /** How strongly the excerpt supports the fact (default STATED). */
  support: InputMaybe<Support>;
};

/** Which relations of an entity to follow. */
export type Direction =
  /** Relations in either direction. */
  | 'BOTH'
  /** Relations that end at the entity. */
  | 'IN'
  /** Relations that start at the entity. */
  | 'OUT';

/** The order of `facts`. */
export type FactOrder =
  /** By the fact's date (the earliest its sources give), oldest first; undated facts last; ties by id. */
  | 'DATE_ASC'
  /** By the fact's date, newest first; undated facts last; ties by id. */
  | 'DATE_DESC'
  /** By relation id (`rel:<type>:<from>:<to>`), the default. */
  | 'ID'
  /** By the name of the entity the relation starts at, then type, then the name of the entity it ends at; ties by id. */
  | 'NAME';

/** A fact's own text properties; each relation type takes only some (see the ontology), others are refused. Figures, flags and dates of ownership come from dataset imports only. */
export type FactPropertiesInput = {
  /** Until when or on what condition ("until an international consensus is reached"). */
  condition: InputMaybe<Scalars['String']['input']>;
  /** A note on the fact (what a power or penalty is). */
  description: InputMaybe<Scalars['String']['input']>;
  /** Ownership and control: the kinds of interest held, in BODS terms, comma-separated ("shareholding, rightsToProfitOrIncome"). */
  interestTypes: InputMaybe<Scalars['String']['input']>;
  /** Statements: how it was made (statement, tweet, email to press). */
  medium: InputMaybe<Scalars['String']['input']>;
  /** People from a dataset: `knownPerson`, or `anonymousPerson` / `unknownPerson` where the dataset withholds or does not know who it is (BODS). */
  personType: InputMaybe<Scalars['String']['input']>;
  /** Why, as the sources put it. */
  reason: InputMaybe<Scalars['String']['input']>;
  /** How an entity takes part in an event. */
  role: InputMaybe<Scalars['String']['input']>;
  /** Statements: the speaker as the article names them ("a WhatsApp spokeswoman"). */
  speaker: InputMaybe<Scalars['String']['input']>;
  /** Status in the sources' words ("paused", "refused", "exiting"). */
  status: InputMaybe<Scalars['String']['input']>;
  /** Statements: the quoted words; absent for a paraphrase. */
  text: InputMaybe<Scalars['String']['input']>;
  /** The title held ("CEO", "head of marketing"). */
  title: InputMaybe<Scalars['String']['input']>;
  /** The question this fact answers; facts sharing a topic are alternative claims. */
  topic: InputMaybe<Scalars['String']['input']>;
};

/** The kind of an entity (COMPANY, SERVICE ...): the GraphQL object type of that name in PascalCase (Company), also its Neo4j label. */
export type Kind =
  /** A news article that is a source of the graph. Its text is stored apart (see `text`). */
  | 'ARTICLE'
  /** A government body, police force, agency or state (Hong Kong police, the Hong Kong government, Beijing). */
  | 'AUTHORITY'
  /** A business organisation (Facebook, ByteDance, Telegram Group Inc., Google, Twitter, Apple). */
  | 'COMPANY'
  /** Something that happened at a time (the first charge under the law, the US embargo). */
  | 'EVENT'
  /** A law or regulation (the Hong Kong National Security Law). */
  | 'LAW'
  /** A non-commercial, non-governmental organisation or group (a political party, protest movement, civil society). */
  | 'ORGANIZATION'
  /** A news outlet or publication (MediaNama, The Wall Street Journal, Hong Kong Free Press). */
  | 'OUTLET'
  /** A named (or identifiable but unnamed) individual. */
  | 'PERSON'
  /** A country, territory, city or region (Hong Kong, mainland China, Switzerland). */
  | 'PLACE'
  /** A provision of a law (Article 43 of the National Security Law). */
  | 'PROVISION'
  /** A published report, such as a transparency report with request figures. */
  | 'REPORT'
  /** An office or role that a person holds (Chief Executive of Hong Kong, CEO of TikTok). */
  | 'ROLE'
  /** An app, product or online service run by a company (WhatsApp, Instagram, TikTok, Douyin, Signal, ProtonMail). */
  | 'SERVICE'
  /** Something an entity said, with the quoted text, who said it, to whom and when. */
  | 'STATEMENT';

/** Two entities of one kind that are the same: relations, evidence, names and aliases of `merge` move to `keep`, and `merge`'s id keeps resolving to `keep`. A relation between the two is dropped (it would be a loop). */
export type MergeEntitiesInput = {
  /** Any unique string (a UUID) naming this change: a retry with the same key and input returns the first result (`replayed: true`) and writes nothing; the same key with another input is a ValidationError. */
  idempotencyKey: InputMaybe<Scalars['String']['input']>;
  /** The entity kept (an id or a name). */
  keep: Scalars['String']['input'];
  /** The entity merged into it (an id or a name). */
  merge: Scalars['String']['input'];
  /** Why they are the same. */
  reason: Scalars['String']['input'];
};

/** A relation type of the ontology; also the Neo4j relationship type. Arguments of this type are the only way a relationship type reaches a query. */
export type RelationType =
  /** The statement, event or report concerns the target entity (any kind). */
  | 'ABOUT'
  /** The source has the right to appoint members of the board of the target (BODS `appointmentOfBoard`). */
  | 'APPOINTS_BOARD_OF'
  /** The source is available or popular in the target place. */
  | 'AVAILABLE_IN'
  /** The source is blocked or unavailable in the target place. */
  | 'BLOCKED_IN'
  /** The source censored, removed or blocked the target (content, app, outlet). */
  | 'CENSORED'
  /** The source was charged (or the charge event was brought) under the target law. */
  | 'CHARGED_UNDER'
  /** The article or statement cites the target outlet, article or report as its source. */
  | 'CITES'
  /** The source controls or influences the target otherwise than by shares, votes or board appointment: by its articles or rules, a legal framework, or rights granted by (conditional) contract (BODS `otherInfluenceOrControl`, `controlViaCompanyRulesOrArticles`, `controlByLegalFramework`, `rightsGrantedByContract`, `conditionalRightsGrantedByContract`). */
  | 'CONTROLS'
  /** The source cooperates (voluntarily or not) with the target. */
  | 'COOPERATES_WITH'
  /** The source criticised the target. */
  | 'CRITICISED'
  /** The source enacted or imposed the law. */
  | 'ENACTED'
  /** The source exits or ceases operations in the target place. */
  | 'EXITS_MARKET'
  /** The law or provision grants powers (property `description`) to the target. */
  | 'GRANTS_POWER_TO'
  /** The source holds an interest in the target whose nature the dataset does not know or publish, or holds it as or through a nominee (BODS `unknownInterest`, `unpublishedInterest`, `nominee`, `nominator`). */
  | 'HAS_INTEREST_IN'
  /** The source is settlor, trustee, protector or beneficiary of the target trust or similar legal arrangement, or has the use of or income from the target's assets (BODS `settlor`, `trustee`, `protector`, `beneficiaryOfLegalArrangement`, `enjoymentAndUseOfAssets`, `rightToProfitOrIncomeFromAssets`). */
  | 'HAS_TRUST_INTEREST_IN'
  /** The source holds voting rights in the target (BODS `votingRights`), with the share of votes where a dataset gives it. */
  | 'HAS_VOTING_RIGHTS_IN'
  /** The person holds a role (property `title`) at the target, or holds the target office. */
  | 'HOLDS_ROLE'
  /** The event involves the target entity (property `role` says how). */
  | 'INVOLVES'
  /** The source authority governs, or the law applies to, the target place. */
  | 'JURISDICTION_OVER'
  /** The source is based, located or takes place in the target place. */
  | 'LOCATED_IN'
  /** The source made the statement. */
  | 'MADE_STATEMENT'
  /** The source sits on or chairs the board of the target, or is its senior managing official (BODS `boardMember`, `boardChair`, `seniorManagingOfficial`). */
  | 'MANAGES'
  /** The article mentions the entity (derived: the article is a STATED or INFERRED source of a fact about it; a BACKGROUND source makes no mention). Its evidence is those sources. */
  | 'MENTIONS'
  /** The source owns the target (parent company → subsidiary or product; a state or state body → its shareholding). */
  | 'OWNS'
  /** The source is a part of the target (a provision of a law, an agency of a government, a territory of a country). */
  | 'PART_OF'
  /** The source paused processing user-data requests from the target authority. */
  | 'PAUSED_REQUESTS_FROM'
  /** The law sets a penalty (`description`; per source `amount`, `currency`, `prisonTerm`) on the target. */
  | 'PENALISES'
  /** The source event happened before the target event, as a source places them ("less than a day" before). */
  | 'PRECEDES'
  /** The article was published by the outlet (derived from the article's outlet evidence, with the article's `outletSupport`). */
  | 'PUBLISHED_BY'
  /** The source published the report. */
  | 'PUBLISHED_REPORT'
  /** Transparency-report figures: requests received from the target authority (per source `count`, `requestKind`, `accountCount`, `percentProduced`, the period). */
  | 'RECEIVED_REQUESTS_FROM'
  /** The source refuses, or says it never served, data requests from the target authority. */
  | 'REFUSES_REQUESTS_FROM'
  /** The source says it will not comply with (demands made under) the target law or provision. */
  | 'REFUSES_TO_COMPLY_WITH'
  /** The office belongs to the target organisation or place. */
  | 'ROLE_OF'
  /** The statement was made to the target (an outlet, a journalist). */
  | 'SAID_TO'
  /** The person signed the law. */
  | 'SIGNED'
  /** The source stores user data or runs servers in the target place. */
  | 'STORES_DATA_IN'
  /** The source uses the target app or service (`description` says how or for what), e.g. protesters organising on WhatsApp and Telegram. */
  | 'USES'
  /** The source is a (national or international) version of the target app. */
  | 'VERSION_OF';

/** A citation to retract: kept, marked with who, when and why; it no longer backs its fact. A standing fact's last standing citation cannot be retracted (retract the fact). */
export type RetractCitationInput = {
  /** The citation (Source) id. */
  citation: Scalars['String']['input'];
  /** The version of its fact the client read. The version the client read: if it is not the current version, nothing is written and a ConflictError says the current one. Leave it out to accept any. 0: must not exist yet. */
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  /** Any unique string (a UUID) naming this change: a retry with the same key and input returns the first result (`replayed: true`) and writes nothing; the same key with another input is a ValidationError. */
  idempotencyKey: InputMaybe<Scalars['String']['input']>;
  /** Why it is retracted. */
  reason: Scalars['String']['input'];
};

/** A fact to retract: it is kept, marked with who retracted it, when and why, and left out of traversals and lists unless they ask for `includeRetracted`. */
export type RetractFactInput = {
  /** The version the client read: if it is not the current version, nothing is written and a ConflictError says the current one. Leave it out to accept any. 0: must not exist yet. */
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  /** The fact (relation) id. */
  fact: Scalars['String']['input'];
  /** Any unique string (a UUID) naming this change: a retry with the same key and input returns the first result (`replayed: true`) and writes nothing; the same key with another input is a ValidationError. */
  idempotencyKey: InputMaybe<Scalars['String']['input']>;
  /** Why it is retracted. */
  reason: Scalars['String']['input'];
};

/** How strongly a source backs a fact. A fact's support is the strongest of its sources'. */
export type Support =
  /** Outside knowledge the article does not state: the excerpt only shows where it is relevant. Never used by sourced-only traversals (the default). */
  | 'BACKGROUND'
  /** The fact follows from the excerpt together with the article's context (e.g. a date bounded by events the article reports); `note` says how. */
  | 'INFERRED'
  /** The excerpt states the fact in so many words. */
  | 'STATED';

/** A kind of text `textSearch` looks in. */
export type TextField =
  /** The full text of an article (Article.text). */
  | 'ARTICLE_TEXT'
  /** The one-sentence description of an entity (Entity.description), articles included. */
  | 'DESCRIPTION'
  /** An evidence excerpt: the exact words of an article that back a fact (Source.excerpt). */
  | 'EXCERPT'
  /** The quoted words of a statement (the `text` of a Statement entity). */
  | 'STATEMENT';

/** An entity to create or update: the one with `id`, else the one of this kind whose name is `name`, else a new one (which needs a description and at least one citation: a fact without evidence is not stored). */
export type UpsertEntityInput = {
  /** Other names it goes by (replacing the ones it has). */
  aliases: InputMaybe<Array<Scalars['String']['input']>>;
  /** Evidence that it exists as described (required for a new entity; added to an existing one). */
  citations: InputMaybe<Array<CitationInput>>;
  /** What it is, in one sentence (required for a new entity). */
  description: InputMaybe<Scalars['String']['input']>;
  /** The version the client read: if it is not the current version, nothing is written and a ConflictError says the current one. Leave it out to accept any. 0: must not exist yet. */
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  /** The entity to update (an id or a name); without it, the entity of this kind named `name`, if any. */
  id: InputMaybe<Scalars['String']['input']>;
  /** Any unique string (a UUID) naming this change: a retry with the same key and input returns the first result (`replayed: true`) and writes nothing; the same key with another input is a ValidationError. */
  idempotencyKey: InputMaybe<Scalars['String']['input']>;
  /** Its kind (not ARTICLE: articles come through `addArticle`); an entity's kind does not change. */
  kind: Kind;
  /** Its name. */
  name: Scalars['String']['input'];
  /** Its properties (only those its kind takes: a Statement its `text`, `speaker` …), set as given. */
  properties: InputMaybe<FactPropertiesInput>;
  /** Its web address. */
  url: InputMaybe<Scalars['String']['input']>;
};

type ExplorerEntityFields_Article_Fragment = { __typename?: 'Article', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Authority_Fragment = { __typename?: 'Authority', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Company_Fragment = { __typename?: 'Company', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Event_Fragment = { __typename?: 'Event', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Law_Fragment = { __typename?: 'Law', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Organization_Fragment = { __typename?: 'Organization', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Outlet_Fragment = { __typename?: 'Outlet', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Person_Fragment = { __typename?: 'Person', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Place_Fragment = { __typename?: 'Place', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Provision_Fragment = { __typename?: 'Provision', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Report_Fragment = { __typename?: 'Report', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Role_Fragment = { __typename?: 'Role', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Service_Fragment = { __typename?: 'Service', id: string, name: string, kind: Kind };

type ExplorerEntityFields_Statement_Fragment = { __typename?: 'Statement', id: string, name: string, kind: Kind };

export type ExplorerEntityFieldsFragment =
  | ExplorerEntityFields_Article_Fragment
  | ExplorerEntityFields_Authority_Fragment
  | ExplorerEntityFields_Company_Fragment
  | ExplorerEntityFields_Event_Fragment
  | ExplorerEntityFields_Law_Fragment
  | ExplorerEntityFields_Organization_Fragment
  | ExplorerEntityFields_Outlet_Fragment
  | ExplorerEntityFields_Person_Fragment
  | ExplorerEntityFields_Place_Fragment
  | ExplorerEntityFields_Provision_Fragment
  | ExplorerEntityFields_Report_Fragment
  | ExplorerEntityFields_Role_Fragment
  | ExplorerEntityFields_Service_Fragment
  | ExplorerEntityFields_Statement_Fragment
;

export type ExplorerSourceFieldsFragment = { __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } };

type ExplorerRelationFields_AboutRelation_Fragment = { __typename?: 'AboutRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_AppointsBoardOfRelation_Fragment = { __typename?: 'AppointsBoardOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_AvailableInRelation_Fragment = { __typename?: 'AvailableInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_BlockedInRelation_Fragment = { __typename?: 'BlockedInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_CensoredRelation_Fragment = { __typename?: 'CensoredRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_ChargedUnderRelation_Fragment = { __typename?: 'ChargedUnderRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_CitesRelation_Fragment = { __typename?: 'CitesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_ControlsRelation_Fragment = { __typename?: 'ControlsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_CooperatesWithRelation_Fragment = { __typename?: 'CooperatesWithRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_CriticisedRelation_Fragment = { __typename?: 'CriticisedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_EnactedRelation_Fragment = { __typename?: 'EnactedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_ExitsMarketRelation_Fragment = { __typename?: 'ExitsMarketRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_GrantsPowerToRelation_Fragment = { __typename?: 'GrantsPowerToRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_HasInterestInRelation_Fragment = { __typename?: 'HasInterestInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_HasTrustInterestInRelation_Fragment = { __typename?: 'HasTrustInterestInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_HasVotingRightsInRelation_Fragment = { __typename?: 'HasVotingRightsInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_HoldsRoleRelation_Fragment = { __typename?: 'HoldsRoleRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_InvolvesRelation_Fragment = { __typename?: 'InvolvesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_JurisdictionOverRelation_Fragment = { __typename?: 'JurisdictionOverRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_LocatedInRelation_Fragment = { __typename?: 'LocatedInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_MadeStatementRelation_Fragment = { __typename?: 'MadeStatementRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_ManagesRelation_Fragment = { __typename?: 'ManagesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_MentionsRelation_Fragment = { __typename?: 'MentionsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_OwnsRelation_Fragment = { __typename?: 'OwnsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_PartOfRelation_Fragment = { __typename?: 'PartOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_PausedRequestsFromRelation_Fragment = { __typename?: 'PausedRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_PenalisesRelation_Fragment = { __typename?: 'PenalisesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_PrecedesRelation_Fragment = { __typename?: 'PrecedesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_PublishedByRelation_Fragment = { __typename?: 'PublishedByRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_PublishedReportRelation_Fragment = { __typename?: 'PublishedReportRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_ReceivedRequestsFromRelation_Fragment = { __typename?: 'ReceivedRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_RefusesRequestsFromRelation_Fragment = { __typename?: 'RefusesRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_RefusesToComplyWithRelation_Fragment = { __typename?: 'RefusesToComplyWithRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_RoleOfRelation_Fragment = { __typename?: 'RoleOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_SaidToRelation_Fragment = { __typename?: 'SaidToRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_SignedRelation_Fragment = { __typename?: 'SignedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_StoresDataInRelation_Fragment = { __typename?: 'StoresDataInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_UsesRelation_Fragment = { __typename?: 'UsesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

type ExplorerRelationFields_VersionOfRelation_Fragment = { __typename?: 'VersionOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , to:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
  , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> };

export type ExplorerRelationFieldsFragment =
  | ExplorerRelationFields_AboutRelation_Fragment
  | ExplorerRelationFields_AppointsBoardOfRelation_Fragment
  | ExplorerRelationFields_AvailableInRelation_Fragment
  | ExplorerRelationFields_BlockedInRelation_Fragment
  | ExplorerRelationFields_CensoredRelation_Fragment
  | ExplorerRelationFields_ChargedUnderRelation_Fragment
  | ExplorerRelationFields_CitesRelation_Fragment
  | ExplorerRelationFields_ControlsRelation_Fragment
  | ExplorerRelationFields_CooperatesWithRelation_Fragment
  | ExplorerRelationFields_CriticisedRelation_Fragment
  | ExplorerRelationFields_EnactedRelation_Fragment
  | ExplorerRelationFields_ExitsMarketRelation_Fragment
  | ExplorerRelationFields_GrantsPowerToRelation_Fragment
  | ExplorerRelationFields_HasInterestInRelation_Fragment
  | ExplorerRelationFields_HasTrustInterestInRelation_Fragment
  | ExplorerRelationFields_HasVotingRightsInRelation_Fragment
  | ExplorerRelationFields_HoldsRoleRelation_Fragment
  | ExplorerRelationFields_InvolvesRelation_Fragment
  | ExplorerRelationFields_JurisdictionOverRelation_Fragment
  | ExplorerRelationFields_LocatedInRelation_Fragment
  | ExplorerRelationFields_MadeStatementRelation_Fragment
  | ExplorerRelationFields_ManagesRelation_Fragment
  | ExplorerRelationFields_MentionsRelation_Fragment
  | ExplorerRelationFields_OwnsRelation_Fragment
  | ExplorerRelationFields_PartOfRelation_Fragment
  | ExplorerRelationFields_PausedRequestsFromRelation_Fragment
  | ExplorerRelationFields_PenalisesRelation_Fragment
  | ExplorerRelationFields_PrecedesRelation_Fragment
  | ExplorerRelationFields_PublishedByRelation_Fragment
  | ExplorerRelationFields_PublishedReportRelation_Fragment
  | ExplorerRelationFields_ReceivedRequestsFromRelation_Fragment
  | ExplorerRelationFields_RefusesRequestsFromRelation_Fragment
  | ExplorerRelationFields_RefusesToComplyWithRelation_Fragment
  | ExplorerRelationFields_RoleOfRelation_Fragment
  | ExplorerRelationFields_SaidToRelation_Fragment
  | ExplorerRelationFields_SignedRelation_Fragment
  | ExplorerRelationFields_StoresDataInRelation_Fragment
  | ExplorerRelationFields_UsesRelation_Fragment
  | ExplorerRelationFields_VersionOfRelation_Fragment
;

export type ExplorerSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type ExplorerSearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', entity:
      | { __typename?: 'Article', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Authority', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Company', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Event', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Law', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Organization', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Outlet', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Person', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Place', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Provision', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Report', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Role', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Service', aliases: Array<string>, id: string, name: string, kind: Kind }
      | { __typename?: 'Statement', aliases: Array<string>, id: string, name: string, kind: Kind }
     }> | null };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  entity: Scalars['String']['input'];
  maxHops: Scalars['Int']['input'];
  relationTypes: InputMaybe<Array<RelationType> | RelationType>;
  includeRetracted: Scalars['Boolean']['input'];
}>;


export type ExplorerNeighbourhoodQuery = { __typename?: 'Query', neighbourhood: { __typename?: 'Neighbourhood', truncated: boolean, centre:
      | { __typename?: 'Article', id: string, name: string, kind: Kind }
      | { __typename?: 'Authority', id: string, name: string, kind: Kind }
      | { __typename?: 'Company', id: string, name: string, kind: Kind }
      | { __typename?: 'Event', id: string, name: string, kind: Kind }
      | { __typename?: 'Law', id: string, name: string, kind: Kind }
      | { __typename?: 'Organization', id: string, name: string, kind: Kind }
      | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
      | { __typename?: 'Person', id: string, name: string, kind: Kind }
      | { __typename?: 'Place', id: string, name: string, kind: Kind }
      | { __typename?: 'Provision', id: string, name: string, kind: Kind }
      | { __typename?: 'Report', id: string, name: string, kind: Kind }
      | { __typename?: 'Role', id: string, name: string, kind: Kind }
      | { __typename?: 'Service', id: string, name: string, kind: Kind }
      | { __typename?: 'Statement', id: string, name: string, kind: Kind }
    , nodes: Array<{ __typename?: 'Neighbour', depth: number, entity:
        | { __typename?: 'Article', id: string, name: string, kind: Kind }
        | { __typename?: 'Authority', id: string, name: string, kind: Kind }
        | { __typename?: 'Company', id: string, name: string, kind: Kind }
        | { __typename?: 'Event', id: string, name: string, kind: Kind }
        | { __typename?: 'Law', id: string, name: string, kind: Kind }
        | { __typename?: 'Organization', id: string, name: string, kind: Kind }
        | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
        | { __typename?: 'Person', id: string, name: string, kind: Kind }
        | { __typename?: 'Place', id: string, name: string, kind: Kind }
        | { __typename?: 'Provision', id: string, name: string, kind: Kind }
        | { __typename?: 'Report', id: string, name: string, kind: Kind }
        | { __typename?: 'Role', id: string, name: string, kind: Kind }
        | { __typename?: 'Service', id: string, name: string, kind: Kind }
        | { __typename?: 'Statement', id: string, name: string, kind: Kind }
       }>, edges: Array<
      | { __typename?: 'AboutRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'AppointsBoardOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'AvailableInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'BlockedInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'CensoredRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'ChargedUnderRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'CitesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'ControlsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'CooperatesWithRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'CriticisedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'EnactedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'ExitsMarketRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'GrantsPowerToRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'HasInterestInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'HasTrustInterestInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'HasVotingRightsInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'HoldsRoleRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'InvolvesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'JurisdictionOverRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'LocatedInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'MadeStatementRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'ManagesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'MentionsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'OwnsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'PartOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'PausedRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'PenalisesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'PrecedesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'PublishedByRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'PublishedReportRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'ReceivedRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'RefusesRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'RefusesToComplyWithRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'RoleOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'SaidToRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'SignedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'StoresDataInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'UsesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
      | { __typename?: 'VersionOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, retracted: boolean }
    > } | null };

export type ExplorerEntityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  ref: Scalars['String']['input'];
  includeRetracted: Scalars['Boolean']['input'];
}>;


export type ExplorerEntityQuery = { __typename?: 'Query', entity:
    | { __typename?: 'Article', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Authority', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Company', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Event', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Law', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Organization', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Outlet', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Person', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Place', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Provision', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Report', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Role', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Service', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    | { __typename?: 'Statement', description: string, aliases: Array<string>, support: Support, id: string, name: string, kind: Kind, sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
   | null, claims: Array<{ __typename?: 'ClaimGroup', topic: string, alternatives: boolean, articleCount: number, claims: Array<
      | { __typename?: 'AboutRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'AppointsBoardOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'AvailableInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'BlockedInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'CensoredRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'ChargedUnderRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'CitesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'ControlsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'CooperatesWithRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'CriticisedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'EnactedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'ExitsMarketRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'GrantsPowerToRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'HasInterestInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'HasTrustInterestInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'HasVotingRightsInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'HoldsRoleRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'InvolvesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'JurisdictionOverRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'LocatedInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'MadeStatementRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'ManagesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'MentionsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'OwnsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PartOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PausedRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PenalisesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PrecedesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PublishedByRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PublishedReportRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'ReceivedRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'RefusesRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'RefusesToComplyWithRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'RoleOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'SaidToRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'SignedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'StoresDataInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'UsesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'VersionOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    > }> | null };

export type ExplorerRelationQueryVariables = Exact<{
  type: RelationType;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  includeRetracted: Scalars['Boolean']['input'];
}>;


export type ExplorerRelationQuery = { __typename?: 'Query', relations: { __typename?: 'RelationConnection', edges: Array<{ __typename?: 'RelationEdge', node:
        | { __typename?: 'AboutRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'AppointsBoardOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'AvailableInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'BlockedInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'CensoredRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'ChargedUnderRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'CitesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'ControlsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'CooperatesWithRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'CriticisedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'EnactedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'ExitsMarketRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'GrantsPowerToRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'HasInterestInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'HasTrustInterestInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'HasVotingRightsInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'HoldsRoleRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'InvolvesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'JurisdictionOverRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'LocatedInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'MadeStatementRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'ManagesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'MentionsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'OwnsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'PartOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'PausedRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'PenalisesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'PrecedesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'PublishedByRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'PublishedReportRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'ReceivedRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'RefusesRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'RefusesToComplyWithRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'RoleOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'SaidToRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'SignedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'StoresDataInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'UsesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
        | { __typename?: 'VersionOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , to:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
            | { __typename?: 'Organization', id: string, name: string, kind: Kind }
            | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
            | { __typename?: 'Person', id: string, name: string, kind: Kind }
            | { __typename?: 'Place', id: string, name: string, kind: Kind }
            | { __typename?: 'Provision', id: string, name: string, kind: Kind }
            | { __typename?: 'Report', id: string, name: string, kind: Kind }
            | { __typename?: 'Role', id: string, name: string, kind: Kind }
            | { __typename?: 'Service', id: string, name: string, kind: Kind }
            | { __typename?: 'Statement', id: string, name: string, kind: Kind }
          , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
       }> } | null };

export type ExplorerArticleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerArticleQuery = { __typename?: 'Query', node:
    | { __typename: 'Article', id: string, title: string, text: string, date: string | null, url: string | null, outlet: { __typename?: 'Outlet', name: string } | null }
    | { __typename: 'Authority' }
    | { __typename: 'Company' }
    | { __typename: 'Dataset' }
    | { __typename: 'Event' }
    | { __typename: 'Law' }
    | { __typename: 'Organization' }
    | { __typename: 'Outlet' }
    | { __typename: 'Person' }
    | { __typename: 'Place' }
    | { __typename: 'Provision' }
    | { __typename: 'Report' }
    | { __typename: 'Role' }
    | { __typename: 'Service' }
    | { __typename: 'Statement' }
   | null };

export type ExplorerChainQueryVariables = Exact<{
  entity: Scalars['String']['input'];
  includeRetracted: Scalars['Boolean']['input'];
}>;


export type ExplorerChainQuery = { __typename?: 'Query', ownershipChain: { __typename?: 'OwnershipChain', hasCycle: boolean, truncated: boolean, entity:
      | { __typename?: 'Article', id: string, name: string, kind: Kind }
      | { __typename?: 'Authority', id: string, name: string, kind: Kind }
      | { __typename?: 'Company', id: string, name: string, kind: Kind }
      | { __typename?: 'Event', id: string, name: string, kind: Kind }
      | { __typename?: 'Law', id: string, name: string, kind: Kind }
      | { __typename?: 'Organization', id: string, name: string, kind: Kind }
      | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
      | { __typename?: 'Person', id: string, name: string, kind: Kind }
      | { __typename?: 'Place', id: string, name: string, kind: Kind }
      | { __typename?: 'Provision', id: string, name: string, kind: Kind }
      | { __typename?: 'Report', id: string, name: string, kind: Kind }
      | { __typename?: 'Role', id: string, name: string, kind: Kind }
      | { __typename?: 'Service', id: string, name: string, kind: Kind }
      | { __typename?: 'Statement', id: string, name: string, kind: Kind }
    , ultimateOwners: Array<
      | { __typename?: 'Article', id: string, name: string, kind: Kind }
      | { __typename?: 'Authority', id: string, name: string, kind: Kind }
      | { __typename?: 'Company', id: string, name: string, kind: Kind }
      | { __typename?: 'Event', id: string, name: string, kind: Kind }
      | { __typename?: 'Law', id: string, name: string, kind: Kind }
      | { __typename?: 'Organization', id: string, name: string, kind: Kind }
      | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
      | { __typename?: 'Person', id: string, name: string, kind: Kind }
      | { __typename?: 'Place', id: string, name: string, kind: Kind }
      | { __typename?: 'Provision', id: string, name: string, kind: Kind }
      | { __typename?: 'Report', id: string, name: string, kind: Kind }
      | { __typename?: 'Role', id: string, name: string, kind: Kind }
      | { __typename?: 'Service', id: string, name: string, kind: Kind }
      | { __typename?: 'Statement', id: string, name: string, kind: Kind }
    >, paths: Array<{ __typename?: 'OwnershipPath', length: number, cycle: boolean, truncated: boolean, hops: Array<{ __typename?: 'OwnsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }> }> } | null };

export type ExplorerPathsQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  relationTypes: InputMaybe<Array<RelationType> | RelationType>;
  includeRetracted: Scalars['Boolean']['input'];
}>;


export type ExplorerPathsQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'GraphPath', length: number, nodes: Array<
      | { __typename?: 'Article', id: string, name: string, kind: Kind }
      | { __typename?: 'Authority', id: string, name: string, kind: Kind }
      | { __typename?: 'Company', id: string, name: string, kind: Kind }
      | { __typename?: 'Event', id: string, name: string, kind: Kind }
      | { __typename?: 'Law', id: string, name: string, kind: Kind }
      | { __typename?: 'Organization', id: string, name: string, kind: Kind }
      | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
      | { __typename?: 'Person', id: string, name: string, kind: Kind }
      | { __typename?: 'Place', id: string, name: string, kind: Kind }
      | { __typename?: 'Provision', id: string, name: string, kind: Kind }
      | { __typename?: 'Report', id: string, name: string, kind: Kind }
      | { __typename?: 'Role', id: string, name: string, kind: Kind }
      | { __typename?: 'Service', id: string, name: string, kind: Kind }
      | { __typename?: 'Statement', id: string, name: string, kind: Kind }
    >, edges: Array<
      | { __typename?: 'AboutRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'AppointsBoardOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'AvailableInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'BlockedInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'CensoredRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'ChargedUnderRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'CitesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'ControlsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'CooperatesWithRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'CriticisedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'EnactedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'ExitsMarketRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'GrantsPowerToRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'HasInterestInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'HasTrustInterestInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'HasVotingRightsInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'HoldsRoleRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'InvolvesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'JurisdictionOverRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'LocatedInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'MadeStatementRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'ManagesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'MentionsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'OwnsRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PartOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PausedRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PenalisesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PrecedesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PublishedByRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'PublishedReportRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'ReceivedRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'RefusesRequestsFromRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'RefusesToComplyWithRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'RoleOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'SaidToRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'SignedRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'StoresDataInRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'UsesRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
      | { __typename?: 'VersionOfRelation', id: string, type: RelationType, fromId: string, toId: string, support: Support, date: string | null, version: number, assertedAt: string | null, assertedBy: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, properties: Array<{ __typename?: 'PropertyValue', name: string, value: string }>, from:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , to:
          | { __typename?: 'Article', id: string, name: string, kind: Kind }
          | { __typename?: 'Authority', id: string, name: string, kind: Kind }
          | { __typename?: 'Company', id: string, name: string, kind: Kind }
          | { __typename?: 'Event', id: string, name: string, kind: Kind }
          | { __typename?: 'Law', id: string, name: string, kind: Kind }
          | { __typename?: 'Organization', id: string, name: string, kind: Kind }
          | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
          | { __typename?: 'Person', id: string, name: string, kind: Kind }
          | { __typename?: 'Place', id: string, name: string, kind: Kind }
          | { __typename?: 'Provision', id: string, name: string, kind: Kind }
          | { __typename?: 'Report', id: string, name: string, kind: Kind }
          | { __typename?: 'Role', id: string, name: string, kind: Kind }
          | { __typename?: 'Service', id: string, name: string, kind: Kind }
          | { __typename?: 'Statement', id: string, name: string, kind: Kind }
        , sources: Array<{ __typename?: 'Source', id: string, excerpt: string, start: number, end: number, support: Support, note: string | null, date: string | null, dateText: string | null, retracted: boolean, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, article: { __typename?: 'Article', id: string, title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }
    > }> | null };

export type ExplorerHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerHistoryQuery = { __typename?: 'Query', history: { __typename?: 'QueryHistoryConnection', edges: Array<{ __typename?: 'QueryHistoryConnectionEdge', node: { __typename?: 'HistoryEntry', id: string, operation: string, actor: string, at: string, reason: string | null, changes: Array<{ __typename?: 'FieldChange', field: string, before: string | null, after: string | null }> } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerEntityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExplorerEntityFields on Entity {
  id
  name
  kind
}
    `, {"fragmentName":"ExplorerEntityFields"}) as unknown as TypedDocumentString<ExplorerEntityFieldsFragment, unknown>;
export const ExplorerSourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExplorerSourceFields on Source {
  id
  excerpt
  start
  end
  support
  note
  date
  dateText
  retracted
  retractedAt
  retractedBy
  retractionReason
  article {
    id
    title
    date
    outlet {
      name
    }
  }
}
    `, {"fragmentName":"ExplorerSourceFields"}) as unknown as TypedDocumentString<ExplorerSourceFieldsFragment, unknown>;
export const ExplorerRelationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExplorerRelationFields on Relation {
  id
  type
  fromId
  toId
  support
  date
  version
  assertedAt
  assertedBy
  retracted
  retractedAt
  retractedBy
  retractionReason
  properties {
    name
    value
  }
  from {
    ...ExplorerEntityFields
  }
  to {
    ...ExplorerEntityFields
  }
  sources {
    ...ExplorerSourceFields
  }
}
    fragment ExplorerEntityFields on Entity {
  id
  name
  kind
}
fragment ExplorerSourceFields on Source {
  id
  excerpt
  start
  end
  support
  note
  date
  dateText
  retracted
  retractedAt
  retractedBy
  retractionReason
  article {
    id
    title
    date
    outlet {
      name
    }
  }
}`, {"fragmentName":"ExplorerRelationFields"}) as unknown as TypedDocumentString<ExplorerRelationFieldsFragment, unknown>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!) {
  search(query: $query, limit: 20) {
    entity {
      ...ExplorerEntityFields
      aliases
    }
  }
}
    fragment ExplorerEntityFields on Entity {
  id
  name
  kind
}`) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighbourhoodDocument = new TypedDocumentString(`
    query ExplorerNeighbourhood($entity: String!, $maxHops: Int!, $relationTypes: [RelationType!], $includeRetracted: Boolean!) {
  neighbourhood(
    entity: $entity
    maxHops: $maxHops
    relationTypes: $relationTypes
    limit: 200
    includeRetracted: $includeRetracted
  ) {
    truncated
    centre {
      ...ExplorerEntityFields
    }
    nodes {
      depth
      entity {
        ...ExplorerEntityFields
      }
    }
    edges {
      id
      type
      fromId
      toId
      support
      retracted
    }
  }
}
    fragment ExplorerEntityFields on Entity {
  id
  name
  kind
}`) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerEntityDocument = new TypedDocumentString(`
    query ExplorerEntity($id: ID!, $ref: String!, $includeRetracted: Boolean!) {
  entity(id: $id) {
    ...ExplorerEntityFields
    description
    aliases
    support
    sources(includeRetracted: $includeRetracted) {
      ...ExplorerSourceFields
    }
  }
  claims(entity: $ref) {
    topic
    alternatives
    articleCount
    claims {
      ...ExplorerRelationFields
    }
  }
}
    fragment ExplorerEntityFields on Entity {
  id
  name
  kind
}
fragment ExplorerSourceFields on Source {
  id
  excerpt
  start
  end
  support
  note
  date
  dateText
  retracted
  retractedAt
  retractedBy
  retractionReason
  article {
    id
    title
    date
    outlet {
      name
    }
  }
}
fragment ExplorerRelationFields on Relation {
  id
  type
  fromId
  toId
  support
  date
  version
  assertedAt
  assertedBy
  retracted
  retractedAt
  retractedBy
  retractionReason
  properties {
    name
    value
  }
  from {
    ...ExplorerEntityFields
  }
  to {
    ...ExplorerEntityFields
  }
  sources {
    ...ExplorerSourceFields
  }
}`) as unknown as TypedDocumentString<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerRelationDocument = new TypedDocumentString(`
    query ExplorerRelation($type: RelationType!, $from: String!, $to: String!, $includeRetracted: Boolean!) {
  relations(
    type: $type
    from: $from
    to: $to
    first: 100
    includeRetracted: $includeRetracted
  ) {
    edges {
      node {
        ...ExplorerRelationFields
      }
    }
  }
}
    fragment ExplorerEntityFields on Entity {
  id
  name
  kind
}
fragment ExplorerSourceFields on Source {
  id
  excerpt
  start
  end
  support
  note
  date
  dateText
  retracted
  retractedAt
  retractedBy
  retractionReason
  article {
    id
    title
    date
    outlet {
      name
    }
  }
}
fragment ExplorerRelationFields on Relation {
  id
  type
  fromId
  toId
  support
  date
  version
  assertedAt
  assertedBy
  retracted
  retractedAt
  retractedBy
  retractionReason
  properties {
    name
    value
  }
  from {
    ...ExplorerEntityFields
  }
  to {
    ...ExplorerEntityFields
  }
  sources {
    ...ExplorerSourceFields
  }
}`) as unknown as TypedDocumentString<ExplorerRelationQuery, ExplorerRelationQueryVariables>;
export const ExplorerArticleDocument = new TypedDocumentString(`
    query ExplorerArticle($id: ID!) {
  node(id: $id) {
    __typename
    ... on Article {
      id
      title
      text
      date
      url
      outlet {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerArticleQuery, ExplorerArticleQueryVariables>;
export const ExplorerChainDocument = new TypedDocumentString(`
    query ExplorerChain($entity: String!, $includeRetracted: Boolean!) {
  ownershipChain(entity: $entity, includeRetracted: $includeRetracted) {
    entity {
      ...ExplorerEntityFields
    }
    ultimateOwners {
      ...ExplorerEntityFields
    }
    hasCycle
    truncated
    paths {
      length
      cycle
      truncated
      hops {
        ...ExplorerRelationFields
      }
    }
  }
}
    fragment ExplorerEntityFields on Entity {
  id
  name
  kind
}
fragment ExplorerSourceFields on Source {
  id
  excerpt
  start
  end
  support
  note
  date
  dateText
  retracted
  retractedAt
  retractedBy
  retractionReason
  article {
    id
    title
    date
    outlet {
      name
    }
  }
}
fragment ExplorerRelationFields on Relation {
  id
  type
  fromId
  toId
  support
  date
  version
  assertedAt
  assertedBy
  retracted
  retractedAt
  retractedBy
  retractionReason
  properties {
    name
    value
  }
  from {
    ...ExplorerEntityFields
  }
  to {
    ...ExplorerEntityFields
  }
  sources {
    ...ExplorerSourceFields
  }
}`) as unknown as TypedDocumentString<ExplorerChainQuery, ExplorerChainQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: String!, $to: String!, $relationTypes: [RelationType!], $includeRetracted: Boolean!) {
  paths(
    from: $from
    to: $to
    relationTypes: $relationTypes
    maxHops: 6
    limit: 3
    includeRetracted: $includeRetracted
  ) {
    length
    nodes {
      ...ExplorerEntityFields
    }
    edges {
      ...ExplorerRelationFields
    }
  }
}
    fragment ExplorerEntityFields on Entity {
  id
  name
  kind
}
fragment ExplorerSourceFields on Source {
  id
  excerpt
  start
  end
  support
  note
  date
  dateText
  retracted
  retractedAt
  retractedBy
  retractionReason
  article {
    id
    title
    date
    outlet {
      name
    }
  }
}
fragment ExplorerRelationFields on Relation {
  id
  type
  fromId
  toId
  support
  date
  version
  assertedAt
  assertedBy
  retracted
  retractedAt
  retractedBy
  retractionReason
  properties {
    name
    value
  }
  from {
    ...ExplorerEntityFields
  }
  to {
    ...ExplorerEntityFields
  }
  sources {
    ...ExplorerSourceFields
  }
}`) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerHistoryDocument = new TypedDocumentString(`
    query ExplorerHistory($id: ID!) {
  history(id: $id, first: 20) {
    edges {
      node {
        id
        operation
        actor
        at
        reason
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerHistoryQuery, ExplorerHistoryQueryVariables>;