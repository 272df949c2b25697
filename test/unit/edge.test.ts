/**
 * The request edge without a database (issue 17): request targets and Host headers Yoga could not
 * parse, the nesting pre-scan before the parser, request ids, the CSRF rule and the CSP hashes of the
 * GraphiQL page. test/hostile.test.ts sends the same requests to the real API.
 */
import { createHash } from 'node:crypto';
import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphiqlOptions, renderGraphiQLPage } from '../../src/server/graphiql.js';
import { requestTargetProblem } from '../../src/server/http.js';
import { checkNesting, nestingLimit } from '../../src/server/request-limits.js';
import { GRAPHIQL_CSP, mayBeCrossSite, PAGE_CSP, requestIdFrom } from '../../src/server/security.js';

describe('request targets', () => {
  it('serves the origin form only, with well-formed percent-encoding and a plain Host', () => {
    expect(requestTargetProblem('/graphql?query=%7B__typename%7D', '127.0.0.1:4000')).toBeNull();
    expect(requestTargetProblem('/health', undefined)).toBeNull();
    expect(requestTargetProblem('/health', 'api_1:4000')).toBeNull();
    expect(requestTargetProblem('/health', '[::1]:4000')).toBeNull();
    for (const target of ['*', 'http://example.org/graphql?query=%7B__typename%7D', 'example.org:443', '']) {
      expect(requestTargetProblem(target, 'x'), target).toMatch(/origin form/);
    }
    expect(requestTargetProblem('/graphql?query=%E0%A4%A', 'x')).toMatch(/percent-encoding/);
    expect(requestTargetProblem('/graphql?query=%E0%A4', 'x')).toMatch(/percent-encoding/);
    for (const host of ['a b', 'x:y:z', '[', 'exa%mple', 'a/b', 'a?b', 'a@b']) {
      expect(requestTargetProblem('/health', host), host).toMatch(/Host/);
    }
  });
});

describe('nesting pre-scan', () => {
  const list = (n: number) => `{ entities(kinds: ${'['.repeat(n)}COMPANY${']'.repeat(n)}) { edges { cursor } } }`;
  const object = (n: number) => `{ entities(x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}) { edges { cursor } } }`;
  const selection = (n: number) => `{ ${'a { '.repeat(n)}b${' }'.repeat(n)} }`;

  it('refuses lists, objects and selections nested deeper than the bound as BAD_USER_INPUT, in milliseconds', () => {
    for (const doc of [list(5_000), object(5_000), selection(5_000), list(257)]) {
      const t0 = performance.now();
      let error: unknown;
      try {
        checkNesting(doc, 256, 1_000_000);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
      expect(performance.now() - t0).toBeLessThan(100);
    }
  });

  it('lets through what the parser can parse, and stops reading at the token limit', () => {
    for (const doc of [list(250), object(100), selection(200)]) {
      expect(() => checkNesting(doc, 256, 1_000_000)).not.toThrow();
      expect(() => parse(doc)).not.toThrow();
    }
    // The deep part lies past the 100th token: the parser's token limit refuses the document there.
    expect(() => checkNesting(`{ ${'a '.repeat(200)} ${list(1_000)} }`, 256, 100)).not.toThrow();
  });

  it('is far above MAX_DEPTH and far below the ~2,000 levels where the parser overflows', () => {
    expect(nestingLimit(12)).toBe(256);
    expect(nestingLimit(1_000)).toBe(1_032);
  });
});

describe('request ids', () => {
  it('keeps 1 to 64 plain characters, replaces anything else with a UUID', () => {
    expect(requestIdFrom('abc-123')).toBe('abc-123');
    expect(requestIdFrom('trace:1.2_3-x')).toBe('trace:1.2_3-x');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const bad of [null, '', 'a'.repeat(65), 'a b', '<script>', 'x\u00e9', 'a/b', '{"x":1}']) expect(requestIdFrom(bad), String(bad)).toMatch(uuid);
  });
});

describe('CSRF', () => {
  it('a request without a CSRF header and with a simple or no content type may come from another site', () => {
    expect(mayBeCrossSite(new Headers())).toBe(true);
    expect(mayBeCrossSite(new Headers({ 'content-type': 'text/plain' }))).toBe(true);
    expect(mayBeCrossSite(new Headers({ accept: 'application/json' }))).toBe(true);
    expect(mayBeCrossSite(new Headers({ 'x-graphql-csrf': '1' }))).toBe(false);
    expect(mayBeCrossSite(new Headers({ 'apollo-require-preflight': 'true' }))).toBe(false);
    expect(mayBeCrossSite(new Headers({ 'content-type': 'application/json' }))).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it("names the GraphiQL page's every inline script by its hash, and no 'unsafe-inline' script", () => {
    const html = renderGraphiQLPage(graphiqlOptions);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    const scriptSrc = GRAPHIQL_CSP.split('; ').find((d) => d.startsWith('script-src'))!;
    for (const script of scripts) expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(scriptSrc).not.toContain('unsafe');
  });

  it('the other pages allow no inline script or style at all, and no page may be framed', () => {
    expect(PAGE_CSP).not.toContain('unsafe');
    for (const csp of [GRAPHIQL_CSP, PAGE_CSP]) expect(csp).toContain("frame-ancestors 'none'");
  });
});
