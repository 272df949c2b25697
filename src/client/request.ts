/**
 * The typed client of our own API: POSTs a typed document (generated from src/client/*.graphql by
 * `npm run codegen`) and answers the GraphQL response with `data` typed by that document.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type FormattedExecutionResult, print } from 'graphql';
import { messageOf } from '../shape.js';

/** The API the command-line clients ask: `--url URL`, else API_URL, else the local API on $PORT (4000). */
export function apiUrl(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = args.indexOf('--url');
  return i >= 0 && args[i + 1] ? args[i + 1]! : (env.API_URL ?? `http://127.0.0.1:${env.PORT ?? 4000}/graphql`);
}

/** The API did not answer (refused, timed out, not JSON): the message says which. */
export class ApiUnreachableError extends Error {}

export async function request<TData, TVariables extends Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  timeoutMs = 15_000,
): Promise<FormattedExecutionResult<TData>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new ApiUnreachableError(`the API at ${url} is not answering (${messageOf(e)}); start it with \`npm start\``);
  }
  try {
    return (await res.json()) as FormattedExecutionResult<TData>;
  } catch (e) {
    throw new ApiUnreachableError(`the API at ${url} answered HTTP ${res.status} without a GraphQL response (${messageOf(e)})`);
  }
}
