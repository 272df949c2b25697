/** Fields generated from the ontology's tables of properties and attributes, for entity kinds, relation types and sources. */
import type { GraphQLResolveInfo } from 'graphql';
import type { SourceAttribute, ValueType } from '../../ontology.js';
import type { FieldsOf } from '../builder.js';
import type { Context } from '../../data/request.js';
import { mapMaybe } from '../../plan/index.js';

/** GraphQL output type of each ontology value type. */
const GRAPHQL_TYPE: Record<ValueType, 'String' | 'Int' | 'Float' | 'Date'> = {
  string: 'String',
  int: 'Int',
  float: 'Float',
  percent: 'Float',
  date: 'Date',
  currency: 'String',
};

/** Source attributes a relation or kind shows as its own fields: all but `date`, which is a field of its own everywhere. */
export const notDate = (a: SourceAttribute): a is Exclude<SourceAttribute, 'date'> => a !== 'date';

const scalar = (v: unknown): string | number | null => (typeof v === 'string' || typeof v === 'number' ? v : null);

/** A nullable field per key of an ontology table, its value read by `read` (generated, so the ontology is the only list). */
export function ontologyFields<P, K extends string>(
  t: FieldsOf<P, 'Object'>,
  keys: readonly K[],
  table: Readonly<Record<K, { type: ValueType; description: string }>>,
  read: (parent: P, key: K, ctx: Context, info: GraphQLResolveInfo) => unknown,
  note = '',
) {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      t.field({
        type: GRAPHQL_TYPE[table[key].type],
        nullable: true,
        description: `${table[key].description}${note}`,
        resolve: (parent, _args, ctx, info) => mapMaybe(read(parent, key, ctx, info), scalar),
      }),
    ]),
  );
}
