/**
 * A streaming writer of neo4j-admin import CSV, which the CSV export (csv.ts) and the generator's bulk
 * load (generator/bulk/) both write through: a file per label combination (`nodes/<labels>.csv`: `:ID`,
 * `:LABEL`, then each property as `name:type`) and per relationship type (`relationships/<TYPE>.csv`:
 * `:START_ID`, `:END_ID`, `:TYPE`, then its properties). Every property keeps its Neo4j type (values.ts:
 * a JavaScript number is a `double`, a Neo4j Integer a `long`, a Neo4j Date a `date` …); strings are quoted
 * (`""` inside) and may span lines; list elements are joined by U+001F, which no text of the graph holds
 * (a value that holds it is refused).
 *
 * Rows are written as they come, never held: a column gets its place in a file when its first value does,
 * after the columns before it, so a row written earlier simply ends before it (neo4j-admin reads the
 * missing trailing fields as absent). Each column's type is known only once every row is in, so the header
 * is written last: in a file of its own (`<name>.header.csv`, named first in `import.args`: the bulk load,
 * which does not copy gigabytes again), or put in front of the rows (`inlineHeaders`: the export, whose
 * files a spreadsheet also opens).
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdirSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { columnType, encode, type Encoded, type ValueType } from './values.js';

export const ARRAY_DELIMITER = '\u001F';
/** Types whose values are written unquoted: a quoted field would still parse, an unquoted string could not. */
const BARE = new Set<ValueType>(['long', 'double', 'boolean']);
/** Bytes a file's pending rows reach before they are handed to its stream: a few large writes, not one per row. */
const FLUSH_AT = 1 << 20;

export const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

function field([type, value]: Encoded): string {
  if (typeof value === 'string') return BARE.has(type) ? value : quote(value);
  for (const v of value) if (v.includes(ARRAY_DELIMITER)) throw new Error(`a list element holds the array delimiter U+001F: ${JSON.stringify(v)}`);
  return quote(value.join(ARRAY_DELIMITER));
}

export interface AdminNode {
  /** The node's id within the import: what relationships name their ends by. */
  key: string;
  labels: readonly string[];
  props: Record<string, unknown>;
}
export interface AdminRelationship {
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}

interface Group {
  name: string;
  folder: 'nodes' | 'relationships';
  /** The file name without `.csv`: the labels or type in letters, digits and underscores, unique in its folder. */
  base: string;
  fixed: string[];
  /** Each property's position (after the fixed columns) and the types of its values so far. */
  columns: Map<string, { index: number; types: Set<ValueType> }>;
  pending: string;
  out: WriteStream;
  rows: number;
}

export interface AdminCsvFiles {
  /** Every file written (headers, rows, `import.args`), with its size in bytes. */
  files: { path: string; bytes: number }[];
  /** neo4j-admin's arguments for these files, relative to the folder (also in `import.args`). */
  args: string[];
  rows: { nodes: number; relationships: number };
}

export interface AdminCsvOptions {
  /** The header in front of each file's rows (one more copy of the rows), instead of a header file of its own. */
  inlineHeaders?: boolean;
  /** A property value's type and text; default `encode` (values.ts: a JavaScript number is a `double`). */
  encode?: (value: unknown) => Encoded;
}

export class AdminCsvWriter {
  readonly #dir: string;
  readonly #options: AdminCsvOptions;
  readonly #groups = new Map<string, Group>();
  readonly #used = new Set<string>();
  readonly #encode: (value: unknown) => Encoded;
  #finished = false;

  /** Writes into `dir`, which it empties first. */
  constructor(dir: string, options: AdminCsvOptions = {}) {
    this.#dir = dir;
    this.#options = options;
    this.#encode = options.encode ?? encode;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'nodes'), { recursive: true });
    mkdirSync(join(dir, 'relationships'), { recursive: true });
  }

  /** Adds a node; a promise when its file's stream is full (await it before the next), else nothing. */
  node(n: AdminNode): Promise<void> | undefined {
    const labels = n.labels.join(':');
    const g = this.#groups.get(`n:${labels}`) ?? this.#group(`n:${labels}`, 'nodes', labels, [':ID', ':LABEL']);
    return this.#row(g, `${quote(n.key)},${quote(n.labels.join(ARRAY_DELIMITER))}`, n.props);
  }

  /** Adds a relationship; a promise when its file's stream is full (await it before the next), else nothing. */
  relationship(r: AdminRelationship): Promise<void> | undefined {
    const g = this.#groups.get(`r:${r.type}`) ?? this.#group(`r:${r.type}`, 'relationships', r.type, [':START_ID', ':END_ID', ':TYPE']);
    return this.#row(g, `${quote(r.start)},${quote(r.end)},${quote(r.type)}`, r.props);
  }

