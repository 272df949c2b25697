/**
 * Reading a FollowTheMoney entity file (JSON Lines: one `{"id", "schema", "properties": {name: [values]}}`
 * a line, as `ftm` tools and `npm run export -- --format ftm` write it): each entity is checked against the
 * FtM model (src/import/ftm-model.ts) and against what the importer reads of it, so a bad one is reported
 * by its record index (its place among the file's non-empty lines, from 0) and the field at fault, and the
 * file writes nothing:
 * - a line that is not a JSON object, an id that is not an FtM id, a schema FtM does not have;
 * - for the schemata the import maps, a property the schema does not have, a value that is not a string;
 * - a `percentage` that is not a number from 0 to 100, a `startDate`/`endDate` that is not an FtM date
 *   (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally with a time) or not a real calendar day (2019-02-30).
 * Lines with the same id are fragments of one entity (as FtM keeps them): their values are merged, and
 * their schemata must agree.
 */
import { isoDate } from '../store/schema.js';
import { FTM_SCHEMA_NAMES, ftmProperties } from './ftm-model.js';
import { ImportInputError, type InputProblem } from './problems.js';

export interface FtmRecord {
  /** Its record index in the file (the first line of its id). */
  index: number;
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** Top-level fields besides id, schema and properties (`datasets`, `last_change` …), as FtM stores write them. */
  meta: Record<string, unknown>;
}

/** FtM entity ids: letters, digits, `.` and `-`, at most 200 characters (followthemoney's EntityType). */
const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
/** FtM dates: a year, a month, a day, or a day with a time. */
const FTM_DATE = /^(\d{4})(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const CHECKED_DATES = new Set(['startDate', 'endDate']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why an FtM date is bad, or undefined for a good one. */
export function dateProblem(value: string): string | undefined {
  const m = FTM_DATE.exec(value);
  if (!m) return 'is not an FtM date (YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time)';
  const month = value.slice(5, 7);
  if (month && (Number(month) < 1 || Number(month) > 12)) return 'is not a real calendar month';
  const day = value.slice(0, 10);
  if (day.length === 10 && !isoDate.safeParse(day).success) return 'is not a real calendar date';
  return undefined;
}

/** A percentage as a number from 0 to 100 (FtM numbers may carry a `%`), or why it is not one. */
export function percentageOf(value: string): number | string {
  const n = Number(value.trim().replace(/\s*%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n)) return 'is not a number';
  if (n < 0 || n > 100) return 'must be a percentage from 0 to 100';
  return n;
}

function check(index: number, value: unknown, problems: InputProblem[]): FtmRecord | undefined {
  const at = (field: string, message: string) => problems.push({ index, field, message });
  if (!isObject(value)) return void at('', 'is not a JSON object (an FtM entity: {"id", "schema", "properties"})');
  const { id, schema, properties, ...meta } = value;
  if (typeof id !== 'string' || !FTM_ID.test(id) || id.length > 200) at('id', 'must be an FtM id (letters, digits, "." and "-", at most 200 characters)');
  if (typeof schema !== 'string' || !FTM_SCHEMA_NAMES.has(schema)) return void at('schema', `${JSON.stringify(schema)} is not an FtM schema`);
  if (!isObject(properties)) return void at('properties', 'must be an object of property names to lists of values');
  const allowed = ftmProperties(schema);
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(properties)) {
    const field = `properties.${name}`;
    if (allowed && !allowed.has(name)) {
      at(field, `is not a property of the FtM schema ${schema}`);
      continue;
    }
    if (!Array.isArray(values) || !values.every((v): v is string => typeof v === 'string')) {
      at(field, 'must be a list of strings');
      continue;
    }
    for (const v of values) {
      const bad = CHECKED_DATES.has(name) ? dateProblem(v) : name === 'percentage' && allowed ? percentageProblem(v) : undefined;
      if (bad) at(field, `"${v}" ${bad}`);
    }
    out[name] = values;
  }
  return typeof id === 'string' ? { index, id, schema, properties: out, meta } : undefined;
}

const percentageProblem = (v: string) => {
  const p = percentageOf(v);
  return typeof p === 'string' ? p : undefined;
};

/** The entities of an FtM JSON Lines file (fragments of one id merged), or every problem found. */
export function readFtm(text: string): FtmRecord[] {
  const problems: InputProblem[] = [];
  const byId = new Map<string, FtmRecord>();
  let index = 0;
  for (const [line, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ index, field: '', message: `line ${line + 1} is not JSON (an FtM file is JSON Lines: one entity a line)` });
      index++;
      continue;
    }
    const record = check(index, value, problems);
    index++;
    if (!record) continue;
    const earlier = byId.get(record.id);
    if (!earlier) byId.set(record.id, record);
    else if (earlier.schema !== record.schema)
      problems.push({
        index: record.index,
        field: 'schema',
        message: `${record.id} is a ${earlier.schema} at record ${earlier.index}, a ${record.schema} here`,
      });
    else
      for (const [name, values] of Object.entries(record.properties)) earlier.properties[name] = [...new Set([...(earlier.properties[name] ?? []), ...values])];
    if (problems.length >= 200) break;
  }
  if (problems.length) throw new ImportInputError(problems);
  return [...byId.values()];
}
