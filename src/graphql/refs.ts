/** Type references and arguments shared across modules (declared here, implemented where their loaders live). */
import type { ArgBuilder } from '@pothos/core';
import { builder, type Types } from './builder.js';
import type { EntityRecord, RelationRecord, SourceRecord } from '../data/records.js';
import {
  KINDS,
  KIND_NAMES,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  SOURCED,
  SUPPORT_LEVELS,
  SUPPORT_NAMES,
  type Kind,
  type RelationType,
  type Support,
} from '../ontology.js';

/** Zod-plugin validation for an integer argument bounded to [min, max]; the message names the range. */
export const range = (min: number, max: number) => {
  const message = `must be between ${min} and ${max}`;
  const bound = (n: number): [number, { message: string }] => [n, { message }];
  return { min: bound(min), max: bound(max) };
};

export const EntityRef = builder.interfaceRef<EntityRecord>('Entity');
export const RelationRef = builder.interfaceRef<RelationRecord>('Relation');
export const SourceRef = builder.objectRef<SourceRecord>('Source');

/** `Company` → `COMPANY`: enum values are SCREAMING_CASE like every other enum; the kind itself (type name, label) stays PascalCase. */
export const kindValue = (kind: string) => kind.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();

export const KindEnum = builder.enumType('Kind', {
  description: 'The kind of an entity (COMPANY, SERVICE ...): the GraphQL object type of that name in PascalCase (Company), also its Neo4j label.',
  values: Object.fromEntries(KIND_NAMES.map((k) => [kindValue(k), { value: k, description: KINDS[k].description }])) as Record<
    string,
    { value: (typeof KIND_NAMES)[number]; description: string }
  >,
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description:
    'A relation type of the ontology; also the Neo4j relationship type. Arguments of this type are the only way a relationship type reaches a query.',
  values: Object.fromEntries(RELATION_TYPE_NAMES.map((t) => [t, { value: t, description: RELATION_TYPES[t].description }])) as Record<
    (typeof RELATION_TYPE_NAMES)[number],
    { value: (typeof RELATION_TYPE_NAMES)[number]; description: string }
  >,
});

export const SupportEnum = builder.enumType('Support', {
  description: "How strongly a source backs a fact. A fact's support is the strongest of its sources'.",
  values: Object.fromEntries(SUPPORT_NAMES.map((s) => [s, { value: s, description: SUPPORT_LEVELS[s] }])) as Record<
    Support,
    { value: Support; description: string }
  >,
});

/** The `support` argument of every traversal and relation list. */
export const supportArg = (t: { arg: ArgBuilder<Types> }) =>
  t.arg({
    type: [SupportEnum],
    defaultValue: [...SOURCED],
    description:
      'Only facts with at least this support (default: STATED and INFERRED, i.e. sourced facts; add BACKGROUND for outside knowledge the articles do not state).',
  });

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which relations of an entity to follow.',
  values: {
    OUT: { value: 'OUT', description: 'Relations that start at the entity.' },
    IN: { value: 'IN', description: 'Relations that end at the entity.' },
    BOTH: { value: 'BOTH', description: 'Relations in either direction.' },
  } as const,
});

/** One object type per kind of the ontology (each implements Entity and Node; implemented in types/entity.ts). */
const KIND_REFS = Object.fromEntries(KIND_NAMES.map((kind) => [kind, builder.objectRef<EntityRecord>(kind)]));
export const kindRef = (kind: Kind) => {
  const ref = KIND_REFS[kind];
  if (!ref) throw new Error(`no object type for ${kind}`);
  return ref;
};
export const ArticleRef = kindRef('Article');

/** `PAUSED_REQUESTS_FROM` → `PausedRequestsFromRelation`: the object type of one relation type. */
export const relationTypeName = (type: RelationType) =>
  `${type
    .toLowerCase()
    .split('_')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')}Relation`;

/** One object type per relation type (`OwnsRelation` ...; implemented in types/relation.ts). */
const RELATION_TYPE_REFS = new Map(RELATION_TYPE_NAMES.map((type) => [type, builder.objectRef<RelationRecord>(relationTypeName(type))] as const));
export function relationTypeRef(type: RelationType) {
  const ref = RELATION_TYPE_REFS.get(type);
  if (!ref) throw new Error(`no object type for ${type}`);
  return ref;
}
