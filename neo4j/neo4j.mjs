#!/usr/bin/env node
// Runs a real Neo4j Community 5.26 locally from Maven Central jars: no Docker, Node built-ins only.
//
//   node neo4j/neo4j.mjs start    resolve jars (first run only), start detached, wait for Bolt
//   node neo4j/neo4j.mjs stop     SIGTERM, wait (≤ 60 s), then SIGKILL; idempotent
//   node neo4j/neo4j.mjs status   exit 0 when running, 3 when stopped
//
// Also importable (e.g. from a vitest globalSetup):
//   import { start, stop, status, neo4jConfig } from '../neo4j/neo4j.mjs';
// The functions throw (Error with .exitCode) instead of exiting the process.
//
// Output: one-line results ("ready", "stopped", ...) go to stdout unless { quiet: true }. The slow
// first-run steps (Maven download, launcher compile, a first or slow start) report their progress
// on stderr, prefixed "neo4j: ", even when quiet, so a first `npm start` is never silent for
// minutes; pass { progress: false } to silence that too.
//
// Environment (all optional):
//   NEO4J_LOCAL_PORT   Bolt port on 127.0.0.1            (default 7687)
//   NEO4J_PASSWORD     password of user neo4j, ≥ 8 chars (default kg-local-password);
//                      applied only when the data directory is created
//   NEO4J_LOCAL_DIR    state folder, relative to the repo root (default .neo4j):
//                      lib/ jars, classes/, data/, logs/, neo4j.pid, neo4j.state.json
//   NEO4J_LOCAL_HEAP   JVM max heap (default 1g; -Xms is min(512m, heap))
//   NEO4J_LOCAL_START_TIMEOUT  seconds to wait for Bolt (default 180)
//   JAVA_HOME          JDK to use (else `java` on PATH)

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
// The same optional .env as the API (values already in the environment win).
if (fs.existsSync(path.join(REPO, '.env'))) process.loadEnvFile(path.join(REPO, '.env'));
const POM = path.join(HERE, 'pom.xml');
const LAUNCHER_SRC = path.join(HERE, 'Launcher.java');
const READY_MARK = 'NEO4J_LAUNCHER_READY';

/** Resolved configuration (env + defaults). */
export function neo4jConfig(env = process.env) {
  const port = Number.parseInt(env.NEO4J_LOCAL_PORT || '7687', 10);
  const dir = path.resolve(REPO, env.NEO4J_LOCAL_DIR || '.neo4j');
  // A named instance (the tests use "test") has its own data, logs and pid under .neo4j/<name>/,
  // and shares the downloaded jars with the default instance.
  const instance = env.NEO4J_LOCAL_INSTANCE || '';
  if (instance && !/^[a-z0-9-]+$/.test(instance)) throw new Error(`NEO4J_LOCAL_INSTANCE must be lower-case letters, digits or hyphens`);
  const home = instance ? path.join(dir, instance) : dir;
  const version = pomVersion();
  return {
    version,
    port,
    host: '127.0.0.1',
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: env.NEO4J_PASSWORD || 'kg-local-password',
    heap: env.NEO4J_LOCAL_HEAP || '1g',
    startTimeoutMs: 1000 * Number(env.NEO4J_LOCAL_START_TIMEOUT || 180),
    dir,
    home,
    libDir: path.join(dir, 'lib'),
    classesDir: path.join(dir, 'classes'),
    dataDir: path.join(home, 'data'),
    logsDir: path.join(home, 'logs'),
    pidFile: path.join(home, 'neo4j.pid'),
    stateFile: path.join(home, 'neo4j.state.json'),
    lockFile: path.join(home, 'start.lock'),
    launcherLog: path.join(home, 'logs', 'launcher.log'),
  };
}

// ---------------------------------------------------------------------------------------------
// public API

/**
 * Starts the local Neo4j (or reuses ours if it already runs) and resolves once Bolt answers.
 * @returns {Promise<{running: true, pid: number, port: number, uri: string, version: string,
 *   startedByUs: boolean, dataDir: string}>}
 */
