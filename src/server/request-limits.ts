/**
 * Request limits as Yoga plugins (docs/api.md, "Limits"). Each violation is a typed error:
 *   - non-JSON POST bodies → 415 UNSUPPORTED_MEDIA_TYPE (form and multipart posts need no CORS preflight,
 *     so refusing them is the CSRF defence; GraphiQL and /explore post application/json);
 *   - bodies over MAX_BODY_BYTES → 413 LIMIT_EXCEEDED;
 *   - GET `variables` or `extensions` that are not JSON → 400 BAD_REQUEST;
 *   - documents nesting `[`, `{` or `(` deeper than nestingLimit(MAX_DEPTH) → BAD_USER_INPUT, by a scan
 *     of the tokens before the (recursive) parser runs;
 *   - documents over MAX_TOKENS tokens, MAX_DEPTH deep, with more than MAX_ALIASES aliases or
 *     MAX_DIRECTIVES directives → refused while parsing/validating (graphql-armor), before any work;
 *   - string arguments longer than MAX_STRING_ARG_LENGTH → BAD_USER_INPUT naming the argument;
 *   - an empty string as a filter or cursor (any optional String/ID argument) → BAD_USER_INPUT naming it;
 *   - heavy executions (a heavy traversal, or an estimated cost of at least HEAVY_COST) beyond
 *     HEAVY_CONCURRENCY wait in a queue of HEAVY_QUEUE for at most HEAVY_QUEUE_WAIT_MS; a full queue or
 *     a wait that runs out answers OVERLOADED (HTTP 503, Retry-After);
 *   - execution past EXECUTION_TIMEOUT_MS → TIMEOUT (resolvers are aborted; the driver's transaction
 *     timeout QUERY_TIMEOUT_MS cancels the Cypher itself);
 *   - answers over MAX_RESPONSE_BYTES → LIMIT_EXCEEDED instead of the data, counted while built: the request's
 *     database handle charges each row to its budget as it arrives, and past it the reads stop and the
 *     execution is aborted (src/db/budget.ts); the complete answer is counted again while it is serialised
 *     in slices (serialize.ts).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import {
  getNamedType,
  GraphQLError,
  isNonNullType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga';
import { type Config, withDefaults } from '../config/config.js';
import type { Logger } from '../config/logger.js';
import { answerBudget, type Context } from '../data/request.js';
import { AnswerTooLargeError, BadUserInputError, maskError, OperationTooLargeError, OverloadedError, ResponseTooLargeError, TimeoutError } from '../errors.js';
import { HEAVY_TRAVERSALS, LIMITS } from '../bounds.js';
import { serialiseResult } from './serialize.js';
import { fieldOf, isRecord } from '../shape.js';

export interface ServerLimits {
  executionTimeoutMs: number;
  maxResponseBytes: number;
  /** Longest article text a mutation stores (MAX_ARTICLE_CHARS). */
  maxArticleChars: number;
  maxBodyBytes: number;
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxBreadth: number;
  maxComplexity: number;
  maxDirectives: number;
  maxStringArgLength: number;
  heavyConcurrency: number;
  heavyQueue: number;
  heavyQueueWaitMs: number;
  heavyCost: number;
  corsOrigins: string[];
  corsCredentials: boolean;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  responseWriteTimeoutMs: number;
}

/** The limits a configuration sets; anything it leaves out has its documented default. */
export function serverLimits(config: Partial<Config> = {}): ServerLimits {
  const c = withDefaults(config);
  return {
    executionTimeoutMs: c.EXECUTION_TIMEOUT_MS,
    maxResponseBytes: c.MAX_RESPONSE_BYTES,
    maxArticleChars: c.MAX_ARTICLE_CHARS,
    maxBodyBytes: c.MAX_BODY_BYTES,
    maxTokens: c.MAX_TOKENS,
    maxDepth: c.MAX_DEPTH,
    maxAliases: c.MAX_ALIASES,
    maxBreadth: c.MAX_BREADTH,
    maxComplexity: c.MAX_COMPLEXITY,
    maxDirectives: c.MAX_DIRECTIVES,
    maxStringArgLength: c.MAX_STRING_ARG_LENGTH,
    heavyConcurrency: c.HEAVY_CONCURRENCY,
    heavyQueue: c.HEAVY_QUEUE,
    heavyQueueWaitMs: c.HEAVY_QUEUE_WAIT_MS,
    heavyCost: c.HEAVY_COST,
    corsOrigins: c.CORS_ORIGINS,
    corsCredentials: c.CORS_CREDENTIALS,
    headersTimeoutMs: c.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: c.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: c.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    responseWriteTimeoutMs: c.RESPONSE_WRITE_TIMEOUT_MS,
  };
}

