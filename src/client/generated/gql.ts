/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Chain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    entity {\n      id\n      name\n    }\n    hasCycle\n    truncated\n    paths {\n      cycle\n      truncated\n      hops {\n        from {\n          id\n          name\n        }\n        to {\n          id\n          name\n        }\n        sources {\n          excerpt\n          article {\n            title\n            date\n            publishedAt\n            outlet {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ChainDocument,
    "fragment OwnerChain on OwnershipChain {\n  entity {\n    id\n    name\n  }\n  ultimateOwners {\n    name\n  }\n  hasCycle\n  truncated\n  paths {\n    hops {\n      sources {\n        id\n      }\n    }\n  }\n}\n\nquery OwnerChain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    ...OwnerChain\n  }\n}": typeof types.OwnerChainFragmentDoc,
};
const documents: Documents = {
    "query Chain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    entity {\n      id\n      name\n    }\n    hasCycle\n    truncated\n    paths {\n      cycle\n      truncated\n      hops {\n        from {\n          id\n          name\n        }\n        to {\n          id\n          name\n        }\n        sources {\n          excerpt\n          article {\n            title\n            date\n            publishedAt\n            outlet {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.ChainDocument,
    "fragment OwnerChain on OwnershipChain {\n  entity {\n    id\n    name\n  }\n  ultimateOwners {\n    name\n  }\n  hasCycle\n  truncated\n  paths {\n    hops {\n      sources {\n        id\n      }\n    }\n  }\n}\n\nquery OwnerChain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    ...OwnerChain\n  }\n}": types.OwnerChainFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Chain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    entity {\n      id\n      name\n    }\n    hasCycle\n    truncated\n    paths {\n      cycle\n      truncated\n      hops {\n        from {\n          id\n          name\n        }\n        to {\n          id\n          name\n        }\n        sources {\n          excerpt\n          article {\n            title\n            date\n            publishedAt\n            outlet {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Chain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    entity {\n      id\n      name\n    }\n    hasCycle\n    truncated\n    paths {\n      cycle\n      truncated\n      hops {\n        from {\n          id\n          name\n        }\n        to {\n          id\n          name\n        }\n        sources {\n          excerpt\n          article {\n            title\n            date\n            publishedAt\n            outlet {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OwnerChain on OwnershipChain {\n  entity {\n    id\n    name\n  }\n  ultimateOwners {\n    name\n  }\n  hasCycle\n  truncated\n  paths {\n    hops {\n      sources {\n        id\n      }\n    }\n  }\n}\n\nquery OwnerChain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    ...OwnerChain\n  }\n}"): (typeof documents)["fragment OwnerChain on OwnershipChain {\n  entity {\n    id\n    name\n  }\n  ultimateOwners {\n    name\n  }\n  hasCycle\n  truncated\n  paths {\n    hops {\n      sources {\n        id\n      }\n    }\n  }\n}\n\nquery OwnerChain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    ...OwnerChain\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;