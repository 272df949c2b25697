/**
 * The export's spool: both GraphML (whose `<key>` declarations come before the graph) and neo4j-admin's
 * CSV (whose header comes before the rows) must know every property and its type before the first row,
 * and a stream tells them only at its end. So rows are spooled, typed, to one JSON Lines file per group
 * in a temporary folder, while each group's columns and their types are gathered; the writers then read
 * each group back once. Memory holds the columns, never the rows.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Encoded, encode, type ValueType } from './values.js';

/** A spooled row: a node's key and labels, or a relationship's type and ends; its properties typed. */
export interface SpooledRow {
  key: string;
  labels?: string[];
  type?: string;
  start?: string;
  end?: string;
  props: Record<string, Encoded>;
}

export interface SpooledGroup {
  name: string;
  rows: number;
  /** Each property's types across the group's rows, in order of first appearance. */
  columns: Map<string, Set<ValueType>>;
}

export class Spool {
  readonly #dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
  readonly #groups = new Map<string, SpooledGroup & { file: string; out: WriteStream }>();

  /** Adds `row` (its raw properties typed here) to `group`. */
  async put(group: string, row: Omit<SpooledRow, 'props'>, props: Record<string, unknown>): Promise<void> {
    let g = this.#groups.get(group);
    if (!g) {
      const file = join(this.#dir, `${this.#groups.size}.jsonl`);
      g = { name: group, rows: 0, columns: new Map(), file, out: createWriteStream(file) };
      this.#groups.set(group, g);
    }
    const typed: Record<string, Encoded> = {};
    for (const [k, v] of Object.entries(props)) {
      const value = encode(v);
      typed[k] = value;
      const types = g.columns.get(k) ?? new Set();
      types.add(value[0]);
      g.columns.set(k, types);
    }
    g.rows++;
    if (!g.out.write(`${JSON.stringify({ ...row, props: typed })}\n`)) await once(g.out, 'drain');
  }

  /** Ends the writing; the groups, in order of first appearance. */
  async finish(): Promise<SpooledGroup[]> {
    await Promise.all([...this.#groups.values()].map((g) => new Promise((resolve) => g.out.end(resolve))));
    return [...this.#groups.values()];
  }

  /** The rows of a group, in the order they were put. */
  async *rows(group: string): AsyncGenerator<SpooledRow> {
    const g = this.#groups.get(group);
    if (!g) return;
    for await (const line of createInterface({ input: createReadStream(g.file), crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line) yield JSON.parse(line) as SpooledRow;
    }
  }

  remove(): void {
    for (const g of this.#groups.values()) g.out.destroy();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
