/**
 * The API as it is deployed, against the test database (NEO4J_URI set: nothing is started):
 *   - `npm start`: SIGTERM sent to the npm process itself drains and stops the API; no node process
 *     is left serving (npm → sh → tsx → node used to leave the API running as an orphan);
 *   - `npm run build`: dist/ runs with plain `node dist/main.js`, Cypher files and static assets
 *     included, and exits 0 on SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { testDbOptions } from './support/db.js';
import { freePort } from './support/net.js';
import { waitFor } from './support/wait.js';

/** Every process below `root` (children, grandchildren, ...), from one `ps` snapshot. */
function descendants(root: number): { pid: number; args: string }[] {
  const r = spawnSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const rows = r.stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] ?? '' }));
  const found: { pid: number; args: string }[] = [];
  const walk = (parent: number) => {
    for (const row of rows)
      if (row.ppid === parent) {
        found.push({ pid: row.pid, args: row.args });
        walk(row.pid);
      }
  };
  walk(root);
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
  return stat !== '' && !stat.startsWith('Z');
}

/** true when something accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

const ready = (port: number) =>
  fetch(`http://127.0.0.1:${port}/ready`).then(
    (r) => r.status === 200,
    () => false,
  );

function apiEnv(port: number): NodeJS.ProcessEnv {
  const o = testDbOptions();
  return {
    ...process.env,
    NEO4J_URI: o.uri,
    NEO4J_USER: o.user,
    NEO4J_PASSWORD: o.password,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'info',
  };
}

/** Spawns `cmd` in its own process group, collecting its output; exit resolves to [code, signal]. */
function launch(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));
  return { child, exited, output: () => out };
}

/** Last resort for a failed test: SIGKILL whatever is left of the process group. */
function killGroup(child: ChildProcess, pids: number[]): void {
  for (const pid of [child.pid!, ...pids]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    /* gone */
  }
}

describe('npm start', () => {
  it('SIGTERM to the npm process drains and stops the API: the port closes and no node process survives', async () => {
    const port = await freePort();
    const npm = launch('npm', ['start'], apiEnv(port));
    let tree: { pid: number; args: string }[] = [];
    try {
      await waitFor(() => ready(port), { timeout: 120_000, interval: 250, message: () => `the API answers /ready\n${npm.output()}` });
      tree = descendants(npm.child.pid!);
      // npm runs the API itself (`exec node --import tsx`): no sh, no tsx wrapper in between (the
      // API's own esbuild service, a grandchild, is fine: it exits with the API).
      expect(tree[0]?.args, npm.output()).toBe('node --import tsx src/main.ts');
      expect(tree.filter((p) => /\bsh -c|\.bin\/tsx|tsx\/dist\/cli/.test(p.args))).toEqual([]);

      npm.child.kill('SIGTERM');
      const [code] = await npm.exited;
      expect(code, npm.output()).toBe(0);
      expect(npm.output()).toContain('SIGTERM: draining requests and closing the database connection');
      await waitFor(async () => !(await listening(port)), { timeout: 10_000, interval: 250, message: 'the port closes' });
      await waitFor(() => tree.every((p) => !alive(p.pid)), { timeout: 10_000, interval: 250, message: () => `every process ends: ${JSON.stringify(tree)}` });
    } finally {
      killGroup(
        npm.child,
        tree.map((p) => p.pid),
      );
    }
  }, 180_000);
});

describe('npm run build', () => {
  it('builds dist/ that runs with plain node, with the Cypher files and static assets, and exits 0 on SIGTERM', async () => {
    const build = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const b = spawn('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      b.stdout.on('data', (d) => (out += d));
      b.stderr.on('data', (d) => (out += d));
      b.on('exit', (code) => resolve({ code, out }));
    });
    expect(build.code, build.out).toBe(0);
    expect(existsSync('dist/main.js')).toBe(true);
    // and the explorer page, built into explorer/dist/
    expect(existsSync('explorer/dist/index.html')).toBe(true);
    // src/ only: no tests or benchmarks in the build output
    expect(existsSync('dist/test')).toBe(false);
    expect(existsSync('dist/src')).toBe(false);

    const port = await freePort();
    const api = launch(process.execPath, ['dist/main.js'], apiEnv(port));
    try {
      await waitFor(() => ready(port), { timeout: 120_000, interval: 250, message: () => `the API answers /ready\n${api.output()}` });
      // queries from cypher/*.cypher, resolved from dist/
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ graph { version articles } }' }),
      });
      const body = (await res.json()) as { data?: { graph: { version: string } }; errors?: unknown };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data?.graph.version).toMatch(/^5\.26\./);
      expect((await fetch(`http://127.0.0.1:${port}/explore`)).status).toBe(200);

      api.child.kill('SIGTERM');
      const [code, signal] = await api.exited;
      expect({ code, signal }, api.output()).toEqual({ code: 0, signal: null });
      expect(await listening(port)).toBe(false);
      expect(api.output()).not.toMatch(/start-up failed|ENOENT/);
    } finally {
      killGroup(api.child, []);
    }
  }, 300_000);
});
