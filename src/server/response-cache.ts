/**
 * Response cache of reads (RESPONSE_CACHE_TTL_MS > 0): Yoga's `@graphql-yoga/plugin-response-cache`,
 * keyed on the document, operation name, variables and the graph's data version.
 *
 * The data version is a node the one write path bumps in the same transaction as the data it writes
 * (src/store/write.ts bumps it, cypher/store/bump-version; src/data/stats.ts reads it). Each API process re-reads it at most once per
 * VERSION_CHECK_MS (one index seek; concurrent requests share the read), so a load committed by any
 * process is seen by every API process within that time: the next request's key differs, and the
 * whole cache of that process is dropped. Writes made outside writeRecords (by hand in Cypher) do not
 * bump it; RESPONSE_CACHE_TTL_MS bounds how long their effect may go unseen.
 *
 * Results with errors are not cached (the plugin's default); introspection is not cached (the plugin
 * gives `Query.__schema` a TTL of 0). Every response says whether it came from the cache:
 * `extensions.responseCache` is `{ hit: true }`, or `{ hit: false, didCache, ttl }`.
 * The cache is per process, bounded by RESPONSE_CACHE_MAX_BYTES of serialized results (least recently
 * used first out), and holds only public data: the API has no users or sessions.
 */
import { randomUUID } from 'node:crypto';
import { Kind, visit, type DocumentNode, type ExecutionResult } from 'graphql';
import { hashSHA256, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../config/logger.js';
import { isRecord } from '../shape.js';
import type { GraphVersion } from '../data/stats.js';

/** How old the data version a request is keyed on may be, in milliseconds. */
export const VERSION_CHECK_MS = 1_000;

/** Keys of requests made while the data version could not be read: looked up and stored never. */
const UNCACHED = 'uncached:';

/**
 * The graph's data version as this process last read it, re-read when older than `maxAgeMs`
 * (measured from when the read started, so a write committed before then is always seen).
 */
export class GraphVersionWatcher {
  private value: string | undefined;
  private readAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<string | null> | undefined;

  constructor(
    private readonly read: () => Promise<GraphVersion>,
    private readonly maxAgeMs: number,
    private readonly onChange: (from: string, to: string) => void,
  ) {}

  /** The version as a string, or null when it cannot be read (the database is down). */
  current(): Promise<string | null> {
    if (this.value !== undefined && performance.now() - this.readAt < this.maxAgeMs) return Promise.resolve(this.value);
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async refresh(): Promise<string | null> {
    const started = performance.now();
    try {
      const v = await this.read();
      const value = `${v.version ?? 'none'}@${v.changedAt ?? ''}`;
      if (this.value !== undefined && value !== this.value) this.onChange(this.value, value);
      this.value = value;
      this.readAt = started;
      return value;
    } catch {
      return null;
    }
  }
}

interface Entry {
  result: ExecutionResult;
  bytes: number;
  expires: number;
}

/** Cached results by key, bounded in bytes (least recently used out first), each with its own expiry. */
export class ResponseStore {
  private readonly entries = new Map<string, Entry>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): ExecutionResult | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.expires <= performance.now()) {
      this.total -= entry.bytes;
      return null;
    }
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, result: ExecutionResult, ttlMs: number): void {
    if (key.startsWith(UNCACHED) || !(ttlMs > 0)) return;
    const bytes = Buffer.byteLength(JSON.stringify(result));
    if (bytes > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, { result, bytes, expires: performance.now() + ttlMs });
    this.total += bytes;
    for (const [oldest] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` make the same key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The response cache adds `__responseCacheTypeName: __typename` to every selection set it executes,
 * to collect entities for invalidation by mutations. The API has no mutations and invalidates by data
 * version, and those extra fields would count against MAX_BREADTH and MAX_COMPLEXITY (Pothos counts
 * `__typename`), so a request allowed without the cache could be refused with it: they are taken out
 * again before execution. Registered before the cache plugin, so its execute runs inside the cache's.
 */
const META_ALIASES = new Set(['__responseCacheTypeName', '__responseCacheId']);
const withoutMeta = new WeakMap<DocumentNode, DocumentNode>();
const useCacheMetadataStripped: Plugin = {
  onExecute({ executeFn, setExecuteFn }) {
    setExecuteFn((args) => {
      let document = withoutMeta.get(args.document);
      if (!document) {
        const stripped: DocumentNode = visit(args.document, {
          [Kind.FIELD]: (node) => (node.alias && META_ALIASES.has(node.alias.value) ? null : undefined),
        });
        withoutMeta.set(args.document, stripped);
        document = stripped;
      }
      return executeFn({ ...args, document });
    });
  },
};

export interface ResponseCacheOptions {
  ttlMs: number;
  maxBytes: number;
  readVersion: () => Promise<GraphVersion>;
  log: Logger;
}

export interface GraphResponseCache {
  plugins: Plugin[];
  store: ResponseStore;
  watcher: GraphVersionWatcher;
}

/** The plugins, in order; register them after the execution limits, so the cache sees their final result. */
export function graphResponseCache({ ttlMs, maxBytes, readVersion, log }: ResponseCacheOptions): GraphResponseCache {
  const store = new ResponseStore(maxBytes);
  const watcher = new GraphVersionWatcher(readVersion, VERSION_CHECK_MS, (from, to) => {
    log.info({ from, to, dropped: store.size }, 'graph data version changed: response cache cleared');
    store.clear();
  });
  const cache: Cache = {
    // Checked first, so that also a conditional request (If-None-Match) never finds an entry of an older version.
    get: async (key) => {
      await watcher.current();
      return store.get(key);
    },
    set: (key, result, _entities, ttl) => store.set(key, result, ttl),
    // Only mutations invalidate by entity, and the API has none.
    invalidate: () => store.clear(),
  };
  const plugin = useResponseCache({
    session: () => null,
    ttl: ttlMs,
    cache,
    idFields: [],
    invalidateViaMutation: false,
    includeExtensionMetadata: true,
    buildResponseCacheKey: async ({ documentString, operationName, variableValues }) => {
      const version = await watcher.current();
      if (version === null) return `${UNCACHED}${randomUUID()}`;
      return hashSHA256([documentString, operationName ?? '', stableJson(variableValues ?? {}), `graph@${version}`].join('|'));
    },
  });
  return { plugins: [useCacheMetadataStripped, plugin], store, watcher };
}
