/**
 * The explorer page (/explore): one HTML page, one JavaScript module and one stylesheet from src/explore/,
 * and cytoscape.js from node_modules, all served by this API. The page talks to POST /graphql only.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileFrom, type StaticFile } from './static.js';

const EXPLORE_DIR = fileURLToPath(new URL('../explore/', import.meta.url));
// cytoscape's exports map offers its ES module build only to `import`; its `require` entry sits beside it.
const CYTOSCAPE_DIST = dirname(createRequire(import.meta.url).resolve('cytoscape'));

const html = fileFrom(join(EXPLORE_DIR, 'index.html'), 'text/html; charset=utf-8');

/** The explorer's files, by URL path. Its own files are read on each request, so edits show on reload. */
export const exploreFiles: ReadonlyMap<string, StaticFile> = new Map([
  ['/explore', html],
  ['/explore/', html],
  ['/explore/explore.js', fileFrom(join(EXPLORE_DIR, 'explore.js'), 'text/javascript; charset=utf-8')],
  ['/explore/explore.css', fileFrom(join(EXPLORE_DIR, 'explore.css'), 'text/css; charset=utf-8')],
  ['/explore/vendor/cytoscape.esm.min.mjs', fileFrom(join(CYTOSCAPE_DIST, 'cytoscape.esm.min.mjs'), 'text/javascript; charset=utf-8', { memo: true })],
]);
