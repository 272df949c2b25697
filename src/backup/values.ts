/**
 * Property values of a logical backup, as JSON that keeps every Neo4j type exactly: a safe INTEGER is a
 * JSON number and a STRING or BOOLEAN itself; every other type is an object with one tag, whose value lists
 * the type's components (no text to parse back), e.g. `{"$float": 1}` (FLOAT 1.0, not INTEGER 1),
 * `{"$datetime": [2020, 7, 6, 10, 0, 0, 0, 28800, null]}`. A property is never a map in Neo4j, so a tagged
 * object cannot be mistaken for a value. Lists are JSON arrays of encoded values.
 */
import neo4j, { type Integer } from 'neo4j-driver';

const { isInt, isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration, isPoint } = neo4j;
const { Date: Neo4jDate, DateTime, LocalDateTime, Time, LocalTime, Duration, Point } = neo4j.types;

export type Encoded = string | number | boolean | null | Encoded[] | { [tag: string]: unknown };

/** A driver number field (an Integer with lossless integers, else a number) as a JS number. */
const n = (v: Integer | number | bigint): number => (isInt(v) ? v.toNumber() : Number(v));

/** FLOAT as JSON: a number, or the text of one JSON has no number for. */
function float(v: number): number | string {
  if (Number.isNaN(v) || !Number.isFinite(v)) return String(v);
  return Object.is(v, -0) ? '-0' : v;
}

/**
 * A value read through a driver with lossless integers (so an INTEGER arrives as an `Integer` and a FLOAT
 * as a JS number) → JSON.
 */
export function encodeValue(v: unknown): Encoded {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return { $float: float(v) };
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : { $int: v.toString() };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (isInt(v)) return v.inSafeRange() ? v.toNumber() : { $int: v.toString() };
  if (isDateTime(v)) {
    const t = v;
    return {
      $datetime: [
        n(t.year),
        n(t.month),
        n(t.day),
        n(t.hour),
        n(t.minute),
        n(t.second),
        n(t.nanosecond),
        t.timeZoneOffsetSeconds == null ? null : n(t.timeZoneOffsetSeconds),
        t.timeZoneId ?? null,
      ],
    };
  }
  if (isLocalDateTime(v)) return { $localdatetime: [n(v.year), n(v.month), n(v.day), n(v.hour), n(v.minute), n(v.second), n(v.nanosecond)] };
  if (isDate(v)) return { $date: [n(v.year), n(v.month), n(v.day)] };
  if (isTime(v)) return { $time: [n(v.hour), n(v.minute), n(v.second), n(v.nanosecond), n(v.timeZoneOffsetSeconds)] };
  if (isLocalTime(v)) return { $localtime: [n(v.hour), n(v.minute), n(v.second), n(v.nanosecond)] };
  if (isDuration(v)) return { $duration: [n(v.months), n(v.days), n(v.seconds), n(v.nanoseconds)] };
  if (isPoint(v)) return { $point: [n(v.srid), v.x, v.y, ...(v.z === undefined ? [] : [v.z])] };
  if (v instanceof Int8Array) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  throw new Error(`a property value of an unsupported type: ${Object.prototype.toString.call(v)}`);
}

/** The numeric parts of a tagged value, checked. */
const nums = (v: unknown): number[] => {
  if (!Array.isArray(v)) throw new Error(`not a list of numbers: ${JSON.stringify(v)}`);
  return v.map((x: unknown) => {
    if (typeof x !== 'number') throw new Error(`not a list of numbers: ${JSON.stringify(v)}`);
    return x;
  });
};

const int = (x: number) => neo4j.int(x);

/** JSON of `encodeValue` → the driver value to send as a parameter (INTEGERs as `Integer`, FLOATs as numbers). */
export function decodeValue(v: unknown): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return int(v);
  if (Array.isArray(v)) return v.map(decodeValue);
  if (typeof v !== 'object') throw new Error(`not an encoded value: ${String(v)}`);
  const [tag, x] = Object.entries(v)[0] ?? [];
  switch (tag) {
    case '$float':
      return typeof x === 'number' ? x : Number(x);
    case '$int':
      return neo4j.int(String(x));
    case '$date': {
      const [y, mo, d] = nums(x);
      return new Neo4jDate(int(y!), int(mo!), int(d!));
    }
    case '$localdatetime': {
      const [y, mo, d, h, mi, s, ns] = nums(x);
      return new LocalDateTime(int(y!), int(mo!), int(d!), int(h!), int(mi!), int(s!), int(ns!));
    }
    case '$datetime': {
      if (!Array.isArray(x)) break;
      const [y, mo, d, h, mi, sec, ns] = nums(x.slice(0, 7));
      const [offset, zone]: unknown[] = x.slice(7);
      if (offset !== null && typeof offset !== 'number') break;
      if (zone !== null && typeof zone !== 'string') break;
      const seconds = offset === null ? undefined : int(offset);
      return new DateTime(int(y!), int(mo!), int(d!), int(h!), int(mi!), int(sec!), int(ns!), seconds, zone ?? undefined);
    }
    case '$time': {
      const [h, mi, s, ns, offset] = nums(x);
      return new Time(int(h!), int(mi!), int(s!), int(ns!), int(offset!));
    }
    case '$localtime': {
      const [h, mi, s, ns] = nums(x);
      return new LocalTime(int(h!), int(mi!), int(s!), int(ns!));
    }
    case '$duration': {
      const [months, days, seconds, nanos] = nums(x);
      return new Duration(int(months!), int(days!), int(seconds!), int(nanos!));
    }
    case '$point': {
      const [srid, px, py, pz] = nums(x);
      return new Point(int(srid!), px!, py!, pz);
    }
    case '$bytes': {
      // the driver sends an Int8Array as BYTES
      const b = Buffer.from(String(x), 'base64');
      return new Int8Array(b.buffer, b.byteOffset, b.byteLength);
    }
  }
  throw new Error(`not an encoded value: ${JSON.stringify(v)}`);
}

/** A property map, encoded value by value. */
export const encodeProperties = (props: Record<string, unknown>): Record<string, Encoded> =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encodeValue(v)]));

export const decodeProperties = (props: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decodeValue(v)]));
