/**
 * `/health` and `/ready` on a listener of their own (HEALTH_PORT), served by a worker thread: a probe
 * is answered by a thread that runs no GraphQL, so a main event loop busy with large answers does not
 * delay it. The main thread publishes, every HEARTBEAT_MS, a heartbeat and the database monitor's state
 * in shared memory; the worker answers `/health` 200 while the heartbeat is younger than STALL_MS
 * (else 503: the main loop is stuck), and `/ready` 200 while, in addition, the monitor says ready.
 */
import { Worker } from 'node:worker_threads';

/** How often the main thread publishes its heartbeat and readiness, in ms. */
export const HEARTBEAT_MS = 100;
/** A heartbeat older than this means the main event loop is stuck: `/health` answers 503. */
export const STALL_MS = 10_000;

/** Slots of the shared Int32Array: the heartbeat (ms, modulo 2^31) and readiness (1 or 0). */
const BEAT = 0;
const READY = 1;

const WORKER = `
const { createServer } = require('node:http');
const { workerData, parentPort } = require('node:worker_threads');
const shared = new Int32Array(workerData.buffer);
const now = () => Math.floor(performance.timeOrigin + performance.now()) % 2147483647;
const fresh = () => (now() - Atomics.load(shared, ${BEAT}) + 2147483647) % 2147483647 < ${STALL_MS};
const server = createServer({ keepAliveTimeout: 5000 }, (req, res) => {
  const path = (req.url || '').split('?', 1)[0];
  const probe = req.method === 'GET' || req.method === 'HEAD' ? path : '';
  const status = probe === '/health' ? (fresh() ? 200 : 503) : probe === '/ready' ? (fresh() && Atomics.load(shared, ${READY}) === 1 ? 200 : 503) : 404;
  res.writeHead(status, { 'content-length': '0', 'cache-control': 'no-store' });
  res.end();
});
server.on('error', (error) => parentPort.postMessage({ error: error.message }));
server.listen(workerData.port, workerData.host, () => parentPort.postMessage({ port: server.address().port }));
`;

export interface ProbeListener {
  /** The port it listens on (the configured one, or the free one the system picked for 0). */
  port: number;
  stop: () => Promise<void>;
}

/** Starts the probe listener on `port`/`host`; `ready` is read on the main thread at every heartbeat. */
export async function serveProbes(port: number, host: string, ready: () => boolean): Promise<ProbeListener> {
  const buffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const shared = new Int32Array(buffer);
  const beat = () => {
    Atomics.store(shared, BEAT, Math.floor(performance.timeOrigin + performance.now()) % 2147483647);
    Atomics.store(shared, READY, ready() ? 1 : 0);
  };
  beat();
  const heartbeat = setInterval(beat, HEARTBEAT_MS);
  heartbeat.unref();
  const worker = new Worker(WORKER, { eval: true, workerData: { buffer, port, host } });
  worker.unref();
  const listening = await new Promise<number>((resolve, reject) => {
    worker.once('message', (m: { port?: number; error?: string }) => (m.port ? resolve(m.port) : reject(new Error(`HEALTH_PORT ${port}: ${m.error}`))));
    worker.once('error', reject);
  }).catch(async (error: unknown) => {
    clearInterval(heartbeat);
    await worker.terminate();
    throw error;
  });
  return {
    port: listening,
    stop: async () => {
      clearInterval(heartbeat);
      await worker.terminate();
    },
  };
}