  #group(name: string, folder: Group['folder'], what: string, fixed: string[]): Group {
    const base = what.replace(/[^A-Za-z0-9_]+/g, '_') || 'unlabelled';
    let unique = base;
    for (let i = 2; this.#used.has(`${folder}/${unique.toLowerCase()}`); i++) unique = `${base}_${i}`;
    this.#used.add(`${folder}/${unique.toLowerCase()}`);
    const file = join(this.#dir, folder, `${unique}${this.#options.inlineHeaders ? '.rows' : '.csv'}`);
    const g: Group = { name, folder, base: unique, fixed, columns: new Map(), pending: '', out: createWriteStream(file, { highWaterMark: FLUSH_AT }), rows: 0 };
    this.#groups.set(name, g);
    return g;
  }

  #row(g: Group, lead: string, props: Record<string, unknown>): Promise<void> | undefined {
    if (this.#finished) throw new Error('the CSV files are finished');
    const fields: string[] = [];
    for (const key in props) {
      const v = props[key];
      // As `SET n = $props` stores it: a null is no property.
      if (v === undefined || v === null) continue;
      const value = this.#encode(v);
      let column = g.columns.get(key);
      if (!column) {
        if (key.includes(':') || key.includes(',') || key.includes('"')) throw new Error(`${g.name.slice(2)}: property "${key}" cannot be named in a header`);
        column = { index: g.columns.size, types: new Set() };
        g.columns.set(key, column);
      }
      column.types.add(value[0]);
      fields[column.index] = field(value);
    }
    let line = lead;
    for (let i = 0; i < fields.length; i++) line += `,${fields[i] ?? ''}`;
    g.pending += `${line}\n`;
    g.rows++;
    if (g.pending.length < FLUSH_AT) return undefined;
    const ok = g.out.write(g.pending);
    g.pending = '';
    return ok ? undefined : once(g.out, 'drain').then(() => undefined);
  }

  /** Ends every file, writes the headers and `import.args`; throws when a column's values have no one type. */
  async finish(): Promise<AdminCsvFiles> {
    this.#finished = true;
    const groups = [...this.#groups.values()];
    await Promise.all(
      groups.map(async (g) => {
        if (g.pending) g.out.write(g.pending);
        g.pending = '';
        await new Promise<void>((resolve, reject) => g.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
      }),
    );
    const files: string[] = [];
    const args: string[] = [];
    for (const g of groups) {
      const header = `${[...g.fixed, ...headerColumns(g)].join(',')}\n`;
      const data = join(this.#dir, g.folder, `${g.base}.csv`);
      let named: string[];
      if (this.#options.inlineHeaders) {
        const rows = join(this.#dir, g.folder, `${g.base}.rows`);
        const out = createWriteStream(data);
        out.write(header);
        await pipeline(createReadStream(rows), out);
        rmSync(rows);
        named = [data];
      } else {
        const headerFile = join(this.#dir, g.folder, `${g.base}.header.csv`);
        writeFileSync(headerFile, header);
        named = [headerFile, data];
      }
      files.push(...named);
      args.push(`--${g.folder}=${named.map((f) => relative(this.#dir, f)).join(',')}`);
    }
    // Nodes before relationships, as neo4j-admin lists them.
    args.sort((a, b) => Number(a.startsWith('--relationships')) - Number(b.startsWith('--relationships')));
    args.push('--array-delimiter=U+001F');
    args.push('--multiline-fields=true');
    const argsFile = join(this.#dir, 'import.args');
    writeFileSync(argsFile, `${args.join('\n')}\n`);
    files.push(argsFile);
    const count = (folder: Group['folder']) => groups.filter((g) => g.folder === folder).reduce((n, g) => n + g.rows, 0);
    return {
      files: files.map((path) => ({ path, bytes: statSync(path).size })),
      args,
      rows: { nodes: count('nodes'), relationships: count('relationships') },
    };
  }

  /** Closes the files unfinished (after a failure). */
  abort(): void {
    this.#finished = true;
    for (const g of this.#groups.values()) g.out.destroy();
  }
}

/** The typed columns of a file's header; a property with values of more than one type has no header that fits. */
function headerColumns(g: Group): string[] {
  return [...g.columns].map(([name, { types }]) => {
    const type = columnType(types);
    if (!type)
      throw new Error(`${g.name.slice(2)}: property "${name}" has values of several types (${[...types].join(', ')}): neo4j-admin needs one per column`);
    return `${name}:${type === '[]' ? 'string[]' : type}`;
  });
}
