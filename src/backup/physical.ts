/**
 * Physical backups of the project's local Neo4j: `neo4j-admin database dump` and `database load`, run from
 * the jars the local instance runs from (.neo4j/lib), with the same Java and the instance's own folders.
 * Neither works on a database in use, so the instance is stopped first and started again after (each
 * step said on stderr); it restarts with this process's NEO4J_LOCAL_* settings (heap, page cache, port).
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { neo4jConfig, start, status, stop } from '../../neo4j/neo4j.mjs';

/** neo4j-admin's entry point in neo4j-command-line-*.jar. */
const ADMIN_MAIN = 'org.neo4j.cli.AdminTool';

/** Progress on stderr, prefixed with the command (`backup: `, `restore: `). */
const say = (command: string, line: string) => process.stderr.write(`${command}: ${line}\n`);

/**
 * Whether `uri` is the local instance: unset (the API would start it), or a bolt/neo4j URI on loopback
 * at the local instance's port.
 */
export function isLocalInstance(uri: string | undefined): boolean {
  if (uri === undefined) return true;
  try {
    const u = new URL(uri);
    return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) && Number(u.port || 7687) === neo4jConfig().port;
  } catch {
    return false;
  }
}

/** Runs neo4j-admin with `args` (stdin from `input` if given); rejects with the tail of its output. */
function admin(args: string[], input?: string): Promise<void> {
  const cfg = neo4jConfig();
  // The launcher sets its folders in code, not in a neo4j.conf: neo4j-admin is told them the same way.
  const conf = join(cfg.home, 'admin.conf');
  writeFileSync(conf, `server.directories.data=${cfg.dataDir}\nserver.directories.logs=${cfg.logsDir}\n`);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  return new Promise<void>((resolve, reject) => {
    const child = spawn(java, [`-Xmx${cfg.heap}`, '-cp', join(cfg.libDir, '*'), ADMIN_MAIN, ...args, `--additional-config=${conf}`], {
      env: { ...process.env, NEO4J_HOME: cfg.home, NEO4J_CONF: join(cfg.home, 'conf') },
      stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    // neo4j-admin prints a progress line per step: kept, not shown, unless it fails.
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    if (input && child.stdin) createReadStream(input).on('error', reject).pipe(child.stdin);
    child.on('error', (error) => reject(new Error(`could not run ${java} (${error.message}); neo4j-admin needs the JDK the local Neo4j runs with`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else {
        const tail = output
          .trim()
          .split('\n')
          .filter((l) => !/^Files: \d+\/\d+/.test(l))
          .slice(-15)
          .join('\n');
        reject(new Error(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${code}):\n${tail}`));
      }
    });
  }).finally(() => rmSync(conf, { force: true }));
}

/** Runs `work` with the local instance stopped, then starts it again if it was running (or `restart`). */
async function whileStopped<T>(command: string, why: string, restart: boolean, work: () => Promise<T>): Promise<T> {
  const running = (await status({ quiet: true })).running;
  if (running) {
    say(command, `stopping the local Neo4j (${neo4jConfig().uri}) to ${why}`);
    await stop({ quiet: true });
  }
  try {
    return await work();
  } finally {
    if (running || restart) {
      say(command, `starting the local Neo4j again (${neo4jConfig().uri})`);
      await start({ quiet: true });
    }
  }
}

/** Dumps `database` of the local instance into `file` (stopping the instance meanwhile). */
export async function dumpLocal(database: string, file: string): Promise<void> {
  const folder = `${file}.partial.d`;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  try {
    await whileStopped('backup', `dump database ${database}`, false, () =>
      admin(['database', 'dump', database, `--to-path=${folder}`, '--overwrite-destination=true']),
    );
    mkdirSync(dirname(file), { recursive: true });
    renameSync(join(folder, `${database}.dump`), file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Loads `file` (a dump) over `database` of the local instance, then starts the instance. */
export async function loadLocal(database: string, file: string): Promise<void> {
  await whileStopped('restore', `load ${file} over database ${database}`, true, () =>
    admin(['database', 'load', database, '--from-stdin', '--overwrite-destination=true'], file),
  );
}
