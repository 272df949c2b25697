/** Driver values → plain JSON: integers to numbers, temporals to ISO strings, nodes/relationships to property maps. */
import neo4j from 'neo4j-driver';

const { isInt, isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration, isNode, isRelationship } = neo4j;

/** A map the driver built for a Cypher map (an object literal, not one of its classes). */
const isPlainMap = (v: object): v is Record<string, unknown> => Object.getPrototypeOf(v) === Object.prototype;

/**
 * Converts in place: the maps and lists of a result are the driver's own, freshly built for this call, so
 * only the values that need it (temporals, integers, nodes) are replaced and nothing else is copied.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (isPlainMap(value)) {
    for (const key in value) {
      const v = value[key];
      if (v === undefined) value[key] = null;
      else if (v !== null && typeof v === 'object') value[key] = toPlain(v);
    }
    return value;
  }
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return String(value);
  if (isNode(value) || isRelationship(value)) return toPlain({ ...value.properties });
  return value;
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

/** An instant (`Date`) → a Neo4j DATETIME parameter in UTC, for the times curation records (assertedAt, retractedAt …). */
export function toNeo4jDateTime(at: Date): unknown {
  return neo4j.types.DateTime.fromStandardDate(at);
}
