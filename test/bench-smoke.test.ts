/**
 * `npm run bench:scale -- --smoke` end to end against the test database: it generates a 300-company
 * synthetic graph, starts the real API as a child process, checks that the API and the raw-driver floor
 * give the same facts for all six questions, times them at concurrency 1 and 8, and writes its JSON result.
 * The library server is left out (CI does not install bench/neo4j-graphql). The database is emptied first
 * (the generator refuses a non-empty one) and given back seeded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../bench/scale/report.js';
import { openTestDb, q, resetToSeedGraph, testDbOptions } from './support/db.js';

describe('npm run bench:scale -- --smoke', () => {
  const db = openTestDb();
  const out = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  let child: ChildProcess | undefined;
  let exited: Promise<number | null> | undefined;

  beforeAll(async () => {
    // In batches (CALL … IN TRANSACTIONS needs an auto-commit session), so any leftover graph fits in memory.
    await db.autoCommit(q('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'));
  });

  afterAll(async () => {
    // The run stops what it started on SIGTERM; its process group is killed if it does not within 20 s.
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const gone = await Promise.race([exited!.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20_000))]);
      if (!gone) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(out, { recursive: true, force: true });
    await resetToSeedGraph(db);
    await db.close();
  });

  it('loads 300 companies, finds the same facts through the API and the floor, with no errors, and writes its result', async () => {
    const o = testDbOptions();
    child = spawn(process.execPath, ['--import', 'tsx', 'bench/scale/run.ts', '--smoke', '--no-library', '--out', out], {
      env: { ...process.env, NEO4J_URI: o.uri, NEO4J_USER: o.user, NEO4J_PASSWORD: o.password, NEO4J_DATABASE: o.database },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that nothing it started can outlive the test (see afterAll).
      detached: true,
    });
    let log = '';
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));
    exited = new Promise((resolve) => child!.on('exit', (code) => resolve(code)));
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 100_000))]);
    expect(code, log).toBe(0);

    const files = readdirSync(out).filter((f) => /^scale-.*-smoke\.json$/.test(f));
    expect(files, log).toHaveLength(1);
    const result = JSON.parse(readFileSync(join(out, files[0]!), 'utf8')) as RunResult;
    expect(result.mode).toBe('smoke');
    expect(result.graph.counts.companies).toBe(300);
    expect(result.graph.load?.reused).toBe(false);
    expect(result.graph.load?.recordsPerSecond).toBeGreaterThan(0);
    expect(result.questions.map((x) => x.id)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8']);
    for (const question of result.questions) {
      expect(question.sameFacts, question.id).toEqual({ floor: true, api: true });
      for (const c of ['1', '8']) {
        const api = question.runs[c]!.api!;
        expect(api.errors, `${question.id} c=${c}: ${api.firstError}`).toBe(0);
        expect(api.requests).toBeGreaterThan(0);
        expect(api.p50).toBeGreaterThan(0);
        // Counted from the API's own debug log, per request: one planned statement each.
        expect(api.statements, question.id).toMatchObject({ min: 1, max: 1 });
        expect(question.runs[c]!.floor!.errors).toBe(0);
      }
    }
    expect(result.apiPeakRssMb).toBeGreaterThan(20);
    expect(result.targets.length).toBeGreaterThan(20);
  }, 150_000);
});
