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

/** A relation type of the ontology; also the Neo4j relationship type. Arguments of this type are the only way a relationship type reaches a query. */
export type RelationType =
  /** The statement, event or report concerns the target entity (any kind). */
  | 'ABOUT'
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
  /** The article mentions the entity (derived: the article is a source of a fact about it). Its evidence is those facts' sources. */
  | 'MENTIONS'
  /** The source owns the target (parent company → subsidiary or product). */
  | 'OWNS'
  /** The source is a part of the target (a provision of a law, an agency of a government, a territory of a country). */
  | 'PART_OF'
  /** The source paused processing user-data requests from the target authority. */
  | 'PAUSED_REQUESTS_FROM'
  /** The law sets a penalty (`description`; per source `amount`, `currency`, `prisonTerm`) on the target. */
  | 'PENALISES'
  /** The source event happened before the target event, as a source places them ("less than a day" before). */
  | 'PRECEDES'
  /** The article was published by the outlet (derived from the article's outlet evidence). */
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
export const ChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Chain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasCycle"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChainQuery, ChainQueryVariables>;
export const OwnerChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnerChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnerChain"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnerChain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OwnershipChain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ultimateOwners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasCycle"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnerChainQuery, OwnerChainQueryVariables>;