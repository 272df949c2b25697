/**
 * Ownership chains of many entities in few requests (`npm run owners`): one request carries a batch of
 * aliased `aN: ownershipChain(entity: $eN) { ...OwnerChain }` fields, as many as the API's document
 * limits allow, and each answer becomes one CSV row. The fragment is src/client/owners.graphql; each
 * alias's result is read with its generated type (getFragmentData), since the batch document itself is
 * built here, at run time.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Lexer, Source, TokenKind, parse, print, visit } from 'graphql';
import { loadConfig } from '../config/config.js';
import { LIMITS } from '../bounds.js';
import { type FragmentType, getFragmentData } from './generated/index.js';
import { OwnerChainFragmentDoc, type OwnerChainFragment } from './generated/graphql.js';

export const CSV_HEADER = ['input', 'entity_id', 'entity_name', 'ultimate_owners', 'hops', 'weakest_hop_sources', 'status'] as const;

/**
 * OK: complete chains (or NO_OWNER: none recorded); CYCLE / TRUNCATED: some path loops or was cut at the
 * default depth (6), so the owners listed may be incomplete; NOT_FOUND: no entity by that name, alias or
 * id; INVALID_INPUT: longer than the API accepts for an argument (not asked); ERROR: the API answered
 * another error for this entity (its code and message go to stderr).
 */
export type Status = 'OK' | 'NO_OWNER' | 'CYCLE' | 'TRUNCATED' | 'CYCLE;TRUNCATED' | 'NOT_FOUND' | 'INVALID_INPUT' | 'ERROR';

export interface Row {
  input: string;
  entityId: string;
  entityName: string;
  /** Names of the owners at the top of the complete paths, in the API's order. */
  ultimateOwners: string[];
  /** OWNS hops of the longest path up (0: no owner); null when there is no chain. */
  hops: number | null;
  /** The fewest sources any hop of any path has; null when there is no hop. */
  weakestHopSources: number | null;
  status: Status;
}

/** Names to look up: one per line, trimmed; blank lines and lines starting with `#` are skipped. */
export function parseNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** What one batch answers: one masked OwnerChain (or null) per alias a0, a1, … */
export type BatchData = Record<string, FragmentType<typeof OwnerChainFragmentDoc> | null>;
export type BatchVariables = Record<string, string>;

/** The text of a batch of `size` aliased ownershipChain fields; variable $eN holds the Nth name. */
export function batchQuery(size: number): string {
  const variables = Array.from({ length: size }, (_, i) => `$e${i}: String!`).join(', ');
  const fields = Array.from({ length: size }, (_, i) => `  a${i}: ownershipChain(entity: $e${i}) { ...OwnerChain }`).join('\n');
  return `query Owners(${variables}) {\n${fields}\n}\n\n${print(OwnerChainFragmentDoc)}\n`;
}

export function batchDocument(size: number): TypedDocumentNode<BatchData, BatchVariables> {
  return parse(batchQuery(size)) as TypedDocumentNode<BatchData, BatchVariables>;
}

/** The document limits a batch must fit, as the API enforces them with its default settings. */
export interface BatchLimits {
  /** graphql-armor MAX_ALIASES: aliases in the operation. */
  maxAliases: number;
  /** graphql-armor MAX_TOKENS: lexical tokens in the document. */
  maxTokens: number;
  /** Pothos breadth limit: fields selected, each alias counting its whole selection. */
  maxBreadth: number;
  /** Pothos depth limit. */
  maxDepth: number;
  /** MAX_STRING_ARG_LENGTH: longest name the API accepts. */
  maxNameLength: number;
}

export function defaultBatchLimits(): BatchLimits {
  const config = loadConfig({});
  return {
    maxAliases: config.MAX_ALIASES,
    maxTokens: config.MAX_TOKENS,
    maxBreadth: LIMITS.queryBreadth,
    maxDepth: Math.min(LIMITS.queryDepth, config.MAX_DEPTH),
    maxNameLength: config.MAX_STRING_ARG_LENGTH,
  };
}

/** Fields the OwnerChain fragment selects (the breadth one alias adds, besides its own field). */
export function fragmentBreadth(): number {
  let fields = 0;
  visit(OwnerChainFragmentDoc, {
    Field: () => {
      fields++;
    },
  });
  return fields;
}

function fragmentDepth(): number {
  let depth = 0;
  let deepest = 0;
  visit(OwnerChainFragmentDoc, {
    Field: {
      enter: () => {
        depth++;
        deepest = Math.max(deepest, depth);
      },
      leave: () => {
        depth--;
      },
    },
  });
  return deepest;
}

export function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/**
 * The largest batch the limits allow. With the defaults the breadth limit decides: each alias selects
 * 1 + 11 fields (owners.graphql), and 25 × 12 = 300 fields. The worst-case answer the cost model gives
 * 25 aliases is about 27 MB of the 250 MB allowed (MAX_COMPLEXITY); they are 483 of 2,000 tokens and 1.9 kB
 * of the 100 kB body limit.
 */
export function largestBatch(limits: BatchLimits = defaultBatchLimits()): number {
  if (1 + fragmentDepth() > limits.maxDepth) throw new Error('the OwnerChain fragment is nested deeper than the API allows');
  const perAlias = 1 + fragmentBreadth();
  let size = Math.min(limits.maxAliases, Math.floor(limits.maxBreadth / perAlias));
  while (size > 1 && tokenCount(batchQuery(size)) > limits.maxTokens) size--;
  if (size < 1) throw new Error('not even one ownershipChain field fits the API limits');
  return size;
}

/** One row from a chain the API answered. */
export function rowFromChain(input: string, masked: FragmentType<typeof OwnerChainFragmentDoc>): Row {
  const chain: OwnerChainFragment = getFragmentData(OwnerChainFragmentDoc, masked);
  const hopSources = chain.paths.flatMap((p) => p.hops.map((h) => h.sources.length));
  const status: Status =
    chain.hasCycle && chain.truncated ? 'CYCLE;TRUNCATED' : chain.hasCycle ? 'CYCLE' : chain.truncated ? 'TRUNCATED' : chain.paths.length ? 'OK' : 'NO_OWNER';
  return {
    input,
    entityId: chain.entity.id,
    entityName: chain.entity.name,
    ultimateOwners: chain.ultimateOwners.map((o) => o.name),
    hops: Math.max(0, ...chain.paths.map((p) => p.hops.length)),
    weakestHopSources: hopSources.length ? Math.min(...hopSources) : null,
    status,
  };
}

export function emptyRow(input: string, status: Status): Row {
  return { input, entityId: '', entityName: '', ultimateOwners: [], hops: null, weakestHopSources: null, status };
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}

export function rowToCsv(row: Row): string {
  return csvLine([
    row.input,
    row.entityId,
    row.entityName,
    row.ultimateOwners.join(';'),
    row.hops === null ? '' : String(row.hops),
    row.weakestHopSources === null ? '' : String(row.weakestHopSources),
    row.status,
  ]);
}
