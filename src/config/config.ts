/**
 * Configuration, read once from the environment and validated. A bad value stops start-up with one
 * line that names the variable (see `ConfigError`), never a stack trace.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HEAVY_TRAVERSALS, LIMITS } from '../bounds.js';
import { readPersistedOperations, resolveFile } from './persisted-operations-file.js';
import { messageOf } from '../shape.js';
import { keysOf } from '../ontology.js';

/** The package root (from src/config/ and from dist/config/ alike). */
const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const port = z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535');
const positiveInt = (max: number) =>
  z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

/**
 * Every variable the API reads, with its default, what it allows and what it does. Each one's
 * `.meta({ description })` is its documentation: `npm run docs` renders the table of docs/operations.md
 * and .env.example from this schema (src/cli/docs.ts), and `npm run docs:check` fails when they are stale.
 * `values` (optional) says in words what a value may be where the schema alone cannot (a URI, a list).
 */
const Env = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI')
    .optional()
    .meta({
      description:
        'The database to use. Set, the API uses it and starts nothing (use a `neo4j://` or `neo4j+s://` routing URI for Aura or a cluster); unset, it starts (or reuses) the local Neo4j on `bolt://127.0.0.1:$NEO4J_LOCAL_PORT`.',
      values: '`bolt://`, `neo4j://` URI (`+s`, `+ssc` allowed)',
    }),
  NEO4J_USER: z.string().min(1).default('neo4j').meta({ description: 'Database user (the local Neo4j has only `neo4j`).' }),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j requires it)').default('kg-local-password').meta({
    description:
      'Database password. The local Neo4j is created with it on its first start; changing it afterwards makes the API log that the database rejected the credentials, and retry.',
  }),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/i, 'must be a database name')
    .default('neo4j')
    .meta({ description: 'Database name.', values: 'letters, digits, `.`, `-`' }),
  NEO4J_LOCAL_PORT: port.default(7687).meta({ description: 'Bolt port of the local Neo4j (bound to 127.0.0.1), used when NEO4J_URI is unset.' }),
  PORT: port.default(4000).meta({ description: 'HTTP port of the API.' }),
  HOST: z
    .string()
    .min(1)
    .default('127.0.0.1')
    .meta({ description: 'Interface the API listens on: `127.0.0.1` keeps it on loopback, `0.0.0.0` serves every interface (as the Docker image does).' }),
  METRICS_PORT: port
    .optional()
    .meta({ description: "Port of the Prometheus metrics (`GET /metrics`), apart from the API's port; unset, no metrics are served." }),
  METRICS_HOST: z.string().min(1).optional().meta({ description: 'Interface the metrics listen on; unset, HOST.' }),
  HEALTH_PORT: port.optional().meta({
    description:
      "Port of a second listener for `/health` and `/ready`, served by a thread that runs no GraphQL, so probes are answered at once however busy the API is (`/health` is 503 once the API's event loop has been stuck 10 s). Unset, the probes are answered on the API's port only (they are answered there in any case).",
  }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info')
    .meta({
      description:
        "Log level of the JSON lines on stdout. `debug` adds one line per GraphQL request with its Cypher statement count; `trace` adds Yoga's own lines. The command-line tools log at `warn` unless set.",
    }),
  SEED_ON_START: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((v) => v === 'true')
    .meta({ description: 'Load the seed graph (`seeds/`) at start-up when the database holds no entities.' }),
  QUERY_TIMEOUT_MS: positiveInt(600_000)
    .default(15_000)
    .meta({ description: 'Timeout of each Cypher transaction, sent to Neo4j (which cancels the query), in milliseconds; the request answers `TIMEOUT`.' }),
  SHUTDOWN_GRACE_MS: positiveInt(120_000)
    .default(10_000)
    .meta({ description: 'How long SIGTERM/SIGINT waits for in-flight requests before closing connections, in milliseconds.' }),

  // --- Request limits (docs/api.md, "Limits"); each violation is a typed error with extensions.code. ---
  EXECUTION_TIMEOUT_MS: positiveInt(600_000).default(20_000).meta({
    description: 'Time for a whole GraphQL execution (waiting for a heavy-traversal slot included), in milliseconds; past it the request answers `TIMEOUT`.',
  }),
  MAX_RESPONSE_BYTES: positiveInt(1_073_741_824).default(5_000_000).meta({
    description:
      'Largest answer, in bytes (its JSON length), enforced while it is built and when it is complete: the rows read from the database for it are charged as they arrive, against twice this (rows name both ends of a relation, whatever is selected), and past that the reads stop and the execution is aborted; the complete answer is then measured against this itself. Either way the request answers `LIMIT_EXCEEDED` (`limit: responseBytes`).',
  }),
  MAX_ARTICLE_CHARS: positiveInt(LIMITS.articleTextChars)
    .default(LIMITS.articleTextChars)
    .meta({
      description: `Longest article text \`addArticle\` stores, in characters (at most ${LIMITS.articleTextChars}, the bound the cost model weighs \`Article.text\` at); longer ones are refused with a ValidationError on \`input.text\`. A body over MAX_BODY_BYTES is refused before that (413).`,
    }),
  MAX_BODY_BYTES: positiveInt(104_857_600).default(100_000).meta({
    description: 'Largest request body, in bytes (by its content-length, or counted while a chunked body is read); larger ones answer 413 `LIMIT_EXCEEDED`.',
  }),
  MAX_TOKENS: positiveInt(1_000_000)
    .default(2_000)
    .meta({ description: 'Most lexical tokens in one GraphQL document; the parser stops there (`GRAPHQL_PARSE_FAILED`).' }),
  MAX_DEPTH: positiveInt(1_000)
    .default(LIMITS.queryDepth)
    .meta({ description: 'Deepest selection nesting of an operation (introspection exempt); deeper ones are refused before any resolver runs.' }),
  MAX_BREADTH: positiveInt(100_000)
    .default(LIMITS.queryBreadth)
    .meta({ description: 'Most fields an operation selects in all; more is `BAD_USER_INPUT` (`argument: query`) before any resolver runs.' }),
  MAX_COMPLEXITY: positiveInt(1_000_000_000).default(LIMITS.queryComplexity).meta({
    description:
      'Largest worst-case size, in bytes, the cost model gives an operation\'s answer before it runs (every list at its size argument or bound, nested lists multiplied, texts at their bound or weight; docs/api.md, "Limits"); more is `LIMIT_EXCEEDED` (`limit: estimatedBytes`, with `estimate` and `allowed`) before any statement runs.',
  }),
  MAX_ALIASES: positiveInt(10_000).default(30).meta({ description: 'Most aliases in one document (`GRAPHQL_VALIDATION_FAILED`).' }),
  MAX_DIRECTIVES: positiveInt(10_000).default(20).meta({ description: 'Most directives in one document (`GRAPHQL_VALIDATION_FAILED`).' }),
  MAX_STRING_ARG_LENGTH: positiveInt(1_000_000).default(200).meta({
    description:
      "Longest String or ID argument of a query (entity references, names, search text), literal or variable, in characters (mutation inputs are bounded field by field, an article's text by MAX_ARTICLE_CHARS); cursors (`after`, `before`) may have up to 4,096 or this, whichever is larger. Longer is `BAD_USER_INPUT`.",
  }),
  HEAVY_CONCURRENCY: positiveInt(1_000)
    .default(4)
    .meta({
      description: `Heavy executions running at once: those with a heavy traversal (${HEAVY_TRAVERSALS.map((f) => `\`${f}\``).join(', ')}) and those whose estimated cost is at least HEAVY_COST.`,
    }),
  HEAVY_QUEUE: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be at least 0')
    .max(100_000, 'must be at most 100000')
    .default(64)
    .meta({
      description: 'Heavy executions waiting for a slot; beyond it a request answers `OVERLOADED` (HTTP 503 with `Retry-After`) at once.',
    }),
  HEAVY_QUEUE_WAIT_MS: positiveInt(600_000).default(5_000).meta({
    description:
      'Longest wait of a heavy execution for a slot, in milliseconds; past it the request answers `OVERLOADED` (HTTP 503, `Retry-After` this many seconds, rounded up). The wait counts towards EXECUTION_TIMEOUT_MS.',
  }),
  HEAVY_COST: positiveInt(1_000_000_000).default(10_000_000).meta({
    description:
      'Worst-case answer size, in bytes (the estimate MAX_COMPLEXITY bounds), from which an execution counts as heavy and takes a HEAVY_CONCURRENCY slot, whatever its root fields: a page of 100 entities with their relations and sources, say.',
  }),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((o) => /^https?:\/\/[^\s/]+$/.test(o)), 'must be a comma-separated list of origins like https://app.example.org')
    .meta({ description: 'Origins allowed cross-origin access; empty, none is.', values: 'comma-separated origins (`https://app.example.org`)' }),
  CORS_CREDENTIALS: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'Send `Access-Control-Allow-Credentials: true` to the allowed origins.' }),
  HTTP_HEADERS_TIMEOUT_MS: positiveInt(600_000).default(10_000).meta({ description: "Time to receive a request's headers, in milliseconds (node:http)." }),
  HTTP_REQUEST_TIMEOUT_MS: positiveInt(600_000)
    .default(10_000)
    .meta({ description: 'Time to receive a whole request, headers and body, in milliseconds (node:http): a client that stops sending is dropped.' }),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: positiveInt(600_000)
    .default(5_000)
    .meta({ description: 'How long an idle keep-alive connection stays open, in milliseconds (node:http).' }),
  RESPONSE_WRITE_TIMEOUT_MS: positiveInt(600_000).default(30_000).meta({
    description:
      'Time a client has to take its answer once the response starts, in milliseconds: a client that does not read it is disconnected and the buffered answer freed.',
  }),

  // --- Front-end clients (docs/api.md, "Persisted operations" and "Response cache"). ---
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
    .optional()
    .meta({
      description:
        "JSON file of hash → operation (GraphQL Code Generator's `persisted-documents.json`, or an Apollo manifest) that clients may run by hash; read and checked against the schema at start-up.",
      values: 'a path, relative to the project root or absolute',
    }),
  PERSISTED_OPERATIONS_ONLY: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true')
    .meta({
      description:
        '`true`: only the operations of PERSISTED_OPERATIONS_FILE run (by hash); any other document is refused (`PERSISTED_QUERY_ONLY`), and GraphiQL and `/explore` are off. Needs PERSISTED_OPERATIONS_FILE.',
    }),
  RESPONSE_CACHE_TTL_MS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be at least 0 (0: no response cache)')
    .max(86_400_000, 'must be at most 86400000 (a day)')
    .default(0)
    .meta({
      description:
        'How long an error-free answer may be served from the response cache, in milliseconds; `0` turns the cache off. A write through the write path invalidates it within a second.',
    }),
  RESPONSE_CACHE_MAX_BYTES: positiveInt(10_000_000_000)
    .default(50_000_000)
    .meta({ description: 'Most bytes of serialized answers the response cache holds per API process; the least recently used go first.' }),

  // --- Authentication (docs/operations.md, "Authentication"): bearer JWTs, verified per request. ---
  AUTH_JWT_SECRET: z
    .string()
    .refine((v) => Buffer.byteLength(v, 'utf8') >= 32, 'must be at least 32 bytes (e.g. `openssl rand -base64 48`)')
    .optional()
    .meta({
      description:
        'Shared secret that HS256 tokens are signed with (`npm run -s token` signs with it). Never logged nor echoed in an error. Unset with AUTH_JWKS_URL unset too, authentication is not configured: reads are public and whatever needs a role is refused (`FORBIDDEN`, `reason: AUTH_NOT_CONFIGURED`).',
      values: 'at least 32 bytes',
    }),
  AUTH_JWKS_URL: z
    .string()
    .refine((v) => {
      try {
        const url = new URL(v);
        return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
      } catch {
        return false;
      }
    }, 'must be an https:// URL (http:// only on 127.0.0.1, localhost or [::1])')
    .optional()
    .meta({
      description:
        "JSON Web Key Set of an identity provider (Keycloak, Auth0, Entra ID, …): tokens signed with RS256, PS256, ES256, EdDSA and the like are verified against its keys, fetched when first needed and again for an unknown key id. With AUTH_JWT_SECRET also set, a token's `alg` picks which one checks it.",
      values: '`https://` URL',
    }),
  AUTH_ISSUER: z.string().optional().meta({ description: "When set, a token's `iss` must be exactly this (`npm run -s token` puts it there)." }),
  AUTH_AUDIENCE: z.string().optional().meta({ description: "When set, a token's `aud` must be or contain this (`npm run -s token` puts it there)." }),
  AUTH_ROLES_CLAIM: z
    .string()
    .regex(/^[^\s]+$/, 'must be a claim name or a dotted path, without spaces')
    .default('roles')
    .meta({
      description:
        'Claim that holds the roles (`reader`, `editor`, `admin`; other values ignored): an array of strings, or one string of roles separated by spaces or commas. A dotted path reaches into objects (`realm_access.roles` for Keycloak); a claim whose own name has dots (`https://example.org/roles`) is found too.',
      values: 'claim name or dotted path',
    }),
  AUTH_READS: z.enum(['public', 'required'], { error: 'must be public or required' }).default('public').meta({
    description:
      "`public`: queries need no token (a token that is sent must still be valid). `required`: every GraphQL operation needs a valid token, else HTTP 401 `UNAUTHENTICATED`; `/health`, `/ready`, GraphiQL's page and the static files stay public. Needs AUTH_JWT_SECRET or AUTH_JWKS_URL.",
  }),
});

