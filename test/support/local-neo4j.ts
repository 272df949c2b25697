/**
 * Throw-away local Neo4j instances for tests (neo4j/neo4j.mjs through its CLI, each with its own
 * NEO4J_LOCAL_INSTANCE and port). Every instance a test file touches is tracked: `stopAll()` (call it
 * in afterAll) stops them whether the tests passed, failed or timed out, and a process 'exit' hook
 * sends SIGTERM to any JVM still listed as a last resort, so a failing run never leaks a JVM.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr, trimmed */
  out: string;
}

/** A cold start on a loaded 2-core machine can take a minute or more; the launcher's own limit is this. */
export const START_TIMEOUT_S = 240;

/** Runs `node neo4j/neo4j.mjs <args>` with `env` on top of this process's environment. Asynchronous, so vitest's timeouts still fire. */
export function neo4jCli(args: string[], env: Record<string, string>, timeoutMs = (START_TIMEOUT_S + 60) * 1000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['neo4j/neo4j.mjs', ...args],
      { encoding: 'utf8', env: { ...process.env, NEO4J_LOCAL_START_TIMEOUT: String(START_TIMEOUT_S), ...env }, timeout: timeoutMs, killSignal: 'SIGTERM' },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, stdout, stderr, out: `${stdout}${stderr}`.trim() });
      },
    );
  });
}

export interface InstanceEnv extends Record<string, string> {
  NEO4J_LOCAL_INSTANCE: string;
  NEO4J_LOCAL_PORT: string;
}

const tracked = new Map<string, InstanceEnv>();
/** `start` runs still going (e.g. the test that began one timed out): stopAll waits for them first. */
const starting = new Set<Promise<CliResult>>();

/** How long an afterAll calling stopAll() may take: a start still in progress, then the stops. */
export const STOP_ALL_TIMEOUT_MS = (START_TIMEOUT_S + 180) * 1000;

/** The state folder of a named instance (as neo4j.mjs computes it). */
export function instanceHome(env: InstanceEnv): string {
  return join(process.cwd(), env.NEO4J_LOCAL_DIR ?? '.neo4j', env.NEO4J_LOCAL_INSTANCE);
}

/** Marks an instance as this file's to stop; call before anything that may start it. */
export function track(env: InstanceEnv): InstanceEnv {
  tracked.set(env.NEO4J_LOCAL_INSTANCE, env);
  return env;
}

/** Starts a (tracked) instance; throws with the launcher's output when it does not come up. */
export async function startInstance(env: InstanceEnv): Promise<CliResult> {
  track(env);
  const run = neo4jCli(['start'], env);
  starting.add(run);
  const r = await run.finally(() => starting.delete(run));
  if (r.status !== 0) throw new Error(`neo4j ${env.NEO4J_LOCAL_INSTANCE} did not start (exit ${r.status}):\n${r.out}`);
  return r;
}

export function stopInstance(env: InstanceEnv): Promise<CliResult> {
  return neo4jCli(['stop'], env);
}

/**
 * Stops every instance this file tracked (idempotent: stopping a stopped instance is a no-op). A start
 * still in progress is waited for first, so a JVM it is about to launch cannot slip past the stop.
 */
export async function stopAll(): Promise<void> {
  await Promise.allSettled([...starting]);
  const results = await Promise.all([...tracked.values()].map((env) => stopInstance(env)));
  const failed = results.filter((r) => r.status !== 0);
  if (failed.length) throw new Error(`could not stop every local Neo4j this file started:\n${failed.map((r) => r.out).join('\n')}`);
  tracked.clear();
}

// Last resort (a worker torn down before afterAll ran): only synchronous work is possible here, so
// SIGTERM each tracked JVM by its pid file; Neo4j shuts down by itself on SIGTERM.
process.once('exit', () => {
  for (const env of tracked.values()) {
    try {
      const pid = Number.parseInt(readFileSync(join(instanceHome(env), 'neo4j.pid'), 'utf8'), 10);
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (/java/.test(cmdline) && /Launcher/.test(cmdline)) process.kill(pid, 'SIGTERM');
    } catch {
      /* not running, or no /proc: nothing to do */
    }
  }
});