export async function start({ quiet = false, progress = true } = {}) {
  const cfg = neo4jConfig();
  const say = quiet ? () => {} : (line) => console.log(line);
  const note = progressWriter(progress);
  if (!Number.isInteger(cfg.port) || cfg.port < 1 || cfg.port > 65535) {
    throw fail(`NEO4J_LOCAL_PORT must be a port number, got "${process.env.NEO4J_LOCAL_PORT}"`);
  }
  if (cfg.password.length < 8) {
    throw fail('NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones)');
  }
  fs.mkdirSync(cfg.logsDir, { recursive: true });

  const release = await acquireLock(cfg);
  try {
    // 1. Ours already running (or starting, e.g. a concurrent `start`)?
    const ours = runningInstance(cfg);
    if (ours) {
      if (ours.port !== cfg.port) {
        throw fail(
          `neo4j from ${rel(cfg.dir)} already runs on port ${ours.port} (pid ${ours.pid}); ` +
            `stop it first (node neo4j/neo4j.mjs stop) to use port ${cfg.port}`,
        );
      }
      await waitReady(cfg, ours.pid, null);
      say(`neo4j ${ours.version ?? cfg.version} already running on ${cfg.uri} (pid ${ours.pid}), reusing it`);
      return result(cfg, ours.pid, false, ours.version);
    }

    // 2. Java, a free port, then the jars (Maven runs only when .neo4j/lib lacks them).
    const java = checkJava();
    if (!(await portIsFree(cfg.port))) {
      throw fail(`port ${cfg.port} is in use by another process (set NEO4J_LOCAL_PORT to use another port)`);
    }
    await resolveArtifacts(cfg, note);
    const mainArgs = compileLauncher(cfg, java, note);

    // 3. Spawn detached.
    const t0 = Date.now();
    const firstStart = !fs.existsSync(path.join(cfg.dataDir, 'databases'));
    if (firstStart) {
      note(`first start of neo4j ${cfg.version} on ${cfg.uri}: creating the database in ${rel(cfg.dataDir)} (can take a minute)...`);
    } else if (!quiet) {
      say(`starting neo4j ${cfg.version} on ${cfg.uri}...`);
    }
    const logFd = fs.openSync(cfg.launcherLog, 'w');
    const child = spawn(
      java.bin,
      [
        `-Xms${minSize('512m', cfg.heap)}`,
        `-Xmx${cfg.heap}`,
        '-XX:+ExitOnOutOfMemoryError',
        '-Dfile.encoding=UTF-8',
        ...mainArgs,
        '--port',
        String(cfg.port),
        '--home',
        cfg.home,
        '--data-dir',
        cfg.dataDir,
        '--logs-dir',
        cfg.logsDir,
      ],
      {
        cwd: REPO,
        detached: true,
        stdio: ['ignore', logFd, logFd],
        // The password goes through the environment, not argv (argv is visible in `ps`).
        env: { ...process.env, NEO4J_PASSWORD: cfg.password },
      },
    );
    fs.closeSync(logFd);
    let exited = null;
    child.on('exit', (code, signal) => {
      exited = { code, signal };
    });
    child.on('error', (err) => {
      exited = { code: null, signal: null, err };
    });
    child.unref();
    if (!child.pid) {
      await sleep(50);
      throw fail(`could not start java: ${exited?.err?.message ?? 'unknown error'}`);
    }
    fs.writeFileSync(cfg.pidFile, `${child.pid}\n`);
    writeState(cfg, { pid: child.pid, port: cfg.port, version: cfg.version, startedAt: new Date().toISOString() });

    // A heartbeat while Java starts: after 10 s, then every 10 s (a loaded machine can take a minute).
    let noted = firstStart;
    const heartbeat = setInterval(() => {
      noted = true;
      note(`still starting (${Math.round((Date.now() - t0) / 1000)} s; log: ${rel(cfg.launcherLog)})`);
    }, 10_000);
    try {
      await waitReady(cfg, child.pid, () => exited);
    } catch (err) {
      // do not leave a half-started JVM behind
      if (isAlive(child.pid)) await terminate(child.pid, 10_000);
      removeState(cfg);
      throw err;
    } finally {
      clearInterval(heartbeat);
    }
    const ready = readyLine(cfg, child.pid);
    const version = ready?.version ?? cfg.version;
    writeState(cfg, { pid: child.pid, port: cfg.port, version, startedAt: new Date().toISOString() });
    const line =
      `neo4j ${version} ready on ${cfg.uri} (data: ${rel(cfg.dataDir)}, pid ${child.pid}, ` + `started in ${((Date.now() - t0) / 1000).toFixed(1)} s)`;
    // quiet callers still hear how a start they were told about ended
    if (quiet && noted) note(line.replace(/^neo4j /, 'Neo4j '));
    say(line);
    return result(cfg, child.pid, true, version);
  } finally {
    release();
  }
}

