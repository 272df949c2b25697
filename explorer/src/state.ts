/** What the page has drawn and picked, shared by the graph view, the panels and the actions. */
import type { ExplorerRelationFieldsFragment, Kind, RelationType, Support } from './generated/graphql.js';

/** An entity as drawn: id, name and kind, and its distance from the centre of a neighbourhood. */
export interface EntityRef {
  id: string;
  name: string;
  kind: Kind;
  depth?: number;
}

/** A relation as a neighbourhood lists it: enough to draw its edge. */
export interface Edge {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  support: Support;
  /** True for a retracted fact, which a read returns only with `includeRetracted`. */
  retracted: boolean;
}

/** A relation with its ends, properties and sources, as the details panel shows it. */
export type Relation = ExplorerRelationFieldsFragment;

export const hasSources = (r: Edge | Relation): r is Relation => 'sources' in r;

export const state = {
  /** The entity the controls act on: the last one picked from the results or clicked in the graph. */
  picked: null as EntityRef | null,
  pathFrom: null as EntityRef | null,
  pathTo: null as EntityRef | null,
  /** Everything drawn, by id. */
  entities: new Map<string, EntityRef>(),
  relations: new Map<string, Edge | Relation>(),
};
