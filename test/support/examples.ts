/**
 * Every query the project documents or benchmarks: the examples of examples/ (GraphiQL's tabs,
 * docs/queries.md, `npm run bench`, the library comparison and the scale benchmark's questions), each
 * with its default variables, and the scale benchmark's questions again with the values it passes,
 * asked about the seed graph's entities. The planner test checks their answers, the plan-regression
 * test the statements they compile to.
 */
import { questions } from '../../bench/scale/questions.js';
import { examples } from '../../src/examples.js';

export interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** The examples of examples/, as they stand (their variables' defaults). */
export const DOCUMENTED: Example[] = examples().map((e) => ({ name: `examples/${e.file}`, query: e.query }));

/** The scale benchmark's questions, about entities of the seed graph. */
export const BENCHMARKED: Example[] = questions({
  entityName: 'WhatsApp',
  deepLeaf: 'service:whatsapp',
  pathFrom: 'service:whatsapp',
  pathTo: 'authority:hong-kong-government',
  searchText: 'police',
  hub: 'company:facebook',
  article: 'article:medianama-big-tech-pause',
  phrase: 'end-to-end encryption',
}).map((q) => ({ name: `bench ${q.id}`, query: q.api.query, variables: q.api.variables }));