/**
 * Fetches the Neo4j jars and compiles the launcher without starting anything (CI's install step).
 * A no-op when both are already in place.
 */
export async function install({ quiet = false, progress = true } = {}) {
  const cfg = neo4jConfig();
  const say = quiet ? () => {} : (line) => console.log(line);
  const note = progressWriter(progress);
  const java = checkJava();
  await resolveArtifacts(cfg, note);
  compileLauncher(cfg, java, note);
  say(`neo4j ${cfg.version} installed in ${rel(cfg.libDir)}`);
  return { version: cfg.version };
}

/** Stops our instance (SIGTERM, then SIGKILL after ~60 s). Idempotent. */
export async function stop({ quiet = false, timeoutMs = 60_000 } = {}) {
  const cfg = neo4jConfig();
  const say = quiet ? () => {} : (line) => console.log(line);
  const ours = runningInstance(cfg);
  if (!ours) {
    removeState(cfg);
    say('neo4j is not running');
    return { running: false, pid: null, port: cfg.port, startedByUs: false, stopped: false };
  }
  const t0 = Date.now();
  const how = await terminate(ours.pid, timeoutMs);
  removeState(cfg);
  say(`neo4j stopped (pid ${ours.pid}, ${how}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return { running: false, pid: ours.pid, port: ours.port, startedByUs: false, stopped: true };
}

/** Reports whether our instance runs; `ready` tells whether Bolt answers a handshake. */
export async function status({ quiet = false } = {}) {
  const cfg = neo4jConfig();
  const say = quiet ? () => {} : (line) => console.log(line);
  const ours = runningInstance(cfg);
  if (!ours) {
    say('neo4j stopped');
    return { running: false, pid: null, port: cfg.port, startedByUs: false };
  }
  const ready = (await boltHandshake(ours.port, 2000)) !== null && readyLine(cfg, ours.pid) !== null;
  const uri = `bolt://127.0.0.1:${ours.port}`;
  say(
    `neo4j${ours.version ? ` ${ours.version}` : ''} running (pid ${ours.pid}) on ${uri}` +
      `${ready ? '' : ', starting (Bolt not answering yet)'} (data: ${rel(cfg.dataDir)})`,
  );
  return { running: true, ready, pid: ours.pid, port: ours.port, uri, version: ours.version, startedByUs: false };
}

// ---------------------------------------------------------------------------------------------
// tools and artifacts

function checkJava() {
  const bin = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const r = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw fail(
      `Java not found (${bin}): install a JDK 17 or 21, e.g. "apt-get install openjdk-17-jdk-headless" ` +
        '(Debian/Ubuntu) or "brew install openjdk@17" (macOS), or set JAVA_HOME',
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17) {
    throw fail(`Java ${major || '?'} found (${bin}); Neo4j 5.26 needs Java 17 or 21: install openjdk-17-jdk-headless`);
  }
  const javac = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'javac') : 'javac';
  const hasJavac = !spawnSync(javac, ['-version'], { encoding: 'utf8' }).error;
  return { bin, major, javac: hasJavac ? javac : null };
}

function pomVersion() {
  const m = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(fs.readFileSync(POM, 'utf8'));
  if (!m) throw fail(`no <neo4j.version> in ${rel(POM)}`);
  return m[1];
}

