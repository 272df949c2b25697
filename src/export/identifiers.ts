/**
 * What the record-based exports (BODS, FollowTheMoney) write of an entity besides what src/export/collect.ts
 * gathers: its identifiers (the (:Identifier) nodes it is IDENTIFIED_BY, as "scheme:id" keys) and its
 * `dissolutionDate`. Read from the same stream as the rest of the export, by a sink that passes every node
 * and relationship on to the one it wraps; what it keeps is a few strings per entity that has them.
 */
import { textOf } from './collect.js';
import type { ReadInto } from './format.js';

export interface EntityExtras {
  /** Each entity's identifier keys ("scheme:id"), sorted, by entity id. */
  identifiers: Map<string, string[]>;
  /** Each dissolved entity's dissolution day, by entity id. */
  dissolved: Map<string, string>;
}

/** `read`, also keeping the entities' identifiers and dissolution dates into `extras` (complete once the read resolves). */
export function readingExtras(read: ReadInto): { read: ReadInto; extras: EntityExtras } {
  const extras: EntityExtras = { identifiers: new Map(), dissolved: new Map() };
  const entityIds = new Map<string, string>();
  const keys = new Map<string, string>();
  const identifiedBy: [string, string][] = [];
  const wrapped: ReadInto = async (sink) => {
    const counts = await read({
      async node(n) {
        if (n.labels.includes('Identifier')) {
          const key = textOf(n.props.key);
          if (key) keys.set(n.key, key);
        } else if (n.labels.includes('Entity')) {
          const [id, dissolved] = [textOf(n.props.id), textOf(n.props.dissolutionDate)];
          if (id) entityIds.set(n.key, id);
          if (id && dissolved) extras.dissolved.set(id, dissolved);
        }
        await sink.node(n);
      },
      async relationship(r) {
        if (r.type === 'IDENTIFIED_BY') identifiedBy.push([r.start, r.end]);
        await sink.relationship(r);
      },
    });
    for (const [entity, identifier] of identifiedBy) {
      const [id, key] = [entityIds.get(entity), keys.get(identifier)];
      if (id && key) extras.identifiers.set(id, [...(extras.identifiers.get(id) ?? []), key]);
    }
    for (const list of extras.identifiers.values()) list.sort();
    return counts;
  };
  return { read: wrapped, extras };
}

/** A "scheme:id" key as its scheme and id (the scheme is what comes before the first `:`). */
export function splitIdentifier(key: string): { scheme: string; id: string } {
  const at = key.indexOf(':');
  return { scheme: key.slice(0, at), id: key.slice(at + 1) };
}
