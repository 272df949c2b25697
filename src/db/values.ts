/** Driver values → plain JSON: integers to numbers, temporals to ISO strings, nodes/relationships to property maps. */
import neo4j from 'neo4j-driver';

const { isInt, isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration, isNode, isRelationship } = neo4j;

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return String(value);
  if (isNode(value) || isRelationship(value)) return toPlain((value as { properties: object }).properties);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}

/** `YYYY-MM-DD` → a Neo4j DATE parameter, so dates are stored as temporal values, not strings. */
export function toNeo4jDate(iso: string): unknown {
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

/**
 * JS numbers → Cypher parameters. The driver sends every JS number as a FLOAT, which `LIMIT`, `SKIP`
 * and range bounds reject, so whole numbers become INTEGERs. Recurses through plain objects and arrays.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParams(v)]));
  }
  return value;
}
