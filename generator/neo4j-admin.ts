/**
 * `neo4j-admin database import full`, run from the jars the local Neo4j runs from (.neo4j/lib, see
 * neo4j/neo4j.mjs) against a local instance's folders, while that instance is stopped. Its phase lines
 * ("(1/4) Node import …", "IMPORT DONE in …") are handed on as they come; its dotted progress is not.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { neo4jConfig } from '../neo4j/neo4j.mjs';

export interface AdminImport {
  /** The folder the CSV files and `import.args` are in. */
  dir: string;
  /** JVM heap of the importer (`-Xmx`). */
  heap: string;
  /** `--max-off-heap-memory`: what the importer may use besides its heap. */
  offHeap: string;
  onLine?: (line: string) => void;
}

export interface ImportSummary {
  nodes: number;
  relationships: number;
  properties: number;
  seconds: number;
}

const PHASE = /^\((\d+)\/(\d+)\)|^IMPORT (DONE|FAILED)|^Imported:|^\s+\d+ (nodes|relationships|properties)$|^Peak memory/;

/** Imports into the configured local instance's `neo4j` database, replacing it; rejects with the output's tail. */
export function importFull(o: AdminImport): Promise<ImportSummary> {
  const cfg = neo4jConfig();
  mkdirSync(cfg.logsDir, { recursive: true });
  const conf = join(cfg.home, 'admin.conf');
  writeFileSync(conf, `server.directories.data=${cfg.dataDir}\nserver.directories.logs=${cfg.logsDir}\n`);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const args = [
    `-Xmx${o.heap}`,
    '-cp',
    join(cfg.libDir, '*'),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '@import.args',
    '--overwrite-destination=true',
    `--max-off-heap-memory=${o.offHeap}`,
    `--report-file=${join(cfg.logsDir, 'import.report')}`,
    `--additional-config=${conf}`,
  ];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(java, args, { cwd: o.dir, env: { ...process.env, NEO4J_HOME: cfg.home, NEO4J_CONF: join(cfg.home, 'conf') } });
    let tail = '';
    let output = '';
    const counts: Record<string, number> = {};
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output = (output + text).slice(-10_000);
      const lines = (tail + text).split('\n');
      tail = lines.pop() ?? '';
      for (const raw of lines) {
        const line = raw.trimEnd();
        const counted = /^\s+(\d+) (nodes|relationships|properties)$/.exec(line);
        if (counted) counts[counted[2]!] = Number(counted[1]);
        if (PHASE.test(line)) o.onLine?.(line.trim());
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`neo4j-admin database import failed (exit ${code}):\n${output.trim()}`));
      resolve({
        nodes: counts.nodes ?? 0,
        relationships: counts.relationships ?? 0,
        properties: counts.properties ?? 0,
        seconds: (performance.now() - started) / 1000,
      });
    });
  });
}
