/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type BenchGraphQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchGraphQuery = { __typename?: 'Query', graph: { __typename?: 'GraphStats', version: string, edition: string, entities: number, relations: number, articles: number } | null };

export type OwnershipChainQueryVariables = Exact<{
  entity?: Scalars['String']['input'];
}>;


export type OwnershipChainQuery = { __typename?: 'Query', ownershipChain: { __typename?: 'OwnershipChain', hasCycle: boolean, entity:
      | { __typename?: 'Article', id: string, name: string }
      | { __typename?: 'Authority', id: string, name: string }
      | { __typename?: 'Company', id: string, name: string }
      | { __typename?: 'Event', id: string, name: string }
      | { __typename?: 'Law', id: string, name: string }
      | { __typename?: 'Organization', id: string, name: string }
      | { __typename?: 'Outlet', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
      | { __typename?: 'Provision', id: string, name: string }
      | { __typename?: 'Report', id: string, name: string }
      | { __typename?: 'Role', id: string, name: string }
      | { __typename?: 'Service', id: string, name: string }
      | { __typename?: 'Statement', id: string, name: string }
    , ultimateOwners: Array<
      | { __typename?: 'Article', id: string, name: string }
      | { __typename?: 'Authority', id: string, name: string }
      | { __typename?: 'Company', id: string, name: string }
      | { __typename?: 'Event', id: string, name: string }
      | { __typename?: 'Law', id: string, name: string }
      | { __typename?: 'Organization', id: string, name: string }
      | { __typename?: 'Outlet', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
      | { __typename?: 'Provision', id: string, name: string }
      | { __typename?: 'Report', id: string, name: string }
      | { __typename?: 'Role', id: string, name: string }
      | { __typename?: 'Service', id: string, name: string }
      | { __typename?: 'Statement', id: string, name: string }
    >, paths: Array<{ __typename?: 'OwnershipPath', length: number, hops: Array<{ __typename?: 'OwnsRelation', from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }> }> } | null };

export type SubsidiariesQueryVariables = Exact<{
  entity?: Scalars['String']['input'];
}>;


export type SubsidiariesQuery = { __typename?: 'Query', subsidiaries: Array<{ __typename?: 'Subsidiary', depth: number, entity:
      | { __typename?: 'Article', id: string, name: string, kind: Kind }
      | { __typename?: 'Authority', id: string, name: string, kind: Kind }
      | { __typename?: 'Company', id: string, name: string, kind: Kind }
      | { __typename?: 'Event', id: string, name: string, kind: Kind }
      | { __typename?: 'Law', id: string, name: string, kind: Kind }
      | { __typename?: 'Organization', id: string, name: string, kind: Kind }
      | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
      | { __typename?: 'Person', id: string, name: string, kind: Kind }
      | { __typename?: 'Place', id: string, name: string, kind: Kind }
      | { __typename?: 'Provision', id: string, name: string, kind: Kind }
      | { __typename?: 'Report', id: string, name: string, kind: Kind }
      | { __typename?: 'Role', id: string, name: string, kind: Kind }
      | { __typename?: 'Service', id: string, name: string, kind: Kind }
      | { __typename?: 'Statement', id: string, name: string, kind: Kind }
    , via: { __typename?: 'OwnsRelation', status: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> } }> | null };

export type PathsQueryVariables = Exact<{
  from?: Scalars['String']['input'];
  to?: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PathsQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'GraphPath', length: number, nodes: Array<
      | { __typename?: 'Article', id: string, name: string }
      | { __typename?: 'Authority', id: string, name: string }
      | { __typename?: 'Company', id: string, name: string }
      | { __typename?: 'Event', id: string, name: string }
      | { __typename?: 'Law', id: string, name: string }
      | { __typename?: 'Organization', id: string, name: string }
      | { __typename?: 'Outlet', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
      | { __typename?: 'Provision', id: string, name: string }
      | { __typename?: 'Report', id: string, name: string }
      | { __typename?: 'Role', id: string, name: string }
      | { __typename?: 'Service', id: string, name: string }
      | { __typename?: 'Statement', id: string, name: string }
    >, edges: Array<
      | { __typename?: 'AboutRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'AppointsBoardOfRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'AvailableInRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'BlockedInRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'CensoredRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'ChargedUnderRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'CitesRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'ControlsRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'CooperatesWithRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'CriticisedRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'EnactedRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'ExitsMarketRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'GrantsPowerToRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'HasInterestInRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'HasTrustInterestInRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'HasVotingRightsInRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'HoldsRoleRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'InvolvesRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'JurisdictionOverRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'LocatedInRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'MadeStatementRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'ManagesRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'MentionsRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'OwnsRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PartOfRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PausedRequestsFromRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PenalisesRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PrecedesRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PublishedByRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PublishedReportRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'RefusesRequestsFromRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'RefusesToComplyWithRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'RoleOfRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'SaidToRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'SignedRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'StoresDataInRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'UsesRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'VersionOfRelation', type: RelationType, fromId: string, toId: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
    > }> | null };

export type NeighbourhoodQueryVariables = Exact<{
  entity?: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType> | RelationType>;
}>;


export type NeighbourhoodQuery = { __typename?: 'Query', neighbourhood: { __typename?: 'Neighbourhood', truncated: boolean, centre:
      | { __typename?: 'Article', id: string, name: string }
      | { __typename?: 'Authority', id: string, name: string }
      | { __typename?: 'Company', id: string, name: string }
      | { __typename?: 'Event', id: string, name: string }
      | { __typename?: 'Law', id: string, name: string }
      | { __typename?: 'Organization', id: string, name: string }
      | { __typename?: 'Outlet', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
      | { __typename?: 'Provision', id: string, name: string }
      | { __typename?: 'Report', id: string, name: string }
      | { __typename?: 'Role', id: string, name: string }
      | { __typename?: 'Service', id: string, name: string }
      | { __typename?: 'Statement', id: string, name: string }
    , nodes: Array<{ __typename?: 'Neighbour', entityId: string, name: string, kind: Kind, depth: number }>, edges: Array<
      | { __typename?: 'AboutRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'AppointsBoardOfRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'AvailableInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'BlockedInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CensoredRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ChargedUnderRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CitesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ControlsRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CooperatesWithRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CriticisedRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'EnactedRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ExitsMarketRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'GrantsPowerToRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HasInterestInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HasTrustInterestInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HasVotingRightsInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HoldsRoleRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'InvolvesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'JurisdictionOverRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'LocatedInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'MadeStatementRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ManagesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'MentionsRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'OwnsRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PartOfRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PausedRequestsFromRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PenalisesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PrecedesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PublishedByRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PublishedReportRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'RefusesRequestsFromRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'RefusesToComplyWithRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'RoleOfRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'SaidToRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'SignedRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'StoresDataInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'UsesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'VersionOfRelation', type: RelationType, fromId: string, toId: string }
    > } | null };

export type TimelineQueryVariables = Exact<{
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TimelineQuery = { __typename?: 'Query', timeline: Array<{ __typename?: 'TimelineItem', date: string, dateText: string | null, dateResolved: boolean, summary: string, sources: Array<{ __typename?: 'Source', article: { __typename?: 'Article', title: string } }> }> | null };

export type SearchQueryVariables = Exact<{
  query?: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, entity:
      | { __typename?: 'Article', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Authority', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Company', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Event', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Law', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Organization', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Outlet', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Person', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Place', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Provision', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Report', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Role', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Service', id: string, name: string, kind: Kind, aliases: Array<string> }
      | { __typename?: 'Statement', id: string, name: string, kind: Kind, aliases: Array<string> }
     }> | null };

export type TextSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type TextSearchQuery = { __typename?: 'Query', textSearch: Array<{ __typename?: 'TextHit', field: TextField, score: number, snippet: string, article: { __typename?: 'Article', title: string, date: string | null, outlet: { __typename?: 'Outlet', name: string } | null } | null, concerns: Array<
      | { __typename?: 'Article', name: string }
      | { __typename?: 'Authority', name: string }
      | { __typename?: 'Company', name: string }
      | { __typename?: 'Event', name: string }
      | { __typename?: 'Law', name: string }
      | { __typename?: 'Organization', name: string }
      | { __typename?: 'Outlet', name: string }
      | { __typename?: 'Person', name: string }
      | { __typename?: 'Place', name: string }
      | { __typename?: 'Provision', name: string }
      | { __typename?: 'Report', name: string }
      | { __typename?: 'Role', name: string }
      | { __typename?: 'Service', name: string }
      | { __typename?: 'Statement', name: string }
    > }> | null };

export type ClaimsQueryVariables = Exact<{
  entity?: Scalars['String']['input'];
}>;


export type ClaimsQuery = { __typename?: 'Query', claims: Array<{ __typename?: 'ClaimGroup', topic: string, alternatives: boolean, articleCount: number, claims: Array<
      | { __typename?: 'AboutRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'AppointsBoardOfRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'AvailableInRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'BlockedInRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'CensoredRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'ChargedUnderRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'CitesRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'ControlsRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'CooperatesWithRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'CriticisedRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'EnactedRelation', dateText: string | null, type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'ExitsMarketRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'GrantsPowerToRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'HasInterestInRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'HasTrustInterestInRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'HasVotingRightsInRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'HoldsRoleRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'InvolvesRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'JurisdictionOverRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'LocatedInRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'MadeStatementRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'ManagesRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'MentionsRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'OwnsRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PartOfRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PausedRequestsFromRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PenalisesRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PrecedesRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PublishedByRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'PublishedReportRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'RefusesRequestsFromRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'RefusesToComplyWithRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'RoleOfRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'SaidToRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'SignedRelation', dateText: string | null, type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'StoresDataInRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'UsesRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
      | { __typename?: 'VersionOfRelation', type: RelationType, date: string | null, from:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string } }> }
    > }> | null };

export type RelationsQueryVariables = Exact<{
  type?: RelationType;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RelationsQuery = { __typename?: 'Query', relations: { __typename?: 'RelationConnection', edges: Array<{ __typename?: 'RelationEdge', node:
        | { __typename?: 'AboutRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'AppointsBoardOfRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'AvailableInRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'BlockedInRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'CensoredRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'ChargedUnderRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'CitesRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'ControlsRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'CooperatesWithRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'CriticisedRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'EnactedRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'ExitsMarketRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'GrantsPowerToRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'HasInterestInRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'HasTrustInterestInRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'HasVotingRightsInRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'HoldsRoleRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'InvolvesRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'JurisdictionOverRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'LocatedInRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'MadeStatementRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'ManagesRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'MentionsRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'OwnsRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'PartOfRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'PausedRequestsFromRelation', status: string | null, dateText: string | null, condition: string | null, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'PenalisesRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'PrecedesRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'PublishedByRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'PublishedReportRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'ReceivedRequestsFromRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'RefusesRequestsFromRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'RefusesToComplyWithRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'RoleOfRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'SaidToRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'SignedRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'StoresDataInRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'UsesRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
        | { __typename?: 'VersionOfRelation', date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string }> }
       }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type FactsQueryVariables = Exact<{ [key: string]: never; }>;


export type FactsQuery = { __typename?: 'Query', facts: { __typename?: 'RelationConnection', totalCount: number, totalCountCapped: boolean, edges: Array<{ __typename?: 'RelationEdge', node:
        | { __typename?: 'AboutRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'AppointsBoardOfRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'AvailableInRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'BlockedInRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'CensoredRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'ChargedUnderRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'CitesRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'ControlsRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'CooperatesWithRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'CriticisedRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'EnactedRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'ExitsMarketRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'GrantsPowerToRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'HasInterestInRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'HasTrustInterestInRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'HasVotingRightsInRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'HoldsRoleRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'InvolvesRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'JurisdictionOverRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'LocatedInRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'MadeStatementRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'ManagesRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'MentionsRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'OwnsRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'PartOfRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'PausedRequestsFromRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'PenalisesRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'PrecedesRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'PublishedByRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'PublishedReportRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'RefusesRequestsFromRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'RefusesToComplyWithRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'RoleOfRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'SaidToRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'SignedRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'StoresDataInRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'UsesRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
        | { __typename?: 'VersionOfRelation', type: RelationType, date: string | null, from:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , to:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
           }
      , sources: Array<{ __typename?: 'Source', date: string | null, dateText: string | null }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type ArticlesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ArticlesQuery = { __typename?: 'Query', articles: { __typename?: 'ArticleConnection', edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string, title: string, date: string | null, publishedAt: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } | null };

export type ArticleTimesQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleTimesQuery = { __typename?: 'Query', entity:
    | { __typename?: 'Article', publishedAt: string | null, publishedOn: string | null, updatedAt: string | null, updatedOn: string | null, updates: Array<{ __typename?: 'ArticleUpdate', at: string | null, localAt: string, atText: string, note: string }> }
    | { __typename?: 'Authority' }
    | { __typename?: 'Company' }
    | { __typename?: 'Event' }
    | { __typename?: 'Law' }
    | { __typename?: 'Organization' }
    | { __typename?: 'Outlet' }
    | { __typename?: 'Person' }
    | { __typename?: 'Place' }
    | { __typename?: 'Provision' }
    | { __typename?: 'Report' }
    | { __typename?: 'Role' }
    | { __typename?: 'Service' }
    | { __typename?: 'Statement' }
   | null };

export type LookupEntityNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type LookupEntityNodeQuery = { __typename?: 'Query', lookup:
    | { __typename?: 'Article', id: string, name: string, kind: Kind }
    | { __typename?: 'Authority', id: string, name: string, kind: Kind }
    | { __typename?: 'Company', id: string, name: string, kind: Kind }
    | { __typename?: 'Event', id: string, name: string, kind: Kind }
    | { __typename?: 'Law', id: string, name: string, kind: Kind }
    | { __typename?: 'Organization', id: string, name: string, kind: Kind }
    | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
    | { __typename?: 'Person', id: string, name: string, kind: Kind }
    | { __typename?: 'Place', id: string, name: string, kind: Kind }
    | { __typename?: 'Provision', id: string, name: string, kind: Kind }
    | { __typename?: 'Report', id: string, name: string, kind: Kind }
    | { __typename?: 'Role', id: string, name: string, kind: Kind }
    | { __typename?: 'Service', id: string, name: string, kind: Kind }
    | { __typename?: 'Statement', id: string, name: string, kind: Kind }
   | null, entity:
    | { __typename?: 'Article', id: string, name: string }
    | { __typename?: 'Authority', id: string, name: string }
    | { __typename?: 'Company', id: string, name: string }
    | { __typename?: 'Event', id: string, name: string }
    | { __typename?: 'Law', id: string, name: string }
    | { __typename?: 'Organization', id: string, name: string }
    | { __typename?: 'Outlet', id: string, name: string }
    | { __typename?: 'Person', id: string, name: string }
    | { __typename?: 'Place', id: string, name: string }
    | { __typename?: 'Provision', id: string, name: string }
    | { __typename?: 'Report', id: string, name: string }
    | { __typename?: 'Role', id: string, name: string }
    | { __typename?: 'Service', id: string, name: string, pausedRequestsFrom: Array<{ __typename?: 'PausedRequestsFromRelation', status: string | null, date: string | null, to:
          | { __typename?: 'Article', name: string }
          | { __typename?: 'Authority', name: string }
          | { __typename?: 'Company', name: string }
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Law', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Outlet', name: string }
          | { __typename?: 'Person', name: string }
          | { __typename?: 'Place', name: string }
          | { __typename?: 'Provision', name: string }
          | { __typename?: 'Report', name: string }
          | { __typename?: 'Role', name: string }
          | { __typename?: 'Service', name: string }
          | { __typename?: 'Statement', name: string }
         }> }
    | { __typename?: 'Statement', id: string, name: string }
   | null, node:
    | { __typename?: 'Article', id: string }
    | { __typename?: 'Authority', id: string }
    | { __typename?: 'Company', id: string }
    | { __typename?: 'Dataset', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Law', id: string }
    | { __typename?: 'Organization', id: string }
    | { __typename?: 'Outlet', id: string }
    | { __typename?: 'Person', name: string, description: string, id: string }
    | { __typename?: 'Place', id: string }
    | { __typename?: 'Provision', id: string }
    | { __typename?: 'Report', id: string }
    | { __typename?: 'Role', id: string }
    | { __typename?: 'Service', id: string }
    | { __typename?: 'Statement', id: string }
   | null };

export type EntityRelationsQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityRelationsQuery = { __typename?: 'Query', entity:
    | { __typename?: 'Article', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Authority', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Company', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Event', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Law', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Organization', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Outlet', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Person', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Place', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Provision', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Report', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Role', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Service', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
    | { __typename?: 'Statement', relationsConnection: { __typename?: 'EntityRelationConnection', totalCount: number, edges: Array<{ __typename?: 'EntityRelationEdge', direction: Direction, other:
            | { __typename?: 'Article', name: string }
            | { __typename?: 'Authority', name: string }
            | { __typename?: 'Company', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Law', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Outlet', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'Provision', name: string }
            | { __typename?: 'Report', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Service', name: string }
            | { __typename?: 'Statement', name: string }
          , node:
            | { __typename?: 'AboutRelation', type: RelationType }
            | { __typename?: 'AppointsBoardOfRelation', type: RelationType }
            | { __typename?: 'AvailableInRelation', type: RelationType }
            | { __typename?: 'BlockedInRelation', type: RelationType }
            | { __typename?: 'CensoredRelation', type: RelationType }
            | { __typename?: 'ChargedUnderRelation', type: RelationType }
            | { __typename?: 'CitesRelation', type: RelationType }
            | { __typename?: 'ControlsRelation', type: RelationType }
            | { __typename?: 'CooperatesWithRelation', type: RelationType }
            | { __typename?: 'CriticisedRelation', type: RelationType }
            | { __typename?: 'EnactedRelation', type: RelationType }
            | { __typename?: 'ExitsMarketRelation', type: RelationType }
            | { __typename?: 'GrantsPowerToRelation', type: RelationType }
            | { __typename?: 'HasInterestInRelation', type: RelationType }
            | { __typename?: 'HasTrustInterestInRelation', type: RelationType }
            | { __typename?: 'HasVotingRightsInRelation', type: RelationType }
            | { __typename?: 'HoldsRoleRelation', type: RelationType }
            | { __typename?: 'InvolvesRelation', type: RelationType }
            | { __typename?: 'JurisdictionOverRelation', type: RelationType }
            | { __typename?: 'LocatedInRelation', type: RelationType }
            | { __typename?: 'MadeStatementRelation', type: RelationType }
            | { __typename?: 'ManagesRelation', type: RelationType }
            | { __typename?: 'MentionsRelation', type: RelationType }
            | { __typename?: 'OwnsRelation', type: RelationType }
            | { __typename?: 'PartOfRelation', type: RelationType }
            | { __typename?: 'PausedRequestsFromRelation', type: RelationType }
            | { __typename?: 'PenalisesRelation', type: RelationType }
            | { __typename?: 'PrecedesRelation', type: RelationType }
            | { __typename?: 'PublishedByRelation', type: RelationType }
            | { __typename?: 'PublishedReportRelation', type: RelationType }
            | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesRequestsFromRelation', type: RelationType }
            | { __typename?: 'RefusesToComplyWithRelation', type: RelationType }
            | { __typename?: 'RoleOfRelation', type: RelationType }
            | { __typename?: 'SaidToRelation', type: RelationType }
            | { __typename?: 'SignedRelation', type: RelationType }
            | { __typename?: 'StoresDataInRelation', type: RelationType }
            | { __typename?: 'UsesRelation', type: RelationType }
            | { __typename?: 'VersionOfRelation', type: RelationType }
           }> } }
   | null };

export type LastCompaniesQueryVariables = Exact<{ [key: string]: never; }>;


export type LastCompaniesQuery = { __typename?: 'Query', entities: { __typename?: 'EntityConnection', edges: Array<{ __typename?: 'EntityEdge', node:
        | { __typename?: 'Article', name: string }
        | { __typename?: 'Authority', name: string }
        | { __typename?: 'Company', name: string }
        | { __typename?: 'Event', name: string }
        | { __typename?: 'Law', name: string }
        | { __typename?: 'Organization', name: string }
        | { __typename?: 'Outlet', name: string }
        | { __typename?: 'Person', name: string }
        | { __typename?: 'Place', name: string }
        | { __typename?: 'Provision', name: string }
        | { __typename?: 'Report', name: string }
        | { __typename?: 'Role', name: string }
        | { __typename?: 'Service', name: string }
        | { __typename?: 'Statement', name: string }
       }>, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor: string | null } } | null };

export type Q2DeepOwnershipChainQueryVariables = Exact<{
  entity?: Scalars['String']['input'];
}>;


export type Q2DeepOwnershipChainQuery = { __typename?: 'Query', ownershipChain: { __typename?: 'OwnershipChain', entity:
      | { __typename?: 'Article', id: string, name: string }
      | { __typename?: 'Authority', id: string, name: string }
      | { __typename?: 'Company', id: string, name: string }
      | { __typename?: 'Event', id: string, name: string }
      | { __typename?: 'Law', id: string, name: string }
      | { __typename?: 'Organization', id: string, name: string }
      | { __typename?: 'Outlet', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
      | { __typename?: 'Provision', id: string, name: string }
      | { __typename?: 'Report', id: string, name: string }
      | { __typename?: 'Role', id: string, name: string }
      | { __typename?: 'Service', id: string, name: string }
      | { __typename?: 'Statement', id: string, name: string }
    , ultimateOwners: Array<
      | { __typename?: 'Article', id: string, name: string }
      | { __typename?: 'Authority', id: string, name: string }
      | { __typename?: 'Company', id: string, name: string }
      | { __typename?: 'Event', id: string, name: string }
      | { __typename?: 'Law', id: string, name: string }
      | { __typename?: 'Organization', id: string, name: string }
      | { __typename?: 'Outlet', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
      | { __typename?: 'Provision', id: string, name: string }
      | { __typename?: 'Report', id: string, name: string }
      | { __typename?: 'Role', id: string, name: string }
      | { __typename?: 'Service', id: string, name: string }
      | { __typename?: 'Statement', id: string, name: string }
    >, paths: Array<{ __typename?: 'OwnershipPath', length: number, hops: Array<{ __typename?: 'OwnsRelation', id: string, from:
          | { __typename?: 'Article', id: string, name: string }
          | { __typename?: 'Authority', id: string, name: string }
          | { __typename?: 'Company', id: string, name: string }
          | { __typename?: 'Event', id: string, name: string }
          | { __typename?: 'Law', id: string, name: string }
          | { __typename?: 'Organization', id: string, name: string }
          | { __typename?: 'Outlet', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
          | { __typename?: 'Provision', id: string, name: string }
          | { __typename?: 'Report', id: string, name: string }
          | { __typename?: 'Role', id: string, name: string }
          | { __typename?: 'Service', id: string, name: string }
          | { __typename?: 'Statement', id: string, name: string }
        , to:
          | { __typename?: 'Article', id: string, name: string }
          | { __typename?: 'Authority', id: string, name: string }
          | { __typename?: 'Company', id: string, name: string }
          | { __typename?: 'Event', id: string, name: string }
          | { __typename?: 'Law', id: string, name: string }
          | { __typename?: 'Organization', id: string, name: string }
          | { __typename?: 'Outlet', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
          | { __typename?: 'Provision', id: string, name: string }
          | { __typename?: 'Report', id: string, name: string }
          | { __typename?: 'Role', id: string, name: string }
          | { __typename?: 'Service', id: string, name: string }
          | { __typename?: 'Statement', id: string, name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }> }> } | null };

export type Q3CompanyPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type Q3CompanyPageQuery = { __typename?: 'Query', entities: { __typename?: 'EntityConnection', edges: Array<{ __typename?: 'EntityEdge', node:
        | { __typename?: 'Article', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Authority', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Company', id: string, name: string, owners: Array<{ __typename?: 'OwnsRelation', id: string, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }>, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Event', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Law', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Organization', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Outlet', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Person', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Place', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Provision', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Report', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Role', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Service', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
        | { __typename?: 'Statement', id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string } }> }
       }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type Q4ShortestPathQueryVariables = Exact<{
  from?: Scalars['String']['input'];
  to?: Scalars['String']['input'];
}>;


export type Q4ShortestPathQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'GraphPath', length: number, nodes: Array<
      | { __typename?: 'Article', id: string, name: string }
      | { __typename?: 'Authority', id: string, name: string }
      | { __typename?: 'Company', id: string, name: string }
      | { __typename?: 'Event', id: string, name: string }
      | { __typename?: 'Law', id: string, name: string }
      | { __typename?: 'Organization', id: string, name: string }
      | { __typename?: 'Outlet', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
      | { __typename?: 'Provision', id: string, name: string }
      | { __typename?: 'Report', id: string, name: string }
      | { __typename?: 'Role', id: string, name: string }
      | { __typename?: 'Service', id: string, name: string }
      | { __typename?: 'Statement', id: string, name: string }
    >, edges: Array<
      | { __typename?: 'AboutRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'AppointsBoardOfRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'AvailableInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'BlockedInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CensoredRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ChargedUnderRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CitesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ControlsRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CooperatesWithRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CriticisedRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'EnactedRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ExitsMarketRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'GrantsPowerToRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HasInterestInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HasTrustInterestInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HasVotingRightsInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HoldsRoleRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'InvolvesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'JurisdictionOverRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'LocatedInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'MadeStatementRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ManagesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'MentionsRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'OwnsRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PartOfRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PausedRequestsFromRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PenalisesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PrecedesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PublishedByRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PublishedReportRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'RefusesRequestsFromRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'RefusesToComplyWithRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'RoleOfRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'SaidToRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'SignedRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'StoresDataInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'UsesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'VersionOfRelation', type: RelationType, fromId: string, toId: string }
    > }> | null };

export type Q5SearchQueryVariables = Exact<{
  query?: Scalars['String']['input'];
}>;


export type Q5SearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, entity:
      | { __typename?: 'Article', id: string, name: string, kind: Kind }
      | { __typename?: 'Authority', id: string, name: string, kind: Kind }
      | { __typename?: 'Company', id: string, name: string, kind: Kind }
      | { __typename?: 'Event', id: string, name: string, kind: Kind }
      | { __typename?: 'Law', id: string, name: string, kind: Kind }
      | { __typename?: 'Organization', id: string, name: string, kind: Kind }
      | { __typename?: 'Outlet', id: string, name: string, kind: Kind }
      | { __typename?: 'Person', id: string, name: string, kind: Kind }
      | { __typename?: 'Place', id: string, name: string, kind: Kind }
      | { __typename?: 'Provision', id: string, name: string, kind: Kind }
      | { __typename?: 'Report', id: string, name: string, kind: Kind }
      | { __typename?: 'Role', id: string, name: string, kind: Kind }
      | { __typename?: 'Service', id: string, name: string, kind: Kind }
      | { __typename?: 'Statement', id: string, name: string, kind: Kind }
     }> | null };

export type Q6NeighbourhoodQueryVariables = Exact<{
  entity?: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type Q6NeighbourhoodQuery = { __typename?: 'Query', neighbourhood: { __typename?: 'Neighbourhood', truncated: boolean, nodes: Array<{ __typename?: 'Neighbour', entityId: string, name: string, kind: Kind, depth: number }>, edges: Array<
      | { __typename?: 'AboutRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'AppointsBoardOfRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'AvailableInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'BlockedInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CensoredRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ChargedUnderRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CitesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ControlsRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CooperatesWithRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'CriticisedRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'EnactedRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ExitsMarketRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'GrantsPowerToRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HasInterestInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HasTrustInterestInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HasVotingRightsInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'HoldsRoleRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'InvolvesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'JurisdictionOverRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'LocatedInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'MadeStatementRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ManagesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'MentionsRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'OwnsRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PartOfRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PausedRequestsFromRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PenalisesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PrecedesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PublishedByRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'PublishedReportRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'RefusesRequestsFromRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'RefusesToComplyWithRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'RoleOfRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'SaidToRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'SignedRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'StoresDataInRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'UsesRelation', type: RelationType, fromId: string, toId: string }
      | { __typename?: 'VersionOfRelation', type: RelationType, fromId: string, toId: string }
    > } | null };

export type Q7ArticleEvidenceQueryVariables = Exact<{
  article?: Scalars['ID']['input'];
}>;


export type Q7ArticleEvidenceQuery = { __typename?: 'Query', entity:
    | { __typename?: 'Article', title: string, id: string, evidence: Array<{ __typename?: 'Source', excerpt: string, start: number, relation:
          | { __typename?: 'AboutRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'AppointsBoardOfRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'AvailableInRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'BlockedInRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'CensoredRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'ChargedUnderRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'CitesRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'ControlsRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'CooperatesWithRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'CriticisedRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'EnactedRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'ExitsMarketRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'GrantsPowerToRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'HasInterestInRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'HasTrustInterestInRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'HasVotingRightsInRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'HoldsRoleRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'InvolvesRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'JurisdictionOverRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'LocatedInRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'MadeStatementRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'ManagesRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'MentionsRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'OwnsRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'PartOfRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'PausedRequestsFromRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'PenalisesRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'PrecedesRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'PublishedByRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'PublishedReportRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'ReceivedRequestsFromRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'RefusesRequestsFromRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'RefusesToComplyWithRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'RoleOfRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'SaidToRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'SignedRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'StoresDataInRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'UsesRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
          | { __typename?: 'VersionOfRelation', type: RelationType, from:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
            , to:
              | { __typename?: 'Article', id: string, name: string }
              | { __typename?: 'Authority', id: string, name: string }
              | { __typename?: 'Company', id: string, name: string }
              | { __typename?: 'Event', id: string, name: string }
              | { __typename?: 'Law', id: string, name: string }
              | { __typename?: 'Organization', id: string, name: string }
              | { __typename?: 'Outlet', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
              | { __typename?: 'Provision', id: string, name: string }
              | { __typename?: 'Report', id: string, name: string }
              | { __typename?: 'Role', id: string, name: string }
              | { __typename?: 'Service', id: string, name: string }
              | { __typename?: 'Statement', id: string, name: string }
             }
         | null, entity:
          | { __typename?: 'Article', id: string, name: string }
          | { __typename?: 'Authority', id: string, name: string }
          | { __typename?: 'Company', id: string, name: string }
          | { __typename?: 'Event', id: string, name: string }
          | { __typename?: 'Law', id: string, name: string }
          | { __typename?: 'Organization', id: string, name: string }
          | { __typename?: 'Outlet', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
          | { __typename?: 'Provision', id: string, name: string }
          | { __typename?: 'Report', id: string, name: string }
          | { __typename?: 'Role', id: string, name: string }
          | { __typename?: 'Service', id: string, name: string }
          | { __typename?: 'Statement', id: string, name: string }
         | null }> }
    | { __typename?: 'Authority', id: string }
    | { __typename?: 'Company', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Law', id: string }
    | { __typename?: 'Organization', id: string }
    | { __typename?: 'Outlet', id: string }
    | { __typename?: 'Person', id: string }
    | { __typename?: 'Place', id: string }
    | { __typename?: 'Provision', id: string }
    | { __typename?: 'Report', id: string }
    | { __typename?: 'Role', id: string }
    | { __typename?: 'Service', id: string }
    | { __typename?: 'Statement', id: string }
   | null };

export type Q8TextSearchQueryVariables = Exact<{
  query?: Scalars['String']['input'];
}>;


export type Q8TextSearchQuery = { __typename?: 'Query', textSearch: Array<{ __typename?: 'TextHit', field: TextField, score: number, article: { __typename?: 'Article', id: string, title: string } | null }> | null };

export type CompareOwnershipChainQueryVariables = Exact<{
  entity?: Scalars['String']['input'];
}>;


export type CompareOwnershipChainQuery = { __typename?: 'Query', ownershipChain: { __typename?: 'OwnershipChain', hasCycle: boolean, entity:
      | { __typename?: 'Article', id: string, name: string }
      | { __typename?: 'Authority', id: string, name: string }
      | { __typename?: 'Company', id: string, name: string }
      | { __typename?: 'Event', id: string, name: string }
      | { __typename?: 'Law', id: string, name: string }
      | { __typename?: 'Organization', id: string, name: string }
      | { __typename?: 'Outlet', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
      | { __typename?: 'Provision', id: string, name: string }
      | { __typename?: 'Report', id: string, name: string }
      | { __typename?: 'Role', id: string, name: string }
      | { __typename?: 'Service', id: string, name: string }
      | { __typename?: 'Statement', id: string, name: string }
    , ultimateOwners: Array<
      | { __typename?: 'Article', id: string, name: string }
      | { __typename?: 'Authority', id: string, name: string }
      | { __typename?: 'Company', id: string, name: string }
      | { __typename?: 'Event', id: string, name: string }
      | { __typename?: 'Law', id: string, name: string }
      | { __typename?: 'Organization', id: string, name: string }
      | { __typename?: 'Outlet', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
      | { __typename?: 'Provision', id: string, name: string }
      | { __typename?: 'Report', id: string, name: string }
      | { __typename?: 'Role', id: string, name: string }
      | { __typename?: 'Service', id: string, name: string }
      | { __typename?: 'Statement', id: string, name: string }
    >, paths: Array<{ __typename?: 'OwnershipPath', length: number, hops: Array<{ __typename?: 'OwnsRelation', id: string, from:
          | { __typename?: 'Article', id: string, name: string }
          | { __typename?: 'Authority', id: string, name: string }
          | { __typename?: 'Company', id: string, name: string }
          | { __typename?: 'Event', id: string, name: string }
          | { __typename?: 'Law', id: string, name: string }
          | { __typename?: 'Organization', id: string, name: string }
          | { __typename?: 'Outlet', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
          | { __typename?: 'Provision', id: string, name: string }
          | { __typename?: 'Report', id: string, name: string }
          | { __typename?: 'Role', id: string, name: string }
          | { __typename?: 'Service', id: string, name: string }
          | { __typename?: 'Statement', id: string, name: string }
        , to:
          | { __typename?: 'Article', id: string, name: string }
          | { __typename?: 'Authority', id: string, name: string }
          | { __typename?: 'Company', id: string, name: string }
          | { __typename?: 'Event', id: string, name: string }
          | { __typename?: 'Law', id: string, name: string }
          | { __typename?: 'Organization', id: string, name: string }
          | { __typename?: 'Outlet', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
          | { __typename?: 'Provision', id: string, name: string }
          | { __typename?: 'Report', id: string, name: string }
          | { __typename?: 'Role', id: string, name: string }
          | { __typename?: 'Service', id: string, name: string }
          | { __typename?: 'Statement', id: string, name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }> }> } | null };

export type ComparePausedRequestsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ComparePausedRequestsQuery = { __typename?: 'Query', relations: { __typename?: 'RelationConnection', edges: Array<{ __typename?: 'RelationEdge', node:
        | { __typename?: 'AboutRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'AppointsBoardOfRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'AvailableInRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'BlockedInRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'CensoredRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'ChargedUnderRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'CitesRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'ControlsRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'CooperatesWithRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'CriticisedRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'EnactedRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'ExitsMarketRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'GrantsPowerToRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'HasInterestInRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'HasTrustInterestInRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'HasVotingRightsInRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'HoldsRoleRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'InvolvesRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'JurisdictionOverRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'LocatedInRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'MadeStatementRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'ManagesRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'MentionsRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'OwnsRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'PartOfRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'PausedRequestsFromRelation', status: string | null, id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'PenalisesRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'PrecedesRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'PublishedByRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'PublishedReportRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'ReceivedRequestsFromRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'RefusesRequestsFromRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'RefusesToComplyWithRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'RoleOfRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'SaidToRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'SignedRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'StoresDataInRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'UsesRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
        | { __typename?: 'VersionOfRelation', id: string, date: string | null, from:
            | { __typename?: 'Article', id: string, name: string, kind: Kind }
            | { __typename?: 'Authority', id: string, name: string, kind: Kind }
            | { __typename?: 'Company', id: string, name: string, kind: Kind }
            | { __typename?: 'Event', id: string, name: string, kind: Kind }
            | { __typename?: 'Law', id: string, name: string, kind: Kind }
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
            | { __typename?: 'Article', id: string, name: string }
            | { __typename?: 'Authority', id: string, name: string }
            | { __typename?: 'Company', id: string, name: string }
            | { __typename?: 'Event', id: string, name: string }
            | { __typename?: 'Law', id: string, name: string }
            | { __typename?: 'Organization', id: string, name: string }
            | { __typename?: 'Outlet', id: string, name: string }
            | { __typename?: 'Person', id: string, name: string }
            | { __typename?: 'Place', id: string, name: string }
            | { __typename?: 'Provision', id: string, name: string }
            | { __typename?: 'Report', id: string, name: string }
            | { __typename?: 'Role', id: string, name: string }
            | { __typename?: 'Service', id: string, name: string }
            | { __typename?: 'Statement', id: string, name: string }
          , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
       }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } | null };

export type CompareStatementsQueryVariables = Exact<{
  company?: Scalars['String']['input'];
}>;


export type CompareStatementsQuery = { __typename?: 'Query', lookup:
    | { __typename?: 'Article', id: string, name: string }
    | { __typename?: 'Authority', id: string, name: string }
    | { __typename?: 'Company', id: string, name: string, statements: Array<{ __typename?: 'MadeStatementRelation', id: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }>, to:
          | { __typename?: 'Article', id: string, name: string }
          | { __typename?: 'Authority', id: string, name: string }
          | { __typename?: 'Company', id: string, name: string }
          | { __typename?: 'Event', id: string, name: string }
          | { __typename?: 'Law', id: string, name: string }
          | { __typename?: 'Organization', id: string, name: string }
          | { __typename?: 'Outlet', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
          | { __typename?: 'Provision', id: string, name: string }
          | { __typename?: 'Report', id: string, name: string }
          | { __typename?: 'Role', id: string, name: string }
          | { __typename?: 'Service', id: string, name: string }
          | { __typename?: 'Statement', text: string | null, date: string | null, id: string, name: string, sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', id: string, title: string, date: string | null } }> }
         }> }
    | { __typename?: 'Event', id: string, name: string }
    | { __typename?: 'Law', id: string, name: string }
    | { __typename?: 'Organization', id: string, name: string }
    | { __typename?: 'Outlet', id: string, name: string }
    | { __typename?: 'Person', id: string, name: string }
    | { __typename?: 'Place', id: string, name: string }
    | { __typename?: 'Provision', id: string, name: string }
    | { __typename?: 'Report', id: string, name: string }
    | { __typename?: 'Role', id: string, name: string }
    | { __typename?: 'Service', id: string, name: string }
    | { __typename?: 'Statement', id: string, name: string }
   | null };

export type AssertFactMutationVariables = Exact<{
  input?: AssertFactInput;
}>;


export type AssertFactMutation = { __typename?: 'Mutation', assertFact:
    | { __typename: 'ConflictError', message: string, currentVersion: number }
    | { __typename: 'FactChanged', created: boolean, fact:
        | { __typename?: 'AboutRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'AppointsBoardOfRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'AvailableInRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'BlockedInRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'CensoredRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'ChargedUnderRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'CitesRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'ControlsRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'CooperatesWithRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'CriticisedRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'EnactedRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'ExitsMarketRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'GrantsPowerToRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'HasInterestInRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'HasTrustInterestInRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'HasVotingRightsInRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'HoldsRoleRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'InvolvesRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'JurisdictionOverRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'LocatedInRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'MadeStatementRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'ManagesRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'MentionsRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'OwnsRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'PartOfRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'PausedRequestsFromRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'PenalisesRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'PrecedesRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'PublishedByRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'PublishedReportRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'ReceivedRequestsFromRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'RefusesRequestsFromRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'RefusesToComplyWithRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'RoleOfRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'SaidToRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'SignedRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'StoresDataInRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'UsesRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
        | { __typename?: 'VersionOfRelation', id: string, version: number, assertedAt: string | null, assertedBy: string | null, sources: Array<{ __typename?: 'Source', excerpt: string, start: number, end: number, support: Support }> }
       }
    | { __typename: 'NotFoundError', message: string, ref: string }
    | { __typename: 'ValidationError', message: string, path: Array<string> }
   };

export type ChainQueryVariables = Exact<{
  entity: Scalars['String']['input'];
}>;


export type ChainQuery = { __typename?: 'Query', ownershipChain: { __typename?: 'OwnershipChain', hasCycle: boolean, truncated: boolean, entity:
      | { __typename?: 'Article', id: string, name: string }
      | { __typename?: 'Authority', id: string, name: string }
      | { __typename?: 'Company', id: string, name: string }
      | { __typename?: 'Event', id: string, name: string }
      | { __typename?: 'Law', id: string, name: string }
      | { __typename?: 'Organization', id: string, name: string }
      | { __typename?: 'Outlet', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
      | { __typename?: 'Provision', id: string, name: string }
      | { __typename?: 'Report', id: string, name: string }
      | { __typename?: 'Role', id: string, name: string }
      | { __typename?: 'Service', id: string, name: string }
      | { __typename?: 'Statement', id: string, name: string }
    , paths: Array<{ __typename?: 'OwnershipPath', cycle: boolean, truncated: boolean, hops: Array<{ __typename?: 'OwnsRelation', from:
          | { __typename?: 'Article', id: string, name: string }
          | { __typename?: 'Authority', id: string, name: string }
          | { __typename?: 'Company', id: string, name: string }
          | { __typename?: 'Event', id: string, name: string }
          | { __typename?: 'Law', id: string, name: string }
          | { __typename?: 'Organization', id: string, name: string }
          | { __typename?: 'Outlet', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
          | { __typename?: 'Provision', id: string, name: string }
          | { __typename?: 'Report', id: string, name: string }
          | { __typename?: 'Role', id: string, name: string }
          | { __typename?: 'Service', id: string, name: string }
          | { __typename?: 'Statement', id: string, name: string }
        , to:
          | { __typename?: 'Article', id: string, name: string }
          | { __typename?: 'Authority', id: string, name: string }
          | { __typename?: 'Company', id: string, name: string }
          | { __typename?: 'Event', id: string, name: string }
          | { __typename?: 'Law', id: string, name: string }
          | { __typename?: 'Organization', id: string, name: string }
          | { __typename?: 'Outlet', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
          | { __typename?: 'Provision', id: string, name: string }
          | { __typename?: 'Report', id: string, name: string }
          | { __typename?: 'Role', id: string, name: string }
          | { __typename?: 'Service', id: string, name: string }
          | { __typename?: 'Statement', id: string, name: string }
        , sources: Array<{ __typename?: 'Source', excerpt: string, article: { __typename?: 'Article', title: string, date: string | null, publishedAt: string | null, outlet: { __typename?: 'Outlet', name: string } | null } }> }> }> } | null };

export type OwnerChainFragment = { __typename?: 'OwnershipChain', hasCycle: boolean, truncated: boolean, entity:
    | { __typename?: 'Article', id: string, name: string }
    | { __typename?: 'Authority', id: string, name: string }
    | { __typename?: 'Company', id: string, name: string }
    | { __typename?: 'Event', id: string, name: string }
    | { __typename?: 'Law', id: string, name: string }
    | { __typename?: 'Organization', id: string, name: string }
    | { __typename?: 'Outlet', id: string, name: string }
    | { __typename?: 'Person', id: string, name: string }
    | { __typename?: 'Place', id: string, name: string }
    | { __typename?: 'Provision', id: string, name: string }
    | { __typename?: 'Report', id: string, name: string }
    | { __typename?: 'Role', id: string, name: string }
    | { __typename?: 'Service', id: string, name: string }
    | { __typename?: 'Statement', id: string, name: string }
  , ultimateOwners: Array<
    | { __typename?: 'Article', name: string }
    | { __typename?: 'Authority', name: string }
    | { __typename?: 'Company', name: string }
    | { __typename?: 'Event', name: string }
    | { __typename?: 'Law', name: string }
    | { __typename?: 'Organization', name: string }
    | { __typename?: 'Outlet', name: string }
    | { __typename?: 'Person', name: string }
    | { __typename?: 'Place', name: string }
    | { __typename?: 'Provision', name: string }
    | { __typename?: 'Report', name: string }
    | { __typename?: 'Role', name: string }
    | { __typename?: 'Service', name: string }
    | { __typename?: 'Statement', name: string }
  >, paths: Array<{ __typename?: 'OwnershipPath', hops: Array<{ __typename?: 'OwnsRelation', sources: Array<{ __typename?: 'Source', id: string }> }> }> } & { ' $fragmentName'?: 'OwnerChainFragment' };

export type OwnerChainQueryVariables = Exact<{
  entity: Scalars['String']['input'];
}>;


export type OwnerChainQuery = { __typename?: 'Query', ownershipChain: (
    { __typename?: 'OwnershipChain' }
    & { ' $fragmentRefs'?: { 'OwnerChainFragment': OwnerChainFragment } }
  ) | null };

export const OwnerChainFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnerChain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OwnershipChain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ultimateOwners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasCycle"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnerChainFragment, unknown>;
export const BenchGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchGraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"entities"}},{"kind":"Field","name":{"kind":"Name","value":"relations"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}}]}}]}}]} as unknown as DocumentNode<BenchGraphQuery, BenchGraphQueryVariables>;
export const OwnershipChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnershipChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"WhatsApp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ultimateOwners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasCycle"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnershipChainQuery, OwnershipChainQueryVariables>;
export const SubsidiariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Subsidiaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Facebook","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubsidiariesQuery, SubsidiariesQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Telegram","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Hong Kong Police","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Telegram","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OWNS"},{"kind":"EnumValue","value":"PAUSED_REQUESTS_FROM"},{"kind":"EnumValue","value":"REFUSES_REQUESTS_FROM"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}},"defaultValue":{"kind":"StringValue","value":"2020-07-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}},"defaultValue":{"kind":"StringValue","value":"2020-07-02","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"dateResolved"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"HK police","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const TextSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TextSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"end-to-end encryption","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TextSearchQuery, TextSearchQueryVariables>;
export const ClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Claims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Xi Jinping","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"articleCount"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnactedRelation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignedRelation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimsQuery, ClaimsQueryVariables>;
export const RelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Relations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}},"defaultValue":{"kind":"EnumValue","value":"PAUSED_REQUESTS_FROM"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PausedRequestsFromRelation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RelationsQuery, RelationsQueryVariables>;
export const FactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outlet"},"value":{"kind":"StringValue","value":"MediaNama","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"StringValue","value":"2020-07-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"StringValue","value":"2020-07-05","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DATE_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FactsQuery, FactsQueryVariables>;
export const ArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Articles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ArticlesQuery, ArticlesQueryVariables>;
export const ArticleTimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"article:medianama-big-tech-pause","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"localAt"}},{"kind":"Field","name":{"kind":"Name","value":"atText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticleTimesQuery, ArticleTimesQueryVariables>;
export const LookupEntityNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LookupEntityNode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"StringValue","value":"nat sec law","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"service:whatsapp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pausedRequestsFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"person:carrie-lam","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<LookupEntityNodeQuery, LookupEntityNodeQueryVariables>;
export const EntityRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityRelations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"service:whatsapp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OWNS"},{"kind":"EnumValue","value":"MADE_STATEMENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityRelationsQuery, EntityRelationsQueryVariables>;
export const LastCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LastCompanies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COMPANY"}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<LastCompaniesQuery, LastCompaniesQueryVariables>;
export const Q2DeepOwnershipChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Q2DeepOwnershipChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"service:whatsapp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ultimateOwners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Q2DeepOwnershipChainQuery, Q2DeepOwnershipChainQueryVariables>;
export const Q3CompanyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Q3CompanyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COMPANY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<Q3CompanyPageQuery, Q3CompanyPageQueryVariables>;
export const Q4ShortestPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Q4ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"service:tiktok","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"authority:hong-kong-government","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}}]}}]}}]}}]} as unknown as DocumentNode<Q4ShortestPathQuery, Q4ShortestPathQueryVariables>;
export const Q5SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Q5Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"police","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<Q5SearchQuery, Q5SearchQueryVariables>;
export const Q6NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Q6Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"company:facebook","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}}]}}]}}]}}]} as unknown as DocumentNode<Q6NeighbourhoodQuery, Q6NeighbourhoodQueryVariables>;
export const Q7ArticleEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Q7ArticleEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"article"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"article:messaging-firms-refuse-hk-requests","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"article"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Q7ArticleEvidenceQuery, Q7ArticleEvidenceQueryVariables>;
export const Q8TextSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Q8TextSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"end-to-end encryption","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<Q8TextSearchQuery, Q8TextSearchQueryVariables>;
export const CompareOwnershipChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareOwnershipChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"WhatsApp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ultimateOwners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasCycle"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareOwnershipChainQuery, CompareOwnershipChainQueryVariables>;
export const ComparePausedRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparePausedRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"PAUSED_REQUESTS_FROM"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PausedRequestsFromRelation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ComparePausedRequestsQuery, ComparePausedRequestsQueryVariables>;
export const CompareStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"company"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Google","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"company"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareStatementsQuery, CompareStatementsQueryVariables>;
export const AssertFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssertFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssertFactInput"}}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"OWNS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"Facebook","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"Instagram","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"citations"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"article"},"value":{"kind":"StringValue","value":"article:fb-whatsapp-telegram-stop-hk-requests","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"excerpt"},"value":{"kind":"StringValue","value":"Facebook, WhatsApp and Instagram are blocked in China","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"support"},"value":{"kind":"EnumValue","value":"INFERRED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"Listed with Facebook's own products; the article does not state the ownership.","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assertFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assertedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]} as unknown as DocumentNode<AssertFactMutation, AssertFactMutationVariables>;
export const ChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Chain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasCycle"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChainQuery, ChainQueryVariables>;
export const OwnerChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnerChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnerChain"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnerChain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OwnershipChain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ultimateOwners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasCycle"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnerChainQuery, OwnerChainQueryVariables>;