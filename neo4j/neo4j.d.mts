/** Types for neo4j.mjs (plain JavaScript so it runs with Node built-ins only). */
export interface LocalNeo4jState {
  running: boolean;
  ready?: boolean;
  pid: number | null;
  port: number;
  uri?: string;
  version?: string;
  startedByUs: boolean;
}
/**
 * Starts the local Neo4j (or reuses ours) and resolves once Bolt answers. Reads NEO4J_LOCAL_PORT, NEO4J_PASSWORD, NEO4J_LOCAL_DIR, NEO4J_LOCAL_HEAP.
 * `quiet` silences the one-line result on stdout; the slow first-run steps still report progress on stderr unless `progress: false`.
 */
export function start(options?: { quiet?: boolean; progress?: boolean }): Promise<LocalNeo4jState & { uri: string }>;
/** Stops our instance; idempotent. */
export function stop(options?: { quiet?: boolean; timeoutMs?: number }): Promise<LocalNeo4jState>;
/** Whether our instance runs and Bolt answers. */
export function status(options?: { quiet?: boolean }): Promise<LocalNeo4jState>;
/** Fetches the jars and compiles the launcher, starting nothing. */
export function install(options?: { quiet?: boolean; progress?: boolean }): Promise<{ version: string }>;
/** The local instance's resolved settings and folders (from the environment, as `start` reads it). */
export function neo4jConfig(env?: Record<string, string | undefined>): {
  version: string;
  port: number;
  uri: string;
  heap: string;
  dir: string;
  home: string;
  libDir: string;
  dataDir: string;
  logsDir: string;
};
