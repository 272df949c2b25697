/**
 * JSON serialisation that never holds the event loop for long: the text is built in slices of at most
 * `sliceMs` of work, yielding between them (one slice of all serialisations per turn of the loop), so a multi-megabyte answer lets health
 * probes and other requests through while it is written. It also counts the bytes as it goes and stops
 * at the first slice past `maxBytes`, so an answer over the response cap is never written out whole.
 *
 * The output is JSON.stringify's for the plain values a GraphQL result holds (objects, arrays, strings,
 * finite numbers, booleans, null; `toJSON` is honoured; undefined members are left out, undefined
 * array items are null).
 */
import type { ExecutionResult } from 'graphql';
import { ResponseTooLargeError } from '../errors.js';
import { fieldOf, isRecord } from '../shape.js';

/** Work between two yields, in ms: well under the 50 ms the event loop may be held at a time. */
export const SLICE_MS = 5;
/** How many values are written between two looks at the clock. */
const CHECK_EVERY = 128;

/**
 * Serialisations waiting for their next slice. One pump hands out one slice per turn of the event loop
 * (an immediate queued from an immediate runs on the next turn), so however many answers are being
 * serialised at once, a turn holds at most one slice of them, and I/O (health probes, other requests)
 * is polled in between.
 */
const waiting: (() => void)[] = [];
let pumping = false;

function pump(): void {
  const next = waiting.shift();
  if (waiting.length > 0) setImmediate(pump);
  else pumping = false;
  next?.();
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!pumping) {
      pumping = true;
      setImmediate(pump);
    }
  });
}

type Frame = { array: readonly unknown[]; i: number } | { object: Record<string, unknown>; keys: string[]; i: number; first: boolean };

/** How deep, and how wide, a subtree may be to be written by one JSON.stringify call (its size is then bounded by its strings). */
const SMALL_DEPTH = 2;
const SMALL_WIDTH = 16;

/** Plain values only (no toJSON, no undefined, no functions) at most `depth` levels deep and SMALL_WIDTH wide. */
function isSmall(v: unknown, depth: number): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (depth === 0 || typeof v !== 'object' || typeof fieldOf(v, 'toJSON') === 'function') return false;
  if (Array.isArray(v)) return v.length <= SMALL_WIDTH && v.every((item) => isSmall(item, depth - 1));
  if (!isRecord(v)) return false;
  const keys = Object.keys(v);
  return keys.length <= SMALL_WIDTH && keys.every((key) => isSmall(v[key], depth - 1));
}

export interface SlicedJson {
  /** The JSON text, or null when it passed `maxBytes` (and was abandoned there). */
  text: string | null;
  /** Bytes (UTF-8) written: the whole text's, or how far it got before passing `maxBytes`. */
  bytes: number;
  /** Longest stretch of synchronous work, in ms (tests read it). */
  longestSliceMs: number;
}

