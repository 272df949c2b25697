/** `npm run schema:print`: writes schema/schema.graphql from the code (`--check` fails when it is stale). */
import { readFileSync, writeFileSync } from 'node:fs';
import { printSdl, SDL_PATH } from '../graphql/sdl.js';

const sdl = printSdl();
if (process.argv.includes('--check')) {
  const current = readFileSync(SDL_PATH, 'utf8');
  if (current !== sdl) {
    process.stderr.write('schema/schema.graphql is stale: run `npm run schema:print`\n');
    process.exit(1);
  }
  process.stdout.write('schema/schema.graphql is up to date\n');
} else {
  writeFileSync(SDL_PATH, sdl);
  process.stdout.write(`wrote ${SDL_PATH}\n`);
}
