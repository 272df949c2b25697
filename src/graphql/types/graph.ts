/** `graph`: what the database holds and which Neo4j answers: the first query a new user runs. */
import { readGraphStats } from '../../data/stats.js';
import { builder } from '../builder.js';

const GraphStatsRef = builder.simpleObject('GraphStats', {
  description: 'Size of the graph and the database serving it.',
  fields: (t) => ({
    entities: t.int({ description: 'Number of entity nodes (articles included).' }),
    relations: t.int({ description: 'Number of relationships in the database, provenance and storage edges (name keys, article texts) included.' }),
    articles: t.int({ description: 'Number of source articles.' }),
    sources: t.int({ description: 'Number of evidence records (Source nodes): one per article excerpt backing a fact.' }),
    version: t.string({ description: 'Neo4j version, e.g. "5.26.0".' }),
    edition: t.string({ description: 'Neo4j edition ("community").' }),
  }),
});

builder.queryField('graph', (t) =>
  t.field({
    nullable: true,
    type: GraphStatsRef,
    description: 'Counts of what the graph holds, read live from Neo4j.',
    resolve: (_r, _a, ctx) => readGraphStats(ctx),
  }),
);