/** The schema of the variables, for the documentation generator (src/cli/docs.ts). */
export const ENV_SCHEMA = Env;

/** Settings that depend on each other. */
const CheckedEnv = Env.superRefine((env, ctx) => {
  if (env.PERSISTED_OPERATIONS_ONLY && env.PERSISTED_OPERATIONS_FILE === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['PERSISTED_OPERATIONS_ONLY'],
      message: 'is true but PERSISTED_OPERATIONS_FILE is not set: name the JSON file of the operations to allow',
    });
  }
  if (env.AUTH_READS === 'required' && env.AUTH_JWT_SECRET === undefined && env.AUTH_JWKS_URL === undefined) {
    ctx.addIssue({ code: 'custom', path: ['AUTH_READS'], message: 'is required but no token can be verified: set AUTH_JWT_SECRET or AUTH_JWKS_URL' });
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

/** `config` with every setting it leaves out (or sets to undefined) at its documented default. */
export function withDefaults(config: Partial<Config>): Config {
  const c = loadConfig({});
  for (const key of keysOf(config)) setDefined(c, key, config[key]);
  return c;
}

function setDefined<K extends keyof Config>(c: Config, key: K, value: Config[K] | undefined) {
  if (value !== undefined) c[key] = value;
}

/** Variables whose values are never echoed (in a configuration error) nor logged (see logger.ts). */
export const isSecret = (name: string): boolean => /PASSWORD|SECRET/.test(name);

/** Parses `env` (default: process.env). Empty strings count as unset so `.env` templates stay harmless. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = CheckedEnv.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const raw = cleaned[name];
    const shown = isSecret(name) || raw === undefined ? '' : ` (got "${raw}")`;
    throw new ConfigError(`invalid configuration: ${name} ${issue.message}${shown}`);
  }
  const c = parsed.data;
  return {
    ...c,
    neo4jUri: c.NEO4J_URI ?? `bolt://127.0.0.1:${c.NEO4J_LOCAL_PORT}`,
    managedNeo4j: c.NEO4J_URI === undefined,
  };
}
