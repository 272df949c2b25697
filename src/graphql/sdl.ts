/** The printed SDL, the product's contract: written to schema/schema.graphql, checked by a test. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema.js';

export const SDL_PATH = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'schema', 'schema.graphql');

export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
