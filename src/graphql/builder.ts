/**
 * The one Pothos builder. Types live next to the loaders and Cypher that fetch them (graphql/types/*);
 * graphql/schema.ts imports them all and calls toSchema().
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin, { ComplexityErrorKind } from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import ZodPlugin from '@pothos/plugin-zod';
import { AnswerTooLargeError, BadUserInputError, OperationTooLargeError } from '../errors.js';
import type { Context } from '../data/request.js';
import { LIMITS } from '../bounds.js';
import { fieldCost } from './cost.js';
import { entityRecord, isMap } from '../data/records.js';
import { runPlan } from '../plan/index.js';
import { DATASET_ID_PREFIX, loadDataset } from '../data/datasets.js';
import { kindOfId } from '../ontology.js';
import { requireRole } from '../auth/roles.js';

/** The role each mutation needs: merging entities is an admin's; the rest an editor's. */
export const MUTATION_ROLES: Readonly<Record<string, 'editor' | 'admin'>> = { mergeEntities: 'admin' };

interface UserTypes {
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    LocalDateTime: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
}

/** The schema's types, as Pothos sees them. */
export type Types = PothosSchemaTypes.ExtendDefaultTypes<UserTypes>;

/** The field builder of an object or interface type whose records are `P`: what field helpers shared by several types take. */
export type FieldsOf<P, K extends 'Object' | 'Interface' = 'Object' | 'Interface'> = PothosSchemaTypes.FieldBuilder<Types, P, K>;

export const builder = new SchemaBuilder<UserTypes>({
  // Errors before zod, so a mutation's refused input becomes its result union's ValidationError.
  plugins: [ComplexityPlugin, ErrorsPlugin, SimpleObjectsPlugin, RelayPlugin, ZodPlugin],
  errors: { defaultTypes: [], unsafelyHandleInputErrors: true },
  defaultFieldNullability: false,
  relay: {
    // Entity ids are already global and readable ("company:whatsapp"): the id names its kind.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: kindOfId(globalID) ?? (globalID.startsWith(DATASET_ID_PREFIX) ? 'Dataset' : ''), id: globalID }),
    cursorType: 'String',
    nodeQueryOptions: {
      description: 'Any entity by its id (e.g. "company:whatsapp"), or a dataset ("dataset:…"); null when nothing has that id.',
      args: { id: { description: 'The entity id, e.g. "company:whatsapp", or a dataset id.' } },
      // One planned statement, like `entity` (a dataset: its loader); an id whose prefix names no kind is null like any unknown id.
      resolve: async (_root, { id }, ctx, info) =>
        id.typename === 'Dataset' ? loadDataset(ctx, id.id) : id.typename ? entityRecord((await runPlan(ctx, info))[0]) : null,
    },
    nodesQueryOptions: {
      // A root field like the others: an error in it (too many ids, the database down) nulls it alone.
      nullable: { list: true, items: true },
      description: 'Entities (or datasets) by id, in the order asked; null for ids that do not exist. At most 100 ids.',
      args: { ids: { description: 'Entity or dataset ids, at most 100.', validate: { maxLength: [100, { message: 'must hold at most 100 ids' }] } } },
      resolve: async (_root, { ids }, ctx, info) => {
        const items = (await runPlan(ctx, info)).map((x) => (isMap(x) ? entityRecord(x.item) : null));
        return Promise.all(ids.map((id, i) => (id.typename === 'Dataset' ? loadDataset(ctx, id.id) : id.typename ? (items[i] ?? null) : null)));
      },
    },
    defaultConnectionTypeOptions: {
      description:
        'One page of a list (a Relay connection with keyset cursors, which survive inserts). Page forward with `first` and `after: pageInfo.endCursor`, backward with `last` and `before: pageInfo.startCursor`.',
    },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, in order.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    nodeTypeOptions: {
      description: 'An object with a stable, global id. Every entity of the graph is a Node; its id (e.g. "company:whatsapp") names its kind.',
    },
    pageInfoTypeOptions: { description: 'Relay paging information.' },
    firstArgOptions: {
      description: `How many items to return from the start, or after \`after\` (1-${LIMITS.pageSize}; default ${LIMITS.defaultPageSize}). Not with \`last\`.`,
    },
    afterArgOptions: { description: 'Return items after this cursor (from pageInfo.endCursor).' },
    beforeArgOptions: { description: 'Return items before this cursor (from pageInfo.startCursor, or any edge).' },
    lastArgOptions: { description: `How many items to return from the end, or before \`before\` (1-${LIMITS.pageSize}). Not with \`first\`.` },
    cursorFieldOptions: { description: 'Opaque cursor of this item, for `after`/`before`.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page (paging backward with `before`: always true, the `before` item follows).' },
    hasPreviousPageFieldOptions: {
      description: 'True when more items precede this page (paging forward with `after`: always true, the `after` item precedes).',
    },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; pass it as `before` for the previous page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; pass it as `after` for the next page.' },
    pageInfoFieldOptions: { description: 'Paging information.' },
    idFieldOptions: { description: 'The stable global id, e.g. "company:whatsapp".' },
  },
  complexity: {
    // Nesting multiplies lists: refuse, before any resolver runs, operations whose answer could be too
    // large (cost.ts estimates its bytes at most) or that nest too deep or select too many fields.
    defaultComplexity: 1,
    fieldComplexity: (args, _ctx, field) => fieldCost(args, field),
    // Settings (MAX_DEPTH, MAX_BREADTH, MAX_COMPLEXITY: the worst-case bytes), defaulting to the LIMITS the schema states.
    limit: (ctx) => ctx.operationLimits,
    complexityError: (kind, r) =>
      kind === ComplexityErrorKind.Depth
        ? new OperationTooLargeError(`Query is nested ${r.depth} fields deep; at most ${r.maxDepth} are allowed`)
        : kind === ComplexityErrorKind.Breadth
          ? new OperationTooLargeError(`Query selects ${r.breadth} fields; at most ${r.maxBreadth} are allowed`)
          : new AnswerTooLargeError(r.complexity, r.maxComplexity ?? 0),
  },
  zod: {
    // A mutation's input is checked after its role (so a refusal never tells a caller without one what
    // would pass) and refused as its result union's ValidationError; a query's argument bounds become
    // BAD_USER_INPUT errors naming the argument.
    validationError: (error, _args, ctx, info) => {
      if (info.parentType.name === 'Mutation') {
        requireRole(ctx, MUTATION_ROLES[info.fieldName] ?? 'editor');
        return error;
      }
      const issue = error.issues[0]!;
      const argument = issue.path.join('.');
      return new BadUserInputError(`Argument "${argument}" ${issue.message.replace(/^Too (big|small): expected \w+ to (have )?/i, 'must be ')}`, argument);
    },
  },
});

