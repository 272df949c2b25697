/**
 * The explorer page (/explore): the files `node explorer/build.mjs` builds into explorer/dist/ (its HTML
 * page, its bundled module and stylesheet, and cytoscape.js copied from node_modules), and the ontology
 * it draws with, rendered here from src/ontology.ts. All served by this API; the page talks to POST
 * /graphql only. The explorer's sources are never loaded here: `npm start`, `npm run build` and the test
 * setup build them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KIND_NAMES, KINDS, PROVENANCE_RELATION_TYPES, RELATION_TYPE_NAMES, RELATION_TYPES, SUPPORT_LEVELS, SUPPORT_ORDER } from '../ontology.js';
import { kindValue } from '../graphql/refs.js';
import type { ExplorerOntology } from './explore-ontology.js';
import { fileFrom, once, type StaticFile } from './static.js';

/** The build output: at the package root, so the same from src/server/ and from dist/server/. */
export const EXPLORER_DIST = fileURLToPath(new URL('../../explorer/dist/', import.meta.url));

/** The ontology's kinds, relation types and support levels, as the explorer lists them. */
export function explorerOntology(): ExplorerOntology {
  const provenance = new Set<string>(PROVENANCE_RELATION_TYPES);
  return {
    kinds: KIND_NAMES.map((name) => ({ value: kindValue(name), name, description: KINDS[name].description })),
    relationTypes: RELATION_TYPE_NAMES.map((name) => ({ name, description: RELATION_TYPES[name].description, provenance: provenance.has(name) })),
    supportLevels: SUPPORT_ORDER.map((name) => ({ name, description: SUPPORT_LEVELS[name] })),
  };
}

const ontologyJson = Buffer.from(JSON.stringify(explorerOntology()));
const ontologyFile: StaticFile = { contentType: 'application/json; charset=utf-8', read: async () => ontologyJson };

/** What /explore answers when explorer/dist/ holds no build (e.g. `node src/main.ts` run without `npm start`). */
const notBuilt: StaticFile = {
  contentType: 'text/plain; charset=utf-8',
  status: 503,
  read: once(async () => Buffer.from('The explorer page is not built: run `npm run build:explorer` (npm start and npm run build do it), then reload.\n')),
};

const built = existsSync(join(EXPLORER_DIST, 'index.html'));
const html = built ? fileFrom(join(EXPLORER_DIST, 'index.html'), 'text/html; charset=utf-8') : notBuilt;

/**
 * The explorer's files, by URL path. Its own files are read on each request, so a rebuild
 * (`npm run explorer:watch`) shows on reload; cytoscape is read once.
 */
export const exploreFiles: ReadonlyMap<string, StaticFile> = new Map([
  ['/explore', html],
  ['/explore/', html],
  ['/explore/ontology.json', ontologyFile],
  ...(built
    ? ([
        ['/explore/explore.js', fileFrom(join(EXPLORER_DIST, 'explore.js'), 'text/javascript; charset=utf-8')],
        ['/explore/explore.css', fileFrom(join(EXPLORER_DIST, 'explore.css'), 'text/css; charset=utf-8')],
        [
          '/explore/vendor/cytoscape.esm.min.mjs',
          fileFrom(join(EXPLORER_DIST, 'vendor/cytoscape.esm.min.mjs'), 'text/javascript; charset=utf-8', { memo: true }),
        ],
      ] as const)
    : []),
]);
