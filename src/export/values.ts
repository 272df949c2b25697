/**
 * Property values as the export writes them: each Neo4j value becomes its type, in neo4j-admin import's
 * header vocabulary (`string`, `long`, `double`, `boolean`, `date`, `datetime`, `localdatetime`, `time`,
 * `localtime`, `duration`, `point`, each with `[]` for a list), and its text (the ISO form Cypher's own
 * `date()`, `datetime()` … parse back, numbers as Neo4j prints them). Read through a driver with lossless
 * integers, so an INTEGER (`long`) and a FLOAT (`double`) stay apart.
 */
import neo4j from 'neo4j-driver';

export type ScalarType = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'datetime' | 'localdatetime' | 'time' | 'localtime' | 'duration' | 'point';
/** A scalar type, `T[]` for a list of it, or `[]` for an empty list (whose element type Neo4j does not keep). */
export type ValueType = ScalarType | `${ScalarType}[]` | '[]';

/** A value: its type and its text (a list: one text per element). */
export type Encoded = readonly [ValueType, string | readonly string[]];

/** Coordinate reference systems by SRID, as neo4j-admin's point syntax names them. */
const CRS: Record<number, string> = { 7203: 'cartesian', 9157: 'cartesian-3d', 4326: 'WGS-84', 4979: 'WGS-84-3d' };

function scalar(v: unknown): [ScalarType, string] {
  if (typeof v === 'string') return ['string', v];
  if (typeof v === 'boolean') return ['boolean', String(v)];
  if (typeof v === 'number') return ['double', Number.isFinite(v) ? String(v) : v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN'];
  if (neo4j.isInt(v)) return ['long', v.toString()];
  if (typeof v === 'bigint') return ['long', v.toString()];
  if (neo4j.isDate(v)) return ['date', v.toString()];
  if (neo4j.isDateTime(v)) return ['datetime', v.toString()];
  if (neo4j.isLocalDateTime(v)) return ['localdatetime', v.toString()];
  if (neo4j.isTime(v)) return ['time', v.toString()];
  if (neo4j.isLocalTime(v)) return ['localtime', v.toString()];
  if (neo4j.isDuration(v)) return ['duration', v.toString()];
  if (neo4j.isPoint(v)) {
    const srid = Number(v.srid);
    const z = v.z === undefined ? '' : `, z: ${v.z}`;
    return ['point', `{x: ${v.x}, y: ${v.y}${z}, crs: '${CRS[srid] ?? srid}'}`];
  }
  throw new Error(`a property value of an unexpected type: ${String(v)}`);
}

/** The type and text of a stored property value (a scalar or a homogeneous list, as Neo4j stores them). */
export function encode(v: unknown): Encoded {
  if (!Array.isArray(v)) return scalar(v);
  if (v.length === 0) return ['[]', []];
  const items = v.map(scalar);
  const type = items[0]![0];
  if (items.some(([t]) => t !== type)) throw new Error(`a list property mixing ${[...new Set(items.map(([t]) => t))].join(' and ')}`);
  return [`${type}[]`, items.map(([, text]) => text)];
}

/**
 * The one type of a column from the types its values have: an empty list takes the type of the column's
 * other lists (`string[]` when it has none); any other mix is `undefined` (no one type fits).
 */
export function columnType(types: ReadonlySet<ValueType>): ValueType | undefined {
  const known = [...types].filter((t) => t !== '[]');
  if (known.length === 0) return types.size ? 'string[]' : undefined;
  if (known.length > 1) return undefined;
  const [type] = known;
  return types.has('[]') && !type!.endsWith('[]') ? undefined : type;
}