export async function stringifyInSlices(
  value: unknown,
  { maxBytes = Number.POSITIVE_INFINITY, sliceMs = SLICE_MS }: { maxBytes?: number; sliceMs?: number } = {},
): Promise<SlicedJson> {
  // This slice's pieces; joined into one chunk at each yield, so the last join copies a few chunks, not a million pieces.
  let parts: string[] = [];
  const chunks: string[] = [];
  const stack: Frame[] = [];
  let bytes = 0;
  let longestSliceMs = 0;

  const put = (text: string) => {
    parts.push(text);
    bytes += text.length;
  };
  const write = (v: unknown): void => {
    for (let depth = 0, toJSON = fieldOf(v, 'toJSON'); typeof toJSON === 'function' && depth < 8; depth++, toJSON = fieldOf(v, 'toJSON'))
      v = Reflect.apply(toJSON, v, []);
    if (v === null || v === undefined || typeof v === 'function' || typeof v === 'symbol') put('null');
    else if (typeof v === 'string') {
      const text = JSON.stringify(v);
      parts.push(text);
      // Strings may hold characters of more than one byte; structure and keys are ASCII.
      bytes += Buffer.byteLength(text);
    } else if (typeof v === 'number') put(Number.isFinite(v) ? String(v) : 'null');
    else if (typeof v === 'boolean') put(v ? 'true' : 'false');
    else if (typeof v === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
    else if (isSmall(v, SMALL_DEPTH)) {
      // A small subtree (an article with its text, a source) in one native call: same text, less garbage.
      const text = JSON.stringify(v);
      parts.push(text);
      bytes += Buffer.byteLength(text);
    } else if (Array.isArray(v)) {
      put('[');
      stack.push({ array: v, i: 0 });
    } else if (isRecord(v)) {
      put('{');
      stack.push({ object: v, keys: Object.keys(v), i: 0, first: true });
    } else put('null');
  };

  let sliceStart = performance.now();
  write(value);
  let count = 0;
  while (stack.length > 0) {
    if (++count % CHECK_EVERY === 0) {
      if (bytes > maxBytes) return { text: null, bytes, longestSliceMs };
      const now = performance.now();
      if (now - sliceStart >= sliceMs) {
        chunks.push(parts.join(''));
        parts = [];
        longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    const top = stack.at(-1)!;
    if ('array' in top) {
      if (top.i === top.array.length) {
        put(']');
        stack.pop();
        continue;
      }
      if (top.i > 0) put(',');
      write(top.array[top.i++]);
      continue;
    }
    let wrote = false;
    while (top.i < top.keys.length) {
      const key = top.keys[top.i++]!;
      const member = top.object[key];
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      put(`${top.first ? '' : ','}${JSON.stringify(key)}:`);
      top.first = false;
      write(member);
      wrote = true;
      break;
    }
    if (!wrote) {
      put('}');
      stack.pop();
    }
  }
  if (bytes > maxBytes) return { text: null, bytes, longestSliceMs: Math.max(longestSliceMs, performance.now() - sliceStart) };
  chunks.push(parts.join(''));
  const text = chunks.length === 1 ? chunks[0]! : chunks.join('');
  return { text, bytes, longestSliceMs: Math.max(longestSliceMs, performance.now() - sliceStart) };
}

/** An error as the client sees it: graphql-js's JSON form without Yoga's internal `http` and `unexpected` extensions. */
function publicError(error: unknown): unknown {
  const toJSON = fieldOf(error, 'toJSON');
  const json: unknown = typeof toJSON === 'function' ? Reflect.apply(toJSON, error, []) : error;
  if (!isRecord(json) || !isRecord(json.extensions)) return json;
  const { http: _http, unexpected: _unexpected, ...extensions } = json.extensions;
  return { ...json, extensions: Object.keys(extensions).length ? extensions : undefined };
}

/** The result as Yoga would send it (errors and extensions without internals), for `stringifyInSlices`. */
function publicResult(result: ExecutionResult): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) {
    if (key === 'errors') out.errors = Array.isArray(value) ? value.map(publicError) : value;
    else if (key === 'extensions' && isRecord(value)) {
      const { http: _http, ...rest } = value;
      out.extensions = Object.keys(rest).length ? rest : undefined;
    } else out[key] = value;
  }
  return out;
}

/**
 * `result` ready to send: serialised with `stringifyInSlices` (Yoga's regular result processor then
 * sends the text, through the result's `stringify`), or, when the text passes `maxResponseBytes`, a
 * LIMIT_EXCEEDED (`limit: responseBytes`) result, decided as soon as the serialiser passes the cap
 * without writing the rest. Streams (async iterables) and batches are left as they are.
 */
export async function serialiseResult(result: ExecutionResult, maxResponseBytes: number): Promise<ExecutionResult> {
  // A result that brings its own serialiser (another plugin's) keeps it.
  if ('stringify' in result) return result;
  const json = await stringifyInSlices(publicResult(result), { maxBytes: maxResponseBytes });
  if (json.text === null) {
    return { data: null, errors: [new ResponseTooLargeError(maxResponseBytes, 'complete')] };
  }
  const text = json.text;
  const serialised: ExecutionResult & { stringify: () => string } = { ...result, stringify: () => text };
  return serialised;
}
