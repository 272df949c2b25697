/** The heavy-execution gate: a counting semaphore with a bounded queue and a bounded wait. */
import { describe, expect, it } from 'vitest';
import { OverloadedError } from '../../src/errors.js';
import { Gate } from '../../src/server/request-limits.js';

const never = new AbortController().signal;

describe('Gate', () => {
  it('admits as many as it has slots, queues as many as its queue holds, and refuses the next with OVERLOADED (503, Retry-After)', async () => {
    const gate = new Gate(2, 1);
    const a = await gate.acquire(never);
    await gate.acquire(never);
    let queuedIn = false;
    const queued = gate.acquire(never).then((release) => {
      queuedIn = true;
      return release;
    });
    const refused = await gate.acquire(never).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OverloadedError);
    expect((refused as OverloadedError).extensions).toEqual({ code: 'OVERLOADED', retryAfter: 1, http: { status: 503, headers: { 'retry-after': '1' } } });
    expect(queuedIn).toBe(false);
    a();
    await queued;
    expect(queuedIn).toBe(true);
  });

  it('lets waiters in first come, first served, and a release called twice frees one slot', async () => {
    const gate = new Gate(1, 3);
    const first = await gate.acquire(never);
    const order: number[] = [];
    const waiters = [1, 2, 3].map((n) =>
      gate.acquire(never).then((release) => {
        order.push(n);
        return release;
      }),
    );
    first();
    first();
    const second = await waiters[0]!;
    await Promise.resolve();
    expect(order).toEqual([1]);
    second();
    (await waiters[1]!)();
    (await waiters[2]!)();
    expect(order).toEqual([1, 2, 3]);
  });

  it('an aborted waiter leaves the queue with the abort reason, and its place goes to the next', async () => {
    const gate = new Gate(1, 2);
    const held = await gate.acquire(never);
    const controller = new AbortController();
    const aborted = gate.acquire(controller.signal).catch((e: unknown) => e);
    const next = gate.acquire(never);
    controller.abort(new Error('client went away'));
    expect(await aborted).toEqual(new Error('client went away'));
    held();
    expect(typeof (await next)).toBe('function');
  });

  it('a waiter whose wait runs out leaves the queue with OVERLOADED, and Retry-After is the wait in seconds, rounded up', async () => {
    const gate = new Gate(1, 5, 30);
    const held = await gate.acquire(never);
    const started = performance.now();
    const refused = await gate.acquire(never).catch((e: unknown) => e);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(refused).toBeInstanceOf(OverloadedError);
    expect((refused as OverloadedError).extensions.code).toBe('OVERLOADED');
    expect(new Gate(1, 1, 2_500).retryAfterSeconds).toBe(3);
    // the expired waiter is gone: the next release goes to a new waiter, not to it
    const next = gate.acquire(never);
    held();
    expect(typeof (await next)).toBe('function');
  });
});