/** Root fields whose Cypher walks the graph (variable-length expansions): they always take a HEAVY_CONCURRENCY slot. */
const HEAVY_FIELDS: ReadonlySet<string> = new Set(HEAVY_TRAVERSALS);

/** Cursor arguments hold encoded sort keys: they may be longer than a name, but are still bounded. */
const CURSOR_ARGS = new Set(['after', 'before']);

const json = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }), {
    status,
    // The body is left unread, so the connection cannot carry another request: close it.
    headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' },
  });

const bodyTooLarge = (bytes: string, max: number) =>
  createGraphQLError(`The request body is ${bytes} bytes; at most ${max} are accepted`, {
    // The rest of the body is left unread, so the connection cannot carry another request: close it.
    extensions: { code: 'LIMIT_EXCEEDED', limit: 'bodyBytes', http: { status: 413, headers: { connection: 'close' } } },
  });

/**
 * 415 for POST bodies that are not JSON; 413 for bodies over MAX_BODY_BYTES: announced by
 * content-length, refused before reading; sent chunked (no length), counted while read and refused
 * at the first byte past the limit.
 */
export function useBodyGuard(limits: ServerLimits, graphqlEndpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'POST' || url.pathname !== graphqlEndpoint) return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json' && type !== 'application/graphql-response+json') {
        endResponse(json(415, 'UNSUPPORTED_MEDIA_TYPE', 'POST bodies must be JSON (content-type: application/json)'));
        return;
      }
      const length = Number(request.headers.get('content-length') ?? '0');
      if (length > limits.maxBodyBytes) {
        endResponse(json(413, 'LIMIT_EXCEEDED', `The request body is ${length} bytes; at most ${limits.maxBodyBytes} are accepted`, { limit: 'bodyBytes' }));
      }
    },
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST' || request.headers.has('content-length')) return;
      setRequestParser(async (req) => {
        const chunks: Uint8Array[] = [];
        let size = 0;
        const reader = req.body?.getReader();
        for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
          size += part.value.byteLength;
          if (size > limits.maxBodyBytes) {
            await reader!.cancel();
            throw bodyTooLarge(`more than ${limits.maxBodyBytes}`, limits.maxBodyBytes);
          }
          chunks.push(part.value);
        }
        let body: unknown;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          throw createGraphQLError('POST body sent invalid JSON.', { extensions: { http: { status: 400 } } });
        }
        // The whole object, as Yoga's own parser returns it (persisted operations read documentId, doc_id, extensions).
        if (body === null || typeof body !== 'object' || Array.isArray(body))
          throw createGraphQLError('POST body must be a JSON object.', { extensions: { http: { status: 400 } } });
        return body as Record<string, never>;
      });
    },
  };
}

/**
 * GET parameters as Yoga reads them (`query`, `operationName`, `variables`, `extensions`, and the
 * extra names of persisted operations), but `variables` or `extensions` that are not JSON are a 400
 * BAD_REQUEST, as in a POST body, instead of an exception Yoga would answer as an internal error.
 */
export function useGetParams(extraParamNames: readonly string[]): Plugin {
  const jsonParam = (params: URLSearchParams, name: string): unknown => {
    const text = params.get(name);
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw createGraphQLError(`The "${name}" parameter is not valid JSON`, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
    }
  };
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'GET') return;
      setRequestParser(async (req) => {
        const params = new URL(req.url).searchParams;
        const extra = Object.fromEntries(extraParamNames.flatMap((name) => (params.has(name) ? [[name, params.get(name)]] : [])));
        return {
          ...extra,
          query: params.get('query') || undefined,
          operationName: params.get('operationName') || undefined,
          variables: jsonParam(params, 'variables') as Record<string, unknown> | undefined,
          extensions: jsonParam(params, 'extensions') as Record<string, unknown> | undefined,
        };
      });
    },
  };
}

/**
 * How deep `[`, `{` and `(` may nest in a document: far above any operation MAX_DEPTH lets run (the
 * bound grows with a larger MAX_DEPTH), far below the ~2,000 levels at which graphql-js's recursive
 * parser overflows the stack.
 */
export const nestingLimit = (maxDepth: number) => Math.max(256, maxDepth + 32);

const OPENERS: ReadonlySet<string> = new Set([TokenKind.BRACKET_L, TokenKind.BRACE_L, TokenKind.PAREN_L]);
const CLOSERS: ReadonlySet<string> = new Set([TokenKind.BRACKET_R, TokenKind.BRACE_R, TokenKind.PAREN_R]);

