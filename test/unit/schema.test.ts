/** The schema is the product's contract: the committed SDL must match the code, and everything is described. */
import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { printSdl, SDL_PATH } from '../../src/graphql/sdl.js';
import { RELATION_TYPE_NAMES } from '../../src/ontology.js';

describe('GraphQL schema', () => {
  it('schema/schema.graphql is up to date (run `npm run schema:print` after changing src/graphql)', () => {
    expect(readFileSync(SDL_PATH, 'utf8')).toBe(printSdl());
  });

  it('every type, field, argument and enum value has a description', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('relation types reach queries only through the RelationType enum of the ontology', () => {
    const values = (schema.getType('RelationType') as import('graphql').GraphQLEnumType).getValues().map((v) => v.name);
    expect(values).toEqual(RELATION_TYPE_NAMES);
  });

  it('every traversal states its bounds in its description', () => {
    const query = schema.getQueryType()!.getFields();
    for (const name of ['ownershipChain', 'subsidiaries', 'paths', 'neighbourhood', 'timeline', 'search', 'claims']) {
      expect(query[name]!.description, name).toMatch(/at most \d+|\d+-\d+/i);
    }
  });
});
