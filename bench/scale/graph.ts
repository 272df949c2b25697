/**
 * The synthetic graph under test: generated (or reused) by the project's own generator, `npm run
 * generate` (generator/cli.ts), run as a child process so its report is the one a user sees; the load
 * speed is read from that report. The question anchors come from the generator's WELL_KNOWN ids.
 */
import { spawn } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { WELL_KNOWN } from '../../generator/anchors.js';
import { floorRun } from './floor.js';
import type { Anchors } from './questions.js';
import type { LoadFigures } from './report.js';
import { onCleanup, REPO } from './services.js';

export interface Db {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** Runs `generator/cli.ts` against `db`, streaming its output to `say`; at most `timeoutMs`. */
export async function generate(
  db: Db,
  o: { companies: number; seed: number; reset: boolean; timeoutMs: number },
  say: (line: string) => void,
): Promise<LoadFigures> {
  const args = ['--import', 'tsx', 'generator/cli.ts', '--companies', String(o.companies), '--seed', String(o.seed), ...(o.reset ? ['--reset'] : [])];
  const child = spawn(process.execPath, args, {
    cwd: REPO,
    env: { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => void child.kill('SIGTERM');
  onCleanup('generator', stop);
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d;
    for (const line of String(d).trimEnd().split('\n')) say(`  generate: ${line}`);
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d;
    // Progress lines every few seconds; keep the console readable.
    const last = String(d)
      .trim()
      .split(/[\r\n]/)
      .at(-1);
    if (last) say(`  generate: ${last.trim()}`);
  });
  const timer = setTimeout(() => child.kill('SIGTERM'), o.timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`npm run generate failed (exit ${code}):\n${(err || out).trim().split('\n').slice(-10).join('\n')}`);
  return loadFigures(out);
}

/** The figures of the generator's report (see generator/cli.ts). */
export function loadFigures(report: string): LoadFigures {
  const line =
    report
      .split('\n')
      .find((l) => /records written|^reuse:/.test(l.trim()))
      ?.trim() ?? '';
  if (/^reuse:/.test(line)) return { reused: true, records: null, seconds: null, recordsPerSecond: null, line };
  const num = (s: string | undefined) => (s === undefined ? null : Number(s.replaceAll(',', '')));
  const written = /([\d,]+) records written, ([\d,]+) records\/s/.exec(line);
  const seconds = /^wrote .* in ([\d.]+) s/m.exec(report);
  return { reused: false, records: num(written?.[1]), seconds: num(seconds?.[1]), recordsPerSecond: num(written?.[2]), line };
}

/** The anchors, checked to exist; Q1 asks for the deep chain's root by its name, as a user would type it. */
export async function anchors(driver: Driver, database: string): Promise<Anchors> {
  const ids = [WELL_KNOWN.deepRoot, WELL_KNOWN.deepLeaf, WELL_KNOWN.hub, WELL_KNOWN.pathFrom, WELL_KNOWN.pathTo];
  const rows = await floorRun(driver, database, 'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.name AS name', { ids });
  const names = new Map(rows.map((r) => [r.id as string, r.name as string]));
  const missing = ids.filter((id) => !names.has(id));
  if (missing.length) throw new Error(`the graph lacks the generator's anchors ${missing.join(', ')}: is it a synthetic graph?`);
  // Q7's article: the one that reports the hub (an ordinary article of the graph, found by one seek and hop).
  const [reporting] = await floorRun(driver, database, 'MATCH (:Source {fact: $id})-[:REPORTED_BY]->(a:Article) RETURN a.id AS id ORDER BY id LIMIT 1', {
    id: WELL_KNOWN.hub,
  });
  if (!reporting) throw new Error(`no article reports ${WELL_KNOWN.hub}: is it a synthetic graph?`);
  return {
    entityName: names.get(WELL_KNOWN.deepRoot)!,
    deepLeaf: WELL_KNOWN.deepLeaf,
    pathFrom: WELL_KNOWN.pathFrom,
    pathTo: WELL_KNOWN.pathTo,
    // Two common words: about a hundred companies carry both, thousands one of them.
    searchText: 'northwind holdings',
    hub: WELL_KNOWN.hub,
    article: String(reporting.id),
    // The same two words as a phrase, in every text: excerpts and descriptions name companies.
    phrase: 'northwind holdings',
  };
}

/** What the database holds, from the count store (instant at any size). */
export async function counts(driver: Driver, database: string): Promise<Record<string, number>> {
  const [row] = await floorRun(
    driver,
    database,
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
     CALL () { MATCH (n:Company) RETURN count(n) AS companies }
     CALL () { MATCH (n:Source) RETURN count(n) AS sources }
     CALL () { MATCH (n:Article) RETURN count(n) AS articles }
     RETURN nodes, relationships, entities, companies, sources, articles`,
    {},
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}
