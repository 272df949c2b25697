/**
 * Reads what an export holds, streamed: the whole graph (every node, then every relationship, in one READ
 * transaction so each relationship's ends are among the nodes read, pulled a page at a time and each page
 * handed on before the next is fetched, so memory stays flat whatever the graph's size), or a bounded
 * neighbourhood with its evidence (one row). Through a driver of its own with lossless integers, so an
 * INTEGER and a FLOAT stay apart (the API's driver reads both as JS numbers).
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { LIMITS } from '../bounds.js';
import { cypher, variants } from '../db/cypher.js';
import { FACT_RELATION_TYPES, nameKey } from '../ontology.js';

const NODES = cypher('export/nodes');
const RELATIONSHIPS = cypher('export/relationships');
export const MAX_HOPS = LIMITS.neighbourhoodHops;
const AROUND = variants(
  'export/around',
  'MAX_HOPS',
  Array.from({ length: MAX_HOPS }, (_, i) => i + 1),
);

/** Records per pull of the whole graph's stream. */
const PAGE = 5_000;
/** A whole-graph export outlasts a request's timeout (the local launcher's default is 60 s). */
const LONG_TIMEOUT_MS = 6 * 3_600_000;

export interface GraphNode {
  /** The node's key within this export (from its element id): what relationships name their ends by. */
  key: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface GraphRelationship {
  key: string;
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}

/** Where a read puts what it reads; each call is awaited before the next record is taken. */
export interface GraphSink {
  node(n: GraphNode): Promise<void>;
  relationship(r: GraphRelationship): Promise<void>;
}

/** What to export: the whole graph, or the neighbourhood of an entity (id, name or alias) within `hops`. */
export type Selection = { around?: undefined } | { around: string; hops: number };

export interface Counts {
  nodes: number;
  relationships: number;
}

export class UnknownEntityError extends Error {
  override name = 'UnknownEntityError';
}

/** The short key of an element id: its last part, unique within one database. */
const keyOf = (elementId: string) => elementId.slice(elementId.lastIndexOf(':') + 1);

export function exportDriver(o: { uri: string; user: string; password: string }): Driver {
  return neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    userAgent: 'kg-graphql-export',
  });
}

const nodeOf = (r: { key: string; labels: string[]; props: Record<string, unknown> }): GraphNode => ({
  key: keyOf(r.key),
  labels: r.labels,
  props: r.props,
});
const relationshipOf = (r: { key: string; type: string; start: string; end: string; props: Record<string, unknown> }): GraphRelationship => ({
  key: keyOf(r.key),
  type: r.type,
  start: keyOf(r.start),
  end: keyOf(r.end),
  props: r.props,
});
/** A record's fields, typed as its statement returns them. */
const fields = <T>(record: Neo4jRecord): T => record.toObject() as T;

/** Reads `selection` of `database` into `sink`; an unknown `around` entity throws UnknownEntityError. */
export async function readGraph(driver: Driver, database: string, selection: Selection, sink: GraphSink): Promise<Counts> {
  const counts: Counts = { nodes: 0, relationships: 0 };
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: PAGE });
  try {
    const tx = await session.beginTransaction({ timeout: LONG_TIMEOUT_MS, metadata: { query: 'export' } });
    try {
      if (selection.around === undefined) {
        for await (const r of tx.run(NODES.text)) {
          await sink.node(nodeOf(fields(r)));
          counts.nodes++;
        }
        for await (const r of tx.run(RELATIONSHIPS.text)) {
          await sink.relationship(relationshipOf(fields(r)));
          counts.relationships++;
        }
      } else {
        const query = AROUND.get(selection.hops);
        if (!query) throw new RangeError(`--hops must be a whole number from 1 to ${MAX_HOPS}`);
        const { records } = await tx.run(query.text, { text: selection.around, key: nameKey(selection.around), types: FACT_RELATION_TYPES });
        const row = records[0];
        if (!row) throw new UnknownEntityError(`unknown entity "${selection.around}" (give an id, a name or an alias)`);
        const found = fields<{ nodes: Parameters<typeof nodeOf>[0][]; relationships: Parameters<typeof relationshipOf>[0][] }>(row);
        for (const n of found.nodes) {
          await sink.node(nodeOf(n));
          counts.nodes++;
        }
        for (const r of found.relationships) {
          await sink.relationship(relationshipOf(r));
          counts.relationships++;
        }
      }
    } finally {
      await tx.close();
    }
  } finally {
    await session.close();
  }
  return counts;
}
