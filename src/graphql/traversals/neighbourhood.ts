/** Neighbourhoods: what lies within N hops of an entity, shaped for a front-end graph view; one planned statement. */
import { viewArgs } from '../view-args.js';
import { entityRecord, type EntityRecord, isMap, listOf, num, relations, type RelationRecord, strings } from '../../data/records.js';
import { runPlan } from '../../plan/index.js';
import { builder } from '../builder.js';
import { LIMITS } from '../../bounds.js';
import { range, EntityRef, KindEnum, RelationRef, RelationTypeEnum, supportArg } from '../refs.js';
import { notFound } from '../../errors.js';

interface Neighbour {
  entity: EntityRecord;
  depth: number;
}
interface Neighbourhood {
  centre: EntityRecord;
  nodes: Neighbour[];
  edges: RelationRecord[];
  truncated: boolean;
}

const neighbour = (v: unknown): Neighbour | null => {
  const entity = isMap(v) ? entityRecord(v.entity) : null;
  return isMap(v) && entity ? { entity, depth: num(v.depth) } : null;
};

const NeighbourRef = builder.objectRef<Neighbour>('Neighbour').implement({
  description:
    "An entry of a neighbourhood: an entity and its distance from that neighbourhood's centre (no `id` of its own, so normalised caches keep it with the neighbourhood).",
  fields: (t) => ({
    entityId: t.id({
      description:
        "The entity id (what edges' fromId/toId refer to). Not named `id`: an entry belongs to its neighbourhood (its `depth` differs from one to another), so caches must not merge it with the entity.",
      resolve: (n) => n.entity.id,
    }),
    kind: t.field({ type: KindEnum, description: 'The entity kind, for styling.', resolve: (n) => n.entity.kind }),
    name: t.string({ description: 'Display name.', resolve: (n) => n.entity.name ?? n.entity.id }),
    depth: t.int({ description: 'Hops from the centre along the shortest way (the centre itself is 0).', resolve: (n) => n.depth }),
    entity: t.field({ type: EntityRef, description: 'The entity itself, for any further field.', resolve: (n) => n.entity }),
  }),
});

const NeighbourhoodRef = builder.objectRef<Neighbourhood>('Neighbourhood').implement({
  description: 'Entities within N hops of a centre and the relations among them: nodes with ids and kinds, edges with fromId/toId, ready for a graph view.',
  fields: (t) => ({
    centre: t.field({ type: EntityRef, description: 'The centre entity.', resolve: (n) => n.centre }),
    nodes: t.field({ type: [NeighbourRef], description: 'The centre (depth 0), then the entities reached, nearest first.', resolve: (n) => n.nodes }),
    edges: t.field({
      type: [RelationRef],
      description: `Relations of the allowed types between any two of the nodes (at most ${LIMITS.neighbourhoodEdges}), each with its sources.`,
      resolve: (n) => n.edges,
    }),
    truncated: t.boolean({
      description: `True when more entities were within reach than \`limit\` allowed (the search itself stops after ${LIMITS.neighbourhoodBudget} entities, so a hub cannot exhaust memory).`,
      resolve: (n) => n.truncated,
    }),
  }),
});

builder.queryField('neighbourhood', (t) =>
  t.field({
    nullable: true,
    type: NeighbourhoodRef,
    description: `Everything within \`maxHops\` (1-${LIMITS.neighbourhoodHops}) of an entity over the given relation types, optionally only entities of given kinds, at most \`limit\` (1-${LIMITS.neighbourhoodNodes}) entities, nearest first. Each entity appears once, at its shortest distance; cycles cannot loop.`,
    args: {
      entity: t.arg.string({ required: true, description: 'The centre: id, name or alias.' }),
      maxHops: t.arg.int({
        defaultValue: LIMITS.defaultNeighbourhoodHops,
        description: `How far to reach: 1-${LIMITS.neighbourhoodHops}, default ${LIMITS.defaultNeighbourhoodHops}.`,
        validate: range(1, LIMITS.neighbourhoodHops),
      }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        description: 'Relation types to follow (default: every fact type, i.e. all but the provenance edges CITES, PUBLISHED_BY and MENTIONS).',
      }),
      kinds: t.arg({ type: [KindEnum], description: 'Only reach entities of these kinds (default: all).' }),
      support: supportArg(t),
      ...viewArgs(t),
      limit: t.arg.int({
        defaultValue: LIMITS.defaultNeighbourhoodNodes,
        description: `Most entities to return besides the centre: 1-${LIMITS.neighbourhoodNodes}, default ${LIMITS.defaultNeighbourhoodNodes}.`,
        validate: range(1, LIMITS.neighbourhoodNodes),
      }),
    },
    resolve: async (_r, args, ctx, info) => {
      const [root] = await runPlan(ctx, info);
      const plan = isMap(root) ? root : {};
      const error = notFound(strings(plan.missing), { entity: args.entity });
      if (error) throw error;
      const centre = entityRecord(plan.centre);
      if (!centre) throw new Error('a planned neighbourhood without its centre');
      return { centre, nodes: listOf(neighbour)(plan.nodes), edges: relations(plan.edges), truncated: plan.truncated === true };
    },
  }),
);
