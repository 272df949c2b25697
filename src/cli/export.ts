/**
 * `npm run export -- --format graphml|csv|bods|ftm [--out PATH] [--around ID --hops N] [--jsonl]`: writes the whole graph, or
 * the neighbourhood of an entity (an id, a name or an alias, resolved as `lookup` resolves it) within N hops
 * (1 to 3, at most 200 entities, as the `neighbourhood` traversal) with its evidence, in one of the formats
 * of src/export/formats.ts. Prints what it wrote, with the counts and the time taken. A bad argument, an
 * unknown entity or an unreachable database: one line on stderr, exit code 1.
 */
import { relative } from 'node:path';
import { FORMATS, formatOf } from '../export/formats.js';
import { exportDriver, MAX_HOPS, readGraph, type Selection, UnknownEntityError } from '../export/read.js';
import { withDatabase } from './run.js';

const USAGE = `usage: npm run export -- --format ${Object.keys(FORMATS).join('|')} [--out PATH] [--around ID --hops N] [--jsonl]`;

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

/** The options given as `--name value` or `--name=value`; anything else fails with the usage line. */
function parse(argv: string[]): Map<string, string> {
  const known = new Set(['format', 'out', 'around', 'hops']);
  const flags = new Set(['jsonl']);
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/s.exec(argv[i]!);
    if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write(
        `${USAGE}\n${Object.entries(FORMATS)
          .map(([name, f]) => `  ${name}: ${f.description}`)
          .join('\n')}\n`,
      );
      process.exit(0);
    }
    if (m && flags.has(m[1]!) && m[2] === undefined) {
      options.set(m[1]!, 'true');
      continue;
    }
    if (!m || !known.has(m[1]!)) fail(`unknown argument "${argv[i]}"; ${USAGE}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '') fail(`--${m[1]} needs a value; ${USAGE}`);
    options.set(m[1]!, value);
  }
  return options;
}

const options = parse(process.argv.slice(2));
const name = options.get('format');
if (!name) fail(`--format is required; ${USAGE}`);
const format = formatOf(name);
if (!format) fail(`unknown format "${name}" (known: ${Object.keys(FORMATS).join(', ')})`);

const jsonl = options.has('jsonl');
if (jsonl && !format.options?.includes('jsonl'))
  fail(
    `--jsonl goes with --format ${Object.keys(FORMATS)
      .filter((f) => FORMATS[f]!.options?.includes('jsonl'))
      .join(' or ')}`,
  );

let selection: Selection = {};
const around = options.get('around');
const hopsText = options.get('hops');
if (around === undefined && hopsText !== undefined) fail('--hops goes with --around');
if (around !== undefined) {
  const hops = Number(hopsText ?? '1');
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) fail(`--hops must be a whole number from 1 to ${MAX_HOPS} (got "${hopsText}")`);
  selection = { around, hops };
}
const out = options.get('out') ?? format.defaultOut;

await withDatabase(async (_db, config) => {
  const driver = exportDriver({ uri: config.neo4jUri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  const started = performance.now();
  try {
    const written = await format.write((sink) => readGraph(driver, config.NEO4J_DATABASE, selection, sink), out, { jsonl });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const what = selection.around === undefined ? 'the whole graph' : `${selection.hops} hop(s) around "${selection.around}"`;
    const records = written.records === undefined ? '' : ` as ${written.records} records`;
    process.stdout.write(`exported ${what}: ${written.counts.nodes} nodes, ${written.counts.relationships} relationships${records} in ${seconds} s\n`);
    const bytes = written.files.reduce((sum, f) => sum + f.bytes, 0);
    if (written.files.length > 1) process.stdout.write(`  ${relative(process.cwd(), out) || '.'}/: ${written.files.length} files, ${bytes} bytes\n`);
    else for (const f of written.files) process.stdout.write(`  ${relative(process.cwd(), f.path)}: ${f.bytes} bytes\n`);
  } catch (error) {
    if (error instanceof UnknownEntityError) fail(error.message);
    throw error;
  } finally {
    await driver.close();
  }
});
