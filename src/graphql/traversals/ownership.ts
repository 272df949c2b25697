/**
 * Ownership: chains from an entity up to its ultimate owner(s), and subsidiaries down a tree. Both
 * follow OWNS only, are bounded (see LIMITS) and report cycles instead of looping. Each is one planned
 * statement (src/plan/roots/ownership.ts): the walk and everything selected of what it reaches.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { entityRecord, type EntityRecord, isMap, listOf, num, relationRecord, type RelationRecord, strings } from '../../data/records.js';
import { depthOf, MAX_PATHS } from '../../plan/roots/ownership.js';
import { runPlan, streamedRows } from '../../plan/index.js';
import { builder } from '../builder.js';
import type { Context } from '../../data/request.js';
import { LIMITS } from '../../bounds.js';
import { range, EntityRef, supportArg, relationTypeRef } from '../refs.js';
import { notFound } from '../../errors.js';
import { viewArgs } from '../view-args.js';
import { effectiveShare, ShareRangeRef } from '../types/shares.js';

interface OwnershipPath {
  hops: RelationRecord[];
  owner: EntityRecord;
  length: number;
  cycle: boolean;
  truncated: boolean;
  outlets: number[];
  /** Each hop's datasets, when `independentDatasets` was selected. */
  datasets: number[];
  /** Each hop's share properties, in order, when `effectiveShare` was selected. */
  shares: unknown[];
}
interface OwnershipChain {
  entity: EntityRecord;
  paths: OwnershipPath[];
  ultimateOwners: EntityRecord[];
  maxHops: number;
}

const ownershipPath = (v: unknown): OwnershipPath | null => {
  const owner = isMap(v) ? entityRecord(v.owner) : null;
  if (!isMap(v) || !owner) return null;
  return {
    hops: listOf(relationRecord)(v.hops),
    owner,
    length: num(v.length),
    cycle: v.cycle === true,
    truncated: v.truncated === true,
    outlets: counts(v.outlets),
    datasets: counts(v.datasets),
    shares: Array.isArray(v.shares) ? v.shares : [],
  };
};

/** A list of counts as the plan gives them (cypher/plan/relation/independent-outlets). */
const counts = (v: unknown): number[] => (Array.isArray(v) ? v.map(num) : []);

/** A path's evidence strength: its weakest hop's independent outlets (0 for a path without hops). */
export const weakest = (outlets: readonly number[]) => (outlets.length ? Math.min(...outlets) : 0);

/** What `independentOutlets` counts, said once for every type that reports it. */
export const OUTLETS_NOTE =
  "the distinct outlets of the articles its STATED or INFERRED sources quote (in the view the traversal reads), an article's outlet being its `outlet`; an article whose outlet is not identified counts as one outlet of its own";

/** What `effectiveShare` is, said once for chains and subsidiaries. */
const EFFECTIVE_NOTE = (owner: string, owned: string) =>
  `The effective share ${owner} holds in ${owned} through this path: the hops' shares multiplied (minimum × minimum, maximum × maximum; 60 % of 50 % is 30 %), in percent; null when any hop's share is unknown (no dataset gives it: see each hop's \`share\`).`;

/** What `independentDatasets` counts, said once for chains and subsidiaries. */
const DATASETS_NOTE =
  'the distinct datasets whose records back it (see its `records`); a dataset states what it publishes but is no news outlet, so it never counts in `independentOutlets` or `strength`';

const depthArg = (what: string) => ({
  defaultValue: LIMITS.defaultOwnershipDepth,
  description: `How many OWNS hops to follow ${what}: 1-${LIMITS.ownershipDepth}, default ${LIMITS.defaultOwnershipDepth}.`,
  validate: range(1, LIMITS.ownershipDepth),
});

const OwnershipPathRef = builder.objectRef<OwnershipPath>('OwnershipPath').implement({
  description: 'One way up the ownership tree: OWNS relations in order, from the entity to an owner.',
  fields: (t) => ({
    hops: t.field({
      type: [relationTypeRef('OWNS')],
      description: 'OWNS relations, first the one owning the entity, last the one from the top owner. Each has its sources.',
      resolve: (p) => p.hops,
    }),
    owner: t.field({
      type: EntityRef,
      description: 'The owner this path ends at (the ultimate owner unless `cycle` or `truncated`).',
      resolve: (p) => p.owner,
    }),
    length: t.int({ description: 'Number of OWNS hops.', resolve: (p) => p.length }),
    cycle: t.boolean({
      description: 'True when the path returns to an entity already on it: the ownership data holds a cycle, which is reported here and not followed.',
      resolve: (p) => p.cycle,
    }),
    truncated: t.boolean({ description: 'True when the path reached `maxHops` and the owner at its end has owners of its own.', resolve: (p) => p.truncated }),
    independentOutlets: t.intList({
      description: `Evidence strength of each hop, in the order of \`hops\`: ${OUTLETS_NOTE}.`,
      resolve: (p) => p.outlets,
    }),
    strength: t.int({ description: "Evidence strength of the path: its weakest hop's `independentOutlets`.", resolve: (p) => weakest(p.outlets) }),
    independentDatasets: t.intList({ description: `Dataset evidence of each hop, in the order of \`hops\`: ${DATASETS_NOTE}.`, resolve: (p) => p.datasets }),
    effectiveShare: t.field({
      type: ShareRangeRef,
      nullable: true,
      description: `${EFFECTIVE_NOTE('`owner`', 'the entity the chain starts from')} Where several paths reach the same owner, each gives its own part.`,
      resolve: (p) => effectiveShare(p.shares),
    }),
  }),
});