function sha256(...parts) {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Copies org.neo4j:neo4j and its deps into <dir>/lib, unless the stamp says they're there. Maven's
 * download lines are summarised on stderr (files, MB, every 5 s) instead of printed one by one.
 * Maven's own settings apply, e.g. MAVEN_OPTS=-Dmaven.repo.local=/path for another local repository.
 */
async function resolveArtifacts(cfg, note) {
  const stampFile = path.join(cfg.libDir, '.resolved');
  const want = `${cfg.version} ${sha256(fs.readFileSync(POM))}`;
  if (readText(stampFile)?.trim() === want) return false;

  const mvnCheck = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvnCheck.error || mvnCheck.status !== 0) {
    throw fail(
      'Maven not found (mvn): needed once to fetch the Neo4j jars; install it, e.g. "apt-get install maven" ' +
        '(Debian/Ubuntu) or "brew install maven" (macOS)',
    );
  }
  note(`resolving the Neo4j ${cfg.version} jars (~120 MB) from Maven Central into ${rel(cfg.libDir)} (first run only)...`);
  const t0 = Date.now();
  const tmp = `${cfg.libDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });

  const downloads = { files: 0, bytes: 0, last: '' };
  const kept = []; // Maven's other lines, for the error message
  let reported = 0;
  const report = () => {
    if (downloads.files === reported) return;
    reported = downloads.files;
    note(`Maven: ${downloads.files} files downloaded (${mb(downloads.bytes)})${downloads.last ? `, latest ${downloads.last}` : ''}`);
  };
  const onLine = (raw) => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips Maven's ANSI colour codes, which start with ESC
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '').trimEnd();
    const m = /^\[INFO\] Downloaded from [^:]+: (\S+) \(([\d.,]+) (B|kB|KB|MB|GB)/.exec(line);
    if (m) {
      downloads.files += 1;
      downloads.bytes += Number(m[2].replace(',', '')) * { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 }[m[3]];
      downloads.last = m[1].slice(m[1].lastIndexOf('/') + 1);
    } else if (line && !/^\[INFO\] Downloading from /.test(line)) {
      kept.push(line);
      if (kept.length > 200) kept.shift();
    }
  };
  const timer = setInterval(report, 5_000);
  let code;
  try {
    code = await new Promise((resolve, reject) => {
      // -B: plain lines (no progress bars); not -q, so the "Downloaded from" lines can be counted
      const child = spawn('mvn', ['-B', '-Dstyle.color=never', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`], {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop();
          lines.forEach(onLine);
        });
        stream.on('end', () => rest && onLine(rest));
      }
      child.on('error', reject);
      child.on('close', (status, signal) => resolve(status ?? signal));
    });
  } finally {
    clearInterval(timer);
  }
  if (code !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    const errors = kept.filter((l) => /^\[(ERROR|WARNING)\]/.test(l));
    const out = (errors.length ? errors : kept).slice(-40).join('\n');
    throw fail(`Maven could not resolve org.neo4j:neo4j:${cfg.version} (exit ${code}):\n${out}`);
  }
  report();
  fs.writeFileSync(path.join(tmp, '.resolved'), `${want}\n`);
  fs.rmSync(cfg.libDir, { recursive: true, force: true });
  fs.renameSync(tmp, cfg.libDir);
  const jars = fs.readdirSync(cfg.libDir).filter((f) => f.endsWith('.jar')).length;
  const fetched = downloads.files ? `Maven downloaded ${downloads.files} files, ${mb(downloads.bytes)}` : 'all from the local Maven repository';
  note(`resolved ${jars} jar${jars === 1 ? '' : 's'} in ${((Date.now() - t0) / 1000).toFixed(1)} s (${fetched})`);
  return true;
}

