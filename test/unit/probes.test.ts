/** The probe listener of HEALTH_PORT (src/server/probes.ts): its own thread, the main thread's readiness. */
import { describe, expect, it } from 'vitest';
import { serveProbes } from '../../src/server/probes.js';
import { waitFor } from '../support/wait.js';

describe('serveProbes', () => {
  it('answers /health 200, /ready as the main thread says, anything else 404; stops', async () => {
    let ready = false;
    const probes = await serveProbes(0, '127.0.0.1', () => ready);
    const status = (path: string, method = 'GET') => fetch(`http://127.0.0.1:${probes.port}${path}`, { method }).then((r) => r.status);
    try {
      expect(await status('/health')).toBe(200);
      expect(await status('/health?probe=1', 'HEAD')).toBe(200);
      expect(await status('/ready')).toBe(503);
      ready = true;
      await waitFor(async () => (await status('/ready')) === 200, { timeout: 2_000 });
      expect(await status('/graphql')).toBe(404);
      expect(await status('/health', 'POST')).toBe(404);
    } finally {
      await probes.stop();
    }
    await expect(status('/health')).rejects.toThrow();
  });

  it('a port in use is an error that names HEALTH_PORT', async () => {
    const first = await serveProbes(0, '127.0.0.1', () => true);
    try {
      await expect(serveProbes(first.port, '127.0.0.1', () => true)).rejects.toThrow(/HEALTH_PORT/);
    } finally {
      await first.stop();
    }
  });
});
