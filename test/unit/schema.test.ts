/** The schema is the product's contract: the committed SDL must match the code, and everything is described. */
import { readFileSync } from 'node:fs';
import { type GraphQLObjectType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { printSdl, SDL_PATH } from '../../src/graphql/sdl.js';
import { ARTICLE_PROPERTIES, ARTICLE_UPDATE_PROPERTIES, type ArticlePropertySpec, RELATION_TYPE_NAMES } from '../../src/ontology.js';
import { Article, ArticleUpdate } from '../../src/store/schema.js';

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

  it("articles and their update notes: the ontology's tables give the seed fields and the GraphQL fields of their names", () => {
    const tables: [string, Readonly<Record<string, ArticlePropertySpec>>, string[]][] = [
      ['Article', ARTICLE_PROPERTIES, Object.keys(Article.shape)],
      ['ArticleUpdate', ARTICLE_UPDATE_PROPERTIES, Object.keys(ArticleUpdate.shape)],
    ];
    for (const [type, table, seedFields] of tables) {
      const fields = (schema.getType(type) as GraphQLObjectType).getFields();
      const entries = Object.entries(table);
      const fromTable = entries.filter(([, spec]) => !spec.loader).map(([key]) => key);
      expect(
        seedFields.filter((f) => !['id', 'description', 'aliases'].includes(f)),
        type,
      ).toEqual(fromTable);
      // Every stored property is a field of the same name; one GraphQL shows as stored has the table's description.
      for (const [key, spec] of entries.filter(([, spec]) => spec.stored !== false)) {
        expect(fields[key], `${type}.${key}`).toBeDefined();
        if (!['entity-id', 'datetime-or-date', 'datetime-or-local'].includes(spec.type))
          expect(fields[key]!.description, `${type}.${key}`).toBe(spec.description);
      }
    }
  });

  it('every traversal states its bounds in its description', () => {
    const query = schema.getQueryType()!.getFields();
    for (const name of ['ownershipChain', 'subsidiaries', 'paths', 'neighbourhood', 'timeline', 'search', 'claims']) {
      expect(query[name]!.description, name).toMatch(/at most \d+|\d+-\d+/i);
    }
  });
});
