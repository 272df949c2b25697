/**
 * The ontology as the explorer page reads it: GET /explore/ontology.json, rendered from src/ontology.ts
 * when the API starts (see explore.ts). Types only, with no imports, so the explorer's sources (a
 * browser program, explorer/tsconfig.json) can import them too.
 */
export interface ExplorerOntology {
  /** Entity kinds, in the ontology's order. */
  kinds: {
    /** The GraphQL `Kind` value (COMPANY). */
    value: string;
    /** The kind's name: its GraphQL object type and Neo4j label (Company). */
    name: string;
    description: string;
  }[];
  /** Relation types, in the ontology's order. */
  relationTypes: {
    name: string;
    description: string;
    /** A provenance edge (where facts come from): fact traversals leave it out unless asked. */
    provenance: boolean;
  }[];
  /** How strongly a source may back a fact, strongest first. */
  supportLevels: { name: string; description: string }[];
}
