/** Sliced JSON serialisation (src/server/serialize.ts): the same text as JSON.stringify, a byte cap, and an event loop that keeps turning. */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { stringifyInSlices } from '../../src/server/serialize.js';

/** About 6 MB shaped like `entities(first: 100) { … relations { sources { article { text } } } }`. */
function largeResult() {
  const text = 'Hong Kong’s “national security” law — the article text, 3 kB of it. '.repeat(40);
  return {
    data: {
      entities: {
        edges: Array.from({ length: 100 }, (_, i) => ({
          node: {
            id: `company:c${i}`,
            name: `Company ${i}`,
            relations: Array.from({ length: 20 }, (_, j) => ({ id: `r${j}`, sources: [{ article: { text } }] })),
          },
        })),
      },
    },
  };
}

describe('stringifyInSlices', () => {
  it('writes what JSON.stringify writes, for every kind of value a result holds', async () => {
    const values: unknown[] = [
      null,
      'a "quoted"\n line — ✓',
      0,
      -1.5e-7,
      Number.NaN,
      true,
      [],
      {},
      [1, undefined, () => 1, null, [[]], {}],
      { a: undefined, b: 1, c: { d: [{ e: 'f' }], g: null }, h: () => 2, 'odd "key"': 3 },
      { when: new Date(0), nested: { toJSON: () => ({ replaced: true }) } },
      Object.assign(Object.create(null) as object, { data: { x: [1, 2] } }),
    ];
    for (const value of values) {
      const { text, bytes } = await stringifyInSlices(value);
      expect(text).toBe(JSON.stringify(value));
      expect(bytes).toBe(Buffer.byteLength(text!));
    }
    const large = largeResult();
    expect((await stringifyInSlices(large, { sliceMs: 1 })).text).toBe(JSON.stringify(large));
  });

  it('stops soon after passing maxBytes, with null text, without writing the rest', async () => {
    const large = largeResult();
    const full = Buffer.byteLength(JSON.stringify(large));
    const capped = await stringifyInSlices(large, { maxBytes: 1_000_000 });
    expect(capped.text).toBeNull();
    expect(capped.bytes).toBeGreaterThan(1_000_000);
    expect(capped.bytes).toBeLessThan(full / 2);
    expect((await stringifyInSlices(large, { maxBytes: full })).text).not.toBeNull();
  });

  it('lets the event loop turn while a 6 MB result is serialised: other work runs between slices, the loop is held ≤ 50 ms', async () => {
    const large = largeResult();
    await stringifyInSlices(large); // warm-up (JIT)
    const runs: { ticks: number; maxDelayMs: number }[] = [];
    for (let run = 0; run < 5; run++) {
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 1);
      const delay = monitorEventLoopDelay({ resolution: 1 });
      delay.enable();
      await stringifyInSlices(large);
      delay.disable();
      clearInterval(ticker);
      runs.push({ ticks, maxDelayMs: delay.max / 1e6 });
    }
    // The median run: a shared machine may pause any one run (GC, another process) for its own reasons.
    runs.sort((a, b) => a.maxDelayMs - b.maxDelayMs);
    const median = runs[2]!;
    // JSON.stringify would let no timer run until it is done (0 ticks).
    expect(median.ticks, JSON.stringify(runs)).toBeGreaterThan(0);
    expect(median.maxDelayMs, JSON.stringify(runs)).toBeLessThanOrEqual(50);
  });
});
