/**
 * Ownership: chains from an entity up to its ultimate owner(s), and subsidiaries down a tree. Both
 * follow OWNS only, are bounded (see LIMITS) and report cycles instead of looping.
 */
import { variants } from '../../db/cypher.js';
import type { Support } from '../../ontology.js';
import { builder } from '../builder.js';
import { LIMITS, range } from '../limits.js';
import { requireEntity, resolveRef } from '../loaders.js';
import { toRelation, type EntityRecord, type RawRelation, type RelationRecord } from '../records.js';
import { EntityRef, formerName, supportArg, supportsOf } from '../refs.js';
import { RELATION_TYPE_REFS } from '../types/relation.js';

const DEPTHS = Array.from({ length: LIMITS.ownershipDepth }, (_, i) => i + 1);
const CHAIN = variants('ownership/chain', 'MAX_DEPTH', DEPTHS);
const SUBSIDIARIES = variants('ownership/subsidiaries', 'MAX_DEPTH', DEPTHS);
const MAX_PATHS = 100;

interface OwnershipPath {
  hops: RelationRecord[];
  cycle: boolean;
  truncated: boolean;
}
interface OwnershipChain {
  entity: EntityRecord;
  paths: OwnershipPath[];
  maxDepth: number;
}

const depthArg = (what: string) => ({
  defaultValue: LIMITS.defaultOwnershipDepth,
  description: `How many OWNS hops to follow ${what}: 1-${LIMITS.ownershipDepth}, default ${LIMITS.defaultOwnershipDepth}.`,
  validate: range(1, LIMITS.ownershipDepth),
});

const OwnershipPathRef = builder.objectRef<OwnershipPath>('OwnershipPath').implement({
  description: 'One way up the ownership tree: OWNS relations in order, from the entity to an owner.',
  fields: (t) => ({
    hops: t.field({
      type: [RELATION_TYPE_REFS.OWNS],
      description: 'OWNS relations, first the one owning the entity, last the one from the top owner. Each has its sources.',
      resolve: (p) => p.hops,
    }),
    owner: t.field({
      type: EntityRef,
      description: 'The owner this path ends at (the ultimate owner unless `cycle` or `truncated`).',
      resolve: (p) => p.hops[p.hops.length - 1]!.from,
    }),
    length: t.int({ description: 'Number of OWNS hops.', resolve: (p) => p.hops.length }),
    cycle: t.boolean({
      description: 'True when the path returns to an entity already on it: the ownership data holds a cycle, which is reported here and not followed.',
      resolve: (p) => p.cycle,
    }),
    truncated: t.boolean({ description: 'True when the path reached `maxHops` and the owner at its end has owners of its own.', resolve: (p) => p.truncated }),
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
      resolve: (c) => dedupe(c.paths.filter((p) => !p.cycle && !p.truncated).map((p) => p.hops[p.hops.length - 1]!.from)),
    }),
    hasCycle: t.boolean({ description: 'True when any path runs into an ownership cycle.', resolve: (c) => c.paths.some((p) => p.cycle) }),
    truncated: t.boolean({ description: 'True when any path was cut at `maxHops`.', resolve: (c) => c.paths.some((p) => p.truncated) }),
    maxHops: t.int({ description: 'The bound (OWNS hops) this chain was computed with.', resolve: (c) => c.maxDepth }),
    maxDepth: t.int({ description: 'Former name of `maxHops`.', deprecationReason: 'Renamed `maxHops`, like the argument.', resolve: (c) => c.maxDepth }),
  }),
});

interface Subsidiary {
  entity: EntityRecord;
  depth: number;
  via: RelationRecord;
}
const SubsidiaryRef = builder.objectRef<Subsidiary>('Subsidiary').implement({
  description: 'An entity owned, directly (depth 1) or through others, with the OWNS relation that reaches it.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The owned entity.', resolve: (s) => s.entity }),
    depth: t.int({ description: 'OWNS hops from the owner (1 = directly owned).', resolve: (s) => s.depth }),
    via: t.field({
      type: RELATION_TYPE_REFS.OWNS,
      description: 'The OWNS relation from its direct owner on the shortest path, with sources.',
      resolve: (s) => s.via,
    }),
  }),
});

function dedupe(entities: EntityRecord[]): EntityRecord[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}

builder.queryFields((t) => ({
  ownershipChain: t.field({
    nullable: true,
    type: OwnershipChainRef,
    description: `The ownership chain from an entity up to its ultimate owner(s): e.g. WhatsApp → Facebook. Follows OWNS for at most ${LIMITS.ownershipDepth} hops (maxHops), never loops: a cycle is reported in \`hasCycle\`. NOT_FOUND for an unknown entity.`,
    args: {
      entity: t.arg.string({ required: true, description: 'The entity: id, name or alias, any case ("WhatsApp", "service:whatsapp").' }),
      maxHops: t.arg.int(depthArg('upwards')),
      maxDepth: t.arg.int({ description: 'Former name of `maxHops`.', deprecationReason: formerName('maxHops'), validate: range(1, LIMITS.ownershipDepth) }),
      support: supportArg(t),
    },
    resolve: async (_r, args, ctx) => {
      const entity = await requireEntity(ctx, await resolveRef(ctx, args.entity));
      const maxDepth = args.maxDepth ?? args.maxHops ?? LIMITS.defaultOwnershipDepth;
      const rows = await ctx.db.read(CHAIN.get(maxDepth)!, { id: entity.id, supports: supportsOf(args.support as Support[] | null), limit: MAX_PATHS });
      const paths = rows.map((r) => ({
        hops: (r.hops as RawRelation[]).map((h) => toRelation(h)),
        cycle: r.cycle as boolean,
        truncated: r.truncated as boolean,
      }));
      return { entity, paths, maxDepth };
    },
  }),
  subsidiaries: t.field({
    nullable: true,
    type: [SubsidiaryRef],
    description: `What an entity owns, directly or through others, down to maxHops OWNS hops (at most ${LIMITS.ownershipDepth}); each entity once, at its shallowest depth; at most ${LIMITS.relationsPerField}. Cycle-safe.`,
    args: {
      entity: t.arg.string({ required: true, description: 'The owner: id, name or alias, any case.' }),
      maxHops: t.arg.int(depthArg('downwards')),
      maxDepth: t.arg.int({ description: 'Former name of `maxHops`.', deprecationReason: formerName('maxHops'), validate: range(1, LIMITS.ownershipDepth) }),
      support: supportArg(t),
    },
    resolve: async (_r, args, ctx) => {
      const id = await resolveRef(ctx, args.entity);
      const rows = await ctx.db.read(SUBSIDIARIES.get(args.maxDepth ?? args.maxHops ?? LIMITS.defaultOwnershipDepth)!, {
        id,
        supports: supportsOf(args.support as Support[] | null),
        limit: LIMITS.relationsPerField,
      });
      return rows.map((r) => ({ entity: r.entity as EntityRecord, depth: r.depth as number, via: toRelation(r.via as RawRelation) }));
    },
  }),
}));
