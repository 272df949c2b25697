/**
 * GraphML (http://graphml.graphdrawing.org/), for Gephi, Cytoscape, yEd, networkx, graphology: one `<node>`
 * per node (`n<key>`) and one directed `<edge>` per relationship (`e<key>`), every property an attribute
 * declared by a `<key>` with its `attr.type`. Each node has `labels` (its Neo4j labels, `:`-joined) and
 * `label` (its name, else its title, else its labels, what the tools display); each edge has `type` and
 * `label` (its relationship type). Evidence is not flattened onto edges: each `Source` is a node of its own,
 * its `fact` attribute naming the `id` of the edge (or entity node) it supports, with its `REPORTED_BY` edge
 * to its article, whose `HAS_TEXT` edge leads to the text its excerpt is checked against.
 * Values: `string`, `long`, `double`, `boolean` as GraphML types; temporal values (`date`, `datetime`, …),
 * durations and points as their ISO/Cypher text with `attr.type="string"`, and lists as JSON arrays in a
 * string; each key's `<desc>` names the Neo4j type (`neo4j: date`, `neo4j: string[] as JSON`).
 */
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { ExportFormat, ReadInto, Written } from './format.js';
import { Spool, type SpooledGroup } from './spool.js';
import { columnType, type Encoded, type ValueType } from './values.js';

/** XML 1.0 allows no control characters but tab, newline and return, no lone surrogates, no U+FFFE/FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const xml = (s: string) => s.replace(INVALID_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const GRAPHML_TYPES: Partial<Record<ValueType, string>> = { string: 'string', long: 'long', double: 'double', boolean: 'boolean' };
const JSON_ELEMENTS = new Set(['long', 'double', 'boolean']);

interface Key {
  id: string;
  type: ValueType | undefined;
}

/** The text of a value in its column: as is for a scalar of the column's type, JSON for a list or a mixed column. */
function text([type, value]: Encoded, column: ValueType | undefined): string {
  if (typeof value === 'string') return column === type ? value : JSON.stringify(value);
  const element = type.replace('[]', '');
  return JSON.stringify(JSON_ELEMENTS.has(element) ? value.map((v) => (element === 'boolean' ? v === 'true' : Number(v))) : value);
}

function describe(type: ValueType | undefined, types: Set<ValueType>): string {
  if (!type) return `neo4j: mixed (${[...types].join(', ')}), as JSON`;
  return type.endsWith('[]') ? `neo4j: ${type} as JSON` : `neo4j: ${type}`;
}

/** The `<key>`s of one domain (`node` or `edge`): the fixed ones, then every property of the spooled group. */
function declare(domain: 'node' | 'edge', fixed: string[], group: SpooledGroup | undefined, lines: string[]): Map<string, Key> {
  const keys = new Map<string, Key>();
  const prefix = domain === 'node' ? 'kn' : 'ke';
  for (const name of fixed) {
    const id = `${prefix}${keys.size}`;
    keys.set(`:${name}`, { id, type: 'string' });
    lines.push(`  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="string"/>`);
  }
  for (const [name, types] of group?.columns ?? []) {
    const id = `${prefix}${keys.size}`;
    const type = columnType(types);
    // A property named like a fixed attribute keeps its data under a name of its own.
    const attr = fixed.includes(name) ? `property.${name}` : name;
    const graphml = (type && GRAPHML_TYPES[type]) ?? 'string';
    keys.set(name, { id, type });
    lines.push(`  <key id="${id}" for="${domain}" attr.name="${xml(attr)}" attr.type="${graphml}"><desc>${xml(describe(type, types))}</desc></key>`);
  }
  return keys;
}

const data = (key: Key, value: string) => `<data key="${key.id}">${xml(value)}</data>`;

export const graphml: ExportFormat = {
  description: 'GraphML for Gephi, Cytoscape, yEd and networkx: nodes, edges, Source nodes with REPORTED_BY edges',
  defaultOut: 'export/graph.graphml',
  async write(read: ReadInto, out: string): Promise<Written> {
    const spool = new Spool();
    try {
      const counts = await read({
        node: (n) => spool.put('nodes', { key: n.key, labels: n.labels }, n.props),
        relationship: (r) => spool.put('edges', { key: r.key, type: r.type, start: r.start, end: r.end }, r.props),
      });
      const groups = await spool.finish();
      const head = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
      const nodeKeys = declare(
        'node',
        ['labels', 'label'],
        groups.find((g) => g.name === 'nodes'),
        head,
      );
      const edgeKeys = declare(
        'edge',
        ['type', 'label'],
        groups.find((g) => g.name === 'edges'),
        head,
      );
      head.push('  <graph id="kg" edgedefault="directed">');
      mkdirSync(dirname(out), { recursive: true });
      const file = createWriteStream(out);
      const put = async (s: string) => {
        if (!file.write(s)) await once(file, 'drain');
      };
      await put(`${head.join('\n')}\n`);
      for await (const n of spool.rows('nodes')) {
        const labels = (n.labels ?? []).join(':');
        const name = n.props.name ?? n.props.title;
        const parts = [data(nodeKeys.get(':labels')!, labels), data(nodeKeys.get(':label')!, typeof name?.[1] === 'string' ? name[1] : labels)];
        for (const [k, v] of Object.entries(n.props)) parts.push(data(nodeKeys.get(k)!, text(v, nodeKeys.get(k)!.type)));
        await put(`    <node id="n${n.key}">${parts.join('')}</node>\n`);
      }
      for await (const r of spool.rows('edges')) {
        const parts = [data(edgeKeys.get(':type')!, r.type!), data(edgeKeys.get(':label')!, r.type!)];
        for (const [k, v] of Object.entries(r.props)) parts.push(data(edgeKeys.get(k)!, text(v, edgeKeys.get(k)!.type)));
        await put(`    <edge id="e${r.key}" source="n${r.start}" target="n${r.end}">${parts.join('')}</edge>\n`);
      }
      await put('  </graph>\n</graphml>\n');
      await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
      return { counts, files: [{ path: out, bytes: statSync(out).size }] };
    } finally {
      spool.remove();
    }
  },
};