/**
 * Reads the document's tokens (no recursion) and throws BAD_USER_INPUT (argument "query") at the
 * first bracket, brace or parenthesis nested deeper than `max`; stops after `maxTokens` tokens, where
 * the parser stops anyway. A lexing error is the parser's own syntax error.
 */
export function checkNesting(source: string, max: number, maxTokens: number): void {
  const lexer = new Lexer(new Source(source));
  let depth = 0;
  for (let n = 0, token = lexer.advance(); token.kind !== TokenKind.EOF && n < maxTokens; n++, token = lexer.advance()) {
    if (OPENERS.has(token.kind)) {
      if (++depth > max) {
        throw new BadUserInputError(`The document nests brackets, braces or parentheses more than ${max} levels deep`, 'query');
      }
    } else if (CLOSERS.has(token.kind)) depth--;
  }
}

/**
 * graphql-armor: token, depth, alias and directive caps at parse/validation time; no field suggestions.
 * Before the parser runs, the nesting pre-scan (checkNesting); and should parsing still fail with
 * anything but a syntax error, that is a BAD_USER_INPUT too, so Yoga's parse cache (which keeps errors
 * per document) never holds an internal error.
 */
export function useDocumentLimits(limits: ServerLimits): Plugin {
  const maxNesting = nestingLimit(limits.maxDepth);
  const armor = EnvelopArmorPlugin({
    maxTokens: { n: limits.maxTokens },
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Cost is Pothos's complexity (builder.ts), which multiplies lists by their `first`/`limit`.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
  // After armor's parser (which counts tokens), wrapping it.
  const nesting: Plugin = {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        checkNesting(typeof source === 'string' ? source : source.body, maxNesting, limits.maxTokens);
        try {
          return parseFn(source, options);
        } catch (error) {
          if (error instanceof Error && Object.prototype.toString.call(error) === '[object GraphQLError]') throw error;
          throw new BadUserInputError('The document could not be parsed: it is nested too deeply or too long', 'query');
        }
      });
    },
  };
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(armor);
      addPlugin(nesting);
    },
  };
}

/** The string-valued arguments of a document (the type walk is done once per parsed document, which Yoga caches). */
interface StringArgument {
  name: string;
  value: ValueNode;
  /** A nullable String or ID argument: in this schema, a filter or a cursor, where null (or no argument) means none. */
  optional: boolean;
}
const stringArguments = new WeakMap<DocumentNode, StringArgument[]>();

function stringArgumentsOf(schema: GraphQLSchema, document: DocumentNode): StringArgument[] {
  const known = stringArguments.get(document);
  if (known) return known;
  const typeInfo = new TypeInfo(schema);
  const found: StringArgument[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        // A mutation's input is bounded field by field (its zod schema: names, excerpts, an article's text
        // up to MAX_ARTICLE_CHARS), and by MAX_BODY_BYTES as a whole.
        if (typeInfo.getParentType() === schema.getMutationType()) return;
        const arg = typeInfo.getArgument();
        const type = arg ? getNamedType(arg.type) : null;
        if (type && type.name !== 'String' && type.name !== 'ID' && !('getFields' in type)) return;
        const optional = arg != null && !isNonNullType(arg.type) && (type?.name === 'String' || type?.name === 'ID');
        found.push({ name: node.name.value, value: node.value, optional });
      },
    }),
  );
  stringArguments.set(document, found);
  return found;
}

/** The first string argument (literal or variable) longer than allowed, with its argument name. */
function overlongArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
  max: number,
): { argument: string; length: number; allowed: number } | null {
  const longest = (v: unknown): number =>
    typeof v === 'string'
      ? v.length
      : Array.isArray(v)
        ? Math.max(0, ...v.map(longest))
        : v && typeof v === 'object'
          ? Math.max(0, ...Object.values(v).map(longest))
          : 0;
  const literal = (node: ValueNode): number =>
    node.kind === Kind.STRING
      ? node.value.length
      : node.kind === Kind.VARIABLE
        ? longest(variables[node.name.value])
        : node.kind === Kind.LIST
          ? Math.max(0, ...node.values.map(literal))
          : node.kind === Kind.OBJECT
            ? Math.max(0, ...node.fields.map((f) => literal(f.value)))
            : 0;
  for (const { name, value } of stringArgumentsOf(schema, document)) {
    const allowed = CURSOR_ARGS.has(name) ? Math.max(max, LIMITS.cursorChars) : max;
    const length = literal(value);
    if (length > allowed) return { argument: name, length, allowed };
  }
  return null;
}

