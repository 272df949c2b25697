/**
 * The processes a run starts, and their undoing: the local Neo4j instance (only when NEO4J_URI is not
 * given), the API and the library server as child processes. Everything started registers its stop in
 * `cleanup`, which run.ts calls on success, failure and SIGINT/SIGTERM alike.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export const REPO = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

const stops: { what: string; stop: () => Promise<void> }[] = [];

/** Registers something to undo; undone in reverse order by `cleanup`. */
export function onCleanup(what: string, stop: () => Promise<void>): void {
  stops.push({ what, stop });
}

/** Undoes everything registered, last first; never throws. */
export async function cleanup(say: (line: string) => void): Promise<void> {
  while (stops.length) {
    const { what, stop } = stops.pop()!;
    try {
      await stop();
    } catch (e) {
      say(`could not stop ${what}: ${(e as Error).message}`);
    }
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Peak and current resident set of a process, in kB, from /proc (Linux); null elsewhere or once it is gone. */
export function memoryOf(pid: number): { hwmKb: number; rssKb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { hwmKb: kb('VmHWM'), rssKb: kb('VmRSS') };
  } catch {
    return null;
  }
}

export interface Service {
  name: string;
  pid: number;
  /** Base URL, e.g. http://127.0.0.1:4610 */
  url: string;
  /** Highest VmHWM seen so far (the kernel's own peak RSS), in kB. */
  peakRssKb: () => number | null;
  /** The last lines it printed (for error messages). */
  tail: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `node --import tsx <script>` from the repo root (the pid is node's own, so /proc gives the
 * server's memory, not a wrapper's), hands every output line to `onLine`, and resolves once `readyPath`
 * answers 200. Registered for cleanup: SIGTERM, then SIGKILL after 15 s.
 */
export async function startNodeService(o: {
  name: string;
  script: string;
  port: number;
  readyPath: string;
  env: Record<string, string>;
  onLine?: (line: string) => void;
  /** Called if it exits before `stop` asked it to (a crash), with its exit status and last output lines. */
  onCrash?: (status: string, tail: string) => void;
  timeoutMs?: number;
}): Promise<Service> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', o.script], {
    cwd: REPO,
    env: { ...process.env, ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let exited: string | null = null;
  let stopping = false;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = `exit ${code ?? signal}`;
      // Give the last output lines a moment to arrive before reporting them.
      if (!stopping) setTimeout(() => o.onCrash?.(exited!, lines.join('\n')), 200);
      resolve();
    }),
  );
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      if (lines.length > 60) lines.shift();
      o.onLine?.(line);
    });
  }
  let peak: number | null = null;
  const sample = () => {
    const m = memoryOf(child.pid!);
    if (m && Number.isFinite(m.hwmKb)) peak = Math.max(peak ?? 0, m.hwmKb);
  };
  const sampler = setInterval(sample, 500);
  sampler.unref();

  const stop = async () => {
    stopping = true;
    clearInterval(sampler);
    if (exited) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exit;
    clearTimeout(killer);
  };
  onCleanup(o.name, stop);

  const url = `http://127.0.0.1:${o.port}`;
  const deadline = Date.now() + (o.timeoutMs ?? 120_000);
  for (;;) {
    if (exited) throw new Error(`${o.name} exited during start-up (${exited}):\n${lines.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`${o.name} did not answer ${url}${o.readyPath} in time:\n${lines.join('\n')}`);
    const ok = await fetch(`${url}${o.readyPath}`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await sleep(250);
  }
  return {
    name: o.name,
    pid: child.pid!,
    url,
    peakRssKb: () => {
      sample();
      return peak;
    },
    tail: () => lines.join('\n'),
    stop,
  };
}

/**
 * The project's own local Neo4j as a separate named instance (its own data folder and port), started
 * unless it already runs, and stopped at cleanup only if this run started it. Sized for the 100k graph
 * unless NEO4J_LOCAL_HEAP / NEO4J_LOCAL_PAGECACHE say otherwise.
 */
export async function startLocalNeo4j(instance: string, port: number, say: (line: string) => void) {
  process.env.NEO4J_LOCAL_INSTANCE = instance;
  process.env.NEO4J_LOCAL_PORT = String(port);
  process.env.NEO4J_LOCAL_HEAP ||= '2g';
  process.env.NEO4J_LOCAL_PAGECACHE ||= '2g';
  const local = await import('../../neo4j/neo4j.mjs');
  say(
    `starting the local Neo4j instance "${instance}" on port ${port} (heap ${process.env.NEO4J_LOCAL_HEAP}, page cache ${process.env.NEO4J_LOCAL_PAGECACHE})`,
  );
  const started = await local.start({ quiet: true });
  if (started.startedByUs) onCleanup(`Neo4j instance ${instance}`, async () => void (await local.stop({ quiet: true })));
  else say(`instance "${instance}" was already running: reusing it, and leaving it running`);
  return { uri: started.uri, heap: process.env.NEO4J_LOCAL_HEAP, pagecache: process.env.NEO4J_LOCAL_PAGECACHE };
}