builder.queryType({
  description: `Read access to the knowledge graph: lookups, lists and typed traversals. Every fact carries its sources. Every field here is nullable: an error in one (NOT_FOUND, BAD_USER_INPUT, LIMIT_EXCEEDED, TIMEOUT, DATABASE_UNAVAILABLE; see \`extensions.code\`) makes that field null and is listed in \`errors\` with its path, while the other fields of the request keep their answers. By default (settings MAX_DEPTH, MAX_BREADTH, MAX_COMPLEXITY) operations may nest at most ${LIMITS.queryDepth} fields deep (deeper is GRAPHQL_VALIDATION_FAILED) and select at most ${LIMITS.queryBreadth} fields (more is BAD_USER_INPUT with argument "query"). Before anything runs, the bytes an answer can take at most are estimated (every list counts as many items as its \`first\`/\`limit\` or its bound allows, nested lists multiply, long texts weigh their size): an operation whose estimate is over ${LIMITS.queryComplexity} bytes is refused with LIMIT_EXCEEDED, \`limit: "estimatedBytes"\`, with the \`estimate\` and the \`allowed\` bytes. The answer itself is bounded as it is built (setting MAX_RESPONSE_BYTES): past it, LIMIT_EXCEEDED with \`limit: "responseBytes"\`.`,
});

builder.scalarType('Date', {
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD.',
  serialize: (v) => String(v),
  parseValue: (v) => {
    // A plain error: graphql-js wraps it into its own message naming the argument or variable.
    const time = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : Number.NaN;
    if (typeof v !== 'string' || Number.isNaN(time) || !new Date(time).toISOString().startsWith(v))
      throw new TypeError(`"${String(v)}" is not an ISO date (YYYY-MM-DD)`);
    return v;
  },
});

const DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2}|Z)?$/;

/** The parts of an ISO date-time with or without offset (seconds optional), or null for anything else. */
function dateTimeParts(v: unknown): { local: string; offset: string | null } | null {
  const m = typeof v === 'string' ? DATE_TIME.exec(v) : null;
  // A real day and time: 2020-02-30 or 25:00 would come back from Date as another one, or not at all.
  const time = m ? Date.parse(`${m[1]}Z`) : Number.NaN;
  if (!m || Number.isNaN(time) || !new Date(time).toISOString().startsWith(m[1]!)) return null;
  return { local: `${m[1]}${m[2] ?? ':00'}`, offset: m[3] ?? null };
}

/** An instant as RFC 3339 (`2020-07-06T12:21:00-04:00`), or null when `v` has no offset or no time. */
export function toDateTime(v: unknown): string | null {
  const p = dateTimeParts(v);
  return p?.offset ? `${p.local}${p.offset}` : null;
}

/** The wall-clock part of a date-time with or without offset (`2020-07-08T17:48:00`), or null. */
export function toLocalDateTime(v: unknown): string | null {
  return dateTimeParts(v)?.local ?? null;
}

builder.scalarType('DateTime', {
  description:
    'An instant: an ISO 8601 / RFC 3339 date-time with its UTC offset, as the source gives it, e.g. 2020-07-06T12:21:00-04:00. Only used where the source gives both a time and a time zone.',
  serialize: (v) => {
    const value = toDateTime(v);
    if (value === null) throw new TypeError(`"${String(v)}" is not a date-time with an offset`);
    return value;
  },
  parseValue: (v) => {
    const value = toDateTime(v);
    if (value === null) throw new TypeError(`"${String(v)}" is not an ISO date-time with an offset (YYYY-MM-DDTHH:MM:SS±HH:MM)`);
    return value;
  },
});

builder.scalarType('LocalDateTime', {
  description:
    'A wall-clock date and time with no time zone, ISO 8601 YYYY-MM-DDTHH:MM:SS, e.g. 2020-07-08T11:01:00: what a source gives when it prints a time but names no zone. Not an instant; compare only with times of the same source.',
  serialize: (v) => {
    const value = toLocalDateTime(v);
    if (value === null) throw new TypeError(`"${String(v)}" is not a date-time`);
    return value;
  },
  parseValue: (v) => {
    const p = dateTimeParts(v);
    if (!p || p.offset) throw new TypeError(`"${String(v)}" is not an ISO local date-time without offset (YYYY-MM-DDTHH:MM:SS)`);
    return p.local;
  },
});