/**
 * The first optional string argument (a filter or a cursor) given as "", literal or variable: it would
 * otherwise read as no filter (or the first page), which is not what its sender meant.
 */
export function emptyOptionalArgument(schema: GraphQLSchema, document: DocumentNode, variables: Readonly<Record<string, unknown>>): string | null {
  for (const { name, value, optional } of stringArgumentsOf(schema, document)) {
    if (!optional) continue;
    const given = value.kind === Kind.STRING ? value.value : value.kind === Kind.VARIABLE ? variables[value.name.value] : undefined;
    if (given === '') return name;
  }
  return null;
}

/**
 * A counting semaphore with a bounded queue and a bounded wait: a caller past the slots waits its
 * turn for at most `maxWaitMs`; one that finds the queue full, or whose wait runs out, gets OVERLOADED
 * (HTTP 503, `Retry-After`).
 */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(
    readonly slots: number,
    readonly queue: number,
    readonly maxWaitMs = Number.POSITIVE_INFINITY,
  ) {}

  /** Seconds a refused client is told to wait (`Retry-After`): the longest queue wait, at least 1. */
  get retryAfterSeconds(): number {
    return Number.isFinite(this.maxWaitMs) ? Math.max(1, Math.ceil(this.maxWaitMs / 1000)) : 1;
  }

  private overloaded(why: string): OverloadedError {
    return new OverloadedError(
      `The server is busy: ${this.slots} heavy executions are running and ${why}; try again in ${this.retryAfterSeconds} s`,
      this.retryAfterSeconds,
    );
  }

  /** Resolves with a release function; throws OVERLOADED when the queue is full or the wait runs out. */
  async acquire(signal: AbortSignal): Promise<() => void> {
    if (this.running < this.slots) {
      this.running++;
      return this.releaser();
    }
    if (this.waiting.length >= this.queue) throw this.overloaded(`${this.waiting.length} waiting`);
    await new Promise<void>((resolve, reject) => {
      const leave = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
        const i = this.waiting.indexOf(go);
        if (i >= 0) this.waiting.splice(i, 1);
      };
      const go = () => {
        leave();
        resolve();
      };
      const abort = () => {
        leave();
        reject(signal.reason);
      };
      const timer = Number.isFinite(this.maxWaitMs)
        ? setTimeout(() => {
            leave();
            reject(this.overloaded(`this request waited ${this.maxWaitMs} ms for one to finish`));
          }, this.maxWaitMs)
        : undefined;
      signal.addEventListener('abort', abort, { once: true });
      this.waiting.push(go);
    });
    this.running++;
    return this.releaser();
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running--;
      this.waiting.shift()?.();
    };
  }
}

function rootFields(document: DocumentNode, operationName: string | null | undefined): string[] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const names: string[] = [];
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const walk = (set: OperationDefinitionNode['selectionSet']) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  if (operation) walk(operation.selectionSet);
  return names;
}

/**
 * The operation's estimated cost, by the schema's own cost model (Pothos' complexity, cost.ts), for
 * the operation that runs (the others of the document are left out); 0 when it cannot be estimated
 * (variables that do not coerce: execution reports them).
 */
function estimatedCost(args: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: unknown;
  contextValue: unknown;
}): number {
  const operations = args.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = args.operationName ? operations.find((o) => o.name?.value === args.operationName) : operations[0];
  if (!operation) return 0;
  const document: DocumentNode = {
    ...args.document,
    definitions: args.document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation),
  };
  try {
    const variables = isRecord(args.variableValues) ? args.variableValues : {};
    return complexityFromQuery(document, { schema: args.schema, variables, ctx: isRecord(args.contextValue) ? args.contextValue : {} }).complexity;
  } catch {
    return 0;
  }
}

/**
 * Execution: string-argument lengths, the heavy-execution gate, the execution timeout, serialisation
 * in slices with the response size cap (serialize.ts; a heavy execution keeps its slot until its answer
 * is serialised, so at most HEAVY_CONCURRENCY heavy answers are held at once), and a log line (with stack and request id) for every error that will be masked as
 * INTERNAL_SERVER_ERROR.
 */
