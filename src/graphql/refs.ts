/** Type references shared across modules (declared here, implemented where their loaders live). */
import { builder } from './builder.js';
import type { EntityRecord, RelationRecord, SourceRecord } from './records.js';
import { KINDS, KIND_NAMES, RELATION_TYPES, RELATION_TYPE_NAMES } from '../ontology.js';

export const EntityRef = builder.interfaceRef<EntityRecord>('Entity');
export const RelationRef = builder.objectRef<RelationRecord>('Relation');
export const SourceRef = builder.objectRef<SourceRecord>('Source');

export const KindEnum = builder.enumType('Kind', {
  description: 'The kind of an entity; also its Neo4j label.',
  values: Object.fromEntries(KIND_NAMES.map((k) => [k, { value: k, description: KINDS[k] }])) as Record<(typeof KIND_NAMES)[number], { value: (typeof KIND_NAMES)[number]; description: string }>,
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'A relation type of the ontology; also the Neo4j relationship type. Arguments of this type are the only way a relationship type reaches a query.',
  values: Object.fromEntries(RELATION_TYPE_NAMES.map((t) => [t, { value: t, description: RELATION_TYPES[t].description }])) as Record<(typeof RELATION_TYPE_NAMES)[number], { value: (typeof RELATION_TYPE_NAMES)[number]; description: string }>,
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which relations of an entity to follow.',
  values: {
    OUT: { value: 'OUT', description: 'Relations that start at the entity.' },
    IN: { value: 'IN', description: 'Relations that end at the entity.' },
    BOTH: { value: 'BOTH', description: 'Relations in either direction.' },
  } as const,
});