const OwnershipChainRef = builder.objectRef<OwnershipChain>('OwnershipChain').implement({
  description: 'Who owns an entity, hop by hop, up to its ultimate owner(s), with the sources of every hop.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The entity the chain starts from.', resolve: (c) => c.entity }),
    paths: t.field({
      type: [OwnershipPathRef],
      description: `Every way up, shortest first (at most ${MAX_PATHS}). Empty when no owner is recorded.`,
      resolve: (c) => c.paths,
    }),
    ultimateOwners: t.field({
      type: [EntityRef],
      description: 'Owners at the top: entities at the end of a complete path that nobody owns. Empty when no owner is recorded.',
      resolve: (c) => [...new Map(c.ultimateOwners.map((e) => [e.id, e])).values()],
    }),
    hasCycle: t.boolean({ description: 'True when any path runs into an ownership cycle.', resolve: (c) => c.paths.some((p) => p.cycle) }),
    truncated: t.boolean({ description: 'True when any path was cut at `maxHops`.', resolve: (c) => c.paths.some((p) => p.truncated) }),
    maxHops: t.int({ description: 'The bound (OWNS hops) this chain was computed with.', resolve: (c) => c.maxHops }),
    strength: t.int({
      description: 'Evidence strength of the chain: the `strength` (weakest hop) of its strongest path to an ultimate owner; 0 when no path reaches one.',
      resolve: (c) => Math.max(0, ...c.paths.filter((p) => !p.cycle && !p.truncated).map((p) => weakest(p.outlets))),
    }),
  }),
});

interface Subsidiary {
  entity: EntityRecord;
  depth: number;
  via: RelationRecord;
  outlets: number[];
  datasets: number[];
  shares: unknown[];
}
const subsidiary = (v: unknown): Subsidiary | null => {
  const [entity, via] = isMap(v) ? [entityRecord(v.entity), relationRecord(v.via)] : [null, null];
  return isMap(v) && entity && via
    ? { entity, depth: num(v.depth), via, outlets: counts(v.outlets), datasets: counts(v.datasets), shares: Array.isArray(v.shares) ? v.shares : [] }
    : null;
};

const SubsidiaryRef = builder.objectRef<Subsidiary>('Subsidiary').implement({
  description: 'An entity owned, directly (depth 1) or through others, with the OWNS relation that reaches it.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The owned entity.', resolve: (s) => s.entity }),
    depth: t.int({ description: 'OWNS hops from the owner (1 = directly owned).', resolve: (s) => s.depth }),
    via: t.field({
      type: relationTypeRef('OWNS'),
      description: 'The OWNS relation from its direct owner on the shortest path, with sources.',
      resolve: (s) => s.via,
    }),
    independentOutlets: t.int({ description: `Evidence strength of \`via\`: ${OUTLETS_NOTE}.`, resolve: (s) => s.outlets.at(-1) ?? 0 }),
    independentDatasets: t.int({ description: `Dataset evidence of \`via\`: ${DATASETS_NOTE}.`, resolve: (s) => s.datasets.at(-1) ?? 0 }),
    strength: t.int({
      description: "Evidence strength of the shortest path from the owner to this entity: its weakest hop's `independentOutlets`.",
      resolve: (s) => weakest(s.outlets),
    }),
    effectiveShare: t.field({
      type: ShareRangeRef,
      nullable: true,
      description: `${EFFECTIVE_NOTE('the owner the list starts from', '`entity`')} Along the shortest path only (the one \`via\` ends); another path may add to it.`,
      resolve: (s) => effectiveShare(s.shares),
    }),
  }),
});

/** A planned root's items and head, after NOT_FOUND for an `entity` argument that matched nothing. */
async function plannedRoot(ctx: Context, info: GraphQLResolveInfo, entity: string) {
  const rows = streamedRows(await runPlan(ctx, info));
  const error = notFound(strings(rows.head.missing), { entity });
  if (error) throw error;
  return rows;
}

builder.queryFields((t) => ({
  ownershipChain: t.field({
    nullable: true,
    type: OwnershipChainRef,
    description: `The ownership chain from an entity up to its ultimate owner(s): e.g. WhatsApp → Facebook. Follows OWNS for at most ${LIMITS.ownershipDepth} hops (maxHops), never loops: a cycle is reported in \`hasCycle\`. NOT_FOUND for an unknown entity.`,
    args: {
      entity: t.arg.string({ required: true, description: 'The entity: id, name or alias, any case ("WhatsApp", "service:whatsapp").' }),
      maxHops: t.arg.int(depthArg('upwards')),
      support: supportArg(t),
      ...viewArgs(t),
    },
    resolve: async (_r, args, ctx, info) => {
      const { head: root } = await plannedRoot(ctx, info, args.entity);
      const entity = entityRecord(root.entity);
      if (!entity) throw new Error('a planned chain without its entity');
      return { entity, paths: listOf(ownershipPath)(root.paths), ultimateOwners: listOf(entityRecord)(root.ultimateOwners), maxHops: depthOf(args) };
    },
  }),
  subsidiaries: t.field({
    nullable: true,
    type: [SubsidiaryRef],
    description: `What an entity owns, directly or through others, down to maxHops OWNS hops (at most ${LIMITS.ownershipDepth}); each entity once, at its shallowest depth; at most ${LIMITS.relationsPerField}. Cycle-safe.`,
    args: {
      entity: t.arg.string({ required: true, description: 'The owner: id, name or alias, any case.' }),
      maxHops: t.arg.int(depthArg('downwards')),
      support: supportArg(t),
      ...viewArgs(t),
    },
    resolve: async (_r, args, ctx, info) => listOf(subsidiary)((await plannedRoot(ctx, info, args.entity)).items),
  }),
}));
