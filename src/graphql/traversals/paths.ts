/** Shortest paths between two entities over chosen relation types, within a hop limit: one planned statement. */
import { entities, isMap, num, relations, strings } from '../../data/records.js';
import type { EntityRecord, RelationRecord } from '../../data/records.js';
import { runPlan, streamedRows } from '../../plan/index.js';
import { OUTLETS_NOTE, weakest } from './ownership.js';
import { builder } from '../builder.js';
import { BadUserInputError, notFound } from '../../errors.js';
import { LIMITS } from '../../bounds.js';
import { viewArgs } from '../view-args.js';
import { range, EntityRef, RelationRef, RelationTypeEnum, supportArg } from '../refs.js';

interface GraphPath {
  nodes: EntityRecord[];
  edges: RelationRecord[];
  length: number;
  outlets: number[];
}

const GraphPathRef = builder.objectRef<GraphPath>('GraphPath').implement({
  description:
    'A path through the graph: entities and the relations between them, in order from start to end. Relations keep their own direction (`from`/`to`), which may run against the walk.',
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], description: 'Entities in walk order, from `from` to `to`.', resolve: (p) => p.nodes }),
    edges: t.field({
      type: [RelationRef],
      description: 'Relations in walk order; edges[i] joins nodes[i] and nodes[i+1]. Each has its sources.',
      resolve: (p) => p.edges,
    }),
    length: t.int({ description: 'Number of hops.', resolve: (p) => p.length }),
    independentOutlets: t.intList({ description: `Evidence strength of each edge, in the order of \`edges\`: ${OUTLETS_NOTE}.`, resolve: (p) => p.outlets }),
    strength: t.int({ description: "Evidence strength of the path: its weakest edge's `independentOutlets`.", resolve: (p) => weakest(p.outlets) }),
  }),
});

builder.queryField('paths', (t) =>
  t.field({
    nullable: true,
    type: [GraphPathRef],
    description: `Shortest paths between two entities, following relations in either direction, over the given relation types, at most ${LIMITS.pathHops} hops (maxHops) and ${LIMITS.maxPaths} paths (limit). Empty when none is that short. A path never visits a relation twice.`,
    args: {
      from: t.arg.string({ required: true, description: 'Start entity: id, name or alias.' }),
      to: t.arg.string({ required: true, description: 'End entity: id, name or alias.' }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        description: 'Relation types to follow (default: every fact type, i.e. all but the provenance edges CITES, PUBLISHED_BY and MENTIONS).',
      }),
      maxHops: t.arg.int({
        defaultValue: LIMITS.defaultPathHops,
        description: `Longest path to return: 1-${LIMITS.pathHops}, default ${LIMITS.defaultPathHops}.`,
        validate: range(1, LIMITS.pathHops),
      }),
      support: supportArg(t),
      ...viewArgs(t),
      limit: t.arg.int({
        defaultValue: LIMITS.defaultPaths,
        description: `How many shortest paths at most: 1-${LIMITS.maxPaths}, default ${LIMITS.defaultPaths}.`,
        validate: range(1, LIMITS.maxPaths),
      }),
    },
    resolve: async (_r, args, ctx, info) => {
      const { items, head } = streamedRows(await runPlan(ctx, info));
      const error = notFound(strings(head.missing), { from: args.from, to: args.to });
      if (error) throw error;
      const [from, to] = strings(head.ends);
      if (from === to) throw new BadUserInputError('Arguments "from" and "to" name the same entity', 'to');
      return items.filter(isMap).map((p) => ({
        nodes: entities(p.nodes),
        edges: relations(p.edges),
        length: num(p.length),
        outlets: Array.isArray(p.outlets) ? p.outlets.map(num) : [],
      }));
    },
  }),
);
