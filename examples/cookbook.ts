/**
 * docs/queries.md, the cookbook: every example of examples/ with its title, description, text and its
 * answer on the seed graph. `npm run docs:queries` writes it (examples/write-cookbook.ts);
 * test/cookbook.test.ts checks it, and every other query shown with its answer in README.md and docs/.
 */
import type { Example } from '../src/examples.js';

export const COOKBOOK_PATH = new URL('../docs/queries.md', import.meta.url);

const INTRO = `# Queries: a cookbook

Every query of \`examples/\`, with its answer on the seed graph. \`npm run docs:queries\` writes this page from
the example files and the API's real answers; \`test/cookbook.test.ts\` runs every query shown here with its
answer (and those of README.md and the other pages of docs/) and fails when an answer differs or an example's
text is not here as it stands in its file.

Each query runs as it stands in GraphiQL (\`/graphql\`): its variables have defaults that ask about the seed
graph, and GraphiQL opens with ten of the traversals as tabs. Every \`entity\`/\`from\`/\`to\`/\`ref\`
argument takes an id (\`service:whatsapp\`), a name or an alias, in any letter case. The benchmarks ask the
same queries with their own values for the variables: \`npm run bench\` ten of the traversals
(\`bench/queries.ts\`), \`npm run bench:scale\` Q1–Q8 and \`bench/neo4j-graphql/compare.ts\` (a)–(c).
`;

/** The cookbook's sections: examples are grouped by the tens of their file number. */
const SECTIONS: Record<string, string> = {
  '0': 'Traversals',
  '1': 'Traversals',
  '2': 'The scale benchmark’s questions (`npm run bench:scale`)',
  '3': 'The library comparison’s questions (`bench/neo4j-graphql/compare.ts`)',
};

/** JSON that keeps short objects and arrays on one line, so answers read like the README's. */
export function formatJson(value: unknown, indent = '', used = 0, width = 120): string {
  const flat = JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  if (value === null || typeof value !== 'object' || used + flat.length <= width) return flat;
  const inner = `${indent}  `;
  const lines = Array.isArray(value)
    ? value.map((v) => inner + formatJson(v, inner, inner.length, width))
    : Object.entries(value as Record<string, unknown>).map(([k, v]) => {
        const prefix = `${inner}${JSON.stringify(k)}: `;
        return prefix + formatJson(v, inner, prefix.length, width);
      });
  return Array.isArray(value) ? `[\n${lines.join(',\n')}\n${indent}]` : `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * The answer with every neighbourhood's `edges` sorted: the schema promises them in no order, and Neo4j
 * expands them in the order of its storage, which differs from one load of the seed graph to the next.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const object = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  const hood: unknown = object.neighbourhood;
  if (hood && typeof hood === 'object' && 'edges' in hood && Array.isArray(hood.edges)) {
    hood.edges = [...hood.edges].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return object;
}

/** The cookbook's text, from the examples and each one's answer (the whole response body). */
export function renderCookbook(items: { example: Example; answer: unknown }[]): string {
  const parts = [INTRO];
  let section = '';
  for (const { example, answer } of items) {
    const heading = SECTIONS[example.file[0]!] ?? 'More';
    if (heading !== section) {
      section = heading;
      parts.push(`## ${heading}\n`);
    }
    parts.push(
      `### ${example.title}\n`,
      `${example.description} (\`examples/${example.file}.graphql\`)\n`,
      `\`\`\`graphql\n${example.query.trimEnd()}\n\`\`\`\n`,
      `\`\`\`json\n${formatJson(canonical(answer))}\n\`\`\`\n`,
    );
  }
  return parts.join('\n');
}

export interface ShownAnswer {
  /** 1-based line of the query's opening fence. */
  line: number;
  query: string;
  answer: string;
}

/** The queries a Markdown page shows with their answer: each ```graphql block whose next fenced block is a ```json block. */
export function shownAnswers(markdown: string): ShownAnswer[] {
  const blocks = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]!, start: m.index }));
  return blocks.flatMap((block, i) => {
    const next = blocks[i + 1];
    if (block.lang !== 'graphql' || next?.lang !== 'json') return [];
    return [{ line: markdown.slice(0, block.start).split('\n').length, query: block.body, answer: next.body }];
  });
}
