/**
 * Static files served by the API itself (GraphiQL's bundle, the explorer page and its libraries), as a
 * Yoga plugin: a GET or HEAD for one of the listed paths is answered before GraphQL handling. Every file
 * gets an ETag (304 on a match) and is sent gzipped to clients that accept it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

const gzip = promisify(gzipCallback);

export interface StaticFile {
  contentType: string;
  /**
   * The file's bytes. Return the same Buffer each time (see `once`) for content that cannot change while
   * the process runs: its ETag and gzipped form are then computed once.
   */
  read: () => Promise<Buffer>;
  /**
   * `immutable`: a versioned URL whose content never changes, cached by browsers for a year.
   * `revalidate` (default): browsers ask again each time and get 304 while the ETag matches.
   */
  cache?: 'immutable' | 'revalidate';
  /** The response status (200 when absent). */
  status?: number;
}

interface Prepared {
  body: Buffer;
  etag: string;
  gzipped?: Buffer;
}

const prepared = new WeakMap<Buffer, Promise<Prepared>>();

function prepare(body: Buffer): Promise<Prepared> {
  let done = prepared.get(body);
  if (!done) {
    done = (async () => {
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      // Small files are not worth compressing.
      return { body, etag, gzipped: body.length > 1024 ? await gzip(body) : undefined };
    })();
    prepared.set(body, done);
  }
  return done;
}

/** Memoises an async loader: the first call's promise is returned to every later call. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/** A file on disk, read on each request (so edits show on reload) unless `memo` is set. */
export function fileFrom(path: string, contentType: string, options: { memo?: boolean; cache?: StaticFile['cache'] } = {}): StaticFile {
  const read = () => readFile(path);
  return { contentType, read: options.memo ? once(read) : read, cache: options.cache };
}

export function useStaticFiles(files: ReadonlyMap<string, StaticFile>): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const file = files.get(url.pathname);
      if (!file) return;
      const { body, etag, gzipped } = await prepare(await file.read());
      const headers: Record<string, string> = {
        'content-type': file.contentType,
        'cache-control': file.cache === 'immutable' ? 'public, max-age=31536000, immutable' : 'no-cache',
        etag,
        vary: 'accept-encoding',
        'x-content-type-options': 'nosniff',
      };
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const useGzip = gzipped !== undefined && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      const content = useGzip ? gzipped : body;
      if (useGzip) headers['content-encoding'] = 'gzip';
      headers['content-length'] = String(content.length);
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(content), { status: file.status ?? 200, headers }));
    },
  };
}
