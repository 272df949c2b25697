/** The explorer's only ways to the API: POST /graphql with a typed document, and the ontology it draws with. */
import type { ExplorerOntology } from '../../src/server/explore-ontology.js';
import type { TypedDocumentString } from './generated/graphql.js';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

/** Runs one of ./queries.ts's operations; a GraphQL error (or a non-JSON answer) is thrown, with its messages. */
export async function gql<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] }))) as GraphQLAnswer<TResult>;
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error(`HTTP ${res.status}: no data`);
  return body.data;
}

/** The kinds, relation types and support levels of the API's ontology (served at start-up from src/ontology.ts). */
export async function loadOntology(): Promise<ExplorerOntology> {
  const res = await fetch('/explore/ontology.json', { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`/explore/ontology.json: HTTP ${res.status}`);
  return (await res.json()) as ExplorerOntology;
}

/** A root field's answer: nullable in the schema (an error nulls it), so a null is the error that `gql` did not see. */
export function answered<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no answer for ${what}`);
  return value;
}