export function useExecutionLimits(limits: ServerLimits, log: Logger): Plugin<Context> {
  const gate = new Gate(limits.heavyConcurrency, limits.heavyQueue, limits.heavyQueueWaitMs);
  /** Slots of heavy executions that finished, held until their answer is serialised (by request). */
  const serialising = new WeakMap<object, () => void>();
  /** Requests already answered (a timeout answers before the work stops): their slot is freed when it does. */
  const answered = new WeakSet<object>();
  return {
    async onExecutionResult({ request, result, setResult }) {
      const release = serialising.get(request);
      serialising.delete(request);
      if (!release) answered.add(request);
      try {
        if (result && !isAsyncIterable(result) && !Array.isArray(result)) setResult(await serialiseResult(result, limits.maxResponseBytes));
      } finally {
        release?.();
      }
    },
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const long = overlongArgument(args.schema, args.document, args.variableValues ?? {}, limits.maxStringArgLength);
      if (long) {
        setResultAndStopExecution({
          errors: [new BadUserInputError(`Argument "${long.argument}" is ${long.length} characters long; at most ${long.allowed} are allowed`, long.argument)],
        });
        return;
      }
      const empty = emptyOptionalArgument(args.schema, args.document, args.variableValues ?? {});
      if (empty) {
        setResultAndStopExecution({
          errors: [new BadUserInputError(`Argument "${empty}" is empty; leave it out (or pass null) for no filter or the first page`, empty)],
        });
        return;
      }
      const heavy = rootFields(args.document, args.operationName).some((f) => HEAVY_FIELDS.has(f)) || estimatedCost(args) >= limits.heavyCost;
      const budget = answerBudget(args.contextValue);
      setExecuteFn(async (execArgs) => {
        const controller = new AbortController();
        // Aborted by the timer (TIMEOUT) or by the answer's budget (LIMIT_EXCEEDED, responseBytes): answered with that error.
        const stopped = new Promise<ExecutionResult>((resolve) => {
          controller.signal.addEventListener(
            'abort',
            () => resolve({ data: null, errors: [controller.signal.reason instanceof GraphQLError ? controller.signal.reason : new TimeoutError()] }),
            { once: true },
          );
        });
        if (budget) budget.onExceeded = (error) => controller.abort(error);
        const timer = setTimeout(() => controller.abort(new TimeoutError()), limits.executionTimeoutMs);
        // Yoga's executor (graphql-tools) reads `signal` and stops resolving once it aborts.
        const given = 'signal' in execArgs && execArgs.signal instanceof AbortSignal ? execArgs.signal : undefined;
        const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
        let release: (() => void) | undefined;
        try {
          if (heavy) {
            try {
              release = await gate.acquire(signal);
            } catch (error) {
              if (error instanceof GraphQLError) return { data: null, errors: [error] };
              return { data: null, errors: [new TimeoutError()] };
            }
          }
          const running = Promise.resolve(executeFn({ ...execArgs, signal } as typeof execArgs) as Promise<ExecutionResult>);
          // The slot is held until the work really stops (the driver cancels Cypher at QUERY_TIMEOUT_MS)
          // and its answer is serialised (onExecutionResult); should that never come, a timer frees it.
          const held = release;
          release = undefined;
          const request = fieldOf(execArgs.contextValue, 'request');
          const handOver = () => {
            if (!held) return;
            if (!isRecord(request) || answered.has(request)) return held();
            serialising.set(request, held);
            setTimeout(held, limits.executionTimeoutMs).unref();
          };
          running.then(handOver, handOver);
          return await Promise.race([running, stopped]);
        } finally {
          clearTimeout(timer);
          release?.();
        }
      });
      return {
        onExecuteDone({ result, setResult }) {
          if (!result || Symbol.asyncIterator in result) return;
          const r = result;
          // An operation over its bounds is refused as a whole, once (each root field raised it).
          const tooLarge = r.errors
            ?.map((e) => e.originalError)
            .find((e) => e instanceof OperationTooLargeError || e instanceof AnswerTooLargeError || e instanceof ResponseTooLargeError);
          if (tooLarge) {
            setResult({ data: null, errors: [tooLarge] });
            return;
          }
          for (const error of r.errors ?? []) {
            const masked = maskError(error, 'Unexpected error.');
            if (masked instanceof GraphQLError && masked.extensions.code === 'INTERNAL_SERVER_ERROR') {
              const original = error.originalError ?? error;
              log.error({ requestId: args.contextValue.requestId, path: error.path, stack: original.stack }, `internal error: ${original.message}`);
            }
          }
          // The rows were counted as they arrived (the budget stopped the execution past it); the complete answer
          // is counted against the cap itself while it is serialised (serialize.ts).
          if (budget?.over) setResult({ data: null, errors: [new ResponseTooLargeError(limits.maxResponseBytes)] });
        },
      };
    },
  };
}