function mb(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * Compiles Launcher.java once into <dir>/classes (saves ~1 s per start over JEP 330 source mode).
 * Falls back to source mode when there is no javac. Returns the java args naming the main class.
 */
function compileLauncher(cfg, java, note) {
  const cp = path.join(cfg.libDir, '*');
  const sourceMode = ['-cp', cp, LAUNCHER_SRC];
  if (!java.javac) return sourceMode;
  const stampFile = path.join(cfg.classesDir, '.compiled');
  const want = sha256(fs.readFileSync(LAUNCHER_SRC), cfg.version);
  const classpath = ['-cp', `${cfg.classesDir}${path.delimiter}${cp}`, 'Launcher'];
  if (readText(stampFile)?.trim() === want) return classpath;

  note(`compiling ${rel(LAUNCHER_SRC)} (first run only)...`);
  const t0 = Date.now();
  fs.rmSync(cfg.classesDir, { recursive: true, force: true });
  const r = spawnSync(java.javac, ['-nowarn', '-d', cfg.classesDir, '-cp', cp, LAUNCHER_SRC], {
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw fail(`javac could not compile ${rel(LAUNCHER_SRC)}:\n${(r.stderr || r.stdout || r.error?.message || '').trim()}`);
  }
  fs.writeFileSync(stampFile, `${want}\n`);
  note(`compiled ${rel(LAUNCHER_SRC)} into ${rel(cfg.classesDir)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return classpath;
}

// ---------------------------------------------------------------------------------------------
// process and state

function readState(cfg) {
  try {
    return JSON.parse(fs.readFileSync(cfg.stateFile, 'utf8'));
  } catch {
    return null;
  }
}

function writeState(cfg, state) {
  fs.writeFileSync(cfg.stateFile, `${JSON.stringify({ ...state, dataDir: cfg.dataDir }, null, 2)}\n`);
}

function removeState(cfg) {
  fs.rmSync(cfg.pidFile, { force: true });
  fs.rmSync(cfg.stateFile, { force: true });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (err.code === 'ESRCH') return false;
  }
  // a zombie (exited, not yet reaped) is not alive
  const stat = readText(`/proc/${pid}/stat`);
  if (stat && /^\d+ \(.*\) Z/.test(stat)) return false;
  return true;
}

/** Is pid our Launcher JVM (guards against a recycled pid)? */
function isOurLauncher(pid) {
  if (!isAlive(pid)) return false;
  let cmd = readText(`/proc/${pid}/cmdline`);
  if (cmd === null) {
    const r = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    cmd = r.status === 0 ? r.stdout : null;
  }
  return cmd === null ? true : /java/.test(cmd) && /Launcher/.test(cmd);
}

/** Our instance per the pid file, if its process is alive; cleans up stale files. */
function runningInstance(cfg) {
  const pid = Number.parseInt(readText(cfg.pidFile) ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) {
    if (fs.existsSync(cfg.pidFile) || fs.existsSync(cfg.stateFile)) removeState(cfg);
    return null;
  }
  if (!isOurLauncher(pid)) {
    removeState(cfg);
    return null;
  }
  const state = readState(cfg);
  return { pid, port: state?.port ?? cfg.port, version: state?.version ?? null };
}

async function terminate(pid, timeoutMs) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return 'already gone';
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'SIGTERM';
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* gone meanwhile */
  }
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  return `SIGKILL after ${Math.round(timeoutMs / 1000)} s`;
}

/** The launcher's READY line for this pid, if printed. */
function readyLine(cfg, pid) {
  const log = readText(cfg.launcherLog) ?? '';
  for (const line of log.split('\n')) {
    if (!line.startsWith(READY_MARK) || !line.includes(` pid=${pid} `)) continue;
    return { version: /version=(\S+)/.exec(line)?.[1] ?? null };
  }
  return null;
}

function logTail(cfg, lines = 30) {
  const log = (readText(cfg.launcherLog) ?? '').trimEnd().split('\n');
  return log.slice(-lines).join('\n');
}

/**
 * Waits until the launcher printed READY (initial password set, default database online) and Bolt
 * answers a handshake. Bolt already listens a moment before the password is set, so the READY line
 * is required too.
 */
async function waitReady(cfg, pid, exitedFn) {
  const deadline = Date.now() + cfg.startTimeoutMs;
  while (Date.now() < deadline) {
    const exited = exitedFn?.();
    if (exited || !isAlive(pid)) {
      const why = exited?.err ? exited.err.message : exited ? `exit code ${exited.code}, signal ${exited.signal}` : 'exited';
      throw fail(`neo4j (java, pid ${pid}) died during startup (${why}); tail of ${rel(cfg.launcherLog)}:\n${logTail(cfg)}`);
    }
    if (readyLine(cfg, pid) && (await boltHandshake(cfg.port, 2000)) !== null) return;
    await sleep(250);
  }
  throw fail(`neo4j did not answer on ${cfg.uri} within ${cfg.startTimeoutMs / 1000} s; tail of ${rel(cfg.launcherLog)}:\n${logTail(cfg)}`);
}

// ---------------------------------------------------------------------------------------------
// network

/** true when nothing listens on 127.0.0.1:port (we can bind it ourselves). */
function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/**
 * Bolt handshake: magic 0x6060B017 + 4 version proposals (5.8..5.0, 4.4..4.2, 3.0, none);
 * resolves to the agreed version "major.minor" or null (no answer, refused, or 0x00000000).
 */
export function boltHandshake(port, timeoutMs = 2000, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host });
    let buf = Buffer.alloc(0);
    const done = (v) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(v);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    sock.once('error', () => done(null));
    sock.once('close', () => done(null));
    sock.once('connect', () => {
      sock.write(
        Buffer.from([
          0x60,
          0x60,
          0xb0,
          0x17, // magic
          0x00,
          0x08,
          0x08,
          0x05, // 5.8 down to 5.0
          0x00,
          0x02,
          0x04,
          0x04, // 4.4 down to 4.2
          0x00,
          0x00,
          0x00,
          0x03, // 3.0
          0x00,
          0x00,
          0x00,
          0x00, // none
        ]),
      );
    });
    sock.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length < 4) return;
      const v = buf.readUInt32BE(0);
      done(v === 0 ? null : `${buf[3]}.${buf[2]}`);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// helpers

/** Serialises concurrent `start`s on the same state folder. */
async function acquireLock(cfg) {
  const deadline = Date.now() + cfg.startTimeoutMs + 60_000;
  for (;;) {
    try {
      const fd = fs.openSync(cfg.lockFile, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      return () => fs.rmSync(cfg.lockFile, { force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    const holder = Number.parseInt(readText(cfg.lockFile) ?? '', 10);
    if (!Number.isInteger(holder) || holder === process.pid || !isAlive(holder)) {
      fs.rmSync(cfg.lockFile, { force: true }); // stale
      continue;
    }
    if (Date.now() > deadline) throw fail(`another "neo4j start" (pid ${holder}) holds ${rel(cfg.lockFile)}`);
    await sleep(250);
  }
}

function result(cfg, pid, startedByUs, version) {
  return { running: true, pid, port: cfg.port, uri: cfg.uri, version, startedByUs, dataDir: cfg.dataDir };
}

function parseSize(s) {
  const m = /^(\d+)([kmgt]?)$/i.exec(String(s).trim());
  if (!m) return null;
  return Number(m[1]) * 1024 ** ' kmgt'.indexOf((m[2] || ' ').toLowerCase());
}

function minSize(a, b) {
  const na = parseSize(a);
  const nb = parseSize(b);
  return na !== null && nb !== null && nb < na ? b : a;
}

/** Progress lines for the slow steps: stderr, "neo4j: "-prefixed; a no-op with progress: false. */
function progressWriter(progress) {
  return progress === false ? () => {} : (line) => process.stderr.write(`neo4j: ${line}\n`);
}

function rel(p) {
  const r = path.relative(REPO, p);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function fail(message, exitCode = 1) {
  const err = new Error(message);
  err.exitCode = exitCode;
  return err;
}

// ---------------------------------------------------------------------------------------------
// CLI (only when run directly, not when imported)

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const cmd = process.argv[2];
  const commands = {
    install: async () => {
      await install();
      return 0;
    },
    start: async () => {
      await start();
      return 0;
    },
    stop: async () => {
      await stop();
      return 0;
    },
    status: async () => ((await status()).running ? 0 : 3),
  };
  if (!commands[cmd]) {
    console.error('usage: node neo4j/neo4j.mjs install|start|stop|status');
    process.exit(2);
  }
  commands[cmd]().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err.exitCode ? err.message : err);
      process.exit(err.exitCode || 1);
    },
  );
}
