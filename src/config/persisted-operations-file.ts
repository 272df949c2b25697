/**
 * The persisted-operations file (PERSISTED_OPERATIONS_FILE): the operations a front-end build may send
 * by hash instead of by text. Two formats are read:
 *   - a JSON object of hash → document, as GraphQL Code Generator's client preset writes it
 *     (`persistedDocuments`: `persisted-documents.json`) and as Relay's persisted queries are kept;
 *   - Apollo's persisted query manifest (`@apollo/generate-persisted-query-manifest`):
 *     `{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id", "body", … }] }`.
 * Every document must parse; the server checks them against the schema when it starts (yoga.ts).
 * Errors are one line (they end up in `invalid configuration: PERSISTED_OPERATIONS_FILE …`).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parse } from 'graphql';
import { fieldOf, isRecord, messageOf } from '../shape.js';

/** Hash → document text. */
export type PersistedOperations = ReadonlyMap<string, string>;

/** Hashes are opaque to the API, but must look like ids: letters, digits and `_:.-`, at most 200 characters. */
const HASH = /^[A-Za-z0-9_:.-]{1,200}$/;

/** `file` relative to `root` unless absolute. */
export function resolveFile(file: string, root: string): string {
  return isAbsolute(file) ? file : join(root, file);
}

/** Reads and checks the file; throws an Error with a one-line message saying what is wrong. */
export function readPersistedOperations(path: string): PersistedOperations {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot be read (${String(fieldOf(error, 'code') ?? messageOf(error))}: ${path})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`is not JSON: ${messageOf(error)}`);
  }
  const entries = entriesOf(json);
  if (entries.length === 0) throw new Error('holds no operations');
  const operations = new Map<string, string>();
  for (const [hash, document] of entries) {
    if (!HASH.test(hash))
      throw new Error(`has a hash that is not an id (letters, digits, "_:.-", at most 200 characters): ${JSON.stringify(hash.slice(0, 60))}`);
    if (typeof document !== 'string' || document.trim() === '') throw new Error(`operation ${hash} is not a GraphQL document string`);
    try {
      parse(document, { noLocation: true });
    } catch (error) {
      throw new Error(`operation ${hash} does not parse: ${messageOf(error).split('\n')[0]!.replace(/\.$/, '')}`);
    }
    if (operations.has(hash) && operations.get(hash) !== document) throw new Error(`operation ${hash} is listed twice with different documents`);
    operations.set(hash, document);
  }
  return operations;
}

function entriesOf(json: unknown): [string, unknown][] {
  if (!isRecord(json)) throw new Error('must be a JSON object of hash → document, or an Apollo persisted query manifest');
  const o = json;
  if (o.format === 'apollo-persisted-query-manifest') {
    if (o.version !== 1 || !Array.isArray(o.operations)) throw new Error('is an Apollo manifest but not version 1 with an "operations" list');
    return o.operations.map((op, i) => {
      const id = fieldOf(op, 'id');
      const body = fieldOf(op, 'body');
      if (typeof id !== 'string') throw new Error(`Apollo manifest operation ${i} has no string "id"`);
      return [id, body];
    });
  }
  return Object.entries(o);
}
