/**
 * Configuration, read once from the environment and validated. A bad value stops start-up with one
 * line that names the variable (see `ConfigError`), never a stack trace.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LIMITS } from '../graphql/limits.js';
import { readPersistedOperations, resolveFile } from './persisted-operations.js';
import { messageOf } from '../shape.js';
import { keysOf } from '../ontology.js';

/** The package root (from src/config/ and from dist/config/ alike). */
const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const port = z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535');
const positiveInt = (max: number) =>
  z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

const Env = z.object({
  /** When set, the API uses this database and starts nothing; unset, it runs the project's own local Neo4j. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j requires it)').default('kg-local-password'),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/i, 'must be a database name')
    .default('neo4j'),
  NEO4J_LOCAL_PORT: port.default(7687),
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Port of the Prometheus metrics (GET /metrics), on METRICS_HOST; unset, no metrics are served. */
  METRICS_PORT: port.optional(),
  /** Interface the metrics listen on (default: HOST). */
  METRICS_HOST: z.string().min(1).optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info'),
  /** Seed the graph from seeds/ at start-up when the database holds no entities. */
  SEED_ON_START: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((v) => v === 'true'),
  /** Per-query timeout sent to Neo4j, in milliseconds. */
  QUERY_TIMEOUT_MS: positiveInt(600_000).default(15_000),
  /** How long graceful shutdown waits for in-flight requests, in milliseconds. */
  SHUTDOWN_GRACE_MS: positiveInt(120_000).default(10_000),

  // --- Request limits (README "Limits"); each violation is a typed error with extensions.code. ---
  /** Whole GraphQL execution, in milliseconds: past it the request answers TIMEOUT (Cypher is cancelled by QUERY_TIMEOUT_MS). */
  EXECUTION_TIMEOUT_MS: positiveInt(600_000).default(20_000),
  /** Largest serialized result, in bytes; a larger one is replaced by a LIMIT_EXCEEDED error. */
  MAX_RESPONSE_BYTES: positiveInt(1_073_741_824).default(5_000_000),
  /** Largest request body, in bytes (413 beyond it). */
  MAX_BODY_BYTES: positiveInt(104_857_600).default(100_000),
  /** Most lexical tokens in one GraphQL document (parsing stops there). */
  MAX_TOKENS: positiveInt(1_000_000).default(2_000),
  /** Deepest selection nesting (counted by the parser guard, before the complexity estimate). */
  MAX_DEPTH: positiveInt(1_000).default(LIMITS.queryDepth),
  /** Most fields an operation selects in all (Pothos complexity plugin, before any resolver runs). */
  MAX_BREADTH: positiveInt(100_000).default(LIMITS.queryBreadth),
  /** Largest estimated cost of an operation (lists × their page size, traversals × their bounds; README "Limits"). */
  MAX_COMPLEXITY: positiveInt(1_000_000_000).default(LIMITS.queryComplexity),
  /** Most aliases in one document. */
  MAX_ALIASES: positiveInt(10_000).default(30),
  /** Most directives in one document. */
  MAX_DIRECTIVES: positiveInt(10_000).default(20),
  /** Longest string argument (entity references, names, search text), in characters. */
  MAX_STRING_ARG_LENGTH: positiveInt(1_000_000).default(200),
  /** Heavy traversals (neighbourhood, paths, ownership, subsidiaries, text search) running at once. */
  HEAVY_CONCURRENCY: positiveInt(1_000).default(4),
  /** Heavy traversals waiting for a slot; beyond it a request answers LIMIT_EXCEEDED ("busy"). */
  HEAVY_QUEUE: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be at least 0')
    .max(100_000, 'must be at most 100000')
    .default(64),
  /** Comma-separated origins allowed cross-origin (e.g. https://app.example.org); empty: none. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((o) => /^https?:\/\/[^\s/]+$/.test(o)), 'must be a comma-separated list of origins like https://app.example.org'),
  /** Send Access-Control-Allow-Credentials to the allowed origins. */
  CORS_CREDENTIALS: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true'),
  /** node:http: time to receive the request headers, in milliseconds. */
  HTTP_HEADERS_TIMEOUT_MS: positiveInt(600_000).default(10_000),
  /** node:http: time to receive the whole request (headers and body), in milliseconds: a client that stops sending is dropped. */
  HTTP_REQUEST_TIMEOUT_MS: positiveInt(600_000).default(10_000),
  /** node:http: how long an idle keep-alive connection stays open, in milliseconds. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: positiveInt(600_000).default(5_000),

  // --- Front-end clients (README "Front-end clients: persisted operations and response cache"). ---
  /** JSON file of hash → operation (codegen's persisted-documents.json, or an Apollo manifest), relative to the project root or absolute; read and checked at start-up. */
  PERSISTED_OPERATIONS_FILE: z
    .string()
    .transform((file) => resolveFile(file, PROJECT_ROOT))
    .superRefine((path, ctx) => {
      try {
        readPersistedOperations(path);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: messageOf(error) });
      }
    })
    .optional(),
  /** true: only operations of PERSISTED_OPERATIONS_FILE run (by hash); any other document is refused (PERSISTED_QUERY_ONLY), and GraphiQL and /explore are off. */
  PERSISTED_OPERATIONS_ONLY: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true'),
  /** How long a response may be served from the cache, in milliseconds; 0 (the default) turns the cache off. A data change invalidates it sooner. */
  RESPONSE_CACHE_TTL_MS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be at least 0 (0: no response cache)')
    .max(86_400_000, 'must be at most 86400000 (a day)')
    .default(0),
  /** Most bytes of serialized responses the cache holds per API process; the least recently used go first. */
  RESPONSE_CACHE_MAX_BYTES: positiveInt(10_000_000_000).default(50_000_000),
});

/** Settings that depend on each other. */
const CheckedEnv = Env.superRefine((env, ctx) => {
  if (env.PERSISTED_OPERATIONS_ONLY && env.PERSISTED_OPERATIONS_FILE === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['PERSISTED_OPERATIONS_ONLY'],
      message: 'is true but PERSISTED_OPERATIONS_FILE is not set: name the JSON file of the operations to allow',
    });
  }
});

export type Config = z.infer<typeof Env> & { neo4jUri: string; managedNeo4j: boolean };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Loads `.env` from the project root when there is one; variables already set in the environment win. */
export function loadDotEnv(): void {
  const file = join(PROJECT_ROOT, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Parses `env` (default: process.env). Empty strings count as unset so `.env` templates stay harmless. */
/** `config` with every setting it leaves out (or sets to undefined) at its documented default. */
export function withDefaults(config: Partial<Config>): Config {
  const c = loadConfig({});
  for (const key of keysOf(config)) setDefined(c, key, config[key]);
  return c;
}

function setDefined<K extends keyof Config>(c: Config, key: K, value: Config[K] | undefined) {
  if (value !== undefined) c[key] = value;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = CheckedEnv.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const raw = cleaned[name];
    const shown = name.includes('PASSWORD') || raw === undefined ? '' : ` (got "${raw}")`;
    throw new ConfigError(`invalid configuration: ${name} ${issue.message}${shown}`);
  }
  const c = parsed.data;
  return {
    ...c,
    neo4jUri: c.NEO4J_URI ?? `bolt://127.0.0.1:${c.NEO4J_LOCAL_PORT}`,
    managedNeo4j: c.NEO4J_URI === undefined,
  };
}
