/**
 * `npm run import -- FILE [--format bods|ftm] [--dataset NAME] [--actor NAME] [--batch N]`: loads a BODS 0.4
 * file (a JSON array or JSON Lines) or a FollowTheMoney entity file (JSON Lines) through the write path
 * (src/import/run.ts); without `--format`, the file's content tells which (src/import/formats.ts). Prints a
 * progress line on a terminal, then a summary: entities and relations created, updated and unchanged, records
 * linked to entities already in the graph (and how many got the records' dataset evidence), candidates it did
 * not merge on, relations ended because a record no longer gives them, records skipped (those skipped for the
 * same reason on one line). Bad input: each problem by record index and
 * field on stderr, nothing written, exit code 1.
 */
import { userInfo } from 'node:os';
import { importFile, isImportFormat } from '../import/formats.js';
import { withDatabase } from './run.js';

const USAGE = 'usage: npm run import -- FILE [--format bods|ftm] [--dataset NAME] [--actor NAME] [--batch N]';

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

const files: string[] = [];
const options = new Map<string, string>();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i] ?? '';
  const m = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
  if (arg === '--help' || arg === '-h') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!m) {
    files.push(arg);
    continue;
  }
  if (!['format', 'dataset', 'actor', 'batch'].includes(m[1] ?? '')) fail(`unknown argument "${arg}"; ${USAGE}`);
  const value = m[2] ?? argv[++i];
  if (!value) fail(`--${m[1]} needs a value; ${USAGE}`);
  options.set(m[1] ?? '', value);
}
const [file, ...extra] = files;
if (!file || extra.length) fail(`give exactly one FILE; ${USAGE}`);
const batchSize = Number(options.get('batch') ?? '2000');
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000) fail('--batch must be a whole number from 1 to 50000');
const format = options.get('format');
if (format !== undefined && !isImportFormat(format)) fail(`--format must be bods or ftm, not "${format}"`);

/** One line per reason: the record itself, or how many and the first few. */
function skippedLines(skipped: { index: number; recordId: string; why: string }[]): string[] {
  const byWhy = new Map<string, typeof skipped>();
  for (const s of skipped) byWhy.set(s.why, [...(byWhy.get(s.why) ?? []), s]);
  return [...byWhy].map(([why, list]) => {
    const [one] = list;
    if (list.length === 1 && one) return `  skipped: record ${one.index} (${one.recordId}): ${why}`;
    const shown = list.slice(0, 3).map((s) => s.index);
    return `  skipped: ${list.length} records (${shown.join(', ')}${list.length > shown.length ? ', …' : ''}): ${why}`;
  });
}

await withDatabase(async (db) => {
  const started = performance.now();
  const summary = await importFile(db, file, {
    format,
    actor: options.get('actor') ?? `cli:${userInfo().username}`,
    dataset: options.get('dataset'),
    batchSize,
    onBatch: (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\rbatch ${done}/${total}${done === total ? '\n' : ''}`);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const t = (x: { created: number; updated: number; unchanged: number }) => `${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged`;
  const out = [
    `imported ${summary.input.records} ${summary.input.format} ${summary.input.noun} from ${file} as dataset "${summary.dataset.name}" (${summary.dataset.id}) in ${seconds} s`,
    `  entities: ${t(summary.entities)}; ${summary.linked.length} record(s) linked to what the graph holds (dataset records attached to ${summary.attached})`,
    `  relations: ${t(summary.relations)}; ${summary.records} dataset record(s) written in ${summary.batches} batch(es)`,
    ...summary.linked.map((l) => `  linked: record ${l.index} (${l.recordId}) → ${l.id}: ${l.why}`),
    ...summary.candidates.map(
      (c) => `  candidates, not merged: record ${c.index} (${c.recordId}, "${c.name}"): ${c.candidates.map((x) => `${x.id} (${x.why})`).join(', ')}`,
    ),
    ...summary.ended.map((e) => `  ended: record ${e.index} (${e.recordId}) no longer gives ${e.id}: ended on ${e.date}`),
    ...skippedLines(summary.skipped),
    summary.operation ? `  recorded as operation ${summary.operation}` : '  nothing changed',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
});
