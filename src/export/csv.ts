/**
 * CSV in neo4j-admin's import header format, one folder: `nodes/<labels>.csv` per label combination
 * (`:ID` the node's key within the export, `:LABEL`, then each property as `name:type`, e.g. `name:string`,
 * `date:date`, `aliases:string[]`, `start:long`) and `relationships/<TYPE>.csv` per relationship type
 * (`:START_ID`, `:END_ID`, `:TYPE`, then its properties). Every property keeps its Neo4j type (a date stays
 * a date; an empty list is written as an empty list field). Strings are quoted (`""` inside), may span
 * lines, and lists join their elements with the array delimiter U+001F (a control character no text of the
 * graph holds; a value that holds it fails the export). `import.args` holds neo4j-admin's arguments for
 * these files: `neo4j-admin database import full neo4j @import.args`, run in the folder, loads them into an
 * empty database, then the migrations make its indexes (`npm run migrate`).
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ExportFormat, ReadInto, Written } from './format.js';
import { Spool, type SpooledGroup, type SpooledRow } from './spool.js';
import { columnType, type Encoded, type ValueType } from './values.js';

export const ARRAY_DELIMITER = '\u001F';
/** Types whose values are written unquoted: a quoted field would still parse, an unquoted string could not. */
const BARE = new Set<ValueType>(['long', 'double', 'boolean']);

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

function field([type, value]: Encoded): string {
  if (typeof value === 'string') return BARE.has(type) ? value : quote(value);
  for (const v of value) if (v.includes(ARRAY_DELIMITER)) throw new Error(`a list element holds the array delimiter U+001F: ${JSON.stringify(v)}`);
  return quote(value.join(ARRAY_DELIMITER));
}

/** The file name of a group: its labels or type in letters, digits and underscores, unique in its folder. */
function fileNames(groups: SpooledGroup[]): Map<string, string> {
  const used = new Set<string>();
  return new Map(
    groups.map((g) => {
      const base = g.name.slice(2).replace(/[^A-Za-z0-9_]+/g, '_') || 'unlabelled';
      let name = base;
      for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}_${i}`;
      used.add(name.toLowerCase());
      return [g.name, `${name}.csv`];
    }),
  );
}

/** The typed columns of a group; a property with values of more than one type has no header that fits. */
function columnsOf(g: SpooledGroup): [string, ValueType][] {
  return [...g.columns].map(([name, types]) => {
    const type = columnType(types);
    if (!type)
      throw new Error(`${g.name.slice(2)}: property "${name}" has values of several types (${[...types].join(', ')}): neo4j-admin needs one per column`);
    if (name.includes(':') || name.includes(',') || name.includes('"')) throw new Error(`${g.name.slice(2)}: property "${name}" cannot be named in a header`);
    return [name, type === '[]' ? 'string[]' : type];
  });
}

async function writeGroup(spool: Spool, g: SpooledGroup, file: string, fixed: string[], lead: (row: SpooledRow) => string[]): Promise<void> {
  const columns = columnsOf(g);
  const out = createWriteStream(file);
  const put = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await put(`${[...fixed, ...columns.map(([name, type]) => `${name}:${type}`)].join(',')}\n`);
  for await (const row of spool.rows(g.name)) {
    const values = columns.map(([name]) => {
      const v = row.props[name];
      return v ? field(v) : '';
    });
    await put(`${[...lead(row), ...values].join(',')}\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

export const csv: ExportFormat = {
  description: "CSV in neo4j-admin import's header format, a file per label combination and relationship type, typed",
  defaultOut: 'export/csv',
  async write(read: ReadInto, out: string): Promise<Written> {
    const spool = new Spool();
    try {
      const counts = await read({
        node: (n) => spool.put(`n:${n.labels.join(':')}`, { key: n.key, labels: n.labels }, n.props),
        relationship: (r) => spool.put(`r:${r.type}`, { key: r.key, start: r.start, end: r.end, type: r.type }, r.props),
      });
      const groups = await spool.finish();
      const nodeGroups = groups.filter((g) => g.name.startsWith('n:'));
      const relationshipGroups = groups.filter((g) => g.name.startsWith('r:'));
      rmSync(out, { recursive: true, force: true });
      mkdirSync(join(out, 'nodes'), { recursive: true });
      mkdirSync(join(out, 'relationships'), { recursive: true });
      const files: string[] = [];
      const nodeNames = fileNames(nodeGroups);
      for (const g of nodeGroups) {
        const file = join(out, 'nodes', nodeNames.get(g.name)!);
        await writeGroup(spool, g, file, [':ID', ':LABEL'], (row) => [quote(row.key), quote((row.labels ?? []).join(ARRAY_DELIMITER))]);
        files.push(file);
      }
      const relationshipNames = fileNames(relationshipGroups);
      for (const g of relationshipGroups) {
        const file = join(out, 'relationships', relationshipNames.get(g.name)!);
        await writeGroup(spool, g, file, [':START_ID', ':END_ID', ':TYPE'], (row) => [quote(row.start!), quote(row.end!), quote(row.type!)]);
        files.push(file);
      }
      const args = [
        ...files.filter((f) => relative(out, f).startsWith('nodes')).map((f) => `--nodes=${relative(out, f)}`),
        ...files.filter((f) => relative(out, f).startsWith('relationships')).map((f) => `--relationships=${relative(out, f)}`),
        '--array-delimiter=U+001F',
        '--multiline-fields=true',
      ];
      writeFileSync(join(out, 'import.args'), `${args.join('\n')}\n`);
      return { counts, files: [...files, join(out, 'import.args')].map((path) => ({ path, bytes: statSync(path).size })) };
    } finally {
      spool.remove();
    }
  },
};
