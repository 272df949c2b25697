/**
 * Configuration, read once from the environment and validated. A bad value stops start-up with one
 * line that names the variable (see `ConfigError`), never a stack trace.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const port = z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535');
const positiveInt = (max: number) => z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

const Env = z.object({
  /** When set, the API uses this database and starts nothing; unset, it runs the project's own local Neo4j. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j requires it)').default('kg-local-password'),
  NEO4J_DATABASE: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/i, 'must be a database name').default('neo4j'),
  NEO4J_LOCAL_PORT: port.default(7687),
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  /** Seed the graph from seeds/ at start-up when the database holds no entities. */
  SEED_ON_START: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true').transform((v) => v === 'true'),
  /** Per-query timeout sent to Neo4j, in milliseconds. */
  QUERY_TIMEOUT_MS: positiveInt(600_000).default(15_000),
  /** How long graceful shutdown waits for in-flight requests, in milliseconds. */
  SHUTDOWN_GRACE_MS: positiveInt(120_000).default(10_000),
});

export type Config = z.infer<typeof Env> & { neo4jUri: string; managedNeo4j: boolean };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Loads `.env` from the project root when there is one; variables already set in the environment win. */
export function loadDotEnv(): void {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Parses `env` (default: process.env). Empty strings count as unset so `.env` templates stay harmless. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(cleaned);
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
