/**
 * Builds the explorer page into explorer/dist/ (git-ignored), which the API serves at /explore:
 *   - src/main.ts and the modules it imports → explore.js, one ES module bundled and minified by esbuild;
 *     cytoscape is left out of it and imported from /explore/vendor/cytoscape.esm.min.mjs, a copy of
 *     the build in node_modules;
 *   - index.html and explore.css, copied.
 *
 *   node explorer/build.mjs           builds when an input changed since the last build (its contents'
 *                                      hash is kept in dist/.inputs): `npm start` and the test setup run it
 *   node explorer/build.mjs --force   builds anyway: `npm run build`, `npm run build:explorer`
 *   node explorer/build.mjs --watch   builds, then again on every change under explorer/: `npm run explorer:watch`
 *
 * Plain JavaScript, so Node runs it without a TypeScript loader (the check costs a few file reads);
 * esbuild, a devDependency, is loaded only to build. Without the devDependencies (npm ci --omit=dev) the
 * plain call warns and leaves the API to answer /explore with 503; --force fails.
 */
import { createHash } from 'node:crypto';
import { watch } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** The build output, served by src/server/explore.ts. */
export const DIST = join(HERE, 'dist');
const FINGERPRINT = join(DIST, '.inputs');
const CYTOSCAPE_URL = '/explore/vendor/cytoscape.esm.min.mjs';

/** A devDependency the build needs is not installed. */
class MissingTool extends Error {}

/** Files copied as they are: source → name in dist/. */
function copied() {
  let cytoscape;
  try {
    // cytoscape's exports map offers its ES module build only to `import`; its `require` entry sits beside it.
    cytoscape = join(dirname(createRequire(import.meta.url).resolve('cytoscape')), 'cytoscape.esm.min.mjs');
  } catch {
    throw new MissingTool('cytoscape is not installed (a devDependency): run npm install, then build again');
  }
  return [
    [join(HERE, 'index.html'), 'index.html'],
    [join(HERE, 'explore.css'), 'explore.css'],
    [cytoscape, 'vendor/cytoscape.esm.min.mjs'],
  ];
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

/** A hash of every input's path and content. */
async function fingerprint(copies) {
  const inputs = [...(await filesUnder(join(HERE, 'src'))), join(HERE, 'build.mjs'), join(HERE, 'tsconfig.json'), ...copies.map(([from]) => from)].sort();
  const hash = createHash('sha256');
  for (const file of inputs) hash.update(`${relative(HERE, file)}\0`).update(await readFile(file));
  return hash.digest('hex');
}

async function bundle() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new MissingTool('esbuild is not installed (a devDependency): run npm install, then build again');
  }
  await esbuild.build({
    entryPoints: [join(HERE, 'src/main.ts')],
    outfile: join(DIST, 'explore.js'),
    tsconfig: join(HERE, 'tsconfig.json'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [
      {
        name: 'cytoscape-from-the-api',
        setup(build) {
          build.onResolve({ filter: /^cytoscape$/ }, () => ({ path: CYTOSCAPE_URL, external: true }));
        },
      },
    ],
  });
}

/**
 * Builds explorer/dist/ unless it is up to date (`force`: builds anyway). Answers whether it built and
 * how long the whole call took.
 */
export async function buildExplorer({ force = false } = {}) {
  const t0 = performance.now();
  const copies = copied();
  const inputs = await fingerprint(copies);
  const previous = await readFile(FINGERPRINT, 'utf8').catch(() => '');
  if (!force && previous === inputs) return { built: false, ms: performance.now() - t0 };
  await mkdir(join(DIST, 'vendor'), { recursive: true });
  await bundle();
  await Promise.all(copies.map(([from, to]) => copyFile(from, join(DIST, to))));
  // Written last: an interrupted build leaves the old fingerprint, so the next call builds again.
  await writeFile(FINGERPRINT, inputs);
  return { built: true, ms: performance.now() - t0 };
}

async function buildAndSay(options) {
  const { built, ms } = await buildExplorer(options);
  if (built) console.log(`explorer: built ${relative(process.cwd(), DIST) || '.'}/ in ${Math.round(ms)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  try {
    await buildAndSay({ force });
  } catch (error) {
    if (error instanceof MissingTool && !force) {
      // npm start without the devDependencies: the API still starts, and /explore says how to build.
      console.warn(`explorer: not built: ${error.message}`);
    } else {
      console.error(`explorer: build failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
  }
  if (args.includes('--watch')) {
    console.log('explorer: watching explorer/ (reload /explore after a build)');
    let timer;
    watch(HERE, { recursive: true }, (_event, file) => {
      if (!file || file.startsWith('dist')) return;
      clearTimeout(timer);
      timer = setTimeout(() => buildAndSay({}).catch((error) => console.error(`explorer: build failed: ${error.message}`)), 100);
    });
  }
}
