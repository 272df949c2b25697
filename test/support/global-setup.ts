/**
 * Chooses the test database, in this order:
 *   1. NEO4J_URI, when set (with NEO4J_USER / NEO4J_PASSWORD), and only with
 *      KG_TEST_ALLOW_WIPE_NEO4J_URI=1: the tests delete everything in that database, so a database
 *      the suite did not start is never wiped by accident (e.g. a NEO4J_URI left in the shell);
 *   2. a Neo4j 5.26 container from testcontainers, when a Docker engine answers;
 *   3. the project's own local Neo4j, as a separate test instance (port NEO4J_TEST_PORT, default 7688,
 *      data in .neo4j/test) so tests never touch the development graph. Started if needed; left as found.
 * First, the explorer page is built if its sources changed (explorer/build.mjs), for the tests that load it.
 */
import type { TestProject } from 'vitest/node';
import { buildExplorer } from '../../explorer/build.mjs';

const TEST_PASSWORD = 'kg-test-password';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildExplorer();
  if (process.env.NEO4J_URI) {
    if (process.env.KG_TEST_ALLOW_WIPE_NEO4J_URI !== '1') {
      throw new Error(
        `NEO4J_URI is set (${process.env.NEO4J_URI}): the tests would delete every node in that database. ` +
          'Set KG_TEST_ALLOW_WIPE_NEO4J_URI=1 if that database is a throw-away one, or unset NEO4J_URI to let the tests ' +
          'start their own Neo4j (testcontainers, or the local "test" instance).',
      );
    }
    project.provide('neo4jUri', process.env.NEO4J_URI);
    project.provide('neo4jUser', process.env.NEO4J_USER ?? 'neo4j');
    project.provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? 'kg-local-password');
    console.log(`tests use NEO4J_URI=${process.env.NEO4J_URI} (KG_TEST_ALLOW_WIPE_NEO4J_URI=1: it is emptied and reseeded)`);
    return async () => {};
  }

  if (await dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(TEST_PASSWORD).start();
    project.provide('neo4jUri', container.getBoltUri());
    project.provide('neo4jUser', 'neo4j');
    project.provide('neo4jPassword', TEST_PASSWORD);
    console.log(`tests use a testcontainers Neo4j at ${container.getBoltUri()}`);
    return async () => {
      await container.stop();
    };
  }

  // The local instance for tests: its own port, data folder and password.
  process.env.NEO4J_LOCAL_PORT = process.env.NEO4J_TEST_PORT ?? '7688';
  process.env.NEO4J_LOCAL_INSTANCE = 'test';
  process.env.NEO4J_PASSWORD = TEST_PASSWORD;
  const local = await import('../../neo4j/neo4j.mjs');
  const before = await local.status({ quiet: true });
  const started = await local.start({ quiet: true });
  project.provide('neo4jUri', started.uri);
  project.provide('neo4jUser', 'neo4j');
  project.provide('neo4jPassword', TEST_PASSWORD);
  console.log(`tests use the project's local Neo4j ${started.version ?? ''} at ${started.uri}${before.running ? ' (already running)' : ''}`);
  let tornDown = false;
  // Last resort when the run ends without teardown, on exit or when the run itself is killed (Ctrl-C,
  // SIGTERM from a supervisor: Node runs no 'exit' hook then): SIGTERM the JVM this run started
  // (Neo4j shuts down by itself).
  const pid = started.pid;
  if (!before.running && pid) {
    const stopJvm = () => {
      if (tornDown) return;
      tornDown = true;
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    };
    process.once('exit', stopJvm);
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const) {
      process.once(signal, () => {
        stopJvm();
        process.exit(code);
      });
    }
  }
  return async () => {
    tornDown = true;
    if (!before.running) await local.stop({ quiet: true });
  };
}

/** Asks testcontainers for a container runtime; `docker --version` answers even with no engine. */
async function dockerAnswers(): Promise<boolean> {
  if (process.env.TESTCONTAINERS_DISABLED === 'true') return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([getContainerRuntimeClient(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 10_000))]);
    return true;
  } catch {
    return false;
  }
}
