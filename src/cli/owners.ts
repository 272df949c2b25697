/**
 * `npm run owners -- names.txt [--url URL] [--batch-size N]` (or names on stdin, with no FILE or `-`):
 * the ultimate owners of every entity listed (one name, alias or id a line; blank lines and `#` lines
 * skipped), as CSV on stdout:
 *
 *   input,entity_id,entity_name,ultimate_owners,hops,weakest_hop_sources,status
 *
 * ultimate_owners are names joined by `;`; hops is the length of the longest path up; weakest_hop_sources
 * the fewest sources any hop has. Names go to the API in batches of aliased ownershipChain fields, as many
 * per request as its limits allow (src/client/owners.ts); each request is logged on stderr. Exit code 0
 * when every row was written (NOT_FOUND rows included), 1 when the API is down, refuses a request, or
 * answers an error other than NOT_FOUND for some entity (that row says ERROR).
 */
import { readFileSync } from 'node:fs';
import {
  type BatchData,
  CSV_HEADER,
  batchDocument,
  csvLine,
  defaultBatchLimits,
  emptyRow,
  largestBatch,
  parseNames,
  type Row,
  rowFromChain,
  rowToCsv,
} from '../client/owners.js';
import { ApiUnreachableError, apiUrl, request } from '../client/request.js';
import { messageOf } from '../shape.js';

const USAGE = 'usage: npm run owners -- [FILE | -] [--url URL] [--batch-size N]   (FILE: one entity name, alias or id a line; default stdin)';

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const url = apiUrl(args);
const batchIndex = args.indexOf('--batch-size');
const files = args.filter((a, i) => (!a.startsWith('--') || a === '-') && args[i - 1] !== '--url' && args[i - 1] !== '--batch-size');
if (args.includes('--help') || files.length > 1) fail(USAGE);
const unknownOption = args.find((a, i) => a.startsWith('--') && !['--url', '--batch-size'].includes(a) && args[i - 1] !== '--url');
if (unknownOption) fail(`unknown option ${unknownOption}\n${USAGE}`);

const limits = defaultBatchLimits();
let batchSize = largestBatch(limits);
if (batchIndex >= 0) {
  batchSize = Number(args[batchIndex + 1]);
  if (!Number.isInteger(batchSize) || batchSize < 1) fail(`--batch-size must be a whole number of at least 1 (got "${args[batchIndex + 1] ?? ''}")`);
}

const file = files[0] ?? '-';
let text: string;
try {
  if (file === '-' && process.stdin.isTTY) process.stderr.write('owners: reading names from stdin, one a line (Ctrl-D to end)\n');
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (e) {
  fail(`cannot read ${file === '-' ? 'stdin' : file}: ${messageOf(e)}`);
}
const inputs = parseNames(text);

/** What each distinct name came to; names too long for the API are not asked. */
const results = new Map<string, Row>();
const toAsk: string[] = [];
for (const name of new Set(inputs)) {
  if (name.length > limits.maxNameLength) results.set(name, emptyRow(name, 'INVALID_INPUT'));
  else toAsk.push(name);
}

let requests = 0;
let failedRows = 0;

/** `aN` when the error is about one field of the batch (its path is just that alias). */
function aliasOf(path: readonly (string | number)[] | undefined, size: number): string | null {
  const alias = path?.length === 1 && typeof path[0] === 'string' ? path[0] : null;
  return alias && /^a\d+$/.test(alias) && Number(alias.slice(1)) < size ? alias : null;
}

/**
 * Asks for one batch. An unknown name is a null field (with its NOT_FOUND error) next to the others'
 * data. With no data, any error is about the request (a limit, the database) even when it carries a
 * path, as the complexity check's does, and stops the run.
 */
async function ask(batch: string[]): Promise<void> {
  requests++;
  process.stderr.write(`owners: request ${requests}: ${batch.length} name${batch.length === 1 ? '' : 's'}\n`);
  const variables = Object.fromEntries(batch.map((name, i) => [`e${i}`, name]));
  const body = await request(url, batchDocument(batch.length), variables, 60_000);
  const errors = body.errors ?? [];
  const data: BatchData | null | undefined = body.data;
  if (!data) {
    const code = errors[0]?.extensions?.code ?? 'ERROR';
    fail(
      `the API refused a request of ${batch.length} names: ${code}: ${errors[0]?.message ?? 'no data and no error'}` +
        (code === 'BAD_USER_INPUT' ? ' (its limits may be lower than the defaults: try a smaller --batch-size)' : ''),
    );
  }
  batch.forEach((name, i) => {
    const chain = data[`a${i}`];
    if (chain) {
      results.set(name, rowFromChain(name, chain));
      return;
    }
    const error = errors.find((e) => aliasOf(e.path, batch.length) === `a${i}`);
    if (error && error.extensions?.code !== 'NOT_FOUND') {
      failedRows++;
      process.stderr.write(`owners: "${name}": ${error.extensions?.code ?? 'ERROR'}: ${error.message}\n`);
      results.set(name, emptyRow(name, 'ERROR'));
    } else results.set(name, emptyRow(name, 'NOT_FOUND'));
  });
}

try {
  for (let i = 0; i < toAsk.length; i += batchSize) await ask(toAsk.slice(i, i + batchSize));
} catch (e) {
  fail(e instanceof ApiUnreachableError ? e.message : `failed: ${messageOf(e)}`);
}
process.stderr.write(
  `owners: ${inputs.length} name${inputs.length === 1 ? '' : 's'}, ${toAsk.length} asked in ${requests} request${requests === 1 ? '' : 's'} (batches of up to ${batchSize})\n`,
);

process.stdout.write(csvLine(CSV_HEADER));
for (const input of inputs) process.stdout.write(rowToCsv(results.get(input)!));
if (failedRows) process.exitCode = 1;
